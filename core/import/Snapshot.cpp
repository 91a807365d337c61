// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/Snapshot.h"

#include "core/JsonDocument.h"
#include "core/RouteJson.h"

namespace splitroute::core {

nlohmann::json snapshotToJson(const Snapshot& s) {
    nlohmann::json j;
    j["format"] = "splitroute-snapshot";
    j["version"] = kSnapshotVersion;
    j["source"] = s.source;
    if (!s.taken.empty())
        j["taken"] = s.taken;
    j["routes"] = toJson(s.table);
    return j;
}

std::string writeSnapshot(const Snapshot& s) {
    return snapshotToJson(s).dump(2) + "\n";
}

Result<Snapshot> readSnapshot(std::string_view text, const std::string& fileName) {
    auto parsed = JsonDocument::parse(text, fileName);
    if (!parsed)
        return parsed.error();
    const JsonDocument& doc = *parsed;
    const nlohmann::json& j = doc.root();
    const JsonPath top;
    // Located at the offending value; at the object when a required member is missing.
    auto fail = [&](const JsonPath& path, const std::string& message) {
        return makeError(ErrorCode::Parse, "snapshot: " + message, doc.locate(path));
    };
    if (!j.is_object())
        return fail(top, "expected a JSON object");
    for (const auto& [key, value] : j.items())
        if (key != "format" && key != "version" && key != "source" && key != "taken" &&
            key != "routes")
            return makeError(ErrorCode::Parse, "snapshot: unknown field '" + key + "'",
                             doc.locateKey(top.key(key)));
    if (!j.contains("format") || j["format"] != "splitroute-snapshot")
        return fail(top.key("format"), "'format' must be \"splitroute-snapshot\"");
    if (!j.contains("version") || !j["version"].is_number_integer())
        return fail(top.key("version"), "'version' missing or not an integer");
    if (j["version"] != kSnapshotVersion)
        return makeError(ErrorCode::Unsupported,
                         "snapshot: version " + j["version"].dump() +
                             " is not supported (this "
                             "build reads version " +
                             std::to_string(kSnapshotVersion) + ")",
                         doc.locate(top.key("version")));
    Snapshot s;
    if (j.contains("source")) {
        if (!j["source"].is_string())
            return fail(top.key("source"), "'source' must be a string");
        s.source = j["source"].get<std::string>();
    }
    if (j.contains("taken")) {
        if (!j["taken"].is_string())
            return fail(top.key("taken"), "'taken' must be a string");
        s.taken = j["taken"].get<std::string>();
    }
    if (!j.contains("routes") || !j["routes"].is_array())
        return fail(top.key("routes"), "'routes' missing or not an array");
    const auto& routes = j["routes"];
    s.table.reserve(routes.size());
    for (std::size_t i = 0; i < routes.size(); ++i) {
        auto r = routeFromJson(routes[i]);
        if (!r)
            return makeError(r.error().code,
                             "snapshot: route " + std::to_string(i + 1) + ": " + r.error().message,
                             locateFieldError(doc, top.key("routes").index(i), r.error().message));
        s.table.add(std::move(r).value());
    }
    return s;
}

} // namespace splitroute::core
