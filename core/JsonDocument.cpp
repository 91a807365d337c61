// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JsonDocument.h"

#include "core/import/TextLines.h"

#include <set>

namespace splitroute::core {

using nlohmann::json;

JsonPath JsonPath::key(std::string name) const {
    JsonPath p = *this;
    p.m_steps.emplace_back(std::move(name));
    return p;
}

JsonPath JsonPath::index(std::size_t i) const {
    JsonPath p = *this;
    p.m_steps.emplace_back(i);
    return p;
}

JsonPath JsonPath::fromString(std::string_view text) {
    JsonPath p;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '.') {
            ++i;
            continue;
        }
        if (text[i] == '[') {
            const std::size_t close = text.find(']', i);
            const std::string_view inside = text.substr(
                i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1);
            if (auto n = textlines::parseUnsigned<std::size_t>(inside))
                p.m_steps.emplace_back(*n);
            else
                p.m_steps.emplace_back(std::string(inside));
            i = close == std::string_view::npos ? text.size() : close + 1;
            continue;
        }
        const std::size_t end = text.find_first_of(".[", i);
        p.m_steps.emplace_back(std::string(text.substr(i, end - i)));
        i = end == std::string_view::npos ? text.size() : end;
    }
    return p;
}

std::string JsonPath::toString() const {
    if (m_steps.empty())
        return "(top)";
    std::string out;
    for (const auto& s : m_steps) {
        if (const auto* k = std::get_if<std::string>(&s)) {
            if (!out.empty())
                out += '.';
            out += *k;
        } else {
            out += '[' + std::to_string(std::get<std::size_t>(s)) + ']';
        }
    }
    return out;
}

namespace {

// A DOM builder that records where a syntax error happened instead of throwing.
class LocatingSax : public nlohmann::detail::json_sax_dom_parser<json> {
public:
    explicit LocatingSax(json& j) : json_sax_dom_parser(j, false) {}

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

// The scanner below walks text that nlohmann has already accepted, so it need not validate.

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
        std::size_t depth = 0;
        while (i < t.size()) {
            const char c = t[i];
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

struct ScannedMember {
    std::string_view rawKey;
    std::size_t keyOffset;
    std::size_t valueOffset;
};

// The members of the object or the elements of the array that starts at `i`.
template <typename Out> void scanContainer(std::string_view t, std::size_t i, Out&& out) {
    if (i >= t.size() || (t[i] != '{' && t[i] != '['))
        return;
    const bool object = t[i] == '{';
    const char close = object ? '}' : ']';
    ++i;
    while (i < t.size()) {
        skipSpace(t, i);
        if (i >= t.size() || t[i] == close)
            return;
        const std::size_t start = i;
        std::string_view rawKey;
        std::size_t keyOffset = i;
        if (object) {
            if (t[i] != '"')
                return;
            skipString(t, i);
            if (i > t.size())
                return;
            rawKey = t.substr(keyOffset + 1, i - keyOffset - 2);
            skipSpace(t, i);
            if (i >= t.size() || t[i] != ':')
                return;
            ++i;
            skipSpace(t, i);
        }
        out(ScannedMember{rawKey, keyOffset, i});
        skipValue(t, i);
        skipSpace(t, i);
        if (i < t.size() && t[i] == ',')
            ++i;
        if (i == start)
            return; // not JSON after all: stop rather than loop
    }
}

std::string decodeKey(std::string_view raw) {
    if (raw.find('\\') == std::string_view::npos)
        return std::string(raw);
    std::string quoted = "\"" + std::string(raw) + "\"";
    json k = json::parse(quoted, nullptr, false);
    return k.is_string() ? k.get<std::string>() : std::string(raw);
}

// The first member name that an object repeats: {offset, name}; offset npos when none.
std::pair<std::size_t, std::string> findDuplicateKey(std::string_view t, std::size_t rootOffset) {
    std::vector<std::size_t> todo{rootOffset};
    while (!todo.empty()) {
        const std::size_t at = todo.back();
        todo.pop_back();
        std::set<std::string> seen;
        std::pair<std::size_t, std::string> dup{std::string_view::npos, {}};
        const bool object = at < t.size() && t[at] == '{';
        scanContainer(t, at, [&](const ScannedMember& m) {
            if (object && dup.first == std::string_view::npos) {
                std::string k = decodeKey(m.rawKey);
                if (!seen.insert(k).second)
                    dup = {m.keyOffset, std::move(k)};
            }
            if (m.valueOffset < t.size() && (t[m.valueOffset] == '{' || t[m.valueOffset] == '['))
                todo.push_back(m.valueOffset);
        });
        if (dup.first != std::string_view::npos)
            return dup;
    }
    return {std::string_view::npos, {}};
}

} // namespace

JsonDocument::JsonDocument(std::string_view text, std::string file, json root,
                           std::size_t rootOffset)
    : m_text(text), m_file(std::move(file)), m_root(std::move(root)), m_rootOffset(rootOffset) {}

Result<JsonDocument> JsonDocument::parse(std::string_view text, std::string file) {
    return parse(text, std::move(file), Options{});
}

Result<JsonDocument> JsonDocument::parse(std::string_view text, std::string file, Options options) {
    std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    const std::string_view body = text.substr(start);
    json j;
    LocatingSax sax(j);
    (void)json::sax_parse(body.begin(), body.end(), &sax);
    if (sax.m_failed) {
        // position counts characters read; the offending one is the last read
        const std::size_t at = start + (sax.m_position > 0 ? sax.m_position - 1 : 0);
        auto [line, column] = textlines::lineColumnOf(text, at);
        return makeError(ErrorCode::Parse, "invalid JSON: " + sax.m_message,
                         {std::move(file), line, column});
    }
    skipSpace(text, start);
    JsonDocument doc(text, std::move(file), std::move(j), start);
    if (options.rejectDuplicateKeys) {
        auto [at, name] = findDuplicateKey(text, start);
        if (at != std::string_view::npos)
            return makeError(ErrorCode::Parse, "duplicate field \"" + name + "\"",
                             doc.locationOf(at));
    }
    return doc;
}

const std::vector<JsonDocument::Member>& JsonDocument::members(std::size_t containerOffset) const {
    auto it = m_members.find(containerOffset);
    if (it != m_members.end())
        return it->second;
    std::vector<Member> out;
    scanContainer(m_text, containerOffset, [&](const ScannedMember& m) {
        out.push_back(Member{m.rawKey, m.keyOffset, m.valueOffset});
    });
    return m_members.emplace(containerOffset, std::move(out)).first->second;
}

void JsonDocument::walk(const JsonPath& path, std::size_t& value, std::size_t& key) const {
    value = m_rootOffset;
    key = m_rootOffset;
    for (const auto& step : path.steps()) {
        if (value >= m_text.size())
            return;
        const char c = m_text[value];
        const Member* found = nullptr;
        if (const auto* name = std::get_if<std::string>(&step)) {
            if (c != '{') {
                key = value;
                return;
            }
            // The last of equal names: the one nlohmann keeps.
            for (const auto& m : members(value))
                if (m.rawKey == *name ||
                    (m.rawKey.find('\\') != std::string_view::npos && decodeKey(m.rawKey) == *name))
                    found = &m;
        } else {
            const std::size_t i = std::get<std::size_t>(step);
            if (c != '[') {
                key = value;
                return;
            }
            const auto& ms = members(value);
            if (i < ms.size())
                found = &ms[i];
        }
        if (!found) {
            key = value;
            return;
        }
        value = found->valueOffset;
        key = found->keyOffset;
    }
}

std::size_t JsonDocument::offsetOf(const JsonPath& path) const {
    std::size_t value = 0, key = 0;
    walk(path, value, key);
    return value;
}

SourceLocation JsonDocument::locationOf(std::size_t offset) const {
    auto [line, column] = textlines::lineColumnOf(m_text, offset);
    return {m_file, line, column};
}

SourceLocation JsonDocument::locate(const JsonPath& path) const {
    return locationOf(offsetOf(path));
}

SourceLocation JsonDocument::locateKey(const JsonPath& path) const {
    std::size_t value = 0, key = 0;
    walk(path, value, key);
    return locationOf(key);
}

const json* JsonDocument::valueAt(const JsonPath& path) const {
    const json* v = &m_root;
    for (const auto& step : path.steps()) {
        if (const auto* name = std::get_if<std::string>(&step)) {
            if (!v->is_object())
                return nullptr;
            auto it = v->find(*name);
            if (it == v->end())
                return nullptr;
            v = &*it;
        } else {
            const std::size_t i = std::get<std::size_t>(step);
            if (!v->is_array() || i >= v->size())
                return nullptr;
            v = &(*v)[i];
        }
    }
    return v;
}

Error JsonDocument::errorAt(const JsonPath& path, const std::string& what, ErrorCode code) const {
    return makeError(code, path.toString() + ": " + what, locate(path));
}

Error JsonDocument::errorAtKey(const JsonPath& path, const std::string& what,
                               ErrorCode code) const {
    return makeError(code, path.toString() + ": " + what, locateKey(path));
}

SourceLocation locateFieldError(const JsonDocument& doc, const JsonPath& object,
                                const std::string& message) {
    const auto open = message.find("field '");
    if (open == std::string::npos)
        return doc.locate(object);
    const auto nameStart = open + 7;
    const auto close = message.find('\'', nameStart);
    if (close == std::string::npos)
        return doc.locate(object);
    std::string name = message.substr(nameStart, close - nameStart);
    if (auto dot = name.find('.'); dot != std::string::npos)
        name.resize(dot); // "nexthops.weight": the next-hop list
    const bool unknown = message.find("unknown field", close) != std::string::npos;
    auto at = [&](const JsonPath& p) {
        return unknown ? doc.locateKey(p) : doc.locate(p);
    };
    const json* o = doc.valueAt(object);
    if (!o || !o->is_object())
        return doc.locate(object);
    if (o->contains(name))
        return at(object.key(name));
    for (const auto& [k, v] : o->items())
        if (v.is_object() && v.contains(name))
            return at(object.key(k).key(name));
    return doc.locate(object);
}

SourceLocation locateElementError(const JsonDocument& doc, const JsonPath& array,
                                  std::string_view message) {
    for (std::string_view word : {"change ", "route "}) {
        if (message.substr(0, word.size()) != word)
            continue;
        const auto end = message.find(':', word.size());
        auto n =
            textlines::parseUnsigned<std::size_t>(message.substr(word.size(), end - word.size()));
        if (!n || *n == 0)
            break;
        return locateFieldError(doc, array.index(*n - 1), std::string(message));
    }
    return doc.locate(array);
}

} // namespace splitroute::core
