// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"

#include <optional>
#include <string>
#include <vector>

namespace splitroute::core {

/// Prefixes with which VPN clients override the default route without deleting it:
/// 0.0.0.0/1 + 128.0.0.0/1 (OpenVPN def1, AWS Client VPN, WireGuard on Windows),
/// ::/1 + 8000::/1, and OpenVPN's IPv6 set ::/3, 2000::/4, 3000::/4, fc00::/7.
[[nodiscard]] bool isOverridePrefix(const Prefix& p);
/// A name as tunnel drivers create them: tun*, tap*, wg*, ppp*, utun*, ipsec*, vti*, gre*.
[[nodiscard]] bool looksLikeTunnelDevice(const std::string& name);

/// What a table says about the VPN: the tunnel device and gateway, the routes that override
/// the default route, and the physical default routes they shadow.
struct TunnelContext {
    InterfaceName tunnelDevice; ///< empty: no tunnel found
    IpAddress tunnelGateway4;   ///< null: device routes (tun, no gateway)
    IpAddress tunnelGateway6;
    std::vector<Route> overrideRoutes;     ///< override halves (and a /0) on the tunnel device
    std::optional<Route> physicalDefault4; ///< default route outside the tunnel, lowest metric
    std::optional<Route> physicalDefault6;

    [[nodiscard]] bool hasTunnel() const { return !tunnelDevice.empty(); }
    [[nodiscard]] bool overrides(Family f) const;
    [[nodiscard]] const std::optional<Route>& physicalDefault(Family f) const {
        return f == Family::V6 ? physicalDefault6 : physicalDefault4;
    }
    [[nodiscard]] const IpAddress& tunnelGateway(Family f) const {
        return f == Family::V6 ? tunnelGateway6 : tunnelGateway4;
    }
    [[nodiscard]] bool isTunnelRoute(const Route& r) const;
};

/// Finds the tunnel in `table`. `deviceHint` (a device name) wins when given; otherwise the
/// device of the override routes, else the tunnel-looking device with the most routes.
[[nodiscard]] TunnelContext detectTunnel(const RouteTable& table,
                                         const std::string& deviceHint = {});

} // namespace splitroute::core
