// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RouteTable.h"

#include <algorithm>
#include <set>

namespace splitroute::core {

namespace {
bool sameNextHop(const Route& a, const Route& b) {
    return a.type == b.type && a.gateway == b.gateway && a.interface == b.interface &&
           a.nexthops == b.nexthops;
}
} // namespace

void RouteTable::add(Route r) {
    m_routes.push_back(std::move(r));
    m_indexValid = false;
}

long RouteTable::indexOf(const Route& r, bool matchNextHop) const {
    for (std::size_t i = 0; i < m_routes.size(); ++i)
        if (m_routes[i].sameKey(r) && (!matchNextHop || sameNextHop(m_routes[i], r)))
            return static_cast<long>(i);
    return -1;
}

bool RouteTable::remove(const Route& r, bool matchNextHop) {
    long i = indexOf(r, matchNextHop);
    if (i < 0)
        return false;
    m_routes.erase(m_routes.begin() + i);
    m_indexValid = false;
    return true;
}

std::size_t RouteTable::removeIf(const std::function<bool(const Route&)>& pred) {
    auto it = std::remove_if(m_routes.begin(), m_routes.end(), pred);
    std::size_t n = static_cast<std::size_t>(m_routes.end() - it);
    m_routes.erase(it, m_routes.end());
    m_indexValid = false;
    return n;
}

void RouteTable::clear() {
    m_routes.clear();
    m_indexValid = false;
}

std::vector<const Route*> RouteTable::find(const Prefix& destination) const {
    std::vector<const Route*> out;
    for (const auto& r : m_routes)
        if (r.destination == destination)
            out.push_back(&r);
    return out;
}

void RouteTable::buildIndex() const {
    // The sort key of every route, made once (not twice per comparison), sorted as values.
    struct Key {
        int rank;
        std::uint32_t table;
        int family;
        int negLength; // longest prefix first
        u128 address;
        std::uint32_t metric;
        std::uint32_t index;
        // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
        auto operator<=>(const Key&) const = default;
    };
    std::vector<Key> keys;
    keys.reserve(m_routes.size());
    for (std::uint32_t i = 0; i < m_routes.size(); ++i) {
        const Route& r = m_routes[i];
        keys.push_back({tableRank(r.table), r.table, static_cast<int>(r.family()),
                        -r.destination.length(), r.destination.address().toU128(), r.metric, i});
    }
    std::sort(keys.begin(), keys.end());
    m_index.resize(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        m_index[i] = keys[i].index;
    m_groups.clear();
    for (std::size_t i = 0; i < m_index.size();) {
        const Route& r = m_routes[m_index[i]];
        std::size_t j = i + 1;
        while (j < m_index.size()) {
            const Route& s = m_routes[m_index[j]];
            if (s.table != r.table || s.family() != r.family() ||
                s.destination.length() != r.destination.length())
                break;
            ++j;
        }
        m_groups.push_back({r.table, r.family(), r.destination.length(), i, j});
        i = j;
    }
    m_indexValid = true;
}

RouteTable::Lookup RouteTable::lookup(const IpAddress& address) const {
    Lookup result;
    if (address.isNull())
        return result;
    if (!m_indexValid)
        buildIndex();
    const u128 a = address.toU128();
    const int bits = familyBits(address.family());
    std::vector<const Route*> matches; // in preference order: table rank, length desc, metric
    for (const auto& g : m_groups) {
        if (g.family != address.family())
            continue;
        const u128 mask = g.length == 0     ? 0
                          : g.length >= 128 ? ~u128{0}
                                            : (~u128{0} << (128 - g.length)) >> (128 - bits);
        const u128 net = a & mask;
        auto first = m_index.begin() + static_cast<long>(g.begin);
        auto last = m_index.begin() + static_cast<long>(g.end);
        auto it = std::lower_bound(first, last, net, [this](std::uint32_t i, u128 v) {
            return m_routes[i].destination.address().toU128() < v;
        });
        for (; it != last && m_routes[*it].destination.address().toU128() == net; ++it)
            matches.push_back(&m_routes[*it]);
    }
    for (const Route* r : matches) {
        if (!result.chosen && r->type != RouteType::Throw) {
            result.chosen = r;
            continue;
        }
        result.beaten.push_back(r);
    }
    return result;
}

std::vector<std::string> RouteTable::interfaces() const {
    std::set<std::string> names;
    for (const auto& r : m_routes) {
        if (!r.interface.empty())
            names.insert(r.interface.str());
        for (const auto& nh : r.nexthops)
            if (!nh.interface.empty())
                names.insert(nh.interface.str());
    }
    return {names.begin(), names.end()};
}

void RouteTable::sortCanonical() {
    std::stable_sort(m_routes.begin(), m_routes.end(), [](const Route& a, const Route& b) {
        return std::make_tuple(static_cast<int>(a.family()), tableRank(a.table), a.table,
                               a.destination, a.metric) <
               std::make_tuple(static_cast<int>(b.family()), tableRank(b.table), b.table,
                               b.destination, b.metric);
    });
    m_indexValid = false;
}

} // namespace splitroute::core
