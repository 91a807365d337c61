// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// One parameter of an OpenVPN config line, after unquoting and unescaping.
struct OvpnToken {
    std::string text;
    SourceLocation where; ///< of its first character (the opening quote when quoted)
    bool quoted = false;
};

/// One option line: tokens[0] is the option name (a leading "--" stripped). For an inline
/// block (`<tag>` … `</tag>`) tokens holds only the tag name and `body` the lines between.
struct OvpnDirective {
    std::vector<OvpnToken> tokens;
    bool inlineBlock = false;
    std::string body;           ///< inline block body, byte for byte (line ends included)
    std::size_t bodyOffset = 0; ///< byte offset of the body in the lexed text
    int endLine = 0;            ///< line of the `</tag>` line (inline blocks)
};

struct OvpnLexOutput {
    std::vector<OvpnDirective> directives;
    std::vector<Diagnostic> diagnostics; ///< non-fatal: long lines, surplus parameters
};

/// OpenVPN 2.x config-file tokenizer, following `options_parse.c` (parse_line,
/// read_config_file, read_inline_file) rule for rule:
/// - lines are read as OpenVPN reads them with fgets: at most 256 bytes at a time, so a longer
///   line is warned about and its rest is parsed as a line of its own;
/// - `#` and `;` start a comment only where a token would start;
/// - `"…"` allows backslash escapes of `\`, `"` and white space only (anything else is the fatal
///   "Bad backslash" error); `'…'` is literal; a closing quote ends the token;
/// - at most 16 parameters per line (the rest of the line is dropped, as OpenVPN does), each at
///   most 256 characters (fatal);
/// - a UTF-8 BOM at the very start is skipped; `\r` is white space; no line continuation;
/// - a line whose only token is `<tag>` starts an inline block ending at a line that begins,
///   after white space, with `</tag>`; a missing end tag is fatal.
/// Locations are physical lines and 1-based byte columns of the original text.
class OvpnLexer {
public:
    OvpnLexer(std::string_view text, std::string file);

    /// Lexes the whole text as a config file.
    [[nodiscard]] Result<OvpnLexOutput> lexFile() const;
    /// Lexes the body of an inline block (a `<connection>`) the way OpenVPN reads a config
    /// string (read_config_string); locations stay those of the original text.
    [[nodiscard]] Result<OvpnLexOutput> lexBlock(const OvpnDirective& block) const;

    /// Line and column of a byte offset in the text.
    [[nodiscard]] SourceLocation locate(std::size_t offset) const;

    /// Tokenizes one line with OpenVPN's parse_line rules (as used for pushed options);
    /// token columns are 1-based byte offsets in `line`.
    [[nodiscard]] static Result<std::vector<OvpnToken>>
    tokenizeLine(std::string_view line, std::string file = {}, int lineNumber = 0);

    static constexpr std::size_t kLineSize = 256; ///< OPTION_LINE_SIZE
    static constexpr std::size_t kParmSize = 256; ///< OPTION_PARM_SIZE
    static constexpr std::size_t kMaxParms = 16;  ///< MAX_PARMS

private:
    struct RawToken {
        std::string text;
        std::size_t offset;
        bool quoted;
    };
    struct LineResult {
        std::vector<RawToken> tokens;
        std::size_t droppedAt = std::string::npos; ///< offset of text dropped after 16 tokens
    };
    /// parse_line on chunk [begin, end) of data; offsets are data offsets + base.
    [[nodiscard]] static Result<LineResult>
    parseLine(std::string_view chunk, std::size_t base,
              const std::function<SourceLocation(std::size_t)>& where);

    [[nodiscard]] Result<OvpnLexOutput> lexRange(std::string_view data, std::size_t base,
                                                 bool fileMode) const;

    std::string_view m_text;
    std::string m_file;
    std::vector<std::size_t> m_lineStarts;
    bool m_bom = false;
};

/// Convenience: OvpnLexer(text, file).lexFile().
[[nodiscard]] Result<OvpnLexOutput> lexOvpn(std::string_view text, const std::string& file);

} // namespace splitroute::core
