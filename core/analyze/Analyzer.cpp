// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analyze/Analyzer.h"

#include "core/AddressSpace.h"
#include "core/PrefixSet.h"
#include "core/plan/Segments.h"
#include "core/plan/TunnelContext.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace splitroute::core {

namespace {
Prefix pfx(const char* t) {
    return Prefix::parse(t).value();
}

std::string list(const std::vector<Prefix>& ps, std::size_t max = 5) {
    std::string s;
    for (std::size_t i = 0; i < ps.size() && i < max; ++i)
        s += (i ? ", " : "") + ps[i].toString();
    if (ps.size() > max)
        s += " and " + std::to_string(ps.size() - max) + " more";
    return s;
}

/// Every prefix, comma-separated (an argument of a finding: the reader shortens it).
std::string joined(const std::vector<Prefix>& ps) {
    std::string s;
    for (std::size_t i = 0; i < ps.size(); ++i)
        s += (i ? ", " : "") + ps[i].toString();
    return s;
}

bool isUnicastMain(const Route& r) {
    return r.type == RouteType::Unicast && r.table != table::Local;
}

bool isConnected(const Route& r) {
    return r.gateway.isNull() && !r.isMultipath() &&
           (r.protocol == proto::Kernel || r.scope == scope::Link);
}

/// A route a DHCP client installed (other than the default route: that is the physical way
/// out, which a VPN overrides on purpose).
/// Not the link's own subnet either (some DHCP clients, iwd and dhcpcd among them, install it
/// as "proto dhcp ... src ADDRESS"): that is a local network, which localNet() judges. An
/// on-link DHCP route to somewhere else (option 121 with router 0.0.0.0) still counts.
bool isDhcpRoute(const Route& r) {
    if (r.protocol != proto::Dhcp || r.type != RouteType::Unicast || r.destination.isDefault())
        return false;
    const bool ownSubnet = r.gateway.isNull() && !r.isMultipath() && !r.preferredSource.isNull() &&
                           r.destination.contains(r.preferredSource);
    return !ownSubnet;
}

/// The interface(s) a route leaves through: "wlan0", or "eth0, wlan0" for a multipath route.
std::string interfacesOf(const Route& r) {
    if (!r.isMultipath())
        return r.interface.str();
    std::set<std::string> names;
    for (const auto& h : r.nexthops)
        names.insert(h.interface.str());
    std::string s;
    for (const auto& n : names)
        s += (s.empty() ? "" : ", ") + n;
    return s;
}

bool isOverride(const Route& r) {
    return isOverridePrefix(r.destination) || r.destination.isDefault();
}

struct Ctx {
    const AnalysisInput& in;
    const RouteTable& t;
    TunnelContext tc;
    std::vector<Finding> out;
};

/// How much of `space` (one family) the table sends into the tunnel, and how much out through
/// ordinary unicast routes elsewhere (with the outside route that takes the most of it).
struct SpaceSplit {
    long double total = 0, tunnel = 0, outside = 0;
    const Route* widestOutside = nullptr;
};

SpaceSplit splitSpace(const Ctx& c, Family f, const PrefixSet& space) {
    SpaceSplit s;
    const auto partition = effectivePartition(c.t, f);
    std::map<long, long double> outsideBy;
    for (const auto& [first, last] : space.ranges(f)) {
        s.total += static_cast<long double>(last - first) + 1;
        for (const auto& seg : clipPartition(partition, first, last)) {
            if (seg.route < 0)
                continue;
            const Route& r = c.t.routes()[static_cast<std::size_t>(seg.route)];
            const long double n = static_cast<long double>(seg.last - seg.first) + 1;
            if (c.tc.isTunnelRoute(r))
                s.tunnel += n;
            else if (r.type == RouteType::Unicast)
                outsideBy[seg.route] += n;
        }
    }
    long double best = 0;
    for (const auto& [idx, n] : outsideBy) {
        s.outside += n;
        if (n > best) {
            best = n;
            s.widestOutside = &c.t.routes()[static_cast<std::size_t>(idx)];
        }
    }
    return s;
}

std::string percent(long double part, long double whole) {
    const int p = whole > 0 ? static_cast<int>(part * 100 / whole + 0.5L) : 0;
    return std::to_string(p) + "%";
}

/// Decided from the effective address space, not from sample addresses (a LAN on the sample's
/// network would hide a real leak): most public IPv4 goes into the tunnel while most public
/// IPv6 (2000::/3) leaves through an ordinary route outside it.
void ipv6Leak(Ctx& c) {
    if (!c.tc.hasTunnel())
        return;
    const PrefixSet public4 = PrefixSet{Prefix::any(Family::V4)}.subtracted(privateAddressSpace());
    const SpaceSplit v4 = splitSpace(c, Family::V4, public4);
    if (v4.tunnel * 2 <= v4.total)
        return;
    const SpaceSplit v6 = splitSpace(c, Family::V6, PrefixSet{pfx("2000::/3")});
    if (v6.outside * 2 <= v6.total || !v6.widestOutside)
        return;
    const Route& r6 = *v6.widestOutside;
    c.out.push_back({findingcode::Ipv6Leak,
                     Severity::Warning,
                     "IPv4 traffic goes through " + c.tc.tunnelDevice.str() + " (" +
                         percent(v4.tunnel, v4.total) +
                         " of public IPv4), but IPv6 traffic still leaves through " +
                         r6.interface.str() + " (" + percent(v6.outside, v6.total) +
                         " of public IPv6, by " + r6.toString() +
                         "): IPv6 leaks around the tunnel. Tunnel ::/0 too (OpenVPN: "
                         "redirect-gateway ipv6, or block-ipv6) or turn IPv6 off on that link.",
                     {r6},
                     {r6.destination},
                     {c.tc.tunnelDevice.str(), r6.interface.str(), r6.toString()}});
}

/// Link-local networks (fe80::/10, 169.254.0.0/16) exist once per interface: routes to them
/// never compete with each other or with a tunnel.
bool isLinkLocal(const Route& r) {
    static const Prefix ll6 = pfx("fe80::/10");
    static const Prefix ll4 = pfx("169.254.0.0/16");
    return ll6.contains(r.destination) || ll4.contains(r.destination);
}

/// Whether the policy bypasses a network that covers `p` on purpose.
bool chosenBypass(const Ctx& c, const Prefix& p) {
    if (!c.in.policy)
        return false;
    for (const auto& rule : c.in.policy->rules)
        if (rule.mode == RuleMode::Bypass && rule.network && rule.network->contains(p))
            return true;
    return false;
}

void localNet(Ctx& c) {
    if (!c.tc.hasTunnel())
        return;
    const PrefixSet& priv = privateAddressSpace();
    for (Family f : {Family::V4, Family::V6}) {
        if (!c.tc.overrides(f))
            continue;
        std::vector<const Route*> rs;
        for (const auto& r : c.t.routes())
            if (r.family() == f && isUnicastMain(r) && !c.tc.isTunnelRoute(r) &&
                !r.destination.isDefault() && !(r.destination.isHost() && !r.gateway.isNull()) &&
                !isDhcpRoute(r) &&               // tunnelVision() reports those, with their cause
                !chosenBypass(c, r.destination)) // the user chose it (the rule check below)
                rs.push_back(&r);
        std::sort(rs.begin(), rs.end(),
                  [](const Route* a, const Route* b) { return a->destination < b->destination; });
        for (const Route* r : rs) {
            const PrefixSet pub = PrefixSet{r->destination}.subtracted(priv);
            if (pub.isEmpty())
                continue;
            const bool connected = isConnected(*r);
            c.out.push_back(
                {findingcode::LocalNet,
                 connected ? Severity::Warning : Severity::Info,
                 std::string(connected ? "the local network " : "the bypass ") +
                     r->destination.toString() + " on " + r->interface.str() +
                     " covers public addresses (" + list(pub.toPrefixes()) +
                     "): traffic to them leaves outside the tunnel. A hostile network can "
                     "claim any range as local (TunnelCrack LocalNet); " +
                     (connected ? "OpenVPN's redirect-gateway block-local, or a bypass of "
                                  "private ranges only, closes it."
                                : "make sure this bypass is meant."),
                 {*r},
                 pub.toPrefixes(),
                 {connected ? "local" : "bypass", r->destination.toString(), r->interface.str(),
                  joined(pub.toPrefixes())}});
        }
    }
    if (c.in.policy)
        for (const auto& rule : c.in.policy->rules)
            if (rule.mode == RuleMode::Bypass && rule.network && !rule.network->isDefault()) {
                const PrefixSet pub = PrefixSet{*rule.network}.subtracted(priv);
                if (!pub.isEmpty() &&
                    rule.network->length() < (rule.network->family() == Family::V4 ? 16 : 32))
                    c.out.push_back({findingcode::LocalNet,
                                     Severity::Info,
                                     "policy rule '" + rule.displayName() + "' bypasses " +
                                         rule.network->toString() +
                                         ", a large public range: that traffic leaves outside "
                                         "the tunnel",
                                     {},
                                     {*rule.network},
                                     {"rule", rule.displayName(), rule.network->toString()}});
            }
}

/// TunnelVision (CVE-2024-3661): a DHCP server can hand out classless static routes (option
/// 121); the client installs them on the physical link ("proto dhcp" on Linux), and one more
/// specific than the VPN's routes takes that traffic out of the tunnel. Reported for every
/// DHCP route that wins addresses which, without the DHCP routes, would go into the tunnel.
void tunnelVision(Ctx& c) {
    if (!c.tc.hasTunnel())
        return;
    // A DHCP route on the tunnel itself (a tap VPN with DHCP) is the VPN's own.
    auto physicalDhcp = [&](const Route& r) {
        return isDhcpRoute(r) && !c.tc.isTunnelRoute(r);
    };
    std::vector<Prefix> candidates;
    for (const auto& r : c.t.routes())
        if (physicalDhcp(r))
            candidates.push_back(r.destination);
    if (candidates.empty())
        return;
    // Only routes that overlap a DHCP route can decide addresses inside one, so the two
    // sweeps below run over those alone (a few routes, not the whole table), unless there are
    // so many DHCP routes that testing each route against them costs more than the sweep.
    auto overlapsCandidate = [&](const Route& r) {
        if (candidates.size() > 64)
            return true;
        return std::any_of(candidates.begin(), candidates.end(), [&](const Prefix& p) {
            return p.contains(r.destination) || r.destination.contains(p);
        });
    };
    RouteTable with, without;
    for (const auto& r : c.t.routes())
        if (overlapsCandidate(r)) {
            with.add(r);
            if (!physicalDhcp(r))
                without.add(r);
        }
    for (Family f : {Family::V4, Family::V6}) {
        // The ranges the tunnel would carry without the DHCP routes.
        std::vector<Prefix> tunnelled;
        for (const auto& s : effectiveSegments(without, f))
            if (s.route && c.tc.isTunnelRoute(*s.route))
                PrefixSet::rangeToPrefixes(f, s.first, s.last, tunnelled);
        if (tunnelled.empty())
            continue;
        const PrefixSet tunnel = PrefixSet::fromPrefixes(tunnelled);
        // What each DHCP route wins in the real table.
        std::map<const Route*, std::vector<Prefix>> won;
        for (const auto& s : effectiveSegments(with, f))
            if (s.route && physicalDhcp(*s.route))
                PrefixSet::rangeToPrefixes(f, s.first, s.last, won[s.route]);
        std::vector<std::pair<const Route*, std::vector<Prefix>>> found;
        for (auto& [route, ranges] : won) {
            const auto taken = PrefixSet::fromPrefixes(ranges).intersected(tunnel).toPrefixes();
            if (!taken.empty())
                found.emplace_back(route, taken);
        }
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
            return a.first->destination < b.first->destination;
        });
        for (const auto& [r, taken] : found) {
            const std::string dev = interfacesOf(*r);
            c.out.push_back(
                {findingcode::TunnelVision,
                 Severity::Warning,
                 "the DHCP route " + r->toString() + " takes " + list(taken) + " out of the " +
                     "tunnel " + c.tc.tunnelDevice.str() +
                     ": a DHCP server can push such routes (option 121) and read traffic meant "
                     "for the VPN (TunnelVision, CVE-2024-3661). Unless this network is meant to "
                     "stay local, ignore DHCP routes on " +
                     dev +
                     " (NetworkManager: ipv4.ignore-auto-routes yes; systemd-networkd: "
                     "UseRoutes=no) or route it into the tunnel.",
                 {*r},
                 taken,
                 {r->destination.toString(), dev, c.tc.tunnelDevice.str(), joined(taken)}});
        }
    }
}

void serverIp(Ctx& c) {
    std::vector<IpAddress> servers = c.in.vpnServers;
    bool named = false;
    if (c.in.profile)
        for (const auto& r : c.in.profile->remotes) {
            if (auto a = IpAddress::parse(r.host))
                servers.push_back(*a);
            else if (!r.host.empty())
                named = true;
        }
    std::sort(servers.begin(), servers.end());
    servers.erase(std::unique(servers.begin(), servers.end()), servers.end());
    for (const auto& s : servers) {
        auto l = c.t.lookup(s);
        const Prefix host(s, familyBits(s.family()));
        if (!l.chosen) {
            c.out.push_back(
                {findingcode::ServerIpMissing,
                 Severity::Error,
                 "no route to the VPN server " + s.toString() + ": the tunnel cannot be reached",
                 {},
                 {host},
                 {s.toString()}});
        } else if (c.tc.isTunnelRoute(*l.chosen)) {
            c.out.push_back({findingcode::ServerIpViaTunnel,
                             Severity::Error,
                             "the route to the VPN server " + s.toString() + " goes into " +
                                 l.chosen->interface.str() + " (" + l.chosen->toString() +
                                 "): the tunnel would carry itself. Add a host route via the "
                                 "physical gateway.",
                             {*l.chosen},
                             {host},
                             {s.toString(), l.chosen->interface.str(), l.chosen->toString()}});
        }
    }
    const bool full =
        c.tc.overrides(Family::V4) || c.tc.overrides(Family::V6) ||
        (c.in.profile && c.in.profile->redirect && !c.in.profile->redirect->isPrivate);
    if (named && full)
        c.out.push_back({findingcode::ServerIpDns,
                         Severity::Info,
                         "the VPN server is given by host name: the host route that keeps it "
                         "outside the tunnel follows whatever the DNS answers, which an attacker "
                         "on the local network can spoof (TunnelCrack ServerIP). Pin the server's "
                         "address, or use an encrypted resolver.",
                         {},
                         {},
                         {}});
}

void swallowed(Ctx& c) {
    if (!c.tc.hasTunnel())
        return;
    auto check = [&](const IpAddress& a, const char* code, const std::string& what) {
        auto l = c.t.lookup(a);
        if (!l.chosen || !c.tc.isTunnelRoute(*l.chosen) || isOverride(*l.chosen))
            return;
        c.out.push_back(
            {code,
             Severity::Error,
             "the VPN route " + l.chosen->destination.toString() + " on " +
                 l.chosen->interface.str() + " swallows " + what + " " + a.toString() +
                 ": it is no longer reached through the local network",
             {*l.chosen},
             {Prefix(a, familyBits(a.family()))},
             {l.chosen->destination.toString(), l.chosen->interface.str(), a.toString()}});
    };
    for (const auto& d : c.in.localDns)
        check(d, findingcode::SwallowsDns, "the local DNS server");
    for (const auto* pd : {&c.tc.physicalDefault4, &c.tc.physicalDefault6})
        if (*pd && !(*pd)->gateway.isNull())
            check((*pd)->gateway, findingcode::SwallowsGateway, "the local gateway");
    std::vector<const Route*> lans, pushed;
    for (const auto& r : c.t.routes()) {
        if (!isUnicastMain(r) || r.destination.isDefault())
            continue;
        if (c.tc.isTunnelRoute(r) && !isOverride(r) && !isConnected(r))
            pushed.push_back(&r);
        else if (!c.tc.isTunnelRoute(r) && isConnected(r) && !r.destination.isHost())
            lans.push_back(&r);
    }
    auto byDest = [](const Route* a, const Route* b) {
        return a->destination < b->destination;
    };
    std::sort(lans.begin(), lans.end(), byDest);
    std::sort(pushed.begin(), pushed.end(), byDest);
    for (const Route* p : pushed)
        for (const Route* l : lans) {
            if (!p->destination.overlaps(l->destination))
                continue;
            const bool inside =
                l->destination.contains(p->destination) && p->destination != l->destination;
            c.out.push_back(
                {findingcode::OverlapsLan,
                 Severity::Warning,
                 "the VPN route " + p->destination.toString() + " overlaps the local network " +
                     l->destination.toString() + " on " + l->interface.str() + ": " +
                     (inside ? "part of the local network now goes into the tunnel"
                             : "the local network wins for its addresses, so the remote hosts "
                               "with those addresses cannot be reached through the tunnel"),
                 {*p, *l},
                 {p->destination, l->destination},
                 {inside ? "inside" : "outside", p->destination.toString(),
                  l->destination.toString(), l->interface.str()}});
        }
}

void profileChecks(Ctx& c) {
    const VpnProfile* p = c.in.profile;
    if (p && p->routeNopull) {
        std::string dns;
        for (const auto& d : p->dhcpOptions)
            if (d.origin == OptionOrigin::Pushed && (d.type == "DNS" || d.type == "DNS6"))
                dns += (dns.empty() ? "" : ", ") + d.value;
        c.out.push_back({findingcode::RouteNopullDns,
                         Severity::Warning,
                         "route-nopull also drops the DNS servers the VPN pushes (dhcp-option DNS" +
                             (dns.empty() ? std::string() : ": " + dns) +
                             "); use pull-filter ignore \"redirect-gateway\" / \"route …\" to "
                             "refuse routes only",
                         {},
                         {},
                         {dns}});
    }
    if (c.in.awsRouteEnforcement && *c.in.awsRouteEnforcement)
        c.out.push_back({findingcode::AwsEnforcement,
                         Severity::Warning,
                         "AWS Client VPN route enforcement is on for this endpoint: the AWS "
                         "client watches the routing table and reverts changes to the VPN's "
                         "routes, so bypass routes will be undone while connected",
                         {},
                         {},
                         {}});
    if (p && p->aws && (!p->pullFilters.empty() || p->routeNopull))
        c.out.push_back({findingcode::AwsPullFilter,
                         Severity::Info,
                         "the AWS VPN Client strips pull-filter and route-nopull from profiles; "
                         "they only take effect with stock OpenVPN",
                         {},
                         {},
                         {}});
}

// Pairs (outer, inner) of overlapping routes with different sides of the tunnel.
void shadowed(Ctx& c) {
    if (!c.tc.hasTunnel())
        return;
    // Any tunnel counts as "the tunnel" here: two tunnels are primary/backup, not shadowing.
    auto side = [&](const Route& r) {
        return c.tc.isTunnelRoute(r) || looksLikeTunnelDevice(r.interface.str());
    };
    for (Family f : {Family::V4, Family::V6}) {
        std::vector<const Route*> rs;
        for (const auto& r : c.t.routes())
            if (r.family() == f && r.table == table::Main && r.type == RouteType::Unicast &&
                !isLinkLocal(r))
                rs.push_back(&r);
        std::sort(rs.begin(), rs.end(), [](const Route* a, const Route* b) {
            return std::make_tuple(a->destination.address(), a->destination.length(), a->metric) <
                   std::make_tuple(b->destination.address(), b->destination.length(), b->metric);
        });
        std::map<const Route*, std::vector<Prefix>> bypassHit, tunnelHit;
        std::vector<const Route*> stack;
        for (const Route* r : rs) {
            while (!stack.empty() && !stack.back()->destination.contains(r->destination))
                stack.pop_back();
            const bool rt = side(*r);
            for (const Route* a : stack) {
                if (isOverride(*a) || a->destination.isDefault())
                    continue;
                const bool at = side(*a);
                if (at == rt)
                    continue;
                if (a->destination == r->destination) {
                    // Same prefix: the lower metric (sorted first: `a`) wins; r is unused.
                    (rt ? tunnelHit : bypassHit)[r].push_back(a->destination);
                    continue;
                }
                if (!at && rt)
                    bypassHit[a].push_back(r->destination);
                else if (at && !rt && !(r->destination.isHost() && !r->gateway.isNull()))
                    tunnelHit[a].push_back(r->destination);
            }
            stack.push_back(r);
        }
        for (const Route* r : rs) {
            // A DHCP route that loses to the tunnel is no bypass anyone made: the tunnel
            // winning is what should happen (tunnelVision() reports the opposite).
            if (auto it = bypassHit.find(r); it != bypassHit.end() && !isDhcpRoute(*r))
                c.out.push_back({findingcode::BypassShadowed,
                                 Severity::Warning,
                                 "the bypass " + r->toString() + " does not take effect for " +
                                     list(it->second) +
                                     ": a more specific (or lower-metric) route sends it into "
                                     "the tunnel",
                                 {*r},
                                 it->second,
                                 {r->toString(), joined(it->second)}});
            if (auto it = tunnelHit.find(r); it != tunnelHit.end())
                c.out.push_back({findingcode::TunnelShadowed,
                                 Severity::Info,
                                 "the tunnel route " + r->toString() + " does not cover " +
                                     list(it->second) +
                                     ": a more specific (or lower-metric) route keeps it outside "
                                     "the tunnel",
                                 {*r},
                                 it->second,
                                 {r->toString(), joined(it->second)}});
        }
    }
}

void iroutes(Ctx& c) {
    if (!c.in.serverMode && c.in.iroutes.empty())
        return;
    const PrefixSet covered = PrefixSet::fromPrefixes(c.in.iroutes);
    std::vector<const Route*> rs;
    for (const auto& r : c.t.routes()) {
        const bool tunnelish =
            c.tc.hasTunnel() ? c.tc.isTunnelRoute(r) : looksLikeTunnelDevice(r.interface.str());
        if (tunnelish && isUnicastMain(r) && !isConnected(r) && !r.destination.isDefault())
            rs.push_back(&r);
    }
    std::sort(rs.begin(), rs.end(),
              [](const Route* a, const Route* b) { return a->destination < b->destination; });
    for (const Route* r : rs) {
        const PrefixSet missing = PrefixSet{r->destination}.subtracted(covered);
        if (missing.isEmpty())
            continue;
        c.out.push_back({findingcode::IrouteMissing,
                         Severity::Error,
                         "the route " + r->toString() + " sends " + list(missing.toPrefixes()) +
                             " into " + r->interface.str() +
                             ", but no client iroute covers it: OpenVPN drops those packets. "
                             "Add an iroute for it in the client's client-config-dir file.",
                         {*r},
                         missing.toPrefixes(),
                         {r->toString(), joined(missing.toPrefixes()), r->interface.str()}});
    }
}

void primaryBackup(Ctx& c) {
    std::map<std::tuple<int, Prefix, std::uint32_t>, std::vector<const Route*>> groups;
    for (const auto& r : c.t.routes()) {
        const bool tunnelish = c.tc.isTunnelRoute(r) || looksLikeTunnelDevice(r.interface.str());
        if (tunnelish && isUnicastMain(r) && !r.isMultipath() && !isLinkLocal(r))
            groups[{static_cast<int>(r.family()), r.destination, r.table}].push_back(&r);
    }
    for (auto& [key, rs] : groups) {
        std::set<std::string> devs;
        for (const Route* r : rs)
            devs.insert(r->interface.str());
        if (devs.size() < 2)
            continue;
        std::sort(rs.begin(), rs.end(), [](const Route* a, const Route* b) {
            return std::make_tuple(a->metric, a->interface.str()) <
                   std::make_tuple(b->metric, b->interface.str());
        });
        const Prefix& p = std::get<1>(key);
        std::vector<Route> involved;
        for (const Route* r : rs)
            involved.push_back(*r);
        if (rs[0]->metric == rs[1]->metric) {
            c.out.push_back({findingcode::SameMetric,
                             Severity::Warning,
                             p.toString() + " goes into " + rs[0]->interface.str() + " and " +
                                 rs[1]->interface.str() + " with the same metric " +
                                 std::to_string(rs[0]->metric) +
                                 ": which tunnel carries it depends on installation order",
                             involved,
                             {p},
                             {p.toString(), rs[0]->interface.str(), rs[1]->interface.str(),
                              std::to_string(rs[0]->metric)}});
            continue;
        }
        std::string backups, backupDevs, backupMetrics;
        for (std::size_t i = 1; i < rs.size(); ++i) {
            backups += (i > 1 ? ", " : "") + rs[i]->interface.str() + " (metric " +
                       std::to_string(rs[i]->metric) + ")";
            backupDevs += (i > 1 ? ", " : "") + rs[i]->interface.str();
            backupMetrics += (i > 1 ? ", " : "") + std::to_string(rs[i]->metric);
        }
        c.out.push_back({findingcode::PrimaryBackup,
                         Severity::Info,
                         p.toString() + ": primary " + rs[0]->interface.str() + " (metric " +
                             std::to_string(rs[0]->metric) + "), backup " + backups +
                             "; the backup carries traffic only while the primary's route is gone",
                         involved,
                         {p},
                         {p.toString(), rs[0]->interface.str(), std::to_string(rs[0]->metric),
                          backupDevs, backupMetrics}});
    }
}
} // namespace

std::optional<Diagnostic> routelessProfileNote(const VpnProfile& p) {
    if (p.server)
        return std::nullopt;
    if (p.options.empty())
        return Diagnostic{Severity::Warning,
                          "profile-empty",
                          "the file holds no OpenVPN option: nothing to connect with, and no "
                          "routes",
                          {p.file, 0, 0}};
    if (!p.routes.empty() || !p.routes6.empty() || p.redirect)
        return std::nullopt;
    return Diagnostic{Severity::Info,
                      "profile-no-routes",
                      std::string("the profile sets no routes (no route, route-ipv6 or "
                                  "redirect-gateway)") +
                          (p.client ? ": the server pushes them when the client connects; open "
                                      "the client's log (its PUSH_REPLY line) to see them"
                                    : ": this tunnel carries only its own network"),
                      {p.file, 0, 0}};
}

const PrefixSet& privateAddressSpace() {
    static const PrefixSet s{pfx("10.0.0.0/8"),     pfx("172.16.0.0/12"),
                             pfx("192.168.0.0/16"), pfx("100.64.0.0/10"),
                             pfx("169.254.0.0/16"), pfx("127.0.0.0/8"),
                             pfx("224.0.0.0/4"),    pfx("255.255.255.255/32"),
                             pfx("fc00::/7"),       pfx("fe80::/10"),
                             pfx("::1/128"),        pfx("ff00::/8")};
    return s;
}

std::vector<Finding> analyze(const AnalysisInput& in) {
    static const RouteTable empty;
    const RouteTable* table = in.table ? in.table : &empty;
    // Interface-scoped routes (macOS flag I) serve only sockets bound to their interface:
    // the scoped defaults macOS keeps on idle utunN for its own services are no VPN, and no
    // ordinary traffic takes them. The analyzers look at what ordinary traffic does.
    RouteTable unscoped;
    bool scoped = false;
    for (const auto& r : table->routes())
        scoped = scoped || r.table == table::Scoped;
    if (scoped) {
        std::vector<Route> rs;
        for (const auto& r : table->routes())
            if (r.table != table::Scoped)
                rs.push_back(r);
        unscoped = RouteTable(std::move(rs));
        table = &unscoped;
    }
    const RouteTable& t = *table;
    Ctx c{in, t, detectTunnel(t, in.tunnelDevice), {}};
    ipv6Leak(c);
    localNet(c);
    tunnelVision(c);
    serverIp(c);
    swallowed(c);
    profileChecks(c);
    shadowed(c);
    iroutes(c);
    primaryBackup(c);
    return std::move(c.out);
}

} // namespace splitroute::core
