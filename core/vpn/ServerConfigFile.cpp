// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/ServerConfigFile.h"
#include "core/FileBytes.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace splitroute::core {

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
        auto text = readFileBytes(entry.path().string());
        if (!text)
            return text.error();
        out.push_back({name, std::move(*text)});
    }
    std::sort(out.begin(), out.end(),
              [](const CcdFile& a, const CcdFile& b) { return a.name < b.name; });
    return out;
}

std::string resolvedClientConfigDir(const ServerConfig& config, const std::string& configPath) {
    namespace fs = std::filesystem;
    if (config.clientConfigDir.empty())
        return {};
    fs::path d = config.clientConfigDir;
    if (d.is_relative())
        d = fs::path(configPath).parent_path() / d;
    return d.lexically_normal().string();
}

Result<ServerConfig> readServerConfigFile(const std::string& path,
                                          const std::optional<std::string>& ccdDir,
                                          ServerConfigOptions opts) {
    namespace fs = std::filesystem;
    auto text = readFileBytes(path);
    if (!text)
        return text.error();
    // First pass without CCD files to learn client-config-dir.
    auto first = parseServerConfig(*text, path, {}, opts);
    if (!first)
        return first.error();
    std::optional<fs::path> dir;
    if (ccdDir) {
        dir = fs::path(*ccdDir);
    } else if (const std::string d = resolvedClientConfigDir(*first, path); !d.empty()) {
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

} // namespace splitroute::core
