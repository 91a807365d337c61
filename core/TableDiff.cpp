// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TableDiff.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace splitroute::core {

namespace {

auto orderKey(const Route& r) {
    return std::make_tuple(static_cast<int>(r.family()), r.table, r.destination, r.metric,
                           r.gateway, r.interface.str(), static_cast<int>(r.type));
}

bool routeLess(const Route* a, const Route* b) {
    return orderKey(*a) < orderKey(*b);
}

bool sameNextHop(const Route& a, const Route& b) {
    return a.type == b.type && a.gateway == b.gateway && a.interface == b.interface &&
           a.nexthops == b.nexthops;
}

// Pairs up elements of a and b for which match() holds, removing them from both lists.
template <typename F, typename G>
void pairOff(std::vector<const Route*>& a, std::vector<const Route*>& b, F match, G onPair) {
    for (auto ia = a.begin(); ia != a.end();) {
        auto ib = std::find_if(b.begin(), b.end(), [&](const Route* r) { return match(**ia, *r); });
        if (ib == b.end()) {
            ++ia;
            continue;
        }
        onPair(**ia, **ib);
        b.erase(ib);
        ia = a.erase(ia);
    }
}

} // namespace

std::vector<std::string> routeDifferences(const Route& a, const Route& b) {
    std::vector<std::string> f;
    if (a.type != b.type)
        f.emplace_back("type");
    if (a.gateway != b.gateway)
        f.emplace_back("gateway");
    if (a.interface != b.interface)
        f.emplace_back("interface");
    if (a.ifindex != 0 && b.ifindex != 0 && a.ifindex != b.ifindex)
        f.emplace_back("ifindex");
    if (a.metric != b.metric)
        f.emplace_back("metric");
    if (a.protocol != b.protocol)
        f.emplace_back("protocol");
    if (a.scope != b.scope)
        f.emplace_back("scope");
    if (a.preferredSource != b.preferredSource)
        f.emplace_back("prefsrc");
    if (a.flags != b.flags)
        f.emplace_back("flags");
    if (a.nexthops != b.nexthops)
        f.emplace_back("nexthops");
    return f;
}

TableDiff diffTables(const RouteTable& before, const RouteTable& after) {
    using Key = std::pair<std::uint32_t, Prefix>;
    std::map<Key, std::pair<std::vector<const Route*>, std::vector<const Route*>>> groups;
    for (const auto& r : before.routes())
        groups[{r.table, r.destination}].first.push_back(&r);
    for (const auto& r : after.routes())
        groups[{r.table, r.destination}].second.push_back(&r);

    TableDiff d;
    for (auto& [key, sides] : groups) {
        auto& [b, a] = sides;
        std::sort(b.begin(), b.end(), routeLess);
        std::sort(a.begin(), a.end(), routeLess);
        pairOff(
            b, a, [](const Route& x, const Route& y) { return routeDifferences(x, y).empty(); },
            [&](const Route&, const Route&) { ++d.unchanged; });
        auto changed = [&](const Route& x, const Route& y) {
            d.changed.push_back({x, y, routeDifferences(x, y)});
        };
        pairOff(b, a, sameNextHop, changed);
        pairOff(
            b, a, [](const Route& x, const Route& y) { return x.metric == y.metric; }, changed);
        pairOff(
            b, a, [](const Route&, const Route&) { return true; }, changed);
        for (const Route* r : b)
            d.removed.push_back(*r);
        for (const Route* r : a)
            d.added.push_back(*r);
    }
    auto byRoute = [](const Route& x, const Route& y) {
        return orderKey(x) < orderKey(y);
    };
    std::stable_sort(d.added.begin(), d.added.end(), byRoute);
    std::stable_sort(d.removed.begin(), d.removed.end(), byRoute);
    std::stable_sort(d.changed.begin(), d.changed.end(),
                     [](const TableDiff::Change& x, const TableDiff::Change& y) {
                         return orderKey(x.before) < orderKey(y.before);
                     });
    return d;
}

} // namespace splitroute::core
