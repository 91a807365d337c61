// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ChangeSet.h"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>
#include <vector>

namespace splitroute::core {

const char* changeKindName(ChangeKind k) {
    return k == ChangeKind::Add ? "add" : "delete";
}

ChangeSet ChangeSet::inverse() const {
    ChangeSet inv;
    inv.changes.reserve(changes.size());
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        RouteChange c = *it;
        c.kind = c.kind == ChangeKind::Add ? ChangeKind::Delete : ChangeKind::Add;
        inv.changes.push_back(std::move(c));
    }
    return inv;
}

Result<RouteTable> ChangeSet::applyTo(const RouteTable& before) const {
    // Same semantics as RouteTable::indexOf/add/remove(route, false) one change at a time (an
    // add fails when a route with the key exists, a delete removes the first route with the key,
    // order is kept), but with an index on the key instead of a linear search per change.
    using Key = std::tuple<decltype(Route::table), Prefix, decltype(Route::metric)>;
    auto keyOf = [](const Route& r) {
        return Key{r.table, r.destination, r.metric};
    };
    std::vector<Route> slots = before.routes();
    slots.reserve(slots.size() + changes.size());
    std::vector<bool> alive(slots.size(), true);
    std::map<Key, std::deque<std::size_t>> index; // alive slots per key, in table order
    for (std::size_t i = 0; i < slots.size(); ++i)
        index[keyOf(slots[i])].push_back(i);
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const RouteChange& c = changes[i];
        auto it = index.find(keyOf(c.route));
        const bool exists = it != index.end() && !it->second.empty();
        if (c.kind == ChangeKind::Add) {
            if (exists)
                return makeError(ErrorCode::Exists, "change " + std::to_string(i + 1) + " (add " +
                                                        c.route.toString() +
                                                        "): a route with that key exists");
            index[keyOf(c.route)].push_back(slots.size());
            slots.push_back(c.route);
            alive.push_back(true);
        } else {
            if (!exists)
                return makeError(ErrorCode::NotFound, "change " + std::to_string(i + 1) +
                                                          " (delete " + c.route.toString() +
                                                          "): no such route");
            alive[it->second.front()] = false;
            it->second.pop_front();
        }
    }
    std::vector<Route> out;
    out.reserve(slots.size());
    for (std::size_t i = 0; i < slots.size(); ++i)
        if (alive[i])
            out.push_back(std::move(slots[i]));
    return RouteTable(std::move(out));
}

} // namespace splitroute::core
