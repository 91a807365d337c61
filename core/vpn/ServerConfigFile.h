// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading an OpenVPN server config and its client-config-dir from disk, shared by the CLI
// (server, check) and the GUI. parseServerConfig itself reads no files; these do.

#include "core/Result.h"
#include "core/vpn/ServerConfig.h"

#include <optional>
#include <string>
#include <vector>

namespace splitroute::core {

/// The regular files of a client-config-dir (dot files skipped), sorted by name.
[[nodiscard]] Result<std::vector<CcdFile>> readCcdDir(const std::string& dir);

/// The client-config-dir a server config names, resolved against the config's folder
/// (OpenVPN resolves it against its working directory, which is usually that folder);
/// empty when the config names none.
[[nodiscard]] std::string resolvedClientConfigDir(const ServerConfig& config,
                                                  const std::string& configPath);

/// An OpenVPN server config with its client-config-dir files: `ccdDir` when given, else the
/// config's own client-config-dir (relative to the config's folder) when that folder exists.
/// Errors: the unreadable file or folder, or the config's lexer error (file:line:column).
[[nodiscard]] Result<ServerConfig> readServerConfigFile(const std::string& path,
                                                        const std::optional<std::string>& ccdDir,
                                                        ServerConfigOptions opts = {});

} // namespace splitroute::core
