// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/NetworkHints.h"

#include "core/PrefixSet.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_set>

namespace splitroute::core {

const char* hintKindName(HintKind k) {
    switch (k) {
    case HintKind::DecidedByEarlierRule:
        return "decided-by-earlier-rule";
    case HintKind::NotRouted:
        return "not-routed";
    case HintKind::VpnServerInside:
        return "vpn-server-inside";
    case HintKind::AlreadyLocal:
        return "already-local";
    case HintKind::PartlyOutside:
        return "partly-outside";
    case HintKind::CoveredByOtherTraffic:
        return "covered-by-other-traffic";
    case HintKind::TunnelLacksFamily:
        return "tunnel-lacks-family";
    case HintKind::HostResolvedWhenPlanning:
        return "host-resolved-when-planning";
    case HintKind::HostResolved:
        return "host-resolved";
    case HintKind::HostUnresolved:
        return "host-unresolved";
    }
    return "unknown";
}

bool isHostAddressRoute(const Route& r) {
    return r.type == RouteType::Local || r.type == RouteType::Broadcast ||
           r.type == RouteType::Anycast || r.type == RouteType::Multicast;
}

namespace {
int familyIndex(Family f) {
    return f == Family::V6 ? 1 : 0;
}

IpAddress firstGateway(const Route& r) {
    if (r.isMultipath())
        return r.nexthops.front().gateway;
    return r.gateway;
}

InterfaceName firstDevice(const Route& r) {
    if (r.isMultipath())
        return r.nexthops.front().interface;
    return r.interface;
}
} // namespace

NetworkHints::NetworkHints(const RouteTable& table, const std::string& tunnelDevice,
                           const VpnProfile* profile, const Plan* plan)
    : m_table(plan ? &plan->after : &table), m_profile(profile), m_plan(plan) {
    const std::string dev = !tunnelDevice.empty() ? tunnelDevice
                            : plan                ? plan->tunnelDevice
                                                  : std::string();
    m_ctx = detectTunnel(*m_table, dev);
    for (Family f : {Family::V4, Family::V6})
        m_segments[familyIndex(f)] = effectiveSegments(*m_table, f);
    for (const auto& r : m_table->routes()) {
        if (r.table == table::Local || r.type != RouteType::Unicast)
            continue;
        if (m_ctx.isTunnelRoute(r)) {
            m_tunnelPrefixes.insert(r.destination);
        } else if (m_ctx.hasTunnel() && r.destination.isHost() && !r.gateway.isNull() &&
                   r.protocol != proto::Kernel && r.protocol != proto::Splitroute) {
            // The planner's criterion for "the route to the VPN server" (Planner.cpp).
            m_servers.push_back(r.destination.address());
        }
    }
    if (m_profile)
        for (const auto& rem : m_profile->remotes)
            if (auto a = IpAddress::parse(rem.host))
                m_servers.push_back(*a);
    std::sort(m_servers.begin(), m_servers.end());
    m_servers.erase(std::unique(m_servers.begin(), m_servers.end()), m_servers.end());
}

std::vector<NetworkHints::Piece> NetworkHints::pieces(const Prefix& network) const {
    std::vector<Piece> out;
    if (network.isNull())
        return out;
    const auto& segs = m_segments[familyIndex(network.family())];
    const u128 lo = network.first().toU128(), hi = network.last().toU128();
    auto it = std::partition_point(segs.begin(), segs.end(),
                                   [lo](const Segment& s) { return s.last < lo; });
    for (; it != segs.end() && it->first <= hi; ++it)
        out.push_back({std::max(it->first, lo), std::min(it->last, hi), it->route});
    return out;
}

bool NetworkHints::tunnelCarriesFamily(Family f) const {
    // As the planner decides it: link-local and multicast routes exist on every link.
    static const Prefix linkLocal = *Prefix::parse("fe80::/10"),
                        multicast = *Prefix::parse("ff00::/8");
    for (const auto& r : m_table->routes())
        if (r.family() == f && m_ctx.isTunnelRoute(r) && r.table != table::Local &&
            !linkLocal.contains(r.destination) && !multicast.contains(r.destination))
            return true;
    return false;
}

bool NetworkHints::lessSpecificTunnelRouteCovers(const Route& r) const {
    // At most one lookup per shorter length: cheap even with many tunnel routes.
    for (int len = r.destination.length() - 1; len >= 0; --len)
        if (m_tunnelPrefixes.count(Prefix(r.destination.address(), len)))
            return true;
    return false;
}

std::vector<Carrier> NetworkHints::carriers(const Prefix& network) const {
    std::map<std::tuple<InterfaceName, IpAddress, int>, long double> shares;
    long double total = 0;
    for (const auto& p : pieces(network)) {
        if (!p.route || isHostAddressRoute(*p.route))
            continue;
        const long double n = rangeSize(p.first, p.last);
        total += n;
        shares[{firstDevice(*p.route), firstGateway(*p.route), static_cast<int>(p.route->type)}] +=
            n;
    }
    std::vector<Carrier> out;
    out.reserve(shares.size());
    for (const auto& [key, n] : shares)
        out.push_back({std::get<0>(key), std::get<1>(key), static_cast<RouteType>(std::get<2>(key)),
                       n / total});
    std::stable_sort(out.begin(), out.end(),
                     [](const Carrier& a, const Carrier& b) { return a.share > b.share; });
    return out;
}

std::vector<Carrier> NetworkHints::carriers(const PolicyRule& rule) const {
    if (rule.network)
        return carriers(*rule.network);
    std::vector<Carrier> out;
    if (!m_plan)
        return out;
    for (const auto& rh : m_plan->resolved) {
        if (rh.host != rule.host)
            continue;
        for (const auto& a : rh.addresses) {
            const Route* r = m_table->lookup(a).chosen;
            if (!r || isHostAddressRoute(*r))
                continue;
            Carrier c{firstDevice(*r), firstGateway(*r), r->type, 0};
            auto it = std::find_if(out.begin(), out.end(), [&](const Carrier& o) {
                return o.device == c.device && o.gateway == c.gateway && o.type == c.type;
            });
            if (it == out.end())
                it = out.insert(out.end(), c);
            it->share += 1.0L / static_cast<long double>(rh.addresses.size());
        }
        break;
    }
    return out;
}

OtherTrafficRoute NetworkHints::otherTraffic(Family family) const {
    OtherTrafficRoute o;
    std::set<Prefix> halves;
    const Route* firstHalf = nullptr;
    for (const auto& r : m_ctx.overrideRoutes)
        if (r.family() == family && isOverridePrefix(r.destination)) {
            if (!firstHalf)
                firstHalf = &r;
            halves.insert(r.destination);
        }
    if (firstHalf) {
        o.kind = OtherTrafficRoute::Kind::Override;
        o.prefixes.assign(halves.begin(), halves.end());
        o.device = firstDevice(*firstHalf);
        o.gateway = firstGateway(*firstHalf);
        o.viaTunnel = true;
        return o;
    }
    const Route* best = nullptr;
    for (const auto& r : m_table->routes())
        if (r.family() == family && r.destination.isDefault() && r.table == table::Main &&
            r.type == RouteType::Unicast && (!best || r.metric < best->metric))
            best = &r;
    if (!best)
        return o;
    o.kind = OtherTrafficRoute::Kind::Default;
    o.prefixes = {best->destination};
    o.device = firstDevice(*best);
    o.gateway = firstGateway(*best);
    o.viaTunnel = m_ctx.isTunnelRoute(*best);
    return o;
}

std::optional<NetworkHint> NetworkHints::earlierRules(const SplitPolicy& policy,
                                                      std::size_t index) const {
    // First match wins: earlier network rules that together cover this one decide it.
    const PolicyRule& rule = policy.rules[index];
    if (!rule.network || rule.network->isDefault())
        return std::nullopt;
    const Prefix& net = *rule.network;
    std::vector<Prefix> earlier;
    for (std::size_t i = 0; i < index; ++i) {
        const auto& e = policy.rules[i];
        if (e.network && !e.network->isDefault() && e.network->overlaps(net))
            earlier.push_back(*e.network);
    }
    if (!earlier.empty() && PrefixSet::fromPrefixes(earlier).contains(net))
        return NetworkHint{HintKind::DecidedByEarlierRule, earlier, {}, {}, {}, {}};
    return std::nullopt;
}

std::vector<NetworkHint> NetworkHints::hints(const SplitPolicy& policy, std::size_t index) const {
    if (index >= policy.rules.size())
        return {};
    return ruleHints(policy, index, earlierRules(policy, index));
}

std::vector<std::vector<NetworkHint>> NetworkHints::allHints(const SplitPolicy& policy) const {
    std::vector<std::vector<NetworkHint>> out;
    out.reserve(policy.rules.size());
    // The union of the networks of the rules so far, as merged inclusive ranges per family:
    // whether earlier rules cover a rule is one map lookup instead of a pass over them all.
    std::array<std::map<u128, u128>, 2> claimed;
    for (std::size_t i = 0; i < policy.rules.size(); ++i) {
        const PolicyRule& rule = policy.rules[i];
        if (!rule.network || rule.network->isDefault()) {
            out.push_back(ruleHints(policy, i, std::nullopt));
            continue;
        }
        const Family f = rule.network->family();
        auto& m = claimed[familyIndex(f)];
        const u128 lo = rule.network->first().toU128(), hi = rule.network->last().toU128();
        auto it = m.upper_bound(lo);
        const bool covered = it != m.begin() && std::prev(it)->second >= hi;
        out.push_back(ruleHints(policy, i, covered ? earlierRules(policy, i) : std::nullopt));
        u128 nlo = lo, nhi = hi;
        if (it != m.begin()) {
            auto prev = std::prev(it);
            if (prev->second >= lo || prev->second + 1 == lo)
                it = prev;
        }
        while (it != m.end() && (it->first <= nhi || it->first == nhi + 1)) {
            nlo = std::min(nlo, it->first);
            nhi = std::max(nhi, it->second);
            it = m.erase(it);
        }
        m.emplace(nlo, nhi);
    }
    return out;
}

std::vector<NetworkHint> NetworkHints::ruleHints(const SplitPolicy& policy, std::size_t index,
                                                 const std::optional<NetworkHint>& earlier) const {
    std::vector<NetworkHint> out;
    const PolicyRule& rule = policy.rules[index];

    if (!rule.network) {
        const ResolvedHost* rh = nullptr;
        if (m_plan)
            for (const auto& r : m_plan->resolved)
                if (r.host == rule.host)
                    rh = &r;
        NetworkHint h;
        if (!rh) {
            h.kind = HintKind::HostResolvedWhenPlanning;
        } else if (!rh->error.empty()) {
            h.kind = HintKind::HostUnresolved;
            h.text = rh->error;
        } else {
            h.kind = HintKind::HostResolved;
            h.addresses = rh->addresses;
        }
        out.push_back(std::move(h));
        return out;
    }

    const Prefix& net = *rule.network;
    if (net.isDefault()) {
        if (m_ctx.hasTunnel() && !tunnelCarriesFamily(net.family()))
            out.push_back({HintKind::TunnelLacksFamily, {net}, {}, m_ctx.tunnelDevice, {}, {}});
        return out;
    }

    if (earlier)
        out.push_back(*earlier);

    std::vector<Piece> fwd;
    for (const auto& p : pieces(net))
        if (!p.route || !isHostAddressRoute(*p.route))
            fwd.push_back(p);
    const bool routedAny =
        std::any_of(fwd.begin(), fwd.end(), [](const Piece& p) { return p.route != nullptr; });
    if (!routedAny) {
        if (!fwd.empty())
            out.push_back({HintKind::NotRouted, {}, {}, {}, {}, {}});
        return out;
    }

    for (const auto& a : m_servers) {
        if (!net.contains(a))
            continue;
        NetworkHint h{HintKind::VpnServerInside, {}, {a}, {}, {}, {}};
        if (const Route* r = m_table->lookup(a).chosen;
            r && r->destination.isHost() && !m_ctx.isTunnelRoute(*r)) {
            h.prefixes = {r->destination};
            h.device = firstDevice(*r);
            h.gateway = firstGateway(*r);
        }
        out.push_back(std::move(h));
    }

    // Distinct routes over the network, in address order.
    std::vector<const Route*> routes;
    std::unordered_set<const Route*> seen;
    for (const auto& p : fwd)
        if (p.route && seen.insert(p.route).second)
            routes.push_back(p.route);
    const bool someTunnelled = std::any_of(routes.begin(), routes.end(),
                                           [&](const Route* r) { return m_ctx.isTunnelRoute(*r); });
    auto isServerRoute = [&](const Route& r) {
        return r.destination.isHost() &&
               std::binary_search(m_servers.begin(), m_servers.end(), r.destination.address());
    };
    for (const Route* r : routes) {
        if (m_ctx.isTunnelRoute(*r) || r->type != RouteType::Unicast || r->isMultipath() ||
            !r->gateway.isNull() || !lessSpecificTunnelRouteCovers(*r))
            continue;
        out.push_back({HintKind::AlreadyLocal, {r->destination}, {}, r->interface, {}, {}});
    }
    if (someTunnelled)
        for (const Route* r : routes) {
            if (m_ctx.isTunnelRoute(*r) || r->type != RouteType::Unicast ||
                firstGateway(*r).isNull() || r->destination.length() <= net.length() ||
                isServerRoute(*r))
                continue;
            out.push_back({HintKind::PartlyOutside,
                           {r->destination},
                           {},
                           firstDevice(*r),
                           firstGateway(*r),
                           {}});
        }

    const bool allOther = std::all_of(fwd.begin(), fwd.end(), [&](const Piece& p) {
        return p.route &&
               (p.route->destination.isDefault() ||
                (isOverridePrefix(p.route->destination) && m_ctx.isTunnelRoute(*p.route)));
    });
    if (allOther) {
        NetworkHint h{HintKind::CoveredByOtherTraffic, {}, {}, firstDevice(*routes.front()),
                      firstGateway(*routes.front()),   {}};
        for (const Route* r : routes)
            if (std::find(h.prefixes.begin(), h.prefixes.end(), r->destination) == h.prefixes.end())
                h.prefixes.push_back(r->destination);
        out.push_back(std::move(h));
    }
    return out;
}

} // namespace splitroute::core
