#include "platform/linux/ChangeOrder.h"

#include <algorithm>
#include <cstdint>

namespace splitroute::platform::rtnl {

namespace {

using core::ChangeKind;
using core::Family;
using core::IpAddress;
using core::u128;

std::uint32_t reverseBits(std::uint32_t v) {
    v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);
    v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);
    v = ((v >> 4) & 0x0f0f0f0fu) | ((v & 0x0f0f0f0fu) << 4);
    v = ((v >> 8) & 0x00ff00ffu) | ((v & 0x00ff00ffu) << 8);
    return (v >> 16) | (v << 16);
}

/// Sort key of one change: IPv4 before IPv6; IPv4 by bit-reversed address, IPv6 ascending;
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
    const IpAddress& a = r.destination.address();
    const bool v4 = r.family() == Family::V4;
    return {v4 ? u128(reverseBits(a.toV4())) : a.toU128(), v4 ? 0u : 1u,
            static_cast<std::uint32_t>(r.destination.length()), index};
}

/// Gateways (of either family) as sortable values.
struct Gateway {
    Family family;
    u128 value;
    friend bool operator<(const Gateway& a, const Gateway& b) {
        return a.family != b.family ? a.family < b.family : a.value < b.value;
    }
};

void addGateway(std::vector<Gateway>& out, const IpAddress& gw) {
    if (!gw.isNull())
        out.push_back({gw.family(), gw.toU128()});
}

/// Whether a destination covers one of the (sorted) gateways.
bool coversAny(const core::Prefix& p, const std::vector<Gateway>& gateways) {
    const Gateway first{p.family(), p.first().toU128()};
    auto it = std::lower_bound(gateways.begin(), gateways.end(), first);
    return it != gateways.end() && it->family == p.family() && it->value <= p.last().toU128();
}

void pushSegment(std::vector<OrderedSegment>& out, const std::vector<core::RouteChange>& changes,
                 std::size_t begin, std::size_t end, bool free, std::size_t minLength) {
    if (begin >= end)
        return;
    OrderedSegment s{begin, end, {}};
    if (free && end - begin >= minLength) {
        std::vector<Key> keys;
        keys.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i)
            keys.push_back(keyOf(changes[i].route, i));
        std::sort(keys.begin(), keys.end());
        s.order.reserve(keys.size());
        for (const Key& k : keys)
            s.order.push_back(k.index);
    }
    out.push_back(std::move(s));
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
        if (kind == ChangeKind::Delete || runEnd - runBegin < minLength) {
            // A delete never depends on another change of a run of deletes.
            pushSegment(out, changes, runBegin, runEnd, kind == ChangeKind::Delete, minLength);
            runBegin = runEnd;
            continue;
        }
        // Adds: the kernel checks that a gateway is reachable when a route through it is
        // added, so an add whose destination covers a gateway of the run is a barrier.
        std::vector<Gateway> gateways;
        for (std::size_t i = runBegin; i < runEnd; ++i) {
            const core::Route& r = changes[i].route;
            addGateway(gateways, r.gateway);
            for (const auto& nh : r.nexthops)
                addGateway(gateways, nh.gateway);
        }
        std::sort(gateways.begin(), gateways.end());
        std::size_t segBegin = runBegin;
        for (std::size_t i = runBegin; i < runEnd; ++i) {
            if (gateways.empty() || !coversAny(changes[i].route.destination, gateways))
                continue;
            pushSegment(out, changes, segBegin, i, true, minLength);
            pushSegment(out, changes, i, i + 1, false, minLength);
            segBegin = i + 1;
        }
        pushSegment(out, changes, segBegin, runEnd, true, minLength);
        runBegin = runEnd;
    }
    return out;
}

} // namespace splitroute::platform::rtnl
