// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/ChangeOrder.h"

#include <algorithm>
#include <cstdint>

namespace splitroute::platform::rtnl {

namespace {

using core::ChangeKind;
using core::Family;
using core::u128;

/// A bijective mix of the 32 bits (murmur3's finalizer): sorting by it is a fixed random
/// permutation of the addresses.
std::uint32_t mixBits(std::uint32_t v) {
    v ^= v >> 16;
    v *= 0x85ebca6bu;
    v ^= v >> 13;
    v *= 0xc2b2ae35u;
    v ^= v >> 16;
    return v;
}

/// Sort key of one change: IPv4 before IPv6; IPv4 in a fixed random order, IPv6 ascending;
/// then prefix length and position (so equal destinations keep their order).
struct Key {
    u128 address;
    std::uint32_t family;
    std::uint32_t length;
    std::size_t index;
    friend bool operator<(const Key& a, const Key& b) {
        if (a.family != b.family)
            return a.family < b.family;
        if (a.address != b.address)
            return a.address < b.address;
        if (a.length != b.length)
            return a.length < b.length;
        return a.index < b.index;
    }
};

Key keyOf(const core::Route& r, std::size_t index) {
    const core::IpAddress& a = r.destination.address();
    const bool v4 = r.family() == Family::V4;
    return {v4 ? u128(mixBits(a.toV4())) : a.toU128(), v4 ? 0u : 1u,
            static_cast<std::uint32_t>(r.destination.length()), index};
}

/// Whether the given order of changes[begin, end) is as good as ours already: its IPv4
/// deletes mostly neither ascending nor descending (a random order), its IPv6 deletes
/// ascending. Then reordering would only cost time (the sort, and reading the changes out of
/// order: ~0.5 s of user time for 1M).
bool alreadyGood(const std::vector<core::RouteChange>& changes, std::size_t begin,
                 std::size_t end) {
    std::size_t pairs4 = 0, up4 = 0, down4 = 0, pairs6 = 0, up6 = 0;
    for (std::size_t i = begin + 1; i < end; ++i) {
        const core::Prefix& a = changes[i - 1].route.destination;
        const core::Prefix& b = changes[i].route.destination;
        if (a.family() != b.family())
            continue;
        const u128 x = a.address().toU128(), y = b.address().toU128();
        if (a.family() == Family::V4) {
            ++pairs4;
            up4 += x < y;
            down4 += x > y;
        } else {
            ++pairs6;
            up6 += x < y || (x == y && a.length() <= b.length());
        }
    }
    const bool v4Random = pairs4 == 0 || (up4 * 4 <= pairs4 * 3 && down4 * 4 <= pairs4 * 3);
    const bool v6Ascending = pairs6 == 0 || up6 * 10 >= pairs6 * 9;
    return v4Random && v6Ascending;
}

} // namespace

std::vector<OrderedSegment> kernelOrder(const std::vector<core::RouteChange>& changes,
                                        std::size_t begin, std::size_t end, std::size_t minLength) {
    std::vector<OrderedSegment> out;
    end = std::min(end, changes.size());
    std::size_t runBegin = begin;
    while (runBegin < end) {
        const ChangeKind kind = changes[runBegin].kind;
        std::size_t runEnd = runBegin;
        while (runEnd < end && changes[runEnd].kind == kind)
            ++runEnd;
        OrderedSegment s{runBegin, runEnd, {}};
        if (kind == ChangeKind::Delete && runEnd - runBegin >= minLength &&
            !alreadyGood(changes, runBegin, runEnd)) {
            std::vector<Key> keys;
            keys.reserve(runEnd - runBegin);
            for (std::size_t i = runBegin; i < runEnd; ++i)
                keys.push_back(keyOf(changes[i].route, i));
            std::sort(keys.begin(), keys.end());
            s.order.reserve(keys.size());
            for (const Key& k : keys)
                s.order.push_back(k.index);
        }
        out.push_back(std::move(s));
        runBegin = runEnd;
    }
    return out;
}

} // namespace splitroute::platform::rtnl
