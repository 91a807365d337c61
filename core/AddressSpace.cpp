// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AddressSpace.h"

#include <algorithm>
#include <tuple>

namespace splitroute::core {

namespace {

void append(std::vector<AddressRange>& out, u128 first, u128 last, long route) {
    if (!out.empty() && out.back().route == route && out.back().last + 1 == first) {
        out.back().last = last;
        return;
    }
    out.push_back({first, last, route});
}

struct Entry {
    u128 first;
    u128 last;
    long route;
};

// Partition of one table: entries sorted by (first asc, length asc), one per distinct prefix
// with its best route. A stack of open prefixes gives, at each point, the most specific one.
std::vector<AddressRange> partitionOne(const std::vector<Entry>& entries, u128 max) {
    std::vector<AddressRange> out;
    std::vector<Entry> stack;
    u128 cursor = 0;
    bool done = false;              // cursor wrapped past max
    auto emitUpTo = [&](u128 end) { // emit [cursor, end] (inclusive) following the stack
        while (!done && cursor <= end) {
            while (!stack.empty() && stack.back().last < cursor)
                stack.pop_back();
            const long route = stack.empty() ? -1 : stack.back().route;
            const u128 stop = stack.empty() ? end : std::min(end, stack.back().last);
            append(out, cursor, stop, route);
            if (stop == max) {
                done = true;
                break;
            }
            cursor = stop + 1;
        }
    };
    for (const Entry& e : entries) {
        if (e.first > 0 && !done)
            emitUpTo(e.first - 1);
        while (!stack.empty() && stack.back().last < e.first)
            stack.pop_back();
        stack.push_back(e);
    }
    emitUpTo(max);
    return out;
}

// Fills the holes (route -1) of `base` from `next`; both cover [0, max].
std::vector<AddressRange> overlay(const std::vector<AddressRange>& base,
                                  const std::vector<AddressRange>& next) {
    std::vector<AddressRange> out;
    std::size_t j = 0;
    for (const AddressRange& b : base) {
        if (b.route >= 0) {
            append(out, b.first, b.last, b.route);
            continue;
        }
        while (j < next.size() && next[j].last < b.first)
            ++j;
        for (std::size_t k = j; k < next.size() && next[k].first <= b.last; ++k) {
            const u128 first = std::max(b.first, next[k].first);
            const u128 last = std::min(b.last, next[k].last);
            append(out, first, last, next[k].route);
        }
    }
    return out;
}

} // namespace

u128 familyLast(Family family) {
    return family == Family::V4 ? u128{0xFFFFFFFFu} : ~u128{0};
}

std::vector<AddressRange> effectivePartition(const RouteTable& table, Family family) {
    const u128 max = familyLast(family);
    const auto& routes = table.routes();

    // One flat vector sorted by (table rank, table id, first, length, metric, index) instead of
    // a map of maps: a million routes make a million tree nodes otherwise. Tables are often
    // already in this order (kernel dumps, sortCanonical), so check before sorting.
    struct Item {
        std::uint64_t tableKey; // rank << 32 | table id
        u128 first;
        u128 last;
        std::uint32_t metric;
        std::uint32_t index;
        std::uint8_t length;
    };
    auto less = [](const Item& a, const Item& b) {
        return std::tie(a.tableKey, a.first, a.length, a.metric, a.index) <
               std::tie(b.tableKey, b.first, b.length, b.metric, b.index);
    };
    std::vector<Item> items;
    items.reserve(routes.size());
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const Route& r = routes[i];
        if (r.family() != family || r.type == RouteType::Throw)
            continue;
        items.push_back({(static_cast<std::uint64_t>(tableRank(r.table)) << 32) | r.table,
                         r.destination.address().toU128(), r.destination.last().toU128(), r.metric,
                         static_cast<std::uint32_t>(i),
                         static_cast<std::uint8_t>(r.destination.length())});
    }
    if (!std::is_sorted(items.begin(), items.end(), less))
        std::sort(items.begin(), items.end(), less);

    std::vector<AddressRange> result{{0, max, -1}};
    std::vector<Entry> entries;
    for (std::size_t begin = 0; begin < items.size();) {
        std::size_t end = begin;
        entries.clear();
        // Per table: one entry per distinct prefix, its best route (lowest metric, then the
        // first in the table) sorted first.
        for (; end < items.size() && items[end].tableKey == items[begin].tableKey; ++end) {
            const Item& it = items[end];
            if (end > begin && items[end - 1].first == it.first &&
                items[end - 1].length == it.length)
                continue;
            entries.push_back({it.first, it.last, static_cast<long>(it.index)});
        }
        result = overlay(result, partitionOne(entries, max));
        begin = end;
    }
    return result;
}

std::vector<AddressRange> clipPartition(const std::vector<AddressRange>& partition, u128 first,
                                        u128 last) {
    std::vector<AddressRange> out;
    long i = findRange(partition, first);
    if (i < 0)
        return out;
    for (auto k = static_cast<std::size_t>(i); k < partition.size() && partition[k].first <= last;
         ++k)
        out.push_back({std::max(first, partition[k].first), std::min(last, partition[k].last),
                       partition[k].route});
    return out;
}

long findRange(const std::vector<AddressRange>& partition, u128 address) {
    auto it = std::upper_bound(partition.begin(), partition.end(), address,
                               [](u128 a, const AddressRange& r) { return a < r.first; });
    if (it == partition.begin())
        return -1;
    --it;
    if (address > it->last)
        return -1;
    return static_cast<long>(it - partition.begin());
}

} // namespace splitroute::core
