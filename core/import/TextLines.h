// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core::textlines {

/// One line of a dump, without its line break (LF, CRLF or lone CR). number is 1-based.
struct Line {
    std::string_view text;
    int number = 0;
};

/// A whitespace-separated word and its 1-based column (counted in characters, not bytes,
/// so a column in a Japanese `route print` line matches what an editor shows).
struct Token {
    std::string_view text;
    int column = 0;
};

/// Splits a dump into lines; a leading UTF-8 byte order mark is dropped.
[[nodiscard]] std::vector<Line> splitLines(std::string_view text);

/// Splits a line on spaces and tabs.
[[nodiscard]] std::vector<Token> tokenize(std::string_view line);

/// 1-based character column of byte offset `offset` within `line`.
[[nodiscard]] int columnOf(std::string_view line, std::size_t offset);

/// Line and column (1-based) of a byte offset in a whole text.
[[nodiscard]] std::pair<int, int> lineColumnOf(std::string_view text, std::size_t offset);

[[nodiscard]] std::string_view trim(std::string_view s);

/// Whether s is well-formed UTF-8 (no overlong forms, surrogates or code points > U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view s);
/// s with every byte that is not part of well-formed UTF-8 replaced by U+FFFD, so names and
/// messages taken from the input can always be written as JSON.
[[nodiscard]] std::string toValidUtf8(std::string_view s);
[[nodiscard]] bool startsWithSpace(std::string_view s);

/// Locale-free unsigned decimal number; no sign, no spaces, no trailing garbage.
template <typename T> [[nodiscard]] std::optional<T> parseUnsigned(std::string_view s) {
    if (s.empty() || s[0] < '0' || s[0] > '9')
        return std::nullopt;
    T v{};
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

/// Makes a diagnostic located at a line and column of `file`.
[[nodiscard]] Diagnostic diagnostic(Severity severity, std::string code, std::string message,
                                    const std::string& file, int line, int column);

} // namespace splitroute::core::textlines
