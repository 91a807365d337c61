#include "core/import/JsonText.h"

#include "core/import/TextLines.h"

namespace splitroute::core {

namespace {

// A DOM builder that records where a syntax error happened instead of throwing.
class LocatingSax : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
public:
    explicit LocatingSax(nlohmann::json& j) : json_sax_dom_parser(j, false) {}

    bool parse_error(std::size_t position, const std::string& /*lastToken*/,
                     const nlohmann::detail::exception& ex) {
        m_failed = true;
        m_position = position;
        std::string what = ex.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
        if (auto c = what.find("column "); c != std::string::npos) {
            if (auto colon = what.find(": ", c); colon != std::string::npos)
                what = what.substr(colon + 2);
        } else if (auto b = what.find("] "); b != std::string::npos) {
            what = what.substr(b + 2);
        }
        m_message = what;
        return false;
    }

    bool m_failed = false;
    std::size_t m_position = 0;
    std::string m_message;
};

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void skipSpace(std::string_view t, std::size_t& i) {
    while (i < t.size() && isSpace(t[i]))
        ++i;
}

void skipString(std::string_view t, std::size_t& i) {
    ++i; // opening quote
    while (i < t.size() && t[i] != '"')
        i += t[i] == '\\' ? 2 : 1;
    ++i;
}

void skipValue(std::string_view t, std::size_t& i) {
    if (i >= t.size())
        return;
    if (t[i] == '"') {
        skipString(t, i);
        return;
    }
    if (t[i] == '{' || t[i] == '[') {
        int depth = 0;
        while (i < t.size()) {
            char c = t[i];
            if (c == '"') {
                skipString(t, i);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0) {
                ++i;
                return;
            }
            ++i;
        }
        return;
    }
    while (i < t.size() && t[i] != ',' && t[i] != ']' && t[i] != '}' && !isSpace(t[i]))
        ++i;
}

std::vector<std::size_t> arrayOffsets(std::string_view t, std::size_t i) {
    std::vector<std::size_t> out;
    if (i >= t.size() || t[i] != '[')
        return out;
    ++i;
    while (i < t.size()) {
        skipSpace(t, i);
        if (i >= t.size() || t[i] == ']')
            break;
        out.push_back(i);
        std::size_t before = i;
        skipValue(t, i);
        skipSpace(t, i);
        if (i < t.size() && t[i] == ',')
            ++i;
        if (i == before)
            break; // not valid JSON after all: stop rather than loop
    }
    return out;
}

} // namespace

Result<nlohmann::json> parseJsonText(std::string_view text, const std::string& fileName) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    nlohmann::json j;
    LocatingSax sax(j);
    nlohmann::json::sax_parse(text.begin(), text.end(), &sax);
    if (sax.m_failed) {
        // position counts characters read; the offending one is the last read
        std::size_t at = sax.m_position > 0 ? sax.m_position - 1 : 0;
        auto [line, column] = textlines::lineColumnOf(text, at);
        return makeError(ErrorCode::Parse, "invalid JSON: " + sax.m_message,
                         {fileName, line, column});
    }
    return j;
}

std::vector<std::size_t> jsonElementOffsets(std::string_view text, std::string_view key) {
    std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    std::size_t i = bom;
    skipSpace(text, i);
    if (key.empty())
        return arrayOffsets(text, i);
    if (i >= text.size() || text[i] != '{')
        return {};
    ++i;
    while (i < text.size()) {
        skipSpace(text, i);
        if (i >= text.size() || text[i] != '"')
            return {};
        std::size_t keyStart = i + 1;
        skipString(text, i);
        if (i > text.size())
            return {};
        std::string_view k = text.substr(keyStart, i - 1 - keyStart);
        skipSpace(text, i);
        if (i >= text.size() || text[i] != ':')
            return {};
        ++i;
        skipSpace(text, i);
        if (k == key)
            return arrayOffsets(text, i);
        std::size_t before = i;
        skipValue(text, i);
        skipSpace(text, i);
        if (i < text.size() && text[i] == ',')
            ++i;
        else
            return {};
        if (i == before)
            return {};
    }
    return {};
}

} // namespace splitroute::core
