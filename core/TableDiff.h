// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"

#include <string>
#include <vector>

namespace splitroute::core {

/// Row diff of two routing tables: which routes appeared, disappeared or changed.
///
/// Key: routes are matched on (table, destination) — the destination carries the family.
/// Within one key, identical routes pair up first and are unchanged; of the rest, a route
/// pairs with one that has the same next hop (type, gateway, interface, next hops), then one
/// with the same metric, then in canonical order; such a pair is "changed" and lists the
/// fields that differ. What is left over is added or removed. So a default route whose metric
/// went from 35 to 291 is one change, while a second default route is an addition.
/// Compared fields: type, gateway, interface, ifindex (when both sides know it), metric,
/// protocol, scope, prefsrc, flags, nexthops.
/// Order: every list is sorted by (family, table, destination, metric, gateway, interface).
struct TableDiff {
    struct Change {
        Route before;
        Route after;
        std::vector<std::string> fields; ///< names as in the JSON route form: "metric", ...
    };
    std::vector<Route> added;
    std::vector<Route> removed;
    std::vector<Change> changed;
    std::size_t unchanged = 0;

    [[nodiscard]] bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

[[nodiscard]] TableDiff diffTables(const RouteTable& before, const RouteTable& after);

/// Field names (see TableDiff) in which two routes differ; empty when they are the same.
[[nodiscard]] std::vector<std::string> routeDifferences(const Route& a, const Route& b);

} // namespace splitroute::core
