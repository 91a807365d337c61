// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AddressSpace.h"
#include "core/PrefixSet.h"
#include "core/RouteTable.h"

#include <vector>

namespace splitroute::core {

/// An inclusive address range of one family and the route RouteTable::lookup() chooses for
/// every address in it (null: no route).
struct Segment {
    u128 first = 0;
    u128 last = 0;
    const Route* route = nullptr;
};

/// effectivePartition() with route pointers instead of indices: the whole address space of
/// `family` cut into maximal ranges with one chosen route each, ascending and gap-free (ranges
/// without a route carry null). The pointers point into `table`.
[[nodiscard]] std::vector<Segment> effectiveSegments(const RouteTable& table, Family family);

/// Adds the inclusive range [first, last] to a prefix set.
void addRange(PrefixSet& set, Family family, u128 first, u128 last);

/// Number of addresses in [first, last] as a floating value (2^128 does not fit u128).
[[nodiscard]] long double rangeSize(u128 first, u128 last);

} // namespace splitroute::core
