// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The order in which the kernel takes a run of route deletions fastest. Pure functions over a
// change list: no sockets, testable without root.
//
// Why: the cost of deleting from the kernel's FIB depends on the order. IPv4 lives in an
// LC-trie (fib_trie) that resizes its nodes as they empty; deleting a large set in ascending
// order keeps shrinking and rescanning the same huge node (53 s for 1M /24s). In a random
// order every node shrinks evenly. Measured here on contiguous /24s: 100k deletes take 0.64 s
// ascending, 0.23 s in a random order, 0.18 s in bit-reversed order; 1M take 2.9-3.2 s in a
// random order and 3.5-3.7 s bit-reversed, so IPv4 deletes go in a fixed random order (a
// hash of the address). IPv6 lives in a radix tree (fib6) that does not resize; there
// ascending order is fastest (consecutive deletes walk the same tree path): 100k deletes
// 0.31 s ascending, 0.47 s in a random order.
//
// A run already in such an order (IPv4 neither mostly ascending nor mostly descending, IPv6
// ascending) is left as it is: reordering it would only cost time.
//
// Additions keep the order they are given in. Spreading IPv4 additions saves ~15% of their
// time too, but the trie's leaves are then laid out in memory in that scattered order, and
// every later walk of the table pays for it: a dump of 100k routes added that way took
// 0.09 s instead of 0.063 s (measured here), and so does every packet's lookup, a little.
// Spreading blocks of consecutive additions instead keeps neither gain nor layout: blocks of
// 32 saved ~5% of the adds' system time and still slowed the dump by ~20%; blocks of 256
// saved nothing (bench_netlink, 100k /24s, 3 rounds each, 2026-12-03).

#include "core/ChangeSet.h"

#include <cstddef>
#include <vector>

namespace splitroute::platform::rtnl {

/// A stretch [begin, end) of a change list. `order` is empty when the changes go to the
/// kernel as given; otherwise it is a permutation of begin..end-1 to send them in.
struct OrderedSegment {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<std::size_t> order;
};

/// Runs shorter than this keep their order: too short to gain from another.
inline constexpr std::size_t kMinReorderedSegment = 256;

/// Splits changes[begin, end) into runs of one kind. A run of at least minLength deletes gets
/// the order the kernel deletes fastest: IPv4 before IPv6, IPv4 in a fixed random order (by
/// a hash of the address), IPv6 ascending, equal destinations in their given order -- unless
/// the given order is as good already (IPv4 neither mostly ascending nor mostly descending,
/// IPv6 ascending), when reordering would only cost time. Deletes do not
/// depend on each other, so any order leaves the same table. Runs of adds keep the given order.
[[nodiscard]] std::vector<OrderedSegment> kernelOrder(const std::vector<core::RouteChange>& changes,
                                                      std::size_t begin, std::size_t end,
                                                      std::size_t minLength = kMinReorderedSegment);

} // namespace splitroute::platform::rtnl
