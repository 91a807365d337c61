// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Prefix.h"

#include <initializer_list>
#include <utility>
#include <vector>

namespace splitroute::core {

/// A set of addresses of both families, kept as sorted, disjoint, non-adjacent ranges.
/// Set algebra is linear in the number of ranges; toPrefixes() gives the minimal CIDR list
/// (what Python's ipaddress.collapse_addresses returns).
class PrefixSet {
public:
    using Range = std::pair<u128, u128>; // inclusive [first, last]

    PrefixSet() = default;
    PrefixSet(std::initializer_list<Prefix> prefixes);
    [[nodiscard]] static PrefixSet fromPrefixes(const std::vector<Prefix>& prefixes);

    void add(const Prefix& p);
    void add(const PrefixSet& other);
    void remove(const Prefix& p);

    [[nodiscard]] PrefixSet united(const PrefixSet& other) const;
    [[nodiscard]] PrefixSet subtracted(const PrefixSet& other) const;
    [[nodiscard]] PrefixSet intersected(const PrefixSet& other) const;
    /// Everything of `family` not in this set.
    [[nodiscard]] PrefixSet complement(Family family) const;

    [[nodiscard]] bool contains(const IpAddress& a) const;
    [[nodiscard]] bool contains(const Prefix& p) const; // whole prefix inside the set
    [[nodiscard]] bool intersects(const Prefix& p) const;
    [[nodiscard]] bool isEmpty() const { return m_v4.empty() && m_v6.empty(); }
    [[nodiscard]] bool isEmpty(Family f) const { return ranges(f).empty(); }

    /// Minimal CIDR cover, IPv4 first, each family ascending.
    [[nodiscard]] std::vector<Prefix> toPrefixes() const;
    [[nodiscard]] std::vector<Prefix> toPrefixes(Family family) const;
    /// Number of prefixes toPrefixes() would return, without building them.
    [[nodiscard]] std::size_t prefixCount() const;

    [[nodiscard]] const std::vector<Range>& ranges(Family f) const {
        return f == Family::V6 ? m_v6 : m_v4;
    }
    /// Minimal CIDR list for one inclusive range.
    static void rangeToPrefixes(Family family, u128 first, u128 last, std::vector<Prefix>& out);

    friend bool operator==(const PrefixSet&, const PrefixSet&) = default;

private:
    std::vector<Range>& ranges(Family f) { return f == Family::V6 ? m_v6 : m_v4; }
    static void normalize(std::vector<Range>& v);

    std::vector<Range> m_v4;
    std::vector<Range> m_v6;
};

/// Comma-separated minimal prefix list, for messages and tests.
std::string formatPrefixes(const PrefixSet& s);

} // namespace splitroute::core
