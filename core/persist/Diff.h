// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A line diff of two texts in the unified format people know from `diff -u` / `git diff`,
// for previews of files Splitroute writes (an OpenVPN profile's block, a NetworkManager
// keyfile): "--- old", "+++ new", "@@ -a,b +c,d @@" hunks with context lines.

#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// What to call the two sides and how much context to show.
struct TextDiffOptions {
    std::string oldName = "a"; ///< after "--- "
    std::string newName = "b"; ///< after "+++ "
    int context = 3;           ///< unchanged lines shown around each change
};

/// One line of a text, without its line ending; `eol` is "\n", "\r\n" or "" (last line
/// without a line break).
struct TextLine {
    std::string_view text;
    std::string_view eol;
};

/// Splits at "\n" (a "\r" before it belongs to the line ending). An empty text has no lines.
[[nodiscard]] std::vector<TextLine> splitTextLines(std::string_view text);

/// The unified diff from `oldText` to `newText`; "" when they are equal. Lines are compared
/// with their line endings, and shown without them ("\r" is not printed); a last line without
/// a line break is followed by "\ No newline at end of file", as diff does. The output uses
/// "\n". Common leading and trailing lines are skipped before a longest-common-subsequence
/// match of the rest, so appending to or editing the end of a large file stays cheap.
[[nodiscard]] std::string unifiedDiff(std::string_view oldText, std::string_view newText,
                                      const TextDiffOptions& options = {});

} // namespace splitroute::core
