// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/Segments.h"

namespace splitroute::core {

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

std::vector<Segment> effectiveSegments(const RouteTable& table, Family family) {
    const auto& routes = table.routes();
    std::vector<Segment> out;
    const auto partition = effectivePartition(table, family);
    out.reserve(partition.size());
    for (const AddressRange& r : partition)
        out.push_back(
            {r.first, r.last, r.route < 0 ? nullptr : &routes[static_cast<std::size_t>(r.route)]});
    return out;
}

} // namespace splitroute::core
