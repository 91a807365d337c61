// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Prefix.h"
#include "core/Result.h"
#include "core/vpn/VpnProfile.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// One client-config-dir file: the client's common name (the file name) and its text.
/// parseServerConfig reads no directories: the caller lists the folder (core/vpn/ServerConfigFile.h
/// has readCcdDir for that).
struct CcdFile {
    std::string name;
    std::string text;
};

/// A network OpenVPN's server routes to one client (its internal routing table).
struct InternalRoute {
    Prefix network;
    std::string client; ///< common name
    std::string source; ///< "iroute", "iroute-ipv6", "ifconfig-push", "ifconfig-ipv6-push"
    SourceLocation where;
};

/// A route the server installs into its tun/tap device (`route` lines and the --server
/// helper's route for net30/p2p).
struct ServerKernelRoute {
    Prefix network;
    GatewayKind gatewayKind = GatewayKind::Default;
    IpAddress gateway; ///< resolved default: route-gateway, else the server network + 2
    std::optional<std::uint32_t> metric;
    bool implied = false; ///< added by the --server helper
    SourceLocation where;
};

struct ServerClient {
    std::string commonName;
    bool disabled = false; ///< `disable`: the server refuses this client
    bool pushReset = false;
    std::vector<ProfileRoute> iroutes;  ///< iroute (IPv4)
    std::vector<ProfileRoute> iroutes6; ///< iroute-ipv6
    std::optional<Ifconfig> ifconfigPush;
    std::optional<Ifconfig6> ifconfig6Push;
    std::vector<std::string> pushes; ///< the push list this client receives, in order
    std::vector<Diagnostic> diagnostics;
};

/// An OpenVPN server configuration with its client-config-dir files, expanded the way
/// OpenVPN 2.6 expands them (helper.c: --server, --server-ipv6, --keepalive).
struct ServerConfig {
    VpnProfile profile;            ///< the configuration as parsed (options, routes, diagnostics)
    std::optional<Prefix> network; ///< --server NET MASK
    bool nopool = false;
    std::optional<Prefix> network6;      ///< --server-ipv6
    Topology topology = Topology::Unset; ///< effective (2.6 default for tun: net30)
    bool clientToClient = false;
    std::string clientConfigDir;
    std::optional<IpAddress> serverAddress; ///< the server's tun address (--server network + 1)
    std::string poolFirst, poolLast;        ///< ifconfig-pool range ("" when none)
    std::vector<std::string> pushes;        ///< what every client receives before per-client items
    std::vector<ServerKernelRoute> kernelRoutes;
    std::vector<ServerKernelRoute> kernelRoutes6;
    std::vector<ServerClient> clients;
    std::vector<InternalRoute> internalRoutes; ///< network → client, IPv4 then IPv6
    std::vector<Diagnostic> diagnostics; ///< the config's own plus cross-checks (route/iroute)
};

struct ServerConfigOptions {
    /// OpenVPN 2.7 made `topology subnet` the server default for tun; 2.6 uses net30.
    bool subnetDefault = false;
};

/// Reads a server config and its CCD files. Fails only where OpenVPN fails to read the main
/// file (lexer errors); CCD lexer errors become diagnostics on that client.
[[nodiscard]] Result<ServerConfig> parseServerConfig(std::string_view text,
                                                     const std::string& fileName,
                                                     const std::vector<CcdFile>& ccd = {},
                                                     ServerConfigOptions opts = {});

} // namespace splitroute::core
