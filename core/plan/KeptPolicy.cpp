// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/KeptPolicy.h"

#include "core/JsonDocument.h"

namespace splitroute::core {

using nlohmann::json;

const char* keptMatchKindName(KeptMatch::Kind k) {
    switch (k) {
    case KeptMatch::Kind::Device:
        return "device";
    case KeptMatch::Kind::Remote:
        return "remote";
    case KeptMatch::Kind::Profile:
        return "profile";
    }
    return "device";
}

bool isValidKeptName(std::string_view name) {
    if (name.empty() || name.size() > 64 || name.front() == '.')
        return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}

bool isValidDeviceName(std::string_view name) {
    if (name.empty() || name.size() > 15 || name == "." || name == "..")
        return false;
    for (char c : name)
        if (c == '/' || c == ':' || static_cast<unsigned char>(c) <= ' ' || c == 0x7f)
            return false;
    return true;
}

namespace {

// The members KeptPolicy adds; the rest is read by SplitPolicy. `doc` locates errors.
Result<KeptPolicy> read(const json& j, const JsonDocument* doc) {
    const JsonPath top;
    auto at = [&](const JsonPath& p, const std::string& what) {
        return doc ? doc->errorAt(p, what)
                   : makeError(ErrorCode::Parse, p.toString() + ": " + what);
    };
    auto atKey = [&](const JsonPath& p, const std::string& what) {
        return doc ? doc->errorAtKey(p, what)
                   : makeError(ErrorCode::Parse, p.toString() + ": " + what);
    };
    if (!j.is_object())
        return at(top, "a kept policy must be a JSON object");
    KeptPolicy k;
    if (!j.contains("name") || !j["name"].is_string())
        return at(top.key("name"), "required, a string");
    k.name = j["name"].get<std::string>();
    if (!isValidKeptName(k.name))
        return at(top.key("name"), "1-64 of letters, digits, '.', '_', '-', not starting with '.'");
    if (!j.contains("match") || !j["match"].is_object())
        return at(top.key("match"),
                  "required: {\"device\": DEV}, {\"remote\": HOST} or {\"profile\": FILE}");
    const json& m = j["match"];
    const JsonPath mp = top.key("match");
    if (m.size() != 1)
        return at(mp, "give exactly one of \"device\", \"remote\" and \"profile\"");
    const auto first = m.begin();
    const std::string& key = first.key();
    const json& value = first.value();
    if (key == "device")
        k.match.kind = KeptMatch::Kind::Device;
    else if (key == "remote")
        k.match.kind = KeptMatch::Kind::Remote;
    else if (key == "profile")
        k.match.kind = KeptMatch::Kind::Profile;
    else
        return atKey(mp.key(key), "unknown field");
    if (!value.is_string())
        return at(mp.key(key), "expected a string");
    k.match.value = value.get<std::string>();
    switch (k.match.kind) {
    case KeptMatch::Kind::Device:
        if (!isValidDeviceName(k.match.value))
            return at(mp.key(key), "not a valid interface name: \"" + k.match.value + "\"");
        break;
    case KeptMatch::Kind::Remote:
        if (!IpAddress::parse(k.match.value) && !isValidHostName(k.match.value))
            return at(mp.key(key), "neither an address nor a host name: \"" + k.match.value + "\"");
        break;
    case KeptMatch::Kind::Profile:
        if (k.match.value.empty() || k.match.value.front() != '/')
            return at(mp.key(key), "an absolute path");
        break;
    }
    json rest = j;
    rest.erase("name");
    rest.erase("match");
    auto policy = SplitPolicy::fromJson(rest);
    if (!policy) {
        // SplitPolicy names the JSON path; locate it in the text as well.
        Error e = policy.error();
        if (doc) {
            const auto colon = e.message.find(": ");
            if (colon != std::string::npos) {
                const JsonPath p = JsonPath::fromString(e.message.substr(0, colon));
                const bool unknown =
                    e.message.size() >= 13 &&
                    e.message.compare(e.message.size() - 13, 13, "unknown field") == 0;
                e.where = unknown ? doc->locateKey(p) : doc->locate(p);
                e.where.file = doc->file();
            }
        }
        return e;
    }
    k.policy = std::move(policy).value();
    return k;
}

} // namespace

Result<KeptPolicy> KeptPolicy::fromJson(const json& j) {
    return read(j, nullptr);
}

Result<KeptPolicy> KeptPolicy::parse(std::string_view text, const std::string& file) {
    auto doc = JsonDocument::parse(text, file, {.rejectDuplicateKeys = true});
    if (!doc)
        return doc.error();
    return read(doc->root(), &*doc);
}

json KeptPolicy::toJson() const {
    json j = policy.toJson();
    j["name"] = name;
    j["match"] = {{keptMatchKindName(match.kind), match.value}};
    return j;
}

std::string KeptPolicy::serialize() const {
    return toJson().dump(2) + "\n";
}

} // namespace splitroute::core
