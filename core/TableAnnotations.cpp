// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TableAnnotations.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

namespace splitroute::core {

namespace {

// Pairs of prefixes that together replace a default route without deleting it.
struct OverridePair {
    const char* a;
    const char* b;
};
constexpr std::array<OverridePair, 3> kPairs{{
    {"0.0.0.0/1", "128.0.0.0/1"},
    {"::/1", "8000::/1"},
    {"2000::/4", "3000::/4"},
}};

const std::vector<std::pair<Prefix, Prefix>>& overridePairs() {
    static const std::vector<std::pair<Prefix, Prefix>> pairs = [] {
        std::vector<std::pair<Prefix, Prefix>> v;
        v.reserve(std::size(kPairs));
        for (const auto& p : kPairs)
            v.emplace_back(Prefix::parse(p.a).value(), Prefix::parse(p.b).value());
        return v;
    }();
    return pairs;
}

u128 lastOf(const Prefix& p) {
    return p.last().toU128();
}

// Routes that take part in the longest-prefix match (RouteTable::lookup skips throw).
bool matches(const Route& r) {
    return r.type != RouteType::Throw && !r.destination.isNull();
}

} // namespace

std::vector<Prefix> pushedPrefixes(const VpnProfile& profile) {
    std::set<Prefix> out;
    for (const auto* list : {&profile.routes, &profile.routes6})
        for (const auto& r : *list)
            if (r.prefix)
                out.insert(*r.prefix);
    if (profile.redirect && !profile.redirect->isPrivate) {
        const RedirectGateway& rg = *profile.redirect;
        auto add = [&](const char* text) {
            out.insert(Prefix::parse(text).value());
        };
        if (rg.ipv4) {
            if (rg.def1) {
                add("0.0.0.0/1");
                add("128.0.0.0/1");
            } else {
                add("0.0.0.0/0");
            }
        }
        if (rg.ipv6) {
            add("::/3");
            add("2000::/4");
            add("3000::/4");
            add("fc00::/7");
        }
    }
    return {out.begin(), out.end()};
}

bool isDefaultOverrideHalf(const Prefix& p, Prefix* counterpart) {
    for (const auto& [a, b] : overridePairs()) {
        if (p == a || p == b) {
            if (counterpart)
                *counterpart = p == a ? b : a;
            return true;
        }
    }
    return false;
}

std::vector<std::uint32_t> annotateTable(const RouteTable& table, const AnnotationContext& ctx) {
    const auto& routes = table.routes();
    std::vector<std::uint32_t> flags(routes.size(), 0);

    // Distinct (table, destination) keys with the best (lowest metric, then first) route.
    struct Key {
        std::uint32_t table;
        Family family;
        u128 first;
        int length;
        // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
        auto operator<=>(const Key&) const = default;
    };
    std::map<Key, std::vector<std::size_t>> byKey;
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const Route& r = routes[i];
        if (!matches(r))
            continue;
        byKey[{r.table, r.family(), r.destination.address().toU128(), r.destination.length()}]
            .push_back(i);
    }

    // Inactive: a same-destination route with a lower metric wins.
    for (auto& [key, idx] : byKey) {
        std::size_t best = idx.front();
        for (std::size_t i : idx)
            if (routes[i].metric < routes[best].metric)
                best = i;
        for (std::size_t i : idx)
            if (i != best)
                flags[i] |= annotation::Inactive;
    }

    // Default override: both halves present in the same table.
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const Route& r = routes[i];
        Prefix other;
        if (!matches(r) || !isDefaultOverrideHalf(r.destination, &other))
            continue;
        if (byKey.count({r.table, other.family(), other.address().toU128(), other.length()}))
            flags[i] |= annotation::DefaultOverride;
    }

    // Shadowed: the distinct, strictly more specific prefixes directly below a prefix tile it.
    // byKey iterates by (table, family, first address, length): a prefix comes before every
    // prefix it contains, so a stack walk finds each prefix's direct children in order.
    struct Frame {
        Key key;
        u128 last;
        u128 next;       // first address not yet covered by a child, contiguously
        bool contiguous; // children so far tile [first, next)
        bool overflowed; // next passed the end of the family's space (v6 ::/0 fully tiled)
    };
    std::vector<Frame> stack;
    auto close = [&](const Frame& f) {
        const bool hadChild = f.overflowed || f.next != f.key.first;
        const bool reachedEnd = f.overflowed || f.next == f.last + 1;
        if (hadChild && f.contiguous && reachedEnd)
            for (std::size_t i : byKey[f.key])
                flags[i] |= annotation::Shadowed;
    };
    for (const auto& [key, idx] : byKey) {
        const Prefix& p = routes[idx.front()].destination;
        const u128 last = lastOf(p);
        while (!stack.empty() &&
               (stack.back().key.table != key.table || stack.back().key.family != key.family ||
                stack.back().last < key.first)) {
            close(stack.back());
            stack.pop_back();
        }
        if (!stack.empty()) {
            Frame& parent = stack.back();
            if (parent.contiguous && key.first == parent.next && !parent.overflowed) {
                parent.next = last + 1;
                if (parent.next == 0) // wrapped: the child ends at the top of the space
                    parent.overflowed = true;
            } else {
                parent.contiguous = false;
            }
        }
        stack.push_back({key, last, key.first, true, false});
    }
    while (!stack.empty()) {
        close(stack.back());
        stack.pop_back();
    }

    // Pushed, ours, bypass.
    std::set<Prefix> pushed(ctx.pushed.begin(), ctx.pushed.end());
    auto isTunnel = [&](const Route& r) {
        return std::find(ctx.tunnelInterfaces.begin(), ctx.tunnelInterfaces.end(), r.interface) !=
               ctx.tunnelInterfaces.end();
    };
    for (std::size_t i = 0; i < routes.size(); ++i) {
        const Route& r = routes[i];
        if (r.protocol == proto::Splitroute)
            flags[i] |= annotation::AddedBySplitroute;
        if (!r.destination.isNull() && pushed.count(r.destination))
            flags[i] |= annotation::Pushed;
        if (!r.destination.isNull() && !ctx.bypass.isEmpty() &&
            ctx.bypass.contains(r.destination) && !isTunnel(r) && r.type == RouteType::Unicast)
            flags[i] |= annotation::Bypass;
    }
    return flags;
}

} // namespace splitroute::core
