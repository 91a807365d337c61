// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"

#include <cstdint>
#include <vector>

namespace splitroute::core {

/// A run of consecutive addresses that all take the same route.
struct AddressRange {
    u128 first = 0;
    u128 last = 0;   ///< inclusive
    long route = -1; ///< index into RouteTable::routes() of the chosen route; -1: no route

    friend bool operator==(const AddressRange&, const AddressRange&) = default;
};

/// Highest address value of a family (0xffffffff or 2^128-1).
[[nodiscard]] u128 familyLast(Family family);

/// The address space of one family partitioned by the route RouteTable::lookup would choose
/// for each address: sorted, disjoint, covering [0, max] of the family, adjacent ranges with
/// different routes (ranges with no route have route == -1). The one implementation of the
/// decision rule of RouteTable::lookup for whole ranges (table local, main, default, then others
/// by id; longest prefix; lowest metric, then table order; throw routes skipped), computed by one
/// sweep per table instead of one lookup per address: O(n log n) in the table size.
[[nodiscard]] std::vector<AddressRange> effectivePartition(const RouteTable& table, Family family);

/// The ranges of `partition` that overlap [first, last], clipped to it.
[[nodiscard]] std::vector<AddressRange> clipPartition(const std::vector<AddressRange>& partition,
                                                      u128 first, u128 last);

/// Index of the range in a sorted partition that contains `address`, or -1.
[[nodiscard]] long findRange(const std::vector<AddressRange>& partition, u128 address);

} // namespace splitroute::core
