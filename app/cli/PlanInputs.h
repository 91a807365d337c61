#pragma once

// Inputs shared by the plan, check, export and diff --effective commands: routing tables in
// any importable format (or a bare JSON array of core/RouteJson routes), OpenVPN profiles,
// OpenVPN server configs with their client-config-dir, policies and plans, each with errors naming
// the file.

#include "app/cli/Cli.h"
#include "core/RouteTable.h"
#include "core/plan/Planner.h"
#include "core/plan/SplitPolicy.h"
#include "core/vpn/ServerConfig.h"
#include "core/vpn/VpnProfile.h"

#include <optional>
#include <string>
#include <vector>

namespace splitroute::cli {

/// A table file: snapshot, ip route text/JSON, route print, netstat (core/import), or a JSON
/// array of routes as core/RouteJson.h writes them. Import warnings go to io.err.
[[nodiscard]] core::Result<core::RouteTable> readTableFile(const std::string& path, Io& io);
[[nodiscard]] core::Result<core::VpnProfile> readProfileFile(const std::string& path);
[[nodiscard]] core::Result<core::SplitPolicy> readPolicyFile(const std::string& path);
[[nodiscard]] core::Result<core::Plan> readPlanFile(const std::string& path);
/// The regular files of a client-config-dir (dot files skipped), sorted by name.
[[nodiscard]] core::Result<std::vector<core::CcdFile>> readCcdDir(const std::string& dir);
/// An OpenVPN server config with its client-config-dir files: `ccdDir` when given, else the
/// config's own client-config-dir (relative to the config's folder) when that folder exists.
/// Errors: the unreadable file or folder, or the config's lexer error (file:line:column).
[[nodiscard]] core::Result<core::ServerConfig>
readServerConfigFile(const std::string& path, const std::optional<std::string>& ccdDir,
                     core::ServerConfigOptions opts = {});
/// Writes text to a file; errors name the file.
[[nodiscard]] core::Result<void> writeTextFile(const std::string& path, const std::string& text);

} // namespace splitroute::cli
