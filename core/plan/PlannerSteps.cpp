// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/PlannerSteps.h"

#include "core/analyze/FindingCode.h"
#include "core/plan/Segments.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

namespace splitroute::core::planner {

namespace {

// Tags of the policy region map, in claim order.
enum class Tag : std::uint8_t { Unclaimed, Loopback, Protected, Tunnel, Bypass, AsPushed };

struct TagSeg {
    u128 first, last;
    Tag tag;
};

// Full-coverage tag list from disjoint per-tag sets.
std::vector<TagSeg> tagSegments(Family f,
                                const std::vector<std::pair<Tag, const PrefixSet*>>& sets) {
    std::vector<TagSeg> v;
    for (const auto& [tag, set] : sets)
        for (const auto& r : set->ranges(f))
            v.push_back({r.first, r.second, tag});
    std::sort(v.begin(), v.end(),
              [](const TagSeg& a, const TagSeg& b) { return a.first < b.first; });
    std::vector<TagSeg> out;
    u128 cur = 0;
    bool done = false;
    for (const auto& s : v) {
        if (s.first > cur)
            out.push_back({cur, s.first - 1, Tag::Unclaimed});
        out.push_back(s);
        if (s.last == familyLast(f)) {
            done = true;
            break;
        }
        cur = s.last + 1;
    }
    if (!done)
        out.push_back({cur, familyLast(f), Tag::Unclaimed});
    return out;
}

// Walks several full-coverage lists in step; fn(first, last, indices).
template <typename... Lists, typename Fn> void forEachCut(Fn&& fn, const Lists&... lists) {
    constexpr std::size_t n = sizeof...(Lists);
    std::array<std::size_t, n> idx{};
    u128 cur = 0;
    for (;;) {
        std::size_t k = 0;
        bool end = false;
        u128 last = ~u128{0};
        ((end = end || idx[k] >= lists.size(),
          last = end ? last : std::min(last, lists[idx[k]].last), ++k),
         ...);
        if (end)
            return;
        fn(cur, last, idx);
        k = 0;
        ((idx[k] += (lists[idx[k]].last == last) ? 1 : 0, ++k), ...);
        cur = last + 1;
    }
}

std::string hopGroupKey(const Route& r) {
    return std::string(routeTypeName(r.type)) + "|" + r.nextHopText() + "|" +
           std::to_string(r.ifindex);
}

bool deletable(const Route& r, const TunnelContext& ctx) {
    return r.protocol == proto::Splitroute || ctx.isTunnelRoute(r);
}

Prefix hostPrefix(const IpAddress& a) {
    return Prefix(a, familyBits(a.family()));
}

} // namespace

Cls classOf(const Route* r, const TunnelContext& ctx) {
    if (!r)
        return Cls::None;
    if (r->type == RouteType::Unicast || r->type == RouteType::Local ||
        r->type == RouteType::Broadcast || r->type == RouteType::Multicast ||
        r->type == RouteType::Anycast)
        return ctx.isTunnelRoute(*r) ? Cls::Tunnel : Cls::Outside;
    return Cls::None;
}

Route routeFromHop(const Prefix& dest, const Route& hop, std::uint32_t metric) {
    Route r;
    r.destination = dest;
    r.type = RouteType::Unicast;
    r.gateway = hop.gateway;
    r.interface = hop.interface;
    r.ifindex = hop.ifindex;
    r.nexthops = hop.nexthops;
    r.flags = hop.flags & routeflag::OnLink;
    r.metric = metric;
    r.table = table::Main;
    r.protocol = proto::Splitroute;
    // Linux keeps scopes for IPv4 only (IPv6 routes are all universe).
    r.scope = dest.family() == Family::V4 && hop.gateway.isNull() && !hop.isMultipath()
                  ? scope::Link
                  : scope::Universe;
    return r;
}

// Adds routes until every address of `family` meets `targets` (or is given up on).
// Per next hop, the ranges that must change are covered by the maximal CIDR blocks of
// (must ∪ may), where "may" are ranges that already meet their target with the same class of
// next hop — a route over them changes nothing that matters. Keeping only the blocks that
// touch "must" gives the fewest routes (every aligned block inside a range set lies inside one
// of its maximal blocks).
void fill(Candidate& c, Family family, const std::vector<TargetSeg>& targets,
          const TunnelContext& ctx, std::uint32_t metric) {
    PrefixSet givenUp;
    struct Need {
        const Route* hop = nullptr;
        Cls cls = Cls::None;
        std::optional<Route> shadow; // the route now chosen for these ranges (copy)
        std::vector<Prefix> must;
    };
    // Routes by kernel key (table, destination, metric): RouteTable::indexOf is a linear scan.
    using Key = std::tuple<std::uint32_t, Prefix, std::uint32_t>;
    std::map<Key, Route> byKey;
    for (const auto& r : c.table.routes())
        if (r.family() == family)
            byKey.emplace(Key{r.table, r.destination, r.metric}, r);
    for (int pass = 0; pass < 64; ++pass) {
        const auto segs = effectiveSegments(c.table, family);
        using QKey = std::tuple<Prefix, std::uint32_t, std::uint32_t>; // shadow's key
        std::map<std::pair<QKey, std::string>, Need> need;
        std::map<QKey, std::vector<Prefix>> served;
        forEachCut(
            [&](u128 lo, u128 hi, const auto& idx) {
                const TargetSeg& t = targets[idx[0]];
                const Segment& s = segs[idx[1]];
                const Cls have = classOf(s.route, ctx);
                if (have == t.cls || !t.hop)
                    return;
                const QKey q{s.route ? s.route->destination : Prefix::any(family),
                             s.route ? s.route->table : 0, s.route ? s.route->metric : 0};
                served[q];
                auto& g = need[{q, hopGroupKey(*t.hop)}];
                g.hop = t.hop;
                g.cls = t.cls;
                if (s.route)
                    g.shadow = *s.route;
                PrefixSet::rangeToPrefixes(family, lo, hi, g.must);
            },
            targets, segs);
        for (const auto& seg : segs) {
            const QKey q{seg.route ? seg.route->destination : Prefix::any(family),
                         seg.route ? seg.route->table : 0, seg.route ? seg.route->metric : 0};
            if (auto it = served.find(q); it != served.end())
                PrefixSet::rangeToPrefixes(family, seg.first, seg.last, it->second);
        }
        bool added = false;
        std::set<Key> removed;      // keys deleted this pass (applied after the pass)
        std::vector<Route> pending; // routes added this pass
        for (auto& [key, g] : need) {
            const PrefixSet must = PrefixSet::fromPrefixes(g.must).subtracted(givenUp);
            if (must.isEmpty())
                continue;
            // Inside the shadowing route's prefix, a new route may cover anything except the
            // shadow's own ranges that must not change: ranges of more specific routes keep them.
            const Prefix q = std::get<0>(key.first);
            const PrefixSet keep =
                PrefixSet::fromPrefixes(served[key.first]).subtracted(must).united(givenUp);
            const PrefixSet area = PrefixSet{q}.subtracted(keep);
            std::vector<Prefix> blocks;
            for (const auto& p : area.toPrefixes(family)) {
                if (p.isDefault()) { // never a default route: its two halves, as def1 does
                    blocks.emplace_back(p.address(), 1);
                    blocks.emplace_back(IpAddress::fromU128(family, (familyLast(family) >> 1) + 1),
                                        1);
                } else {
                    blocks.push_back(p);
                }
            }
            for (const auto& p : blocks) {
                if (!must.intersects(p))
                    continue;
                Route r = routeFromHop(p, *g.hop, metric);
                std::optional<Route> conflict;
                if (auto it = byKey.find(Key{r.table, r.destination, r.metric}); it != byKey.end())
                    conflict = it->second;
                const bool isShadow = g.shadow && p == g.shadow->destination;
                if (isShadow && deletable(*g.shadow, ctx)) {
                    // Every range the shadow serves must change: deleting it may be enough;
                    // the next pass sees what is underneath and fills what still differs.
                    const Route old = *g.shadow;
                    if (removed.insert(Key{old.table, old.destination, old.metric}).second) {
                        byKey.erase(Key{old.table, old.destination, old.metric});
                        c.fill.changes.push_back(
                            {ChangeKind::Delete, old, "replaced by what it shadowed"});
                        added = true;
                    }
                    continue;
                }
                const bool beatsShadow =
                    !g.shadow || p.length() > g.shadow->destination.length() ||
                    (g.shadow->table == table::Main && metric < g.shadow->metric);
                if (!beatsShadow && g.shadow && !conflict)
                    conflict = g.shadow; // same prefix, and ours would not win: replace it
                if (conflict) {
                    if (!deletable(*conflict, ctx)) {
                        c.findings.push_back(
                            {findingcode::CannotOverride,
                             Severity::Warning,
                             "the route " + conflict->toString() +
                                 " is neither Splitroute's nor the VPN's, so the plan leaves "
                                 "it; " +
                                 p.toString() + " keeps its next hop",
                             {*conflict},
                             {p},
                             {conflict->toString(), p.toString()}});
                        givenUp.add(p);
                        continue;
                    }
                    if (!removed
                             .insert(Key{conflict->table, conflict->destination, conflict->metric})
                             .second)
                        continue; // already replaced by another group's block
                    byKey.erase(Key{conflict->table, conflict->destination, conflict->metric});
                    c.fill.changes.push_back(
                        {ChangeKind::Delete, *conflict, "replaced by a route " + r.nextHopText()});
                }
                pending.push_back(r);
                byKey.emplace(Key{r.table, r.destination, r.metric}, r);
                c.fill.changes.push_back({ChangeKind::Add, r, ""});
                added = true;
            }
        }
        if (!removed.empty())
            c.table.removeIf([&](const Route& r) {
                return r.family() == family &&
                       removed.count(Key{r.table, r.destination, r.metric}) > 0;
            });
        for (auto& r : pending)
            c.table.add(std::move(r));
        if (!added)
            return;
    }
    c.failed = true;
}
TunnelContext planTunnelContext(const RouteTable& current, const RouteTable* predicted,
                                const RouteTable& base, const PlanParameters& params) {
    TunnelContext ctx = detectTunnel(base, params.tunnelDevice);
    if (!params.tunnelGateway4.isNull())
        ctx.tunnelGateway4 = params.tunnelGateway4;
    if (!params.tunnelGateway6.isNull())
        ctx.tunnelGateway6 = params.tunnelGateway6;
    if (predicted) { // the physical side may only be visible in the current table
        const TunnelContext cur = detectTunnel(current, ctx.tunnelDevice.str());
        if (!ctx.physicalDefault4)
            ctx.physicalDefault4 = cur.physicalDefault4;
        if (!ctx.physicalDefault6)
            ctx.physicalDefault6 = cur.physicalDefault6;
    }
    if (params.physicalRoute4)
        ctx.physicalDefault4 = params.physicalRoute4;
    if (params.physicalRoute6)
        ctx.physicalDefault6 = params.physicalRoute6;
    return ctx;
}

namespace {

void addProfileProtections(const VpnProfile& profile, std::vector<ProtectedItem>& prot) {
    for (const auto& rem : profile.remotes)
        if (auto a = IpAddress::parse(rem.host))
            prot.push_back({hostPrefix(*a), "the VPN server"});
    for (const auto& d : profile.dhcpOptions)
        if (d.type == "DNS" || d.type == "DNS6")
            if (auto a = IpAddress::parse(d.value))
                prot.push_back({hostPrefix(*a), "a VPN DNS server"});
    if (profile.ifconfig && profile.ifconfig->local.isV4()) {
        const auto& ifc = *profile.ifconfig;
        if (profile.topology == Topology::Subnet || profile.deviceType == DeviceType::Tap) {
            if (auto len = Prefix::maskLength(ifc.remoteOrNetmask.toString()))
                prot.push_back({Prefix(ifc.local, *len), "the tunnel's own subnet"});
        } else if (!ifc.remoteOrNetmask.isNull()) {
            prot.push_back({hostPrefix(ifc.remoteOrNetmask), "the tunnel's peer address"});
        }
    }
    if (profile.ifconfig6)
        prot.push_back({Prefix(profile.ifconfig6->local, profile.ifconfig6->prefixLength),
                        "the tunnel's own subnet"});
}

} // namespace

std::vector<ProtectedItem> protectedRanges(const RouteTable& base, const TunnelContext& ctx,
                                           const PlanParameters& params,
                                           const VpnProfile* profile) {
    std::vector<ProtectedItem> prot;
    for (const auto& r : base.routes()) {
        if (r.table == table::Local || r.type != RouteType::Unicast)
            continue;
        if (ctx.isTunnelRoute(r) && r.gateway.isNull() && !isOverridePrefix(r.destination) &&
            !r.destination.isDefault() && (r.protocol == proto::Kernel || r.scope == scope::Link))
            prot.push_back({r.destination, "the tunnel's own subnet"});
        else if (ctx.hasTunnel() && !ctx.isTunnelRoute(r) && r.destination.isHost() &&
                 !r.gateway.isNull() && r.protocol != proto::Kernel &&
                 r.protocol != proto::Splitroute)
            prot.push_back({r.destination, "the route to the VPN server"});
    }
    for (const auto& a : params.vpnServers)
        prot.push_back({hostPrefix(a), "the VPN server"});
    for (const auto& a : params.vpnDns)
        prot.push_back({hostPrefix(a), "a VPN DNS server"});
    for (const auto& p : params.protectedPrefixes)
        prot.push_back({p, "a protected network"});
    if (profile)
        addProfileProtections(*profile, prot);
    std::sort(prot.begin(), prot.end(), [](const ProtectedItem& a, const ProtectedItem& b) {
        return std::tie(a.prefix, a.why) < std::tie(b.prefix, b.why);
    });
    prot.erase(std::unique(prot.begin(), prot.end(),
                           [](const ProtectedItem& a, const ProtectedItem& b) {
                               return a.prefix == b.prefix;
                           }),
               prot.end());
    return prot;
}

void ClaimMap::uncovered(Family f, u128 lo, u128 hi, std::vector<Prefix>& out) const {
    const auto& m = m_claimed[f == Family::V6 ? 1 : 0];
    auto it = m.upper_bound(lo);
    if (it != m.begin() && std::prev(it)->second >= lo)
        --it;
    u128 cur = lo;
    bool done = false;
    for (; it != m.end() && it->first <= hi && !done; ++it) {
        if (it->first > cur)
            PrefixSet::rangeToPrefixes(f, cur, it->first - 1, out);
        if (it->second >= hi)
            done = true;
        else
            cur = std::max(cur, it->second + 1);
    }
    if (!done)
        PrefixSet::rangeToPrefixes(f, cur, hi, out);
}

void ClaimMap::claim(Family f, u128 lo, u128 hi) {
    auto& m = m_claimed[f == Family::V6 ? 1 : 0];
    auto it = m.upper_bound(lo);
    if (it != m.begin() && std::prev(it)->second >= lo - (lo ? 1 : 0))
        --it;
    while (it != m.end() && it->first <= (hi == ~u128{0} ? hi : hi + 1)) {
        lo = std::min(lo, it->first);
        hi = std::max(hi, it->second);
        it = m.erase(it);
    }
    m.emplace(lo, hi);
}

const PrefixSet& loopbackSet() {
    static const PrefixSet set =
        PrefixSet::fromPrefixes({*Prefix::parse("127.0.0.0/8"), *Prefix::parse("::1/128")});
    return set;
}

namespace {

// The host rule's addresses as host prefixes; an unresolvable host is a finding.
std::vector<Prefix> resolveHostRule(const PolicyRule& rule, const PlanParameters& params,
                                    RangeDecisions& d) {
    std::vector<Prefix> nets;
    ResolvedHost rh{rule.host, {}, {}};
    if (!params.resolver) {
        rh.error = "no resolver available";
    } else if (auto r = params.resolver(rule.host); !r) {
        rh.error = r.error().message;
    } else {
        rh.addresses = *r;
        std::sort(rh.addresses.begin(), rh.addresses.end());
        rh.addresses.erase(std::unique(rh.addresses.begin(), rh.addresses.end()),
                           rh.addresses.end());
        if (rh.addresses.empty())
            rh.error = "no addresses";
    }
    for (const auto& a : rh.addresses)
        nets.push_back(hostPrefix(a));
    if (!rh.error.empty())
        d.findings.push_back({findingcode::HostUnresolved,
                              Severity::Error,
                              "rule '" + rule.displayName() + "': cannot resolve " + rule.host +
                                  " (" + rh.error + "); the rule is left out of the plan",
                              {},
                              {},
                              {rule.displayName(), rule.host, rh.error}});
    d.resolved.push_back(std::move(rh));
    return nets;
}

// A finding for each protected range the rule covers but would move.
void reportProtectedOverlaps(const PolicyRule& rule, const PrefixSet& ruleSet,
                             const RouteTable& base, const TunnelContext& ctx,
                             const std::vector<ProtectedItem>& prot, RangeDecisions& d) {
    if (rule.mode == RuleMode::AsPushed)
        return;
    for (const auto& p : prot) {
        if (!ruleSet.intersects(p.prefix))
            continue;
        const Cls now = classOf(base.lookup(p.prefix.address()).chosen, ctx);
        if ((rule.mode == RuleMode::Tunnel && now == Cls::Tunnel) ||
            (rule.mode == RuleMode::Bypass && now == Cls::Outside))
            continue; // the rule agrees with how the protected range is routed
        d.findings.push_back({findingcode::ProtectedOverlap,
                              Severity::Warning,
                              "rule '" + rule.displayName() + "' (" + ruleModeName(rule.mode) +
                                  " " + rule.target() + ") covers " + p.prefix.toString() + ", " +
                                  p.why +
                                  "; the plan leaves that part as it is so the tunnel "
                                  "keeps working",
                              {},
                              {p.prefix},
                              {rule.displayName(), ruleModeName(rule.mode), rule.target(),
                               p.prefix.toString(), p.why}});
    }
}

} // namespace

RangeDecisions decideRanges(const SplitPolicy& policy, const RouteTable& base,
                            const TunnelContext& ctx, const std::vector<ProtectedItem>& prot,
                            const PrefixSet& protectedSet, const PlanParameters& params) {
    RangeDecisions d;
    ClaimMap claimed;
    const PrefixSet& loopback = loopbackSet();
    for (Family f : {Family::V4, Family::V6}) {
        for (const auto& r : loopback.ranges(f))
            claimed.claim(f, r.first, r.second);
        for (const auto& r : protectedSet.ranges(f))
            claimed.claim(f, r.first, r.second);
    }
    std::vector<Prefix> tunnelList, bypassList, pushedList;
    for (const auto& rule : policy.rules) {
        std::vector<Prefix> nets;
        if (rule.network && rule.network->isDefault()) {
            auto& w = d.wantOverride[rule.network->family() == Family::V6 ? 1 : 0];
            if (!w)
                w = rule.mode == RuleMode::Tunnel   ? true
                    : rule.mode == RuleMode::Bypass ? false
                                                    : ctx.overrides(rule.network->family());
            continue;
        }
        if (rule.network)
            nets.push_back(*rule.network);
        else
            nets = resolveHostRule(rule, params, d);
        const PrefixSet ruleSet = PrefixSet::fromPrefixes(nets);
        reportProtectedOverlaps(rule, ruleSet, base, ctx, prot, d);
        std::vector<Prefix> region;
        for (Family f : {Family::V4, Family::V6})
            for (const auto& r : ruleSet.ranges(f))
                claimed.uncovered(f, r.first, r.second, region);
        if (region.empty() && !ruleSet.isEmpty() &&
            !ruleSet.subtracted(protectedSet).subtracted(loopback).isEmpty())
            d.findings.push_back({findingcode::RuleShadowed,
                                  Severity::Info,
                                  "rule '" + rule.displayName() +
                                      "' has no effect: earlier rules already decide all of " +
                                      rule.target(),
                                  {},
                                  nets,
                                  {rule.displayName(), rule.target()}});
        auto& list = rule.mode == RuleMode::Tunnel   ? tunnelList
                     : rule.mode == RuleMode::Bypass ? bypassList
                                                     : pushedList;
        list.insert(list.end(), region.begin(), region.end());
        for (Family f : {Family::V4, Family::V6})
            for (const auto& r : ruleSet.ranges(f))
                claimed.claim(f, r.first, r.second);
    }
    d.tunnel = PrefixSet::fromPrefixes(tunnelList);
    d.bypass = PrefixSet::fromPrefixes(bypassList);
    d.asPushed = PrefixSet::fromPrefixes(pushedList);
    return d;
}

RouteTable outsideTable(const RouteTable& base, const RouteTable& current,
                        const RouteTable* predicted, const TunnelContext& ctx) {
    RouteTable outside = base;
    outside.removeIf([&](const Route& r) { return ctx.isTunnelRoute(r); });
    if (predicted) // routes of the pre-VPN table missing from the prediction (rare)
        for (const auto& r : current.routes())
            if (!ctx.isTunnelRoute(r) && outside.indexOf(r, false) < 0 && r.destination.isDefault())
                outside.add(r);
    return outside;
}

FamilyTargets familyTargets(Family f, const RouteTable& base, const RouteTable& outside,
                            const RouteTable& wantedTable, const RangeDecisions& decisions,
                            const PrefixSet& protectedSet, const TunnelContext& ctx,
                            const Route& tunnelHop) {
    FamilyTargets out;
    const std::optional<Route>& phys = ctx.physicalDefault(f);
    const PrefixSet protectedOnly = protectedSet.subtracted(loopbackSet());
    const auto tags = tagSegments(f, {{Tag::Loopback, &loopbackSet()},
                                      {Tag::Protected, &protectedOnly},
                                      {Tag::Tunnel, &decisions.tunnel},
                                      {Tag::Bypass, &decisions.bypass},
                                      {Tag::AsPushed, &decisions.asPushed}});
    const auto segBase = effectiveSegments(base, f);
    const auto segOut = effectiveSegments(outside, f);
    const auto segWanted = effectiveSegments(wantedTable, f);
    std::vector<TargetSeg>& targets = out.targets;
    bool missingPhys = false, missingTunnel = false;
    forEachCut(
        [&](u128 lo, u128 hi, const auto& idx) {
            const Tag tag = tags[idx[0]].tag;
            const Route* rb = segBase[idx[1]].route;
            const Route* ro = segOut[idx[2]].route;
            const Route* rw = segWanted[idx[3]].route;
            TargetSeg t{lo, hi, Cls::None, nullptr};
            switch (tag) {
            case Tag::Loopback:
                t.cls = classOf(rb, ctx);
                t.hop = nullptr; // whatever the table does: never a route for these
                break;
            case Tag::Protected:
            case Tag::AsPushed:
                t.cls = classOf(rb, ctx);
                t.hop = rb;
                break;
            case Tag::Unclaimed:
                t.cls = classOf(rw, ctx);
                t.hop = rw;
                break;
            case Tag::Tunnel:
                t.cls = Cls::Tunnel;
                t.hop = ctx.hasTunnel() ? &tunnelHop : nullptr;
                missingTunnel = missingTunnel || !ctx.hasTunnel();
                break;
            case Tag::Bypass:
                t.cls = Cls::Outside;
                if (ro && classOf(ro, ctx) == Cls::Outside && ro->type == RouteType::Unicast)
                    t.hop = ro;
                else if (phys)
                    t.hop = &*phys;
                else
                    missingPhys = true;
                break;
            }
            if (t.hop && t.hop->type != RouteType::Unicast)
                t.hop = nullptr; // local/broadcast ranges: nothing a route could add
            if (!targets.empty() && targets.back().cls == t.cls && targets.back().hop == t.hop)
                targets.back().last = hi;
            else
                targets.push_back(t);
        },
        tags, segBase, segOut, segWanted);
    const char* fam = f == Family::V4 ? "IPv4" : "IPv6";
    if (missingPhys)
        out.findings.push_back({findingcode::NoPhysicalRoute,
                                Severity::Error,
                                std::string("no ") + fam +
                                    " route outside the tunnel to send bypassed traffic to; "
                                    "those bypass rules are left out",
                                {},
                                {},
                                {fam}});
    if (missingTunnel)
        out.findings.push_back({findingcode::NoTunnel,
                                Severity::Error,
                                std::string("no tunnel device found for ") + fam +
                                    " tunnel rules; give one with the tunnel device parameter",
                                {},
                                {},
                                {fam}});
    return out;
}

RouteTable withOverride(RouteTable t, Family f, bool on, const TunnelContext& ctx,
                        const Route& tunnelHop, std::uint32_t metric, ChangeSet& structural) {
    const bool has = ctx.overrides(f);
    if (on && !has) {
        const std::vector<Prefix> halves =
            f == Family::V4
                ? std::vector<Prefix>{*Prefix::parse("0.0.0.0/1"), *Prefix::parse("128.0.0.0/1")}
                : std::vector<Prefix>{*Prefix::parse("::/1"), *Prefix::parse("8000::/1")};
        for (const auto& h : halves) {
            Route r = routeFromHop(h, tunnelHop, metric);
            r.scope = scope::Universe;
            t.add(r);
            structural.changes.push_back({ChangeKind::Add, r, "all other traffic: tunnel"});
        }
    } else if (!on && has) {
        for (const auto& r : ctx.overrideRoutes)
            if (r.family() == f) {
                t.remove(r, true);
                structural.changes.push_back({ChangeKind::Delete, r, "all other traffic: local"});
            }
    }
    return t;
}

namespace {

// Whether the tunnel carries any traffic of family `f` in `base`. Link-local and multicast
// routes exist on every link; they say nothing about it.
bool tunnelCarries(const RouteTable& base, Family f, const TunnelContext& ctx) {
    const Prefix linkLocal = *Prefix::parse("fe80::/10"), multicast = *Prefix::parse("ff00::/8");
    for (const auto& r : base.routes())
        if (r.family() == f && ctx.isTunnelRoute(r) && r.table != table::Local &&
            !linkLocal.contains(r.destination) && !multicast.contains(r.destination))
            return true;
    return false;
}

Finding complementFinding(const char* fam, bool on, std::size_t n, std::size_t other) {
    return {
        findingcode::ComplementUsed,
        Severity::Info,
        std::string("for ") + fam + ", " +
            (on ? "keeping the default override and bypassing"
                : "removing the default override and tunnelling") +
            " takes " + std::to_string(n) + " changes instead of " + std::to_string(other),
        {},
        {},
        {fam, on ? "keep-override" : "remove-override", std::to_string(n), std::to_string(other)}};
}

} // namespace

Result<Candidate> planFamily(Family f, const RouteTable& start, const RouteTable& base,
                             const RouteTable& outside, const RangeDecisions& decisions,
                             const PrefixSet& protectedSet, const TunnelContext& ctx,
                             const SplitPolicy& policy, const PlanParameters& params,
                             std::vector<Finding>& familyFindings) {
    const int fi = f == Family::V6 ? 1 : 0;
    const bool has = ctx.overrides(f);
    const bool carries = tunnelCarries(base, f, ctx);
    bool want = decisions.wantOverride[fi] ? *decisions.wantOverride[fi]
                                           : policy.other == OtherTraffic::Tunnel;
    if (want && !has && !carries)
        want = false; // the tunnel carries no traffic of this family; nothing to route into it
    const std::uint32_t metric = f == Family::V6 ? params.metric6 : params.metric4;

    Route tunnelHop;
    tunnelHop.interface = ctx.tunnelDevice;
    tunnelHop.gateway = ctx.tunnelGateway(f);

    ChangeSet wantedStructural;
    const RouteTable wantedTable =
        withOverride(base, f, want, ctx, tunnelHop, metric, wantedStructural);
    FamilyTargets targets =
        familyTargets(f, base, outside, wantedTable, decisions, protectedSet, ctx, tunnelHop);
    familyFindings.insert(familyFindings.end(), targets.findings.begin(), targets.findings.end());

    // Two starts: override as wanted, and the opposite (the complement strategy).
    std::optional<Candidate> best;
    for (bool on : {want, !want}) {
        if (on && !has && !carries)
            continue;
        Candidate c;
        c.table = withOverride(start, f, on, ctx, tunnelHop, metric, c.structural);
        fill(c, f, targets.targets, ctx, metric);
        if (c.failed)
            continue;
        const std::size_t n = c.fill.size() + c.structural.size();
        const std::size_t bestN = best ? best->fill.size() + best->structural.size() : 0;
        if (!best || n < bestN) {
            if (best && on != want)
                c.findings.push_back(
                    complementFinding(f == Family::V4 ? "IPv4" : "IPv6", on, n, bestN));
            best = std::move(c);
        }
    }
    if (!best)
        return makeError(ErrorCode::Internal, std::string("the planner did not converge for ") +
                                                  (f == Family::V4 ? "IPv4" : "IPv6"));
    return std::move(*best);
}

void attachReasons(ChangeSet& changes, const SplitPolicy& policy,
                   const std::vector<ResolvedHost>& resolved, const TunnelContext& ctx) {
    // Rules are found through their prefixes: ancestors of the route by exact lookup per
    // length, rules inside it by a sorted scan (bounded: reasons are for people).
    std::map<Prefix, std::size_t> ruleAt; // first rule per prefix
    std::vector<std::pair<Prefix, std::size_t>> ruleList;
    for (std::size_t i = 0; i < policy.rules.size(); ++i) {
        const auto& rule = policy.rules[i];
        std::vector<Prefix> ps;
        if (rule.network && !rule.network->isDefault())
            ps.push_back(*rule.network);
        for (const auto& rh : resolved)
            if (!rule.network && rh.host == rule.host)
                for (const auto& a : rh.addresses)
                    ps.push_back(hostPrefix(a));
        for (const auto& p : ps) {
            ruleAt.emplace(p, i);
            ruleList.emplace_back(p, i);
        }
    }
    std::sort(ruleList.begin(), ruleList.end());
    for (auto& ch : changes.changes) {
        if (ch.kind != ChangeKind::Add || !ch.reason.empty())
            continue;
        const RuleMode want = ctx.isTunnelRoute(ch.route) ? RuleMode::Tunnel : RuleMode::Bypass;
        std::size_t best = policy.rules.size(), bestAny = policy.rules.size();
        auto consider = [&](std::size_t i) {
            bestAny = std::min(bestAny, i);
            if (policy.rules[i].mode == want)
                best = std::min(best, i);
        };
        const Prefix& d = ch.route.destination;
        for (int len = 0; len <= d.length(); ++len)
            if (auto it = ruleAt.find(Prefix(d.address(), len)); it != ruleAt.end())
                consider(it->second);
        auto it = std::lower_bound(ruleList.begin(), ruleList.end(),
                                   std::pair<Prefix, std::size_t>{d, 0});
        for (int n = 0; it != ruleList.end() && n < 64 && d.contains(it->first); ++it, ++n)
            consider(it->second);
        const std::size_t pick = best < policy.rules.size() ? best : bestAny;
        if (pick < policy.rules.size())
            ch.reason = std::string(ruleModeName(policy.rules[pick].mode)) + ": " +
                        policy.rules[pick].displayName();
        else
            ch.reason = ctx.isTunnelRoute(ch.route) ? "keep in tunnel" : "keep outside tunnel";
    }
}

} // namespace splitroute::core::planner
