// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/RouteTable.h"
#include "core/vpn/VpnProfile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::core {

/// What the predictor needs to know about the tunnel that the profile does not say.
struct TunnelParams {
    std::string device = "tun0";
    std::uint32_t ifindex = 0; ///< 0: unknown
    /// The resolved address of the remote OpenVPN connects to. Unset: the profile's first
    /// `remote` when it is a literal address, otherwise unknown (no host route is predicted).
    std::optional<IpAddress> serverAddress;
    /// Whether IPv6 is enabled on the tunnel device (net.ipv6.conf.*.disable_ipv6 = 0).
    /// Unset: assumed enabled, the Linux default.
    std::optional<bool> ipv6Enabled;
    /// OpenVPN uses the ovpn-dco kernel module (2.6 does when it is loaded and the profile
    /// allows it; `disable-dco` turns it off). Then `route` / `route-ipv6` options without a
    /// metric get 200 (DCO_DEFAULT_METRIC) unless route-metric is set. Modelled from the
    /// source only: the integration test runs with DCO off.
    bool dco = false;
};

/// The routing table OpenVPN 2.6 leaves behind on Linux (DCO off), and how it got there.
struct Prediction {
    RouteTable after;
    std::vector<Route> added;   ///< in the order the kernel / OpenVPN adds them
    std::vector<Route> removed; ///< routes OpenVPN deletes (the default route without def1)
    /// What OpenVPN would log as warnings ("NOTE: unable to redirect IPv4 default gateway --
    /// ...", "ERROR: Linux route add command failed", ...) and what the prediction cannot know.
    std::vector<Diagnostic> notes;
};

/// Predicts the table after OpenVPN 2.6 (Linux, netlink, no DCO) connects with `effective`
/// (a client profile with the server's PUSH_REPLY applied), starting from `before`.
///
/// Modelled, as verified against openvpn 2.6.14 on Linux 6.x:
/// - the addresses on the tun device and the kernel routes they imply (`topology subnet`:
///   the subnet, proto kernel, scope link, src; net30/p2p: the peer /32; local and broadcast
///   entries in table local when `before` holds table local; fe80::/64 and ff00::/8 when
///   `before` holds IPv6 routes);
/// - redirect-gateway: the /32 to the server via the old default gateway (unless `local`,
///   or `autolocal` with the server on the gateway's subnet), def1's 0/1 + 128/1, or without
///   def1 the delete of the default route and 0/0 via the VPN; block-local's gateway /32 and
///   the gateway subnet split in two halves into the tunnel;
/// - `route` with vpn_gateway / net_gateway / remote_host / addresses, route-metric;
/// - IPv6: route-ipv6, redirect-gateway ipv6's ::/3 2000::/4 3000::/4 fc00::/7 (installed
///   on tun even without ifconfig-ipv6, with OpenVPN's warning), the /128 to an IPv6 server
///   covered by them via the old IPv6 gateway, metric 1;
/// - the kernel's checks: a gateway must be reachable on-link (otherwise the add fails, as
///   OpenVPN logs it), an identical route fails with EEXIST; routes carry proto boot, scope
///   global, metric as set (IPv6: 1024 by default), the device the kernel resolves.
///
/// Errors: a server-mode or otherwise unusable profile.
[[nodiscard]] Result<Prediction>
predictRoutes(const RouteTable& before, const VpnProfile& effective, const TunnelParams& params);

} // namespace splitroute::core
