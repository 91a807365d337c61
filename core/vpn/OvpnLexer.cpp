// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/OvpnLexer.h"

#include <algorithm>

namespace splitroute::core {

namespace {

// isspace() in the C locale; OpenVPN's space() also counts the terminating NUL.
bool isCSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
bool isSpaceOrEnd(char c) {
    return c == '\0' || isCSpace(c);
}

// The part of a chunk OpenVPN sees: C strings end at the first NUL byte.
std::string_view cString(std::string_view s) {
    auto nul = s.find('\0');
    return nul == std::string_view::npos ? s : s.substr(0, nul);
}

} // namespace

OvpnLexer::OvpnLexer(std::string_view text, std::string file)
    : m_text(text), m_file(std::move(file)) {
    m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            m_lineStarts.push_back(i + 1);
    m_bom = text.substr(0, 3) == "\xEF\xBB\xBF";
}

SourceLocation OvpnLexer::locate(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const auto line = static_cast<int>(it - m_lineStarts.begin());
    std::size_t start = *(it - 1);
    if (line == 1 && m_bom && offset >= 3)
        start = 3; // a BOM is not a column
    return SourceLocation{m_file, line, static_cast<int>(offset - start) + 1};
}

Result<OvpnLexer::LineResult>
OvpnLexer::parseLine(std::string_view chunk, std::size_t base,
                     const std::function<SourceLocation(std::size_t)>& where) {
    enum class State { Initial, Quoted, Unquoted, SingleQuoted };
    LineResult out;
    State state = State::Initial;
    bool backslash = false;
    std::size_t backslashAt = 0;
    std::string parm;
    std::size_t tokenStart = 0;
    bool tokenQuoted = false;
    std::size_t quoteAt = 0;
    const std::string_view line = cString(chunk);

    // Walks the characters plus the terminating NUL, exactly like OpenVPN's do/while loop.
    for (std::size_t i = 0; i <= line.size(); ++i) {
        const char in = i < line.size() ? line[i] : '\0';
        char outc = 0;
        if (!backslash && in == '\\' && state != State::SingleQuoted) {
            backslash = true;
            backslashAt = i;
        } else {
            bool done = false;
            if (state == State::Initial) {
                if (!isSpaceOrEnd(in)) {
                    if (in == ';' || in == '#')
                        break; // a comment, even right after a backslash
                    tokenStart = backslash ? backslashAt : i;
                    tokenQuoted = false;
                    if (!backslash && in == '"') {
                        state = State::Quoted;
                        tokenQuoted = true;
                        quoteAt = i;
                    } else if (!backslash && in == '\'') {
                        state = State::SingleQuoted;
                        tokenQuoted = true;
                        quoteAt = i;
                    } else {
                        outc = in;
                        state = State::Unquoted;
                    }
                }
            } else if (state == State::Unquoted) {
                if (!backslash && isSpaceOrEnd(in))
                    done = true;
                else
                    outc = in;
            } else if (state == State::Quoted) {
                if (!backslash && in == '"')
                    done = true;
                else
                    outc = in;
            } else { // SingleQuoted
                if (in == '\'')
                    done = true;
                else
                    outc = in;
            }
            if (done) {
                out.tokens.push_back(RawToken{std::move(parm), base + tokenStart, tokenQuoted});
                parm.clear();
                state = State::Initial;
            }
            if (backslash && outc != 0 && !(outc == '\\' || outc == '"' || isSpaceOrEnd(outc))) {
                return makeError(ErrorCode::Parse,
                                 "Bad backslash ('\\') usage: only \\\\, \\\" and an escaped "
                                 "space are allowed (write a Windows path with double "
                                 "backslashes)",
                                 where(base + backslashAt));
            }
            backslash = false;
        }
        if (outc != 0) {
            if (parm.size() >= kParmSize) {
                return makeError(ErrorCode::OutOfRange,
                                 "Parameter is too long (" + std::to_string(kParmSize) +
                                     " chars max): " + parm.substr(0, kParmSize - 1),
                                 where(base + tokenStart));
            }
            parm.push_back(outc);
        }
        if (out.tokens.size() >= kMaxParms) {
            // OpenVPN stops reading the line here: the rest is silently dropped.
            std::size_t j = i + 1;
            while (j < line.size() && isCSpace(line[j]))
                ++j;
            if (j < line.size() && line[j] != '#' && line[j] != ';')
                out.droppedAt = base + j;
            state = State::Initial;
            break;
        }
    }
    if (state == State::Quoted)
        return makeError(ErrorCode::Parse, "No closing quotation (\")", where(base + quoteAt));
    if (state == State::SingleQuoted)
        return makeError(ErrorCode::Parse, "No closing single quotation (')",
                         where(base + quoteAt));
    if (state != State::Initial) // only reachable with an escaped NUL at the very end
        return makeError(ErrorCode::Parse, "Residual parse state", where(base + tokenStart));
    return out;
}

Result<std::vector<OvpnToken>> OvpnLexer::tokenizeLine(std::string_view line, std::string file,
                                                       int lineNumber) {
    auto where = [&](std::size_t off) {
        return SourceLocation{file, lineNumber, static_cast<int>(off) + 1};
    };
    auto r = parseLine(line, 0, where);
    if (!r)
        return r.error();
    std::vector<OvpnToken> tokens;
    for (auto& t : r->tokens)
        tokens.push_back(OvpnToken{std::move(t.text), where(t.offset), t.quoted});
    return tokens;
}

Result<OvpnLexOutput> OvpnLexer::lexFile() const {
    return lexRange(m_text, 0, true);
}

Result<OvpnLexOutput> OvpnLexer::lexBlock(const OvpnDirective& block) const {
    return lexRange(block.body, block.bodyOffset, false);
}

Result<OvpnLexOutput> OvpnLexer::lexRange(std::string_view data, std::size_t base,
                                          bool fileMode) const {
    OvpnLexOutput out;
    auto where = [this](std::size_t off) {
        return locate(off);
    };
    std::size_t pos = 0;

    // The next "line" as OpenVPN reads it. File mode: fgets(buf, size): up to size-1 bytes,
    // ending after a newline. Buffer mode: buf_parse(buf, '\n', line, size): the newline is
    // dropped; a longer line keeps size-1 bytes and loses the next two.
    struct Chunk {
        std::size_t begin;
        std::string_view text;
        bool full; ///< filled the buffer (OpenVPN's "line too long" condition)
    };
    auto nextChunk = [&](std::size_t size, Chunk& c) -> bool {
        if (pos >= data.size())
            return false;
        c.begin = pos;
        if (fileMode) {
            std::size_t n = 0;
            while (pos + n < data.size() && n < size - 1) {
                ++n;
                if (data[pos + n - 1] == '\n')
                    break;
            }
            c.text = data.substr(pos, n);
            c.full = cString(c.text).size() == size - 1;
            pos += n;
            return true;
        }
        std::size_t n = 0;
        while (pos + n < data.size() && data[pos + n] != '\n' && data[pos + n] != '\0' && n < size)
            ++n;
        if (n >= size) {
            c.text = data.substr(pos, size - 1);
            c.full = true;
            pos += size + 1; // the byte at size-1 is overwritten, one more was read
            pos = std::min(pos, data.size());
            return true;
        }
        c.text = data.substr(pos, n);
        c.full = false;
        pos += n;
        if (pos < data.size())
            ++pos; // the delimiter
        else if (n == 0)
            return false; // buf_parse reports end of input on an empty last line
        return true;
    };

    Chunk chunk;
    bool first = true;
    // read_config_file reads with a buffer of OPTION_LINE_SIZE+1, read_config_string with
    // OPTION_LINE_SIZE.
    const std::size_t lineBuf = fileMode ? kLineSize + 1 : kLineSize;
    while (nextChunk(lineBuf, chunk)) {
        std::string_view text = chunk.text;
        std::size_t begin = chunk.begin;
        if (fileMode && chunk.full) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.code = "line-too-long";
            d.message = "Maximum option line length (" + std::to_string(kLineSize) +
                        ") exceeded; OpenVPN reads the rest of this line as a separate line";
            d.where = where(base + begin + text.size() - 1); // the column after the chunk
            ++d.where.column;
            out.diagnostics.push_back(std::move(d));
        }
        if (fileMode && first && text.substr(0, 3) == "\xEF\xBB\xBF") {
            text.remove_prefix(3);
            begin += 3;
        }
        first = false;
        auto parsed = parseLine(text, base + begin, where);
        if (!parsed)
            return parsed.error();
        if (parsed->droppedAt != std::string::npos) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.code = "too-many-parameters";
            d.message = "More than " + std::to_string(kMaxParms) +
                        " parameters on one line; OpenVPN ignores the rest of the line";
            d.where = where(parsed->droppedAt);
            out.diagnostics.push_back(std::move(d));
        }
        if (parsed->tokens.empty())
            continue;
        OvpnDirective dir;
        for (auto& t : parsed->tokens)
            dir.tokens.push_back(OvpnToken{std::move(t.text), where(t.offset), t.quoted});
        // bypass_doubledash: only for names of 3 characters or more.
        std::string& name = dir.tokens[0].text;
        if (name.size() >= 3 && name.compare(0, 2, "--") == 0)
            name.erase(0, 2);
        if (dir.tokens.size() == 1 && !name.empty() && name.front() == '<' && name.back() == '>') {
            // check_inline_file: `<tag>` alone on a line. (A lone "<>" or ">" behave as in
            // OpenVPN: "<>" opens a block named "", ">" is taken apart the same way.)
            std::string tag = name.size() >= 2 ? name.substr(1, name.size() - 2) : std::string();
            const std::string close = "</" + tag + ">";
            dir.inlineBlock = true;
            dir.bodyOffset = base + pos;
            bool found = false;
            Chunk bl;
            // read_inline_file reads with a buffer of OPTION_LINE_SIZE.
            while (nextChunk(kLineSize, bl)) {
                std::string_view l = cString(bl.text);
                std::size_t k = 0;
                while (k < l.size() && isCSpace(l[k]))
                    ++k;
                if (l.substr(k, close.size()) == close) {
                    found = true;
                    dir.endLine = where(base + bl.begin).line;
                    break;
                }
                dir.body.append(l);
                if (!fileMode && l.size() + 1 < kLineSize)
                    dir.body.push_back('\n'); // in_src_get appends the newline buf_parse ate
            }
            if (!found)
                return makeError(ErrorCode::Parse, "Endtag " + close + " missing",
                                 dir.tokens[0].where);
            name = tag;
        }
        out.directives.push_back(std::move(dir));
    }
    return out;
}

Result<OvpnLexOutput> lexOvpn(std::string_view text, const std::string& file) {
    return OvpnLexer(text, file).lexFile();
}

} // namespace splitroute::core
