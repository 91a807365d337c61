// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PlanInputs.h"

#include "core/JsonDocument.h"
#include "core/RouteJson.h"
#include "core/import/TableImport.h"
#include "core/vpn/ProfileParser.h"

#include <spdlog/spdlog.h>

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
        auto doc = JsonDocument::parse(*text, path);
        const nlohmann::json* j = doc ? &doc->root() : nullptr;
        if (j && j->is_array() && !j->empty() && (*j)[0].is_object() &&
            (*j)[0].contains("destination")) {
            auto t = routeTableFromJson(*j);
            if (!t) {
                Error e = t.error();
                e.where = locateElementError(*doc, {}, e.message);
                return e;
            }
            return t;
        }
    }
    auto imported = importTableFile(path, TableFormat::Auto);
    if (!imported)
        return imported.error();
    spdlog::debug("read {} as {}: {} routes, {} diagnostics", path,
                  tableFormatName(imported->format), imported->table.size(),
                  imported->diagnostics.size());
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
