// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Segments.h"

#include <algorithm>
#include <map>

namespace splitroute::core {

u128 familyLast(Family family) {
    return family == Family::V6 ? ~u128{0} : u128{0xffffffffu};
}

void addRange(PrefixSet& set, Family family, u128 first, u128 last) {
    std::vector<Prefix> prefixes;
    PrefixSet::rangeToPrefixes(family, first, last, prefixes);
    set.add(PrefixSet::fromPrefixes(prefixes));
}

long double rangeSize(u128 first, u128 last) {
    const u128 d = last - first;
    const auto hi = static_cast<std::uint64_t>(d >> 64);
    const auto lo = static_cast<std::uint64_t>(d);
    return static_cast<long double>(hi) * 18446744073709551616.0L + static_cast<long double>(lo) +
           1.0L;
}

namespace {
// Full-coverage segments of one kernel table: the innermost prefix wins, then the lowest
// metric (the first of equal prefixes after sorting).
std::vector<Segment> sweepTable(std::vector<const Route*>& routes, u128 universeLast) {
    std::sort(routes.begin(), routes.end(), [](const Route* a, const Route* b) {
        const u128 sa = a->destination.address().toU128();
        const u128 sb = b->destination.address().toU128();
        if (sa != sb)
            return sa < sb;
        if (a->destination.length() != b->destination.length())
            return a->destination.length() < b->destination.length();
        if (a->metric != b->metric)
            return a->metric < b->metric;
        return a < b; // table order, as RouteTable::lookup breaks ties
    });
    std::vector<Segment> out;
    out.reserve(routes.size() * 2 + 1);
    auto emit = [&out](u128 lo, u128 hi, const Route* r) {
        if (!out.empty() && out.back().route == r && out.back().last + 1 == lo)
            out.back().last = hi;
        else
            out.push_back({lo, hi, r});
    };
    auto lastOf = [](const Route* r) {
        return r->destination.last().toU128();
    };
    std::vector<const Route*> stack;
    u128 cur = 0;
    bool done = false;
    auto popOne = [&] {
        const Route* top = stack.back();
        const u128 e = lastOf(top);
        if (!done && cur <= e)
            emit(cur, e, top);
        if (e == universeLast)
            done = true;
        else if (!done)
            cur = std::max(cur, e + 1);
        stack.pop_back();
    };
    for (const Route* r : routes) {
        if (!stack.empty() && stack.back()->destination == r->destination)
            continue; // same prefix, higher metric: never chosen
        const u128 s = r->destination.address().toU128();
        while (!stack.empty() && lastOf(stack.back()) < s)
            popOne();
        if (cur < s)
            emit(cur, s - 1, stack.empty() ? nullptr : stack.back());
        cur = s;
        stack.push_back(r);
    }
    while (!stack.empty())
        popOne();
    if (!done)
        emit(cur, universeLast, nullptr);
    return out;
}

// `high` wins wherever it has a route; both lists cover the whole space.
std::vector<Segment> overlay(const std::vector<Segment>& high, const std::vector<Segment>& low) {
    std::vector<Segment> out;
    out.reserve(high.size() + low.size());
    std::size_t i = 0, j = 0;
    u128 cur = 0;
    while (i < high.size() && j < low.size()) {
        const u128 end = std::min(high[i].last, low[j].last);
        const Route* r = high[i].route ? high[i].route : low[j].route;
        if (!out.empty() && out.back().route == r)
            out.back().last = end;
        else
            out.push_back({cur, end, r});
        if (high[i].last == end)
            ++i;
        if (low[j].last == end)
            ++j;
        cur = end + 1;
    }
    return out;
}
} // namespace

std::vector<Segment> effectiveSegments(const RouteTable& table, Family family) {
    const u128 universeLast = familyLast(family);
    std::map<std::pair<int, std::uint32_t>, std::vector<const Route*>> byTable;
    for (const auto& r : table.routes())
        if (r.family() == family && r.type != RouteType::Throw)
            byTable[{tableRank(r.table), r.table}].push_back(&r);
    std::vector<Segment> result{{0, universeLast, nullptr}};
    bool first = true;
    for (auto& [key, routes] : byTable) {
        auto segs = sweepTable(routes, universeLast);
        result = first ? std::move(segs) : overlay(result, segs);
        first = false;
    }
    return result;
}

} // namespace splitroute::core
