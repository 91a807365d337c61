// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/TunnelContext.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace splitroute::core {

namespace {
Prefix p(const char* text) {
    return Prefix::parse(text).value();
}
} // namespace

bool isOverridePrefix(const Prefix& x) {
    static const std::vector<Prefix> known{p("0.0.0.0/1"), p("128.0.0.0/1"), p("::/1"),
                                           p("8000::/1"),  p("::/3"),        p("2000::/4"),
                                           p("3000::/4"),  p("fc00::/7")};
    for (const auto& k : known)
        if (k == x)
            return true;
    return false;
}

bool looksLikeTunnelDevice(const std::string& name) {
    for (const char* prefix : {"tun", "tap", "wg", "ppp", "utun", "ipsec", "vti", "gre"})
        if (name.rfind(prefix, 0) == 0)
            return true;
    return false;
}

bool TunnelContext::overrides(Family f) const {
    for (const auto& r : overrideRoutes)
        if (r.family() == f)
            return true;
    return false;
}

bool TunnelContext::isTunnelRoute(const Route& r) const {
    if (tunnelDevice.empty())
        return false;
    if (r.isMultipath()) {
        for (const auto& nh : r.nexthops)
            if (nh.interface == tunnelDevice)
                return true;
        return false;
    }
    return r.interface == tunnelDevice;
}

TunnelContext detectTunnel(const RouteTable& table, const std::string& deviceHint) {
    TunnelContext c;
    if (!deviceHint.empty()) {
        c.tunnelDevice = deviceHint;
    } else {
        // The override pair names the tunnel; else the tunnel-looking device with most routes.
        std::map<std::string, int> counts;
        for (const auto& r : table.routes()) {
            if (r.type != RouteType::Unicast || r.interface.empty() || r.table == table::Local)
                continue;
            if (isOverridePrefix(r.destination)) {
                if (c.tunnelDevice.empty() || r.interface.str() < c.tunnelDevice.str())
                    c.tunnelDevice = r.interface;
                continue;
            }
            if (looksLikeTunnelDevice(r.interface.str()))
                ++counts[r.interface.str()];
        }
        if (c.tunnelDevice.empty()) {
            int best = 0;
            for (const auto& [name, n] : counts)
                if (n > best) {
                    best = n;
                    c.tunnelDevice = name;
                }
        }
    }
    for (const auto& r : table.routes()) {
        if (r.type != RouteType::Unicast || r.table == table::Local)
            continue;
        const bool onTunnel = !c.tunnelDevice.empty() && c.isTunnelRoute(r);
        if (onTunnel) {
            if (isOverridePrefix(r.destination) || r.destination.isDefault())
                c.overrideRoutes.push_back(r);
            IpAddress& gw = r.family() == Family::V6 ? c.tunnelGateway6 : c.tunnelGateway4;
            if (!r.gateway.isNull() && (gw.isNull() || r.gateway < gw) &&
                (isOverridePrefix(r.destination) || r.destination.isDefault()))
                gw = r.gateway;
        } else if (r.destination.isDefault() && r.table == table::Main) {
            auto& slot = r.family() == Family::V6 ? c.physicalDefault6 : c.physicalDefault4;
            if (!slot || std::make_tuple(r.metric, r.gateway, r.interface) <
                             std::make_tuple(slot->metric, slot->gateway, slot->interface))
                slot = r;
        }
    }
    std::sort(c.overrideRoutes.begin(), c.overrideRoutes.end(), [](const Route& a, const Route& b) {
        return std::make_tuple(static_cast<int>(a.family()), a.destination, a.metric, a.gateway) <
               std::make_tuple(static_cast<int>(b.family()), b.destination, b.metric, b.gateway);
    });
    // A gateway from any gatewayed tunnel route when the override has none (e.g. split tunnel).
    IpAddress any4, any6;
    for (const auto& r : table.routes()) {
        if (!c.isTunnelRoute(r) || r.gateway.isNull() || r.type != RouteType::Unicast)
            continue;
        IpAddress& gw = r.family() == Family::V6 ? any6 : any4;
        if (gw.isNull() || r.gateway < gw)
            gw = r.gateway;
    }
    if (c.tunnelGateway4.isNull())
        c.tunnelGateway4 = any4;
    if (c.tunnelGateway6.isNull())
        c.tunnelGateway6 = any6;
    return c;
}

} // namespace splitroute::core
