// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Route.h"

#include <functional>
#include <vector>

namespace splitroute::core {

/// A routing table (all kernel tables of one machine, or one imported dump) with a
/// longest-prefix-match index built on first lookup.
///
/// Lookup follows Linux's default policy rules: table local, then main, then default;
/// within a table the longest matching prefix wins, then the lowest metric. Windows and
/// BSD dumps put everything in main, which gives their rule (longest prefix, then metric).
/// Not thread-safe for a first lookup racing another; copy freely.
class RouteTable {
public:
    RouteTable() = default;
    explicit RouteTable(std::vector<Route> routes) : m_routes(std::move(routes)) {}

    [[nodiscard]] const std::vector<Route>& routes() const { return m_routes; }
    [[nodiscard]] std::size_t size() const { return m_routes.size(); }
    [[nodiscard]] bool empty() const { return m_routes.empty(); }
    [[nodiscard]] const Route& operator[](std::size_t i) const { return m_routes[i]; }

    void reserve(std::size_t n) { m_routes.reserve(n); }
    void add(Route r);
    /// Removes the first route with the same key (table, destination, metric) and, when
    /// given, the same next hop. Returns whether one was removed.
    bool remove(const Route& r, bool matchNextHop = true);
    std::size_t removeIf(const std::function<bool(const Route&)>& pred);
    void clear();

    /// Routes with exactly this destination (any table, metric).
    [[nodiscard]] std::vector<const Route*> find(const Prefix& destination) const;
    /// Index of the first route equal to r by key and next hop, or -1.
    [[nodiscard]] long indexOf(const Route& r, bool matchNextHop = true) const;

    struct Lookup {
        const Route* chosen = nullptr;    ///< what the OS would use, or null: no route
        std::vector<const Route*> beaten; ///< other matching routes, best first
    };
    [[nodiscard]] Lookup lookup(const IpAddress& address) const;

    /// Sorted, distinct interface names used by the routes (and their next hops).
    [[nodiscard]] std::vector<std::string> interfaces() const;

    /// Sorts routes by (family, table, destination, metric) — a stable canonical order.
    void sortCanonical();

private:
    struct Group {
        std::uint32_t table;
        Family family;
        int length;
        std::size_t begin, end; // range in m_index
    };
    void buildIndex() const;

    std::vector<Route> m_routes;
    mutable std::vector<std::uint32_t> m_index; // route indices sorted for binary search
    mutable std::vector<Group> m_groups;
    mutable bool m_indexValid = false;
};

} // namespace splitroute::core
