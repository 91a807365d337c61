// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PrefixSet.h"

#include <algorithm>

namespace splitroute::core {

namespace {
u128 universeLast(Family f) {
    return f == Family::V6 ? ~u128{0} : u128{0xffffffffu};
}

std::pair<u128, u128> rangeOf(const Prefix& p) {
    return {p.first().toU128(), p.last().toU128()};
}

// a ∪ b over normalized range lists.
std::vector<PrefixSet::Range> unite(const std::vector<PrefixSet::Range>& a,
                                    const std::vector<PrefixSet::Range>& b) {
    std::vector<PrefixSet::Range> out;
    out.reserve(a.size() + b.size());
    std::size_t i = 0, j = 0;
    auto push = [&out](const PrefixSet::Range& r) {
        if (!out.empty() && (out.back().second == ~u128{0} || r.first <= out.back().second + 1)) {
            out.back().second = std::max(out.back().second, r.second);
        } else {
            out.push_back(r);
        }
    };
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first <= b[j].first))
            push(a[i++]);
        else
            push(b[j++]);
    }
    return out;
}

std::vector<PrefixSet::Range> intersect(const std::vector<PrefixSet::Range>& a,
                                        const std::vector<PrefixSet::Range>& b) {
    std::vector<PrefixSet::Range> out;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        u128 lo = std::max(a[i].first, b[j].first);
        u128 hi = std::min(a[i].second, b[j].second);
        if (lo <= hi)
            out.emplace_back(lo, hi);
        if (a[i].second < b[j].second)
            ++i;
        else
            ++j;
    }
    return out;
}

std::vector<PrefixSet::Range> complementOf(const std::vector<PrefixSet::Range>& a, u128 last) {
    std::vector<PrefixSet::Range> out;
    u128 next = 0;
    bool done = false;
    for (const auto& r : a) {
        if (r.first > next)
            out.emplace_back(next, r.first - 1);
        if (r.second >= last) {
            done = true;
            break;
        }
        next = r.second + 1;
    }
    if (!done)
        out.emplace_back(next, last);
    return out;
}

std::vector<PrefixSet::Range> subtract(const std::vector<PrefixSet::Range>& a,
                                       const std::vector<PrefixSet::Range>& b) {
    std::vector<PrefixSet::Range> out;
    std::size_t j = 0;
    for (auto r : a) {
        u128 lo = r.first;
        const u128 hi = r.second;
        bool empty = false;
        while (j < b.size() && b[j].second < lo)
            ++j;
        std::size_t k = j;
        while (k < b.size() && b[k].first <= hi) {
            if (b[k].first > lo)
                out.emplace_back(lo, b[k].first - 1);
            if (b[k].second >= hi) {
                empty = true;
                break;
            }
            lo = std::max(lo, b[k].second + 1);
            ++k;
        }
        if (!empty)
            out.emplace_back(lo, hi);
    }
    return out;
}
} // namespace

PrefixSet::PrefixSet(std::initializer_list<Prefix> prefixes) {
    for (const auto& p : prefixes)
        if (!p.isNull())
            ranges(p.family()).push_back(rangeOf(p));
    normalize(m_v4);
    normalize(m_v6);
}

PrefixSet PrefixSet::fromPrefixes(const std::vector<Prefix>& prefixes) {
    PrefixSet s;
    for (const auto& p : prefixes)
        if (!p.isNull())
            s.ranges(p.family()).push_back(rangeOf(p));
    normalize(s.m_v4);
    normalize(s.m_v6);
    return s;
}

void PrefixSet::normalize(std::vector<Range>& v) {
    std::sort(v.begin(), v.end());
    std::vector<Range> out;
    out.reserve(v.size());
    for (const auto& r : v) {
        if (!out.empty() && (out.back().second == ~u128{0} || r.first <= out.back().second + 1))
            out.back().second = std::max(out.back().second, r.second);
        else
            out.push_back(r);
    }
    v = std::move(out);
}

void PrefixSet::add(const Prefix& p) {
    if (p.isNull())
        return;
    auto& v = ranges(p.family());
    v = unite(v, {rangeOf(p)});
}

void PrefixSet::add(const PrefixSet& other) {
    m_v4 = unite(m_v4, other.m_v4);
    m_v6 = unite(m_v6, other.m_v6);
}

void PrefixSet::remove(const Prefix& p) {
    if (p.isNull())
        return;
    auto& v = ranges(p.family());
    v = subtract(v, {rangeOf(p)});
}

PrefixSet PrefixSet::united(const PrefixSet& o) const {
    PrefixSet s;
    s.m_v4 = unite(m_v4, o.m_v4);
    s.m_v6 = unite(m_v6, o.m_v6);
    return s;
}

PrefixSet PrefixSet::subtracted(const PrefixSet& o) const {
    PrefixSet s;
    s.m_v4 = subtract(m_v4, o.m_v4);
    s.m_v6 = subtract(m_v6, o.m_v6);
    return s;
}

PrefixSet PrefixSet::intersected(const PrefixSet& o) const {
    PrefixSet s;
    s.m_v4 = intersect(m_v4, o.m_v4);
    s.m_v6 = intersect(m_v6, o.m_v6);
    return s;
}

PrefixSet PrefixSet::complement(Family family) const {
    PrefixSet s;
    if (family == Family::None)
        return s;
    s.ranges(family) = complementOf(ranges(family), universeLast(family));
    return s;
}

bool PrefixSet::contains(const IpAddress& a) const {
    if (a.isNull())
        return false;
    const auto& v = ranges(a.family());
    u128 x = a.toU128();
    auto it = std::upper_bound(v.begin(), v.end(), x,
                               [](u128 value, const Range& r) { return value < r.first; });
    return it != v.begin() && std::prev(it)->second >= x;
}

bool PrefixSet::contains(const Prefix& p) const {
    if (p.isNull())
        return false;
    const auto& v = ranges(p.family());
    auto [lo, hi] = rangeOf(p);
    auto it = std::upper_bound(v.begin(), v.end(), lo,
                               [](u128 value, const Range& r) { return value < r.first; });
    return it != v.begin() && std::prev(it)->second >= hi;
}

bool PrefixSet::intersects(const Prefix& p) const {
    if (p.isNull())
        return false;
    const auto& v = ranges(p.family());
    auto [lo, hi] = rangeOf(p);
    auto it = std::lower_bound(v.begin(), v.end(), lo,
                               [](const Range& r, u128 value) { return r.second < value; });
    return it != v.end() && it->first <= hi;
}

namespace {
int ctz128(u128 x) { // trailing zero bits; 128 for 0
    const auto lo = static_cast<std::uint64_t>(x);
    const auto hi = static_cast<std::uint64_t>(x >> 64);
    return lo ? __builtin_ctzll(lo) : hi ? 64 + __builtin_ctzll(hi) : 128;
}
int floorLog2(u128 x) { // x > 0
    const auto hi = static_cast<std::uint64_t>(x >> 64);
    return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll(static_cast<std::uint64_t>(x));
}
} // namespace

void PrefixSet::rangeToPrefixes(Family family, u128 first, u128 last, std::vector<Prefix>& out) {
    const int bits = familyBits(family);
    for (;;) {
        // Largest aligned block at `first` that does not pass `last`: limited by the
        // alignment of `first` and by the size of the rest of the range.
        const u128 span = last - first;
        const int sizeLimit = span == ~u128{0} ? 128 : floorLog2(span + 1);
        const int k = std::min({ctz128(first), bits, sizeLimit});
        out.emplace_back(IpAddress::fromU128(family, first), bits - k);
        if (k == 128)
            return;
        const u128 blockLast = first + ((u128{1} << k) - 1);
        if (blockLast >= last)
            return;
        first = blockLast + 1;
    }
}

std::vector<Prefix> PrefixSet::toPrefixes(Family family) const {
    std::vector<Prefix> out;
    for (const auto& r : ranges(family))
        rangeToPrefixes(family, r.first, r.second, out);
    return out;
}

std::vector<Prefix> PrefixSet::toPrefixes() const {
    std::vector<Prefix> out = toPrefixes(Family::V4);
    auto v6 = toPrefixes(Family::V6);
    out.insert(out.end(), v6.begin(), v6.end());
    return out;
}

std::size_t PrefixSet::prefixCount() const {
    return toPrefixes().size();
}

std::string formatPrefixes(const PrefixSet& s) {
    std::string out;
    for (const auto& p : s.toPrefixes()) {
        if (!out.empty())
            out += ", ";
        out += p.toString();
    }
    return out;
}

} // namespace splitroute::core
