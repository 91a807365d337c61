// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Route.h"

#include <map>
#include <tuple>

namespace splitroute::platform {

/// The kernel's identity of a route (table, destination, metric), ordered so it can key a
/// std::map. core::RouteTable searches linearly; the helper and the simulation need
/// logarithmic lookups on tables of a million routes.
struct RouteKey {
    std::uint32_t table = 0;
    core::Prefix destination;
    std::uint32_t metric = 0;

    static RouteKey of(const core::Route& r) { return {r.table, r.destination, r.metric}; }
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
    friend auto operator<=>(const RouteKey&, const RouteKey&) = default;
    friend bool operator==(const RouteKey&, const RouteKey&) = default;
};

/// Same key and the same next hop(s): gateway and interface, or the multipath set.
/// ifindex is compared only when both sides know it.
[[nodiscard]] inline bool sameRoute(const core::Route& a, const core::Route& b) {
    if (!a.sameKey(b) || a.gateway != b.gateway || a.interface != b.interface)
        return false;
    if (a.ifindex != 0 && b.ifindex != 0 && a.ifindex != b.ifindex)
        return false;
    if (a.nexthops.size() != b.nexthops.size())
        return false;
    for (std::size_t i = 0; i < a.nexthops.size(); ++i)
        if (a.nexthops[i].gateway != b.nexthops[i].gateway ||
            a.nexthops[i].interface != b.nexthops[i].interface)
            return false;
    return true;
}

/// Routes indexed by key (several routes may share one: IPv6 routes on different devices).
using RouteIndex = std::multimap<RouteKey, core::Route>;

[[nodiscard]] inline RouteIndex indexRoutes(const core::RouteTable& table) {
    RouteIndex index;
    for (const auto& r : table.routes())
        index.emplace(RouteKey::of(r), r);
    return index;
}

} // namespace splitroute::platform
