// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"
#include "core/PrefixSet.h"
#include "core/analyze/Finding.h"
#include "core/analyze/FindingCode.h"
#include "core/plan/SplitPolicy.h"
#include "core/vpn/VpnProfile.h"

#include <optional>
#include <string>
#include <vector>

namespace splitroute::core {

/// What the analyzers look at. Only `table` is required; each analyzer uses what it needs.
struct AnalysisInput {
    const RouteTable* table = nullptr;
    const VpnProfile* profile = nullptr;
    const SplitPolicy* policy = nullptr;
    std::string tunnelDevice;          ///< detected when empty (see detectTunnel)
    std::vector<IpAddress> vpnServers; ///< besides the profile's literal remotes
    std::vector<IpAddress> localDns;   ///< the system's own resolvers
    /// Server side: the client iroutes (iroute / iroute-ipv6 of every CCD file). Checked when
    /// non-empty or when serverMode is set.
    std::vector<Prefix> iroutes;
    bool serverMode = false;
    std::optional<bool> awsRouteEnforcement; ///< ClientRouteEnforcementOptions.Enforced
};

/// Runs every analyzer; findings in a stable order (analyzer, then address).
[[nodiscard]] std::vector<Finding> analyze(const AnalysisInput& input);

/// What to tell a person who attaches a profile that routes nothing by itself: a Warning
/// "profile-empty" when the file holds no OpenVPN option at all, an Info "profile-no-routes"
/// when it has no route, route-ipv6 or redirect-gateway (and no pushed ones applied) — its
/// routes come from the server at connect, which a client log shows. None otherwise. Located
/// at the profile's file.
[[nodiscard]] std::optional<Diagnostic> routelessProfileNote(const VpnProfile& profile);

/// RFC 1918, RFC 6598, loopback, link-local, multicast (IPv4); ULA, link-local, loopback,
/// multicast (IPv6): address space a "local network" may legitimately claim.
[[nodiscard]] const PrefixSet& privateAddressSpace();

} // namespace splitroute::core
