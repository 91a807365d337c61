// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/Predictor.h"

#include "core/vpn/PredictorSteps.h"

#include <algorithm>
#include <sstream>

namespace splitroute::core::predictor {

namespace {

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

} // namespace

std::uint32_t Model::ifindexOf(const InterfaceName& name) const {
    if (name == std::string_view(m_params.device))
        return m_params.ifindex;
    for (const auto& r : m_routes)
        if (r.interface == name && r.ifindex != 0)
            return r.ifindex;
    return 0;
}

// A route the kernel adds by itself (address configuration).
void Model::addKernel(Route r) {
    m_routes.push_back(r);
    m_out.added.push_back(std::move(r));
}

// fib_check_nh_v4_gw(): the gateway must be reachable through a route of scope link or
// host (connected networks), looked up through the default rules (local, main, default)
// and, when an output interface is given, through that interface only. It must resolve
// to a unicast or local route (a gateway that is our own address is accepted; a
// broadcast address is not: EINVAL), otherwise ENETUNREACH.
const Route* Model::resolveV4Gateway(const IpAddress& gw, const InterfaceName* oif,
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
                (r.destination.length() == best->destination.length() && r.metric < best->metric))
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
bool Model::addV4(const Prefix& dst, const IpAddress& gw, const InterfaceName* oif, long metric) {
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
bool Model::addV6(const Prefix& dst, const IpAddress& gw, const InterfaceName& dev, long metric) {
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
void Model::delV4(const Prefix& dst, const IpAddress& gw) {
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

bool Model::failAdd(const std::string& request, const std::string& why, bool v6) {
    note(Severity::Warning, "route-add-failed",
         std::string(v6 ? "ERROR: Linux IPv6 route can't be added: "
                        : "ERROR: Linux route add command failed: ") +
             request + " (" + why + ")");
    return false;
}

bool Model::insert(Route r, const std::string& request, bool v6) {
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

std::optional<IpAddress> serverAddress(const VpnProfile& effective, const TunnelParams& params,
                                       Model& model) {
    if (params.serverAddress || effective.remotes.empty())
        return params.serverAddress;
    auto literal = IpAddress::parse(effective.remotes.front().host);
    if (literal.ok())
        return literal.value();
    model.note(Severity::Info, "server-unresolved",
               "remote " + effective.remotes.front().host +
                   " is a host name: give its address to predict the host route "
                   "to the server");
    return std::nullopt;
}

std::optional<IpAddress> vpnGateway(const VpnProfile& effective, bool tap, Topology topology) {
    if (effective.routeGateway && effective.routeGateway->isV4())
        return effective.routeGateway;
    if (!tap && (topology == Topology::Net30 || topology == Topology::P2p) && effective.ifconfig &&
        effective.ifconfig->remoteOrNetmask.isV4())
        return effective.ifconfig->remoteOrNetmask;
    return std::nullopt;
}

long defaultMetric(const VpnProfile& effective, const TunnelParams& params) {
    return effective.routeMetric && *effective.routeMetric > 0
               ? static_cast<long>(*effective.routeMetric)
           : params.dco ? kDcoDefaultMetric
                        : -1;
}

Context gatherContext(const RouteTable& before, const VpnProfile& effective,
                      const TunnelParams& params, Model& model) {
    Context ctx{before, effective, params, InterfaceName(params.device)};
    ctx.tap = effective.deviceType == DeviceType::Tap ||
              (effective.deviceType == DeviceType::Unset && effective.dev.rfind("tap", 0) == 0);
    // 2.6's default topology is net30; servers push `topology subnet`.
    ctx.topology = effective.topology == Topology::Unset ? Topology::Net30 : effective.topology;
    ctx.withLocalTable = hasTable(before, table::Local);
    ctx.withKernelV6 = hasFamily(before, Family::V6);
    ctx.ipv6On = params.ipv6Enabled.value_or(true);
    ctx.ifconfigNoexec =
        std::any_of(effective.options.begin(), effective.options.end(),
                    [](const ProfileOption& o) { return o.name == "ifconfig-noexec"; });
    if (ctx.tap)
        model.note(Severity::Info, "tap-device",
                   "tap device: the kernel's own routes and a DHCP route-gateway are not "
                   "predicted exactly");
    const std::optional<IpAddress> server = serverAddress(effective, params, model);
    ctx.server4 = server && server->isV4() ? server : std::nullopt;
    ctx.server6 = server && server->isV6() ? server : std::nullopt;
    ctx.rgi = defaultGateway(before, model);
    ctx.remoteHostLocal = ctx.server4 && ctx.rgi.onGatewaySubnet(*ctx.server4);
    ctx.vpnGateway = vpnGateway(effective, ctx.tap, ctx.topology);
    ctx.defaultMetric = defaultMetric(effective, params);
    return ctx;
}

// The device comes up: with IPv6 enabled the kernel gives it a random link-local address
// (tun has no hardware address), its fe80::/64 and the ff00::/8 multicast route.
void addLinkLocal6(const Context& ctx, Model& model) {
    if (!ctx.ipv6On || !ctx.withKernelV6)
        return;
    Route ll;
    ll.destination = Prefix(IpAddress::parse("fe80::").value(), 64);
    ll.interface = ctx.dev;
    ll.ifindex = ctx.params.ifindex;
    ll.metric = 256;
    ll.protocol = proto::Kernel;
    model.addKernel(ll);
    if (ctx.withLocalTable) {
        Route mc = ll;
        mc.destination = Prefix(IpAddress::parse("ff00::").value(), 8);
        mc.type = RouteType::Multicast;
        mc.table = table::Local;
        model.addKernel(mc);
    }
    model.note(Severity::Info, "link-local-random",
               "the link-local address of " + ctx.params.device +
                   " is random: its local route (table local) is not predicted");
}

// ifconfig-noexec / route-noexec: OpenVPN leaves the addresses / routes to a script.
void noteScriptOptions(const Context& ctx, Model& model) {
    if (ctx.ifconfigNoexec)
        model.note(Severity::Info, "ifconfig-noexec",
                   "ifconfig-noexec: OpenVPN configures no address on " + ctx.params.device +
                       " (a script does); its kernel routes are not predicted");
    if (ctx.effective.routeNoexec)
        model.note(Severity::Info, "route-noexec",
                   "route-noexec: OpenVPN adds no routes (a script does); only the "
                   "device's own routes are predicted");
    if (ctx.effective.routeTable)
        model.note(Severity::Info, "route-table-ignored",
                   "route-table is an OpenVPN 2.7 option; 2.6 does not know it");
}

// subnet: address/len; net30/p2p: local peer remote.
Result<bool> addAddress4(const Context& ctx, Model& model) {
    const VpnProfile& effective = ctx.effective;
    if (ctx.ifconfigNoexec || !effective.ifconfig || !effective.ifconfig->local.isV4())
        return false;
    const IpAddress local = effective.ifconfig->local;
    const IpAddress other = effective.ifconfig->remoteOrNetmask;
    Route base;
    base.interface = ctx.dev;
    base.ifindex = ctx.params.ifindex;
    base.protocol = proto::Kernel;
    base.preferredSource = local;
    Route loc = base;
    loc.destination = Prefix(local, 32);
    loc.type = RouteType::Local;
    loc.table = table::Local;
    loc.scope = scope::Host;
    if (ctx.tap || ctx.topology == Topology::Subnet) {
        auto len = Prefix::maskLength(other.toString());
        if (!len.ok())
            return makeError(ErrorCode::InvalidArgument,
                             "ifconfig netmask " + other.toString() + ": " + len.error().message);
        if (len.value() < 32) {
            Route net = base;
            net.destination = Prefix(local, len.value());
            net.scope = scope::Link;
            model.addKernel(net);
        }
        if (ctx.withLocalTable) {
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
        Route peer = base;
        peer.destination = Prefix(other, 32);
        peer.scope = scope::Link;
        model.addKernel(peer);
        if (ctx.withLocalTable)
            model.addKernel(loc);
    }
    return true;
}

bool addAddress6(const Context& ctx, Model& model) {
    const VpnProfile& effective = ctx.effective;
    const bool haveIfconfig6 =
        !ctx.ifconfigNoexec && effective.ifconfig6 && effective.ifconfig6->local.isV6();
    if (haveIfconfig6 && ctx.ipv6On) {
        const auto& c6 = *effective.ifconfig6;
        Route base;
        base.interface = ctx.dev;
        base.ifindex = ctx.params.ifindex;
        base.protocol = proto::Kernel;
        if (c6.prefixLength < 128) {
            Route net = base;
            net.destination = Prefix(c6.local, c6.prefixLength);
            net.metric = 256;
            model.addKernel(net);
        }
        if (ctx.withLocalTable) {
            Route loc = base;
            loc.destination = Prefix(c6.local, 128);
            loc.type = RouteType::Local;
            loc.table = table::Local;
            model.addKernel(loc);
        }
    } else if (haveIfconfig6) {
        model.note(Severity::Warning, "ipv6-disabled",
                   "IPv6 is disabled on " + ctx.params.device + ": ifconfig-ipv6 fails");
    }
    return haveIfconfig6;
}

namespace {

// The network of a `route` option (with the host-bits flag), or nullopt with OpenVPN's note.
std::optional<Planned4> routeNetwork(const ProfileRoute& pr, const Context& ctx, Model& model) {
    const auto w = words(pr.text);
    Planned4 p;
    std::optional<IpAddress> network;
    int length = 32;
    if (isSpecial(pr.network)) {
        if (pr.network == "vpn_gateway" && ctx.vpnGateway)
            network = ctx.vpnGateway;
        else if (pr.network == "net_gateway" && ctx.rgi.addrDefined)
            network = ctx.rgi.addr;
        else if (pr.network == "remote_host" && ctx.server4)
            network = ctx.server4;
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
            (isSpecial(pr.network) ? std::string("OpenVPN ROUTE: ") + pr.network + " undefined. "
                                   : std::string("the route network is a host name; ")) +
                "OpenVPN ROUTE: failed to parse/resolve route for host/network: " + pr.network);
        return std::nullopt;
    }
    p.destination = Prefix(*network, length);
    return p;
}

// The gateway of a `route` option, or nullopt with OpenVPN's note.
std::optional<IpAddress> routeGateway(const ProfileRoute& pr, const Context& ctx, Model& model) {
    switch (pr.gatewayKind) {
    case GatewayKind::Default:
        if (ctx.vpnGateway)
            return *ctx.vpnGateway;
        model.note(Severity::Warning, "route-no-gateway",
                   "OpenVPN ROUTE: OpenVPN needs a gateway parameter for a --route option and no "
                   "default was specified by either --route-gateway or --ifconfig options");
        return std::nullopt;
    case GatewayKind::VpnGateway:
        if (ctx.vpnGateway)
            return *ctx.vpnGateway;
        model.note(Severity::Warning, "vpn-gateway-undefined",
                   "OpenVPN ROUTE: vpn_gateway undefined");
        return std::nullopt;
    case GatewayKind::NetGateway:
        if (ctx.rgi.addrDefined)
            return ctx.rgi.addr;
        model.note(Severity::Warning, "net-gateway-undefined",
                   "OpenVPN ROUTE: net_gateway undefined -- unable to get default gateway "
                   "from system");
        return std::nullopt;
    case GatewayKind::RemoteHost:
        if (ctx.server4)
            return *ctx.server4;
        model.note(Severity::Warning, "remote-host-undefined",
                   "OpenVPN ROUTE: remote_host undefined");
        return std::nullopt;
    case GatewayKind::Address:
        if (pr.gateway.isV4())
            return pr.gateway;
        return std::nullopt;
    case GatewayKind::HostName:
        model.note(Severity::Warning, "route-gateway-hostname",
                   "route gateway " + pr.gatewayHost + " is a host name and is not resolved here");
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<Planned4> planRoute4(const ProfileRoute& pr, const Context& ctx, Model& model) {
    std::optional<Planned4> p = routeNetwork(pr, ctx, model);
    if (!p)
        return std::nullopt;
    const std::optional<IpAddress> gateway = routeGateway(pr, ctx, model);
    if (!gateway) {
        model.note(Severity::Warning, "route-unresolved",
                   "OpenVPN ROUTE: failed to parse/resolve route for host/network: " + pr.network);
        return std::nullopt;
    }
    p->gateway = *gateway;
    p->metric = pr.metric ? static_cast<long>(*pr.metric) : ctx.defaultMetric;
    return p;
}

std::vector<Planned4> planRoutes4(const Context& ctx, Model& model) {
    std::vector<Planned4> list;
    for (const auto& pr : ctx.effective.routes)
        if (auto p = planRoute4(pr, ctx, model))
            list.push_back(*p);
    return list;
}

// add_block_local(): the halves end the route list, upper half first. Linux fills no extra
// gateway-interface subnets.
BlockLocal planBlockLocal(const Context& ctx) {
    BlockLocal out;
    const auto& redirect = ctx.effective.redirect;
    const GatewayInfo& rgi = ctx.rgi;
    if (!redirect || !redirect->ipv4 || !redirect->blockLocal || !rgi.addrDefined ||
        !rgi.netmaskDefined || !ctx.vpnGateway || ctx.remoteHostLocal)
        return out;
    out.bypass = rgi.addr;
    if (rgi.prefixLength < 32) {
        const Prefix subnet(rgi.addr, rgi.prefixLength);
        const int half = rgi.prefixLength + 1;
        Planned4 upper;
        upper.destination = Prefix(
            IpAddress::fromU128(Family::V4, subnet.address().toU128() + (u128(1) << (32 - half))),
            half);
        upper.gateway = *ctx.vpnGateway;
        Planned4 lower;
        lower.destination = Prefix(subnet.address(), half);
        lower.gateway = *ctx.vpnGateway;
        out.routes.push_back(upper);
        out.routes.push_back(lower);
    }
    return out;
}

void addPlanned4(const Planned4& p, const Context& ctx, Model& model) {
    if (p.hostBits) {
        model.note(Severity::Warning, "route-add-failed",
                   "ERROR: Linux route add command failed: " + p.destination.address().toString() +
                       " with netmask /" + std::to_string(p.destination.length()) +
                       " (Invalid prefix for given prefix length)");
        return;
    }
    // add_route(): the gateway interface is named for on-link default gateways and for
    // host routes to the gateway's own subnet.
    const GatewayInfo& rgi = ctx.rgi;
    const bool localRoute = p.destination.isHost() && p.gateway == rgi.addr &&
                            rgi.onGatewaySubnet(p.destination.address());
    const bool onLink = localRoute || (p.refGateway && rgi.onLink);
    model.addV4(p.destination, p.gateway, onLink ? &rgi.iface : nullptr, p.metric);
}

void redirectDefaultRoute(const Context& ctx, const std::optional<IpAddress>& blockLocalBypass,
                          Model& model) {
    const auto& redirect = ctx.effective.redirect;
    if (!redirect || !redirect->ipv4)
        return;
    const bool rerouteGw = !redirect->isPrivate;
    const GatewayInfo& rgi = ctx.rgi;
    const char* err = "NOTE: unable to redirect IPv4 default gateway --";
    if (!ctx.vpnGateway && rerouteGw) {
        model.note(Severity::Warning, "redirect-no-vpn-gateway",
                   std::string(err) +
                       " VPN gateway parameter (--route-gateway or --ifconfig) is missing");
        return;
    }
    if (!rgi.addrDefined && !redirect->local && ctx.server4) {
        model.note(Severity::Warning, "redirect-no-default-gateway",
                   std::string(err) + " Cannot read current default gateway from system");
        return;
    }
    const bool local = redirect->autolocal && ctx.server4 ? ctx.remoteHostLocal : redirect->local;
    if (!local && ctx.server4)
        addPlanned4(Planned4{Prefix(*ctx.server4, 32), false, rgi.addr, -1, true}, ctx, model);
    if (blockLocalBypass)
        addPlanned4(Planned4{Prefix(*blockLocalBypass, 32), false, rgi.addr, -1, true}, ctx, model);
    if (redirect->bypassDhcp || redirect->bypassDns)
        model.note(Severity::Info, "bypass-windows-only",
                   "bypass-dhcp / bypass-dns add routes on Windows only; on Linux they do "
                   "nothing");
    if (!rerouteGw)
        return;
    if (redirect->def1) {
        addPlanned4(Planned4{Prefix::parse("0.0.0.0/1").value(), false, *ctx.vpnGateway}, ctx,
                    model);
        addPlanned4(Planned4{Prefix::parse("128.0.0.0/1").value(), false, *ctx.vpnGateway}, ctx,
                    model);
    } else {
        if (rgi.addrDefined)
            model.delV4(Prefix::any(Family::V4), rgi.addr);
        addPlanned4(Planned4{Prefix::any(Family::V4), false, *ctx.vpnGateway}, ctx, model);
    }
}

// do_init_route_list() + add_routes() for IPv4.
void addRoutes4(const Context& ctx, bool haveIfconfig4, Model& model) {
    if (ctx.effective.routeGatewayDhcp && !ctx.effective.routeGateway)
        model.note(Severity::Info, "route-gateway-dhcp",
                   "route-gateway dhcp: the gateway comes from DHCP on the tap device and "
                   "is not known in advance");
    std::vector<Planned4> list = planRoutes4(ctx, model);
    BlockLocal blockLocal = planBlockLocal(ctx);
    list.insert(list.end(), blockLocal.routes.begin(), blockLocal.routes.end());
    if (!list.empty() && !haveIfconfig4)
        model.note(
            Severity::Warning, "no-ipv4-on-tunnel",
            "WARNING: OpenVPN was configured to add an IPv4 route. However, no IPv4 has been "
            "configured for " +
                ctx.params.device +
                ", therefore the route installation may fail or may not work as expected.");
    redirectDefaultRoute(ctx, blockLocal.bypass, model);
    for (const auto& p : list)
        addPlanned4(p, ctx, model);
}

// do_init_route_ipv6_list(): route-ipv6 options, redirect-gateway ipv6's four routes, and the
// /128 to an IPv6 server covered by one of them, via the old path (first in the list).
std::vector<Planned6> planRoutes6(const Context& ctx, Model& model) {
    const VpnProfile& effective = ctx.effective;
    const bool reroute6 =
        effective.redirect && effective.redirect->ipv6 && !effective.redirect->isPrivate;
    IpAddress gw6;
    if (effective.routeIpv6Gateway)
        gw6 = *effective.routeIpv6Gateway;
    else if (effective.ifconfig6)
        gw6 = effective.ifconfig6->remote;
    const long metric6 = ctx.defaultMetric; // do_init_route_ipv6_list(): the same rule
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
    const auto& server6 = ctx.server6;
    if (server6 && std::any_of(list6.begin(), list6.end(), [&](const Planned6& q) {
            return q.destination.contains(*server6);
        })) {
        const Gateway6Info rgi6 = defaultGateway6(ctx.before, *server6);
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
    return list6;
}

// add_route_ipv6(): on tun no gateway is set (the device qualifies the route); on tap one is
// needed unless the metric is 0. The server route names its interface.
void addPlanned6(const Planned6& q, const Context& ctx, Model& model) {
    bool gatewayNeeded = false;
    InterfaceName device = ctx.dev;
    if (q.iface) {
        device = *q.iface;
        gatewayNeeded = !q.gateway.isNull() && !q.gateway.isUnspecified();
    }
    if (ctx.tap && !(q.metricDefined && q.metric == 0))
        gatewayNeeded = true;
    if (gatewayNeeded && (q.gateway.isNull() || q.gateway.isUnspecified())) {
        model.note(Severity::Warning, "ipv6-gateway-needed",
                   "ROUTE6 WARNING: OpenVPN needs a gateway parameter for a --route-ipv6 option "
                   "and "
                   "no default was set via --ifconfig-ipv6 or --route-ipv6-gateway option.  Not "
                   "installing IPv6 route to " +
                       q.destination.toString() + ".");
        return;
    }
    const long metric = q.metricDefined && q.metric > 0 ? q.metric : -1;
    model.addV6(q.destination, gatewayNeeded ? q.gateway : IpAddress(), device, metric);
}

// do_init_route_ipv6_list() + add_routes() for IPv6.
void addRoutes6(const Context& ctx, bool haveIfconfig6, Model& model) {
    const VpnProfile& effective = ctx.effective;
    const bool reroute6 =
        effective.redirect && effective.redirect->ipv6 && !effective.redirect->isPrivate;
    if (effective.routes6.empty() && !reroute6)
        return;
    const std::vector<Planned6> list6 = planRoutes6(ctx, model);
    if (!haveIfconfig6)
        model.note(
            Severity::Warning, "no-ipv6-on-tunnel",
            "WARNING: OpenVPN was configured to add an IPv6 route. However, no IPv6 has been "
            "configured for " +
                ctx.params.device +
                ", therefore the route installation may fail or may not work as expected.");
    for (const auto& q : list6)
        addPlanned6(q, ctx, model);
}

} // namespace splitroute::core::predictor

namespace splitroute::core {

Result<Prediction> predictRoutes(const RouteTable& before, const VpnProfile& effective,
                                 const TunnelParams& params) {
    using namespace predictor;
    if (effective.server)
        return makeError(ErrorCode::Unsupported,
                         "this is a server configuration; prediction is for OpenVPN clients");
    if (params.device.empty())
        return makeError(ErrorCode::InvalidArgument, "no tunnel device name");
    if (effective.deviceType == DeviceType::Null)
        return makeError(ErrorCode::Unsupported, "dev null opens no tunnel device");

    Prediction out;
    Model model(before, params, out);
    const Context ctx = gatherContext(before, effective, params, model);
    addLinkLocal6(ctx, model);
    noteScriptOptions(ctx, model);
    auto haveIfconfig4 = addAddress4(ctx, model);
    if (!haveIfconfig4)
        return haveIfconfig4.error();
    const bool haveIfconfig6 = addAddress6(ctx, model);
    if (!effective.routeNoexec) {
        addRoutes4(ctx, *haveIfconfig4, model);
        addRoutes6(ctx, haveIfconfig6, model);
    }
    out.after = RouteTable(std::move(model.routes()));
    return out;
}

} // namespace splitroute::core
