#include "core/import/Snapshot.h"

#include "core/RouteJson.h"
#include "core/import/JsonText.h"
#include "core/import/TextLines.h"

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
    auto doc = parseJsonText(text, fileName);
    if (!doc)
        return doc.error();
    const nlohmann::json& j = *doc;
    const SourceLocation top{fileName, 1, 1};
    auto fail = [&](const std::string& message) {
        return makeError(ErrorCode::Parse, "snapshot: " + message, top);
    };
    if (!j.is_object())
        return fail("expected a JSON object");
    for (const auto& [key, value] : j.items())
        if (key != "format" && key != "version" && key != "source" && key != "taken" &&
            key != "routes")
            return fail("unknown field '" + key + "'");
    if (!j.contains("format") || j["format"] != "splitroute-snapshot")
        return fail("'format' must be \"splitroute-snapshot\"");
    if (!j.contains("version") || !j["version"].is_number_integer())
        return fail("'version' missing or not an integer");
    if (j["version"] != kSnapshotVersion)
        return makeError(ErrorCode::Unsupported,
                         "snapshot: version " + j["version"].dump() +
                             " is not supported (this "
                             "build reads version " +
                             std::to_string(kSnapshotVersion) + ")",
                         top);
    Snapshot s;
    if (j.contains("source")) {
        if (!j["source"].is_string())
            return fail("'source' must be a string");
        s.source = j["source"].get<std::string>();
    }
    if (j.contains("taken")) {
        if (!j["taken"].is_string())
            return fail("'taken' must be a string");
        s.taken = j["taken"].get<std::string>();
    }
    if (!j.contains("routes") || !j["routes"].is_array())
        return fail("'routes' missing or not an array");
    const auto& routes = j["routes"];
    auto offsets = jsonElementOffsets(text, "routes");
    s.table.reserve(routes.size());
    for (std::size_t i = 0; i < routes.size(); ++i) {
        auto r = routeFromJson(routes[i]);
        if (!r) {
            SourceLocation where = top;
            if (i < offsets.size()) {
                auto [line, column] = textlines::lineColumnOf(text, offsets[i]);
                where.line = line;
                where.column = column;
            }
            return makeError(r.error().code,
                             "snapshot: route " + std::to_string(i + 1) + ": " + r.error().message,
                             where);
        }
        s.table.add(std::move(r).value());
    }
    return s;
}

} // namespace splitroute::core
