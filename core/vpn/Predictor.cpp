// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/Predictor.h"

#include <algorithm>
#include <sstream>

namespace splitroute::core {

namespace {

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

std::string joinText(const Prefix& dst, const IpAddress& gw, const std::string& dev, long metric) {
    std::ostringstream s;
    s << dst.toString() << " via "
      << (gw.isNull() ? std::string(dst.family() == Family::V6 ? "::" : "0.0.0.0") : gw.toString())
      << " dev " << (dev.empty() ? std::string("[NULL]") : dev) << " table 0 metric " << metric;
    return s.str();
}

bool isLinkLocal6(const IpAddress& a) {
    return a.isV6() && a.bytes()[0] == 0xfe && (a.bytes()[1] & 0xc0) == 0x80;
}

class Model {
public:
    Model(const RouteTable& before, const TunnelParams& params, Prediction& out)
        : m_routes(before.routes()), m_params(params), m_out(out) {}

    void note(Severity s, std::string code, std::string message) {
        m_out.notes.push_back(Diagnostic{s, std::move(code), std::move(message), {}});
    }

    std::vector<Route>& routes() { return m_routes; }

    std::uint32_t ifindexOf(const InterfaceName& name) const {
        if (name == std::string_view(m_params.device))
            return m_params.ifindex;
        for (const auto& r : m_routes)
            if (r.interface == name && r.ifindex != 0)
                return r.ifindex;
        return 0;
    }

    // A route the kernel adds by itself (address configuration).
    void addKernel(Route r) {
        m_routes.push_back(r);
        m_out.added.push_back(std::move(r));
    }

    // fib_check_nh_v4_gw(): the gateway must be reachable through a route of scope link or
    // host (connected networks), looked up through the default rules (local, main, default)
    // and, when an output interface is given, through that interface only. It must resolve
    // to a unicast or local route (a gateway that is our own address is accepted; a
    // broadcast address is not: EINVAL), otherwise ENETUNREACH.
    const Route* resolveV4Gateway(const IpAddress& gw, const InterfaceName* oif,
                                  std::string& why) const {
        for (std::uint32_t t : {table::Local, table::Main, table::Default}) {
            const Route* best = nullptr;
            for (const auto& r : m_routes) {
                if (r.table != t || r.family() != Family::V4 || r.isMultipath() ||
                    r.scope < scope::Link || !r.destination.contains(gw))
                    continue;
                if (oif && !(r.interface == *oif))
                    continue;
                if (!best || r.destination.length() > best->destination.length() ||
                    (r.destination.length() == best->destination.length() &&
                     r.metric < best->metric))
                    best = &r;
            }
            if (best) {
                if (best->type != RouteType::Unicast && best->type != RouteType::Local) {
                    why = "Invalid argument";
                    return nullptr;
                }
                return best;
            }
        }
        why = "Network is unreachable";
        return nullptr;
    }

    // net_route_v4_add(): RTM_NEWROUTE with NLM_F_CREATE (no EXCL), proto boot, scope
    // universe, RTA_PRIORITY only for a metric > 0.
    bool addV4(const Prefix& dst, const IpAddress& gw, const InterfaceName* oif, long metric) {
        const std::string request = joinText(dst, gw, oif ? oif->str() : std::string(), metric);
        Route r;
        r.destination = dst;
        r.table = table::Main;
        r.type = RouteType::Unicast;
        r.protocol = proto::Boot;
        r.scope = scope::Universe;
        r.metric = metric > 0 ? static_cast<std::uint32_t>(metric) : 0;
        std::string why;
        if (!gw.isNull() && !gw.isUnspecified()) {
            const Route* via = resolveV4Gateway(gw, oif, why);
            if (!via)
                return failAdd(request, why);
            r.gateway = gw;
            r.interface = via->interface;
            r.ifindex = oif ? ifindexOf(*oif) : via->ifindex;
        } else {
            if (!oif)
                return failAdd(request, "No such device");
            r.interface = *oif;
            r.ifindex = ifindexOf(*oif);
        }
        return insert(std::move(r), request, /*v6=*/false);
    }

    // net_route_v6_add(): as for IPv4, the kernel's default metric for IPv6 is 1024.
    bool addV6(const Prefix& dst, const IpAddress& gw, const InterfaceName& dev, long metric) {
        const std::string request = joinText(dst, gw, dev.str(), metric);
        if (dev == std::string_view(m_params.device) && !m_params.ipv6Enabled.value_or(true))
            return failAdd(request, "IPv6 is disabled on nexthop device", true);
        Route r;
        r.destination = dst;
        r.table = table::Main;
        r.type = RouteType::Unicast;
        r.protocol = proto::Boot;
        r.scope = scope::Universe;
        r.metric = metric > 0 ? static_cast<std::uint32_t>(metric) : 1024;
        r.interface = dev;
        r.ifindex = ifindexOf(dev);
        if (!gw.isNull() && !gw.isUnspecified()) {
            if (!isLinkLocal6(gw)) {
                // ip6_route_check_nh(): the gateway must be on-link through the given device.
                const Route* best = nullptr;
                for (const auto& c : m_routes)
                    if (c.table == table::Main && c.family() == Family::V6 && !c.isMultipath() &&
                        c.destination.contains(gw) &&
                        (!best || c.destination.length() > best->destination.length() ||
                         (c.destination.length() == best->destination.length() &&
                          c.metric < best->metric)))
                        best = &c;
                if (!best || best->type != RouteType::Unicast || !best->gateway.isNull() ||
                    !(best->interface == dev))
                    return failAdd(request, "No route to host", true);
            }
            r.gateway = gw;
        }
        return insert(std::move(r), request, /*v6=*/true);
    }

    // RTM_DELROUTE without RTA_PRIORITY and RTA_OIF: the first route of table main with this
    // destination (lowest metric first) whose gateway matches.
    void delV4(const Prefix& dst, const IpAddress& gw) {
        std::vector<Route>::iterator found = m_routes.end();
        for (auto it = m_routes.begin(); it != m_routes.end(); ++it) {
            if (it->table != table::Main || it->destination != dst || it->isMultipath())
                continue;
            if (!gw.isNull() && !gw.isUnspecified() && it->gateway != gw)
                continue;
            if (found == m_routes.end() || it->metric < found->metric)
                found = it;
        }
        if (found == m_routes.end()) {
            note(Severity::Warning, "route-delete-failed",
                 "ERROR: Linux route delete command failed: " + joinText(dst, gw, {}, -1) +
                     " (No such process)");
            return;
        }
        m_out.removed.push_back(*found);
        m_routes.erase(found);
    }

private:
    bool failAdd(const std::string& request, const std::string& why, bool v6 = false) {
        note(Severity::Warning, "route-add-failed",
             std::string(v6 ? "ERROR: Linux IPv6 route can't be added: "
                            : "ERROR: Linux route add command failed: ") +
                 request + " (" + why + ")");
        return false;
    }

    bool insert(Route r, const std::string& request, bool v6) {
        auto firstSame = m_routes.end();
        for (auto it = m_routes.begin(); it != m_routes.end(); ++it) {
            if (!it->sameKey(r) || it->family() != r.family())
                continue;
            if (firstSame == m_routes.end())
                firstSame = it;
            // fib_table_insert() / fib6_add_rt2node(): an identical route is EEXIST even
            // without NLM_F_EXCL.
            if (it->type == r.type && it->gateway == r.gateway && it->interface == r.interface &&
                !it->isMultipath() &&
                (v6 || (it->protocol == r.protocol && it->scope == r.scope &&
                        it->preferredSource == r.preferredSource))) {
                // OpenVPN 2.6 treats EEXIST as success and only notes it (IPv4 and IPv6).
                note(Severity::Info, "route-exists",
                     "NOTE: Linux route add command failed because route exists: " + request);
                return true;
            }
            if (v6 && !it->gateway.isNull() && !r.gateway.isNull())
                note(Severity::Info, "ipv6-multipath",
                     "the kernel merges " + r.toString() + " with " + it->toString() +
                         " into one multipath route");
        }
        m_out.added.push_back(r);
        if (!v6 && firstSame != m_routes.end())
            m_routes.insert(firstSame, std::move(r)); // IPv4: the new alias goes first
        else
            m_routes.push_back(std::move(r));
        return true;
    }

    std::vector<Route> m_routes;
    const TunnelParams& m_params;
    Prediction& m_out;
};

GatewayInfo defaultGateway(const RouteTable& before, Model& model) {
    GatewayInfo g;
    const Route* best = nullptr;
    for (const auto& r : before.routes())
        if (r.table == table::Main && r.family() == Family::V4 && r.destination.isDefault() &&
            (!best || r.metric < best->metric))
            best = &r;
    if (!best)
        return g;
    if (best->type != RouteType::Unicast || best->isMultipath() || best->interface.empty()) {
        model.note(Severity::Info, "default-gateway-unreadable",
                   "the default route " + best->toString() +
                       " names no single interface: OpenVPN cannot read the default gateway");
        return g;
    }
    g.addrDefined = true;
    g.onLink = best->gateway.isNull();
    g.addr = g.onLink ? IpAddress::v4(0) : best->gateway;
    if (g.onLink) {
        g.ifaceDefined = true;
        g.iface = best->interface;
        return g;
    }
    // SIOCGIFCONF scan: the interface address whose subnet holds the gateway.
    const Route* connected = nullptr;
    for (const auto& r : before.routes()) {
        if (r.table != table::Main || r.family() != Family::V4 || r.type != RouteType::Unicast ||
            !r.gateway.isNull() || r.isMultipath() || r.scope != scope::Link ||
            !r.destination.contains(g.addr))
            continue;
        const bool better =
            !connected ||
            (r.interface == best->interface && !(connected->interface == best->interface)) ||
            (!r.preferredSource.isNull() && connected->preferredSource.isNull());
        if (better)
            connected = &r;
    }
    if (connected) {
        g.netmaskDefined = true;
        g.prefixLength = connected->destination.length();
        g.ifaceDefined = true;
        g.iface = connected->interface;
    }
    return g;
}

Gateway6Info defaultGateway6(const RouteTable& before, const IpAddress& dest) {
    Gateway6Info g;
    auto found = before.lookup(dest);
    if (!found.chosen || found.chosen->type != RouteType::Unicast || found.chosen->isMultipath())
        return g;
    g.addr = found.chosen->gateway;
    g.addrDefined = !g.addr.isNull() && !g.addr.isUnspecified();
    g.ifaceDefined = !found.chosen->interface.empty();
    g.iface = found.chosen->interface;
    if (g.ifaceDefined && !g.addrDefined) {
        g.addrDefined = true;
        g.onLink = true;
        g.addr = dest;
    }
    return g;
}

bool hasFamily(const RouteTable& t, Family f) {
    return std::any_of(t.routes().begin(), t.routes().end(),
                       [f](const Route& r) { return r.family() == f; });
}
bool hasTable(const RouteTable& t, std::uint32_t id) {
    return std::any_of(t.routes().begin(), t.routes().end(),
                       [id](const Route& r) { return r.table == id; });
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream s(text);
    std::string w;
    while (s >> w)
        out.push_back(w);
    return out;
}

bool isSpecial(const std::string& w) {
    return w == "vpn_gateway" || w == "net_gateway" || w == "remote_host";
}

// The IPv4 route list of init_route_list(), one entry per route OpenVPN will try to add.
struct Planned4 {
    Prefix destination;
    bool hostBits = false; // network had bits past the netmask: the kernel refuses it
    IpAddress gateway;
    long metric = -1;
    bool refGateway = false; // ROUTE_REF_GW: a route via the pre-existing default gateway
};

} // namespace

Result<Prediction> predictRoutes(const RouteTable& before, const VpnProfile& effective,
                                 const TunnelParams& params) {
    if (effective.server)
        return makeError(ErrorCode::Unsupported,
                         "this is a server configuration; prediction is for OpenVPN clients");
    if (params.device.empty())
        return makeError(ErrorCode::InvalidArgument, "no tunnel device name");
    if (effective.deviceType == DeviceType::Null)
        return makeError(ErrorCode::Unsupported, "dev null opens no tunnel device");

    Prediction out;
    Model model(before, params, out);
    const InterfaceName dev(params.device);
    const bool tap =
        effective.deviceType == DeviceType::Tap ||
        (effective.deviceType == DeviceType::Unset && effective.dev.rfind("tap", 0) == 0);
    // 2.6's default topology is net30; servers push `topology subnet`.
    const Topology topology =
        effective.topology == Topology::Unset ? Topology::Net30 : effective.topology;
    const bool withLocalTable = hasTable(before, table::Local);
    const bool withKernelV6 = hasFamily(before, Family::V6);
    const bool ipv6On = params.ipv6Enabled.value_or(true);

    if (tap)
        out.notes.push_back({Severity::Info,
                             "tap-device",
                             "tap device: the kernel's own routes and a DHCP route-gateway are not "
                             "predicted exactly",
                             {}});

    // The server's address.
    std::optional<IpAddress> server = params.serverAddress;
    if (!server && !effective.remotes.empty()) {
        auto literal = IpAddress::parse(effective.remotes.front().host);
        if (literal.ok())
            server = literal.value();
        else
            out.notes.push_back({Severity::Info,
                                 "server-unresolved",
                                 "remote " + effective.remotes.front().host +
                                     " is a host name: give its address to predict the host route "
                                     "to the server",
                                 {}});
    }
    const std::optional<IpAddress> server4 = server && server->isV4() ? server : std::nullopt;
    const std::optional<IpAddress> server6 = server && server->isV6() ? server : std::nullopt;

    // What OpenVPN reads from the system before it touches anything.
    const GatewayInfo rgi = defaultGateway(before, model);

    // 1. The device comes up: with IPv6 enabled the kernel gives it a random link-local
    //    address (tun has no hardware address), its fe80::/64 and the ff00::/8 multicast route.
    if (ipv6On && withKernelV6) {
        Route ll;
        ll.destination = Prefix(IpAddress::parse("fe80::").value(), 64);
        ll.interface = dev;
        ll.ifindex = params.ifindex;
        ll.metric = 256;
        ll.protocol = proto::Kernel;
        model.addKernel(ll);
        if (withLocalTable) {
            Route mc = ll;
            mc.destination = Prefix(IpAddress::parse("ff00::").value(), 8);
            mc.type = RouteType::Multicast;
            mc.table = table::Local;
            model.addKernel(mc);
        }
        out.notes.push_back({Severity::Info,
                             "link-local-random",
                             "the link-local address of " + params.device +
                                 " is random: its local route (table local) is not predicted",
                             {}});
    }

    // ifconfig-noexec / route-noexec: OpenVPN leaves the addresses / routes to a script.
    const bool ifconfigNoexec =
        std::any_of(effective.options.begin(), effective.options.end(),
                    [](const ProfileOption& o) { return o.name == "ifconfig-noexec"; });
    if (ifconfigNoexec)
        out.notes.push_back({Severity::Info,
                             "ifconfig-noexec",
                             "ifconfig-noexec: OpenVPN configures no address on " + params.device +
                                 " (a script does); its kernel routes are not predicted",
                             {}});
    if (effective.routeNoexec)
        out.notes.push_back({Severity::Info,
                             "route-noexec",
                             "route-noexec: OpenVPN adds no routes (a script does); only the "
                             "device's own routes are predicted",
                             {}});
    if (effective.routeTable)
        out.notes.push_back({Severity::Info,
                             "route-table-ignored",
                             "route-table is an OpenVPN 2.7 option; 2.6 does not know it",
                             {}});

    // 2. do_ifconfig(): IPv4 address (subnet: address/len; net30/p2p: local peer remote).
    bool haveIfconfig4 = false;
    if (!ifconfigNoexec && effective.ifconfig && effective.ifconfig->local.isV4()) {
        const IpAddress local = effective.ifconfig->local;
        const IpAddress other = effective.ifconfig->remoteOrNetmask;
        Route base;
        base.interface = dev;
        base.ifindex = params.ifindex;
        base.protocol = proto::Kernel;
        base.preferredSource = local;
        if (tap || topology == Topology::Subnet) {
            auto len = Prefix::maskLength(other.toString());
            if (!len.ok())
                return makeError(ErrorCode::InvalidArgument, "ifconfig netmask " +
                                                                 other.toString() + ": " +
                                                                 len.error().message);
            haveIfconfig4 = true;
            if (len.value() < 32) {
                Route net = base;
                net.destination = Prefix(local, len.value());
                net.scope = scope::Link;
                model.addKernel(net);
            }
            if (withLocalTable) {
                Route loc = base;
                loc.destination = Prefix(local, 32);
                loc.type = RouteType::Local;
                loc.table = table::Local;
                loc.scope = scope::Host;
                model.addKernel(loc);
                if (len.value() < 31) {
                    Route bc = base;
                    bc.destination = Prefix(Prefix(local, len.value()).last(), 32);
                    bc.type = RouteType::Broadcast;
                    bc.table = table::Local;
                    bc.scope = scope::Link;
                    model.addKernel(bc);
                }
            }
        } else {
            haveIfconfig4 = true;
            Route peer = base;
            peer.destination = Prefix(other, 32);
            peer.scope = scope::Link;
            model.addKernel(peer);
            if (withLocalTable) {
                Route loc = base;
                loc.destination = Prefix(local, 32);
                loc.type = RouteType::Local;
                loc.table = table::Local;
                loc.scope = scope::Host;
                model.addKernel(loc);
            }
        }
    }

    // 3. IPv6 address.
    const bool haveIfconfig6 =
        !ifconfigNoexec && effective.ifconfig6 && effective.ifconfig6->local.isV6();
    if (haveIfconfig6 && ipv6On) {
        const auto& c6 = *effective.ifconfig6;
        Route base;
        base.interface = dev;
        base.ifindex = params.ifindex;
        base.protocol = proto::Kernel;
        if (c6.prefixLength < 128) {
            Route net = base;
            net.destination = Prefix(c6.local, c6.prefixLength);
            net.metric = 256;
            model.addKernel(net);
        }
        if (withLocalTable) {
            Route loc = base;
            loc.destination = Prefix(c6.local, 128);
            loc.type = RouteType::Local;
            loc.table = table::Local;
            model.addKernel(loc);
        }
    } else if (haveIfconfig6) {
        out.notes.push_back({Severity::Warning,
                             "ipv6-disabled",
                             "IPv6 is disabled on " + params.device + ": ifconfig-ipv6 fails",
                             {}});
    }

    if (effective.routeNoexec) {
        out.after = RouteTable(std::move(model.routes()));
        return out;
    }

    // 4. IPv4 routes (do_init_route_list + add_routes).
    std::optional<IpAddress> vpnGateway; // RTSA_REMOTE_ENDPOINT
    if (effective.routeGateway && effective.routeGateway->isV4())
        vpnGateway = effective.routeGateway;
    else if (!tap && (topology == Topology::Net30 || topology == Topology::P2p) &&
             effective.ifconfig && effective.ifconfig->remoteOrNetmask.isV4())
        vpnGateway = effective.ifconfig->remoteOrNetmask;
    if (effective.routeGatewayDhcp && !effective.routeGateway)
        out.notes.push_back(
            {Severity::Info,
             "route-gateway-dhcp",
             "route-gateway dhcp: the gateway comes from DHCP on the tap device and "
             "is not known in advance",
             {}});
    // do_init_route_list(): DCO_DEFAULT_METRIC, overridden by route-metric (0 counts as unset).
    const long defaultMetric = effective.routeMetric && *effective.routeMetric > 0
                                   ? static_cast<long>(*effective.routeMetric)
                               : params.dco ? kDcoDefaultMetric
                                            : -1;

    const bool rgEnable = effective.redirect && effective.redirect->ipv4;
    const bool rerouteGw = rgEnable && !effective.redirect->isPrivate;
    bool local = rgEnable && effective.redirect->local;
    const bool remoteHostLocal = server4 && rgi.onGatewaySubnet(*server4); // TLA_LOCAL

    std::vector<Planned4> list;
    for (const auto& pr : effective.routes) {
        const auto w = words(pr.text);
        Planned4 p;
        // network
        std::optional<IpAddress> network;
        int length = 32;
        if (isSpecial(pr.network)) {
            if (pr.network == "vpn_gateway" && vpnGateway)
                network = vpnGateway;
            else if (pr.network == "net_gateway" && rgi.addrDefined)
                network = rgi.addr;
            else if (pr.network == "remote_host" && server4)
                network = server4;
        } else if (pr.prefix && pr.prefix->family() == Family::V4) {
            network = pr.prefix->address();
            length = pr.prefix->length();
        }
        if (!pr.prefix || isSpecial(pr.network)) {
            // netmask from the option text: route NETWORK [NETMASK ...]
            if (w.size() >= 3 && w[2] != "default") {
                auto len = Prefix::maskLength(w[2]);
                if (len.ok())
                    length = len.value();
            }
            if (!network && !isSpecial(pr.network)) {
                auto a = IpAddress::parse(pr.network);
                if (a.ok() && a.value().isV4())
                    network = a.value();
            }
        }
        // The network as written may have host bits that a parser masked off in `prefix`;
        // OpenVPN passes it to the kernel unmasked (only IPv6 routes are masked first).
        if (network && !isSpecial(pr.network)) {
            auto written = IpAddress::parse(pr.network);
            if (written.ok() && written.value().isV4() && written.value() != network) {
                network = written.value();
            }
            if (Prefix(*network, length).address() != *network)
                p.hostBits = true;
        }
        if (!network) {
            model.note(
                Severity::Warning, "route-unresolved",
                (isSpecial(pr.network)
                     ? std::string("OpenVPN ROUTE: ") + pr.network + " undefined. "
                     : std::string("the route network is a host name; ")) +
                    "OpenVPN ROUTE: failed to parse/resolve route for host/network: " + pr.network);
            continue;
        }
        p.destination = Prefix(*network, length);
        // gateway
        bool ok = true;
        switch (pr.gatewayKind) {
        case GatewayKind::Default:
            if (vpnGateway)
                p.gateway = *vpnGateway;
            else {
                model.note(
                    Severity::Warning, "route-no-gateway",
                    "OpenVPN ROUTE: OpenVPN needs a gateway parameter for a --route option and no "
                    "default was specified by either --route-gateway or --ifconfig options");
                ok = false;
            }
            break;
        case GatewayKind::VpnGateway:
            if (vpnGateway)
                p.gateway = *vpnGateway;
            else {
                model.note(Severity::Warning, "vpn-gateway-undefined",
                           "OpenVPN ROUTE: vpn_gateway undefined");
                ok = false;
            }
            break;
        case GatewayKind::NetGateway:
            if (rgi.addrDefined)
                p.gateway = rgi.addr;
            else {
                model.note(Severity::Warning, "net-gateway-undefined",
                           "OpenVPN ROUTE: net_gateway undefined -- unable to get default gateway "
                           "from system");
                ok = false;
            }
            break;
        case GatewayKind::RemoteHost:
            if (server4)
                p.gateway = *server4;
            else {
                model.note(Severity::Warning, "remote-host-undefined",
                           "OpenVPN ROUTE: remote_host undefined");
                ok = false;
            }
            break;
        case GatewayKind::Address:
            if (pr.gateway.isV4())
                p.gateway = pr.gateway;
            else
                ok = false;
            break;
        case GatewayKind::HostName:
            model.note(Severity::Warning, "route-gateway-hostname",
                       "route gateway " + pr.gatewayHost +
                           " is a host name and is not resolved here");
            ok = false;
            break;
        }
        if (!ok) {
            model.note(Severity::Warning, "route-unresolved",
                       "OpenVPN ROUTE: failed to parse/resolve route for host/network: " +
                           pr.network);
            continue;
        }
        p.metric = pr.metric ? static_cast<long>(*pr.metric) : defaultMetric;
        list.push_back(p);
    }
    // block-local: the gateway's own subnet split in two, into the tunnel (add_block_local);
    // they end the list, upper half first. Linux fills no extra gateway-interface subnets.
    std::optional<IpAddress> blockLocalBypass;
    if (rgEnable && effective.redirect->blockLocal && rgi.addrDefined && rgi.netmaskDefined &&
        vpnGateway && !remoteHostLocal) {
        blockLocalBypass = rgi.addr;
        if (rgi.prefixLength < 32) {
            const Prefix subnet(rgi.addr, rgi.prefixLength);
            const int half = rgi.prefixLength + 1;
            Planned4 upper;
            upper.destination =
                Prefix(IpAddress::fromU128(Family::V4,
                                           subnet.address().toU128() + (u128(1) << (32 - half))),
                       half);
            upper.gateway = *vpnGateway;
            Planned4 lower;
            lower.destination = Prefix(subnet.address(), half);
            lower.gateway = *vpnGateway;
            list.push_back(upper);
            list.push_back(lower);
        }
    }

    if (!list.empty() && !haveIfconfig4)
        model.note(
            Severity::Warning, "no-ipv4-on-tunnel",
            "WARNING: OpenVPN was configured to add an IPv4 route. However, no IPv4 has been "
            "configured for " +
                params.device +
                ", therefore the route installation may fail or may not work as expected.");

    auto addPlanned = [&](const Planned4& p) {
        if (p.hostBits) {
            model.note(
                Severity::Warning, "route-add-failed",
                "ERROR: Linux route add command failed: " + p.destination.address().toString() +
                    " with netmask /" + std::to_string(p.destination.length()) +
                    " (Invalid prefix for given prefix length)");
            return;
        }
        // add_route(): the gateway interface is named for on-link default gateways and for
        // host routes to the gateway's own subnet.
        const bool localRoute = p.destination.isHost() && p.gateway == rgi.addr &&
                                rgi.onGatewaySubnet(p.destination.address());
        const bool onLink = localRoute || (p.refGateway && rgi.onLink);
        model.addV4(p.destination, p.gateway, onLink ? &rgi.iface : nullptr, p.metric);
    };

    // redirect_default_route_to_vpn()
    if (rgEnable) {
        const char* err = "NOTE: unable to redirect IPv4 default gateway --";
        if (!vpnGateway && rerouteGw) {
            model.note(Severity::Warning, "redirect-no-vpn-gateway",
                       std::string(err) +
                           " VPN gateway parameter (--route-gateway or --ifconfig) is missing");
        } else if (!rgi.addrDefined && !local && server4) {
            model.note(Severity::Warning, "redirect-no-default-gateway",
                       std::string(err) + " Cannot read current default gateway from system");
        } else {
            if (effective.redirect->autolocal && server4)
                local = remoteHostLocal;
            if (!local && server4) {
                Planned4 host;
                host.destination = Prefix(*server4, 32);
                host.gateway = rgi.addr;
                host.refGateway = true;
                addPlanned(host);
            }
            if (blockLocalBypass) {
                Planned4 bypass;
                bypass.destination = Prefix(*blockLocalBypass, 32);
                bypass.gateway = rgi.addr;
                bypass.refGateway = true;
                addPlanned(bypass);
            }
            if (effective.redirect->bypassDhcp || effective.redirect->bypassDns)
                model.note(Severity::Info, "bypass-windows-only",
                           "bypass-dhcp / bypass-dns add routes on Windows only; on Linux they do "
                           "nothing");
            if (rerouteGw) {
                if (effective.redirect->def1) {
                    Planned4 h;
                    h.destination = Prefix::parse("0.0.0.0/1").value();
                    h.gateway = *vpnGateway;
                    addPlanned(h);
                    h.destination = Prefix::parse("128.0.0.0/1").value();
                    addPlanned(h);
                } else {
                    if (rgi.addrDefined)
                        model.delV4(Prefix::any(Family::V4), rgi.addr);
                    Planned4 d;
                    d.destination = Prefix::any(Family::V4);
                    d.gateway = *vpnGateway;
                    addPlanned(d);
                }
            }
        }
    }
    for (const auto& p : list)
        addPlanned(p);

    // 5. IPv6 routes (do_init_route_ipv6_list + add_routes).
    const bool reroute6 =
        effective.redirect && effective.redirect->ipv6 && !effective.redirect->isPrivate;
    if (!effective.routes6.empty() || reroute6) {
        IpAddress gw6;
        if (effective.routeIpv6Gateway)
            gw6 = *effective.routeIpv6Gateway;
        else if (effective.ifconfig6)
            gw6 = effective.ifconfig6->remote;
        const long metric6 = defaultMetric; // do_init_route_ipv6_list(): the same rule
        struct Planned6 {
            Prefix destination;
            IpAddress gateway;
            long metric;
            bool metricDefined;
            std::optional<InterfaceName> iface;
        };
        std::vector<Planned6> list6;
        for (const auto& pr : effective.routes6) {
            std::optional<Prefix> p = pr.prefix;
            if (!p) {
                auto parsed = Prefix::parse(pr.network, true);
                if (parsed.ok())
                    p = parsed.value();
            }
            if (!p || p->family() != Family::V6) {
                model.note(Severity::Warning, "route-unresolved",
                           "OpenVPN ROUTE: failed to parse/resolve route for host/network: " +
                               pr.network);
                continue;
            }
            Planned6 q{*p, gw6, metric6, metric6 >= 0, std::nullopt};
            if (pr.gatewayKind == GatewayKind::Address && pr.gateway.isV6())
                q.gateway = pr.gateway;
            if (pr.metric) {
                q.metric = static_cast<long>(*pr.metric);
                q.metricDefined = true;
            }
            list6.push_back(q);
        }
        if (reroute6)
            for (const char* text : {"::/3", "2000::/4", "3000::/4", "fc00::/7"})
                list6.push_back(
                    {Prefix::parse(text).value(), gw6, metric6, metric6 >= 0, std::nullopt});
        // The /128 to an IPv6 server covered by one of these routes, via the old path.
        if (server6 && std::any_of(list6.begin(), list6.end(), [&](const Planned6& q) {
                return q.destination.contains(*server6);
            })) {
            const Gateway6Info rgi6 = defaultGateway6(before, *server6);
            if (rgi6.addrDefined && rgi6.ifaceDefined) {
                Planned6 host{Prefix(*server6, 128), rgi6.onLink ? IpAddress() : rgi6.addr, 1, true,
                              rgi6.iface};
                list6.insert(list6.begin(), host);
            } else {
                model.note(
                    Severity::Warning, "remote-ipv6-no-gateway",
                    "ROUTE6: IPv6 route overlaps with IPv6 remote address, but could not determine "
                    "IPv6 gateway address + interface, expect failure");
            }
        }
        if (!haveIfconfig6)
            model.note(
                Severity::Warning, "no-ipv6-on-tunnel",
                "WARNING: OpenVPN was configured to add an IPv6 route. However, no IPv6 has been "
                "configured for " +
                    params.device +
                    ", therefore the route installation may fail or may not work as expected.");
        for (const auto& q : list6) {
            // add_route_ipv6(): on tun no gateway is set (the device qualifies the route); on
            // tap one is needed unless the metric is 0. The server route names its interface.
            bool gatewayNeeded = false;
            InterfaceName device = dev;
            if (q.iface) {
                device = *q.iface;
                gatewayNeeded = !q.gateway.isNull() && !q.gateway.isUnspecified();
            }
            if (tap && !(q.metricDefined && q.metric == 0))
                gatewayNeeded = true;
            if (gatewayNeeded && (q.gateway.isNull() || q.gateway.isUnspecified())) {
                model.note(
                    Severity::Warning, "ipv6-gateway-needed",
                    "ROUTE6 WARNING: OpenVPN needs a gateway parameter for a --route-ipv6 option "
                    "and "
                    "no default was set via --ifconfig-ipv6 or --route-ipv6-gateway option.  Not "
                    "installing IPv6 route to " +
                        q.destination.toString() + ".");
                continue;
            }
            const long metric = q.metricDefined && q.metric > 0 ? q.metric : -1;
            model.addV6(q.destination, gatewayNeeded ? q.gateway : IpAddress(), device, metric);
        }
    }

    out.after = RouteTable(std::move(model.routes()));
    return out;
}

} // namespace splitroute::core
