#include "app/cli/PlanInputs.h"

#include "core/RouteJson.h"
#include "core/import/TableImport.h"
#include "core/vpn/ProfileParser.h"

#include <fstream>
#include <system_error>

namespace splitroute::cli {

using namespace splitroute::core;

Result<RouteTable> readTableFile(const std::string& path, Io& io) {
    auto text = readFile(path);
    if (!text)
        return text.error();
    // A bare array of Splitroute route objects (what plans and tests hold).
    const auto first = text->find_first_not_of(" \t\r\n");
    if (first != std::string::npos && (*text)[first] == '[') {
        nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
        if (!j.is_discarded() && j.is_array() && !j.empty() && j[0].is_object() &&
            j[0].contains("destination")) {
            auto t = routeTableFromJson(j);
            if (!t) {
                Error e = t.error();
                e.where.file = path;
                return e;
            }
            return t;
        }
    }
    auto imported = importTableFile(path, TableFormat::Auto);
    if (!imported)
        return imported.error();
    for (const auto& d : imported->diagnostics)
        if (d.severity != Severity::Info)
            io.err << d.toString() << '\n';
    return std::move(imported->table);
}

Result<VpnProfile> readProfileFile(const std::string& path) {
    return parseProfileFile(path);
}

Result<SplitPolicy> readPolicyFile(const std::string& path) {
    auto text = readFile(path);
    if (!text)
        return text.error();
    return SplitPolicy::parse(*text, path);
}

Result<Plan> readPlanFile(const std::string& path) {
    auto text = readFile(path);
    if (!text)
        return text.error();
    return parsePlan(*text, path);
}

Result<void> writeTextFile(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    if (!f)
        return makeError(ErrorCode::Io, "cannot write '" + path + "'", {path, 0, 0});
    f << text;
    f.close();
    if (!f)
        return makeError(ErrorCode::Io, "cannot write '" + path + "'", {path, 0, 0});
    return {};
}

} // namespace splitroute::cli
