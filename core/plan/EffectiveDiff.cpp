// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/EffectiveDiff.h"

#include "core/RouteJson.h"
#include "core/plan/Segments.h"

#include <algorithm>
#include <map>

namespace splitroute::core {

HopKey hopKeyOf(const Route* r) {
    HopKey k;
    if (!r) {
        k.text = "no route";
        return k;
    }
    k.hasRoute = true;
    k.text = r->nextHopText();
    if (r->type != RouteType::Unicast && k.text != routeTypeName(r->type))
        k.text = std::string(routeTypeName(r->type)) + (k.text.empty() ? "" : " " + k.text);
    if (r->isMultipath())
        k.device = r->nexthops.front().interface.str();
    else
        k.device = r->interface.str();
    return k;
}

namespace {
std::string listPrefixes(const std::vector<Prefix>& ps, std::size_t max = 4) {
    std::string s;
    for (std::size_t i = 0; i < ps.size() && i < max; ++i) {
        if (i)
            s += ", ";
        s += ps[i].toString();
    }
    if (ps.size() > max)
        s += " and " + std::to_string(ps.size() - max) + " more";
    return s;
}

std::string whereTo(const HopKey& k) {
    if (!k.hasRoute)
        return "has no route";
    if (k.text.rfind("blackhole", 0) == 0 || k.text.rfind("unreachable", 0) == 0 ||
        k.text.rfind("prohibit", 0) == 0)
        return "is dropped (" + k.text + ")";
    if (!k.device.empty())
        return "leaves through " + k.device;
    return "goes " + k.text;
}

// Fills mostOfFamily and except: "except" names what does not leave the new way afterwards,
// not what merely kept it. `byDevice`: the after-table's ranges per device.
void fillExcept(HopChange& c, std::map<std::string, std::vector<Prefix>>& byDevice) {
    const long double half =
        c.family == Family::V4 ? 2147483648.0L : 170141183460469231731687303715884105728.0L;
    c.mostOfFamily = c.addresses >= half;
    if (!c.mostOfFamily)
        return;
    const PrefixSet sameDevice =
        c.to.hasRoute ? PrefixSet::fromPrefixes(byDevice[c.to.device]) : PrefixSet{};
    c.except = PrefixSet::fromPrefixes(c.prefixes)
                   .united(sameDevice)
                   .complement(c.family)
                   .toPrefixes(c.family);
}

std::string sentence(const HopChange& c) {
    const char* fam = c.family == Family::V4 ? "IPv4" : "IPv6";
    std::string s;
    const bool plural = c.prefixes.size() > 1;
    if (c.mostOfFamily) {
        s = c.except.empty()
                ? std::string("all ") + fam + " traffic"
                : std::string("all ") + fam + " traffic except " + listPrefixes(c.except);
        s += " now " + whereTo(c.to);
    } else {
        s = listPrefixes(c.prefixes) + " now " + whereTo(c.to);
        if (plural && s.find(" now leaves") != std::string::npos)
            s.replace(s.find(" now leaves"), 11, " now leave");
    }
    std::string was = whereTo(c.from);
    if (was.rfind("leaves through ", 0) == 0)
        was = "through " + was.substr(15);
    s += " (was: " + was + ")";
    return s;
}
} // namespace

EffectiveDiff effectiveDiff(const RouteTable& before, const RouteTable& after) {
    EffectiveDiff d;
    for (Family f : {Family::V4, Family::V6}) {
        const auto a = effectiveSegments(before, f);
        const auto b = effectiveSegments(after, f);
        std::map<std::pair<HopKey, HopKey>, std::pair<std::vector<Prefix>, long double>> groups;
        std::size_t i = 0, j = 0;
        u128 cur = 0;
        while (i < a.size() && j < b.size()) {
            const u128 end = std::min(a[i].last, b[j].last);
            if (a[i].route != b[j].route) {
                HopKey from = hopKeyOf(a[i].route), to = hopKeyOf(b[j].route);
                if (from != to) {
                    auto& g = groups[{from, to}];
                    PrefixSet::rangeToPrefixes(f, cur, end, g.first);
                    g.second += rangeSize(cur, end);
                }
            }
            if (a[i].last == end)
                ++i;
            if (b[j].last == end)
                ++j;
            cur = end + 1;
        }
        std::map<std::string, std::vector<Prefix>> byDevice; // after-table, for the summary
        for (const auto& seg : b)
            PrefixSet::rangeToPrefixes(f, seg.first, seg.last,
                                       byDevice[hopKeyOf(seg.route).device]);
        std::vector<HopChange> fam;
        fam.reserve(groups.size());
        for (auto& [key, g] : groups)
            fam.push_back({f,
                           key.first,
                           key.second,
                           PrefixSet::fromPrefixes(g.first).toPrefixes(f),
                           g.second,
                           false,
                           {}});
        std::stable_sort(fam.begin(), fam.end(), [](const HopChange& x, const HopChange& y) {
            return x.addresses > y.addresses;
        });
        for (auto& c : fam) {
            fillExcept(c, byDevice);
            if (!d.summary.empty())
                d.summary += "; ";
            d.summary += sentence(c);
        }
        d.changes.insert(d.changes.end(), fam.begin(), fam.end());
    }
    if (d.changes.empty())
        d.summary = "no address changes its next hop";
    return d;
}

Result<std::vector<LookupComparison>> lookupBeforeAfter(const RouteTable& before,
                                                        const RouteTable& after,
                                                        const std::string& query,
                                                        const Resolver& resolve) {
    std::vector<IpAddress> addresses;
    if (auto a = IpAddress::parse(query)) {
        addresses.push_back(*a);
    } else {
        if (!resolve)
            return makeError(ErrorCode::InvalidArgument,
                             "'" + query + "' is not an address and no resolver is available");
        auto r = resolve(query);
        if (!r)
            return r.error();
        addresses = *r;
        std::sort(addresses.begin(), addresses.end());
        addresses.erase(std::unique(addresses.begin(), addresses.end()), addresses.end());
        if (addresses.empty())
            return makeError(ErrorCode::NotFound, "'" + query + "' has no addresses");
    }
    std::vector<LookupComparison> out;
    for (const auto& a : addresses) {
        LookupComparison c;
        c.query = query;
        c.address = a;
        if (auto l = before.lookup(a); l.chosen)
            c.before = *l.chosen;
        if (auto l = after.lookup(a); l.chosen)
            c.after = *l.chosen;
        out.push_back(std::move(c));
    }
    return out;
}

nlohmann::json toJson(const EffectiveDiff& d) {
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& c : d.changes) {
        nlohmann::json ps = nlohmann::json::array();
        for (const auto& p : c.prefixes)
            ps.push_back(p.toString());
        changes.push_back({{"family", familyName(c.family)},
                           {"from", c.from.text},
                           {"fromDevice", c.from.device},
                           {"to", c.to.text},
                           {"toDevice", c.to.device},
                           {"prefixes", ps}});
    }
    return {{"changes", changes}, {"summary", d.summary}};
}

} // namespace splitroute::core
