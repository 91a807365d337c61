#include "core/AddressSpace.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace splitroute::core {

namespace {

// Same consultation order as RouteTable::lookup: local, main, default, then other ids.
int tableRank(std::uint32_t t) {
    switch (t) {
    case table::Local:
        return 0;
    case table::Main:
        return 1;
    case table::Default:
        return 2;
    default:
        return 3;
    }
}

u128 familyMax(Family f) {
    return f == Family::V4 ? u128{0xFFFFFFFFu} : ~u128{0};
}

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

std::vector<AddressRange> effectivePartition(const RouteTable& table, Family family) {
    const u128 max = familyMax(family);
    const auto& routes = table.routes();

    // (rank, table id) -> (first, length) -> best route index + 1 (0: none yet)
    using PrefixKey = std::pair<u128, int>;
    std::map<std::pair<int, std::uint32_t>, std::map<PrefixKey, long>> tables;
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const Route& r = routes[i];
        if (r.family() != family || r.type == RouteType::Throw)
            continue;
        auto& best = tables[{tableRank(r.table), r.table}]
                           [{r.destination.address().toU128(), r.destination.length()}];
        if (best == 0 || r.metric < routes[static_cast<std::size_t>(best - 1)].metric)
            best = static_cast<long>(i) + 1;
    }

    std::vector<AddressRange> result{{0, max, -1}};
    for (const auto& [id, prefixes] : tables) {
        std::vector<Entry> entries;
        entries.reserve(prefixes.size());
        for (const auto& [key, plusOne] : prefixes) {
            const Route& r = routes[static_cast<std::size_t>(plusOne - 1)];
            entries.push_back({key.first, r.destination.last().toU128(), plusOne - 1});
        }
        result = overlay(result, partitionOne(entries, max));
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
