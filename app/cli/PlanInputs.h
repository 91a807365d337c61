// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "core/vpn/ServerConfigFile.h"
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
/// Server configs and client-config-dirs are read by core (shared with the GUI).
using core::readCcdDir;
using core::readServerConfigFile;
/// Writes text to a file; errors name the file.
[[nodiscard]] core::Result<void> writeTextFile(const std::string& path, const std::string& text);

} // namespace splitroute::cli
