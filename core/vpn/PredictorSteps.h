// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The named steps of predictRoutes(), for Predictor.cpp and its tests only. In the order
// OpenVPN 2.6 runs them: read the system (gatherContext), bring the device up
// (addLinkLocal6), configure the addresses (addAddress4 / addAddress6), then the IPv4 routes
// (planRoutes4, planBlockLocal, redirectDefaultRoute, addPlanned4: addRoutes4) and the IPv6
// routes (planRoutes6, addPlanned6: addRoutes6).

#include "core/vpn/Predictor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::core::predictor {

constexpr long kDcoDefaultMetric = 200; // dco.h, Linux

// OpenVPN's route_gateway_info (route.h): what get_default_gateway() found. On Linux the
// address comes from the first 0.0.0.0/0 route of table main (sitnl dumps them lowest metric
// first); the netmask and interface from the interface address whose subnet holds it.
struct GatewayInfo {
    bool addrDefined = false;
    bool onLink = false; // default route without a gateway ("default dev ppp0")
    IpAddress addr;      // 0.0.0.0 when onLink
    bool netmaskDefined = false;
    int prefixLength = 32;
    bool ifaceDefined = false;
    InterfaceName iface;

    // local_route() in route.c: a host route via the default gateway to an address on the
    // gateway's subnet is installed with the gateway interface named explicitly.
    [[nodiscard]] bool onGatewaySubnet(const IpAddress& a) const {
        return addrDefined && netmaskDefined && ifaceDefined &&
               Prefix(addr, prefixLength).contains(a);
    }
};

struct Gateway6Info {
    bool addrDefined = false;
    bool ifaceDefined = false;
    bool onLink = false;
    IpAddress addr;
    InterfaceName iface;
};

/// The routing table as the kernel changes it, and the Prediction it records into.
class Model {
public:
    Model(const RouteTable& before, const TunnelParams& params, Prediction& out)
        : m_routes(before.routes()), m_params(params), m_out(out) {}

    void note(Severity s, std::string code, std::string message) {
        m_out.notes.push_back(Diagnostic{s, std::move(code), std::move(message), {}});
    }

    std::vector<Route>& routes() { return m_routes; }

    [[nodiscard]] std::uint32_t ifindexOf(const InterfaceName& name) const;
    // A route the kernel adds by itself (address configuration).
    void addKernel(Route r);
    [[nodiscard]] const Route* resolveV4Gateway(const IpAddress& gw, const InterfaceName* oif,
                                                std::string& why) const;
    bool addV4(const Prefix& dst, const IpAddress& gw, const InterfaceName* oif, long metric);
    bool addV6(const Prefix& dst, const IpAddress& gw, const InterfaceName& dev, long metric);
    void delV4(const Prefix& dst, const IpAddress& gw);

private:
    bool failAdd(const std::string& request, const std::string& why, bool v6 = false);
    bool insert(Route r, const std::string& request, bool v6);

    std::vector<Route> m_routes;
    const TunnelParams& m_params;
    Prediction& m_out;
};

/// What OpenVPN reads from the profile and the system before it changes anything.
struct Context {
    const RouteTable& before;
    const VpnProfile& effective;
    const TunnelParams& params;
    InterfaceName dev;
    bool tap = false;
    Topology topology = Topology::Net30;
    bool withLocalTable = false; ///< `before` holds table local: predict its entries too
    bool withKernelV6 = false;   ///< `before` holds IPv6 routes: predict the kernel's ones
    bool ipv6On = true;
    bool ifconfigNoexec = false;
    std::optional<IpAddress> server4{};
    std::optional<IpAddress> server6{};
    GatewayInfo rgi{};                     ///< the IPv4 default gateway before connecting
    bool remoteHostLocal = false;          ///< TLA_LOCAL: the server is on the gateway's subnet
    std::optional<IpAddress> vpnGateway{}; ///< RTSA_REMOTE_ENDPOINT
    long defaultMetric = -1;               ///< -1: none (the kernel's default)
};

// The IPv4 route list of init_route_list(), one entry per route OpenVPN will try to add.
struct Planned4 {
    Prefix destination;
    bool hostBits = false; // network had bits past the netmask: the kernel refuses it
    IpAddress gateway;
    long metric = -1;
    bool refGateway = false; // ROUTE_REF_GW: a route via the pre-existing default gateway
};

// The IPv6 route list of init_route_ipv6_list().
struct Planned6 {
    Prefix destination;
    IpAddress gateway;
    long metric;
    bool metricDefined;
    std::optional<InterfaceName> iface; ///< set for the host route to the server
};

/// block-local: the gateway's own subnet in two halves into the tunnel, and the gateway's
/// address that then needs a host route around it.
struct BlockLocal {
    std::optional<IpAddress> bypass;
    std::vector<Planned4> routes; ///< upper half first
};

GatewayInfo defaultGateway(const RouteTable& before, Model& model);
Gateway6Info defaultGateway6(const RouteTable& before, const IpAddress& dest);
/// The server's address: the given one, else the first remote when it is a literal address.
std::optional<IpAddress> serverAddress(const VpnProfile& effective, const TunnelParams& params,
                                       Model& model);
/// The RTSA_REMOTE_ENDPOINT: route-gateway, else the net30/p2p peer.
std::optional<IpAddress> vpnGateway(const VpnProfile& effective, bool tap, Topology topology);
/// do_init_route_list(): DCO_DEFAULT_METRIC, overridden by route-metric (0 counts as unset).
long defaultMetric(const VpnProfile& effective, const TunnelParams& params);
Context gatherContext(const RouteTable& before, const VpnProfile& effective,
                      const TunnelParams& params, Model& model);

void addLinkLocal6(const Context& ctx, Model& model);
void noteScriptOptions(const Context& ctx, Model& model);
/// do_ifconfig() for IPv4; whether an IPv4 address was configured, or a bad netmask.
Result<bool> addAddress4(const Context& ctx, Model& model);
/// do_ifconfig() for IPv6; whether ifconfig-ipv6 was given (even if IPv6 is disabled).
bool addAddress6(const Context& ctx, Model& model);

/// One `route` option resolved as OpenVPN's init_route() does; nullopt (with a note) when
/// OpenVPN would skip it.
std::optional<Planned4> planRoute4(const ProfileRoute& pr, const Context& ctx, Model& model);
std::vector<Planned4> planRoutes4(const Context& ctx, Model& model);
BlockLocal planBlockLocal(const Context& ctx);
/// add_route() for one planned IPv4 route.
void addPlanned4(const Planned4& p, const Context& ctx, Model& model);
/// redirect_default_route_to_vpn(): the server's host route, the block-local bypass and
/// def1's halves or the replaced default route.
void redirectDefaultRoute(const Context& ctx, const std::optional<IpAddress>& blockLocalBypass,
                          Model& model);
void addRoutes4(const Context& ctx, bool haveIfconfig4, Model& model);

std::vector<Planned6> planRoutes6(const Context& ctx, Model& model);
/// add_route_ipv6() for one planned IPv6 route.
void addPlanned6(const Planned6& q, const Context& ctx, Model& model);
void addRoutes6(const Context& ctx, bool haveIfconfig6, Model& model);

} // namespace splitroute::core::predictor
