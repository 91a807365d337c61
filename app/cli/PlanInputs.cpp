#include "app/cli/PlanInputs.h"

#include "core/RouteJson.h"
#include "core/import/TableImport.h"
#include "core/vpn/ProfileParser.h"

#include <algorithm>
#include <filesystem>
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

Result<std::vector<CcdFile>> readCcdDir(const std::string& dir) {
    namespace fs = std::filesystem;
    std::vector<CcdFile> out;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot list '" + dir + "': " + ec.message(), {dir, 0, 0});
    for (const auto& entry : it) {
        std::error_code fec;
        if (!entry.is_regular_file(fec) || fec)
            continue;
        const std::string name = entry.path().filename().string();
        if (name.empty() || name[0] == '.')
            continue; // OpenVPN looks files up by common name; dot files are not clients
        auto text = readFile(entry.path().string());
        if (!text)
            return text.error();
        out.push_back({name, std::move(*text)});
    }
    std::sort(out.begin(), out.end(),
              [](const CcdFile& a, const CcdFile& b) { return a.name < b.name; });
    return out;
}

Result<ServerConfig> readServerConfigFile(const std::string& path,
                                          const std::optional<std::string>& ccdDir,
                                          ServerConfigOptions opts) {
    namespace fs = std::filesystem;
    auto text = readFile(path);
    if (!text)
        return text.error();
    // First pass without CCD files to learn client-config-dir.
    auto first = parseServerConfig(*text, path, {}, opts);
    if (!first)
        return first.error();
    std::optional<fs::path> dir;
    if (ccdDir)
        dir = fs::path(*ccdDir);
    else if (!first->clientConfigDir.empty()) {
        fs::path d = first->clientConfigDir;
        if (d.is_relative())
            d = fs::path(path).parent_path() / d;
        std::error_code ec;
        if (fs::is_directory(d, ec))
            dir = d;
    }
    if (!dir)
        return first;
    auto files = readCcdDir(dir->string());
    if (!files)
        return files.error();
    return parseServerConfig(*text, path, *files, opts);
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
