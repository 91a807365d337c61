// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/IpAddress.h"

#include <charconv>
#include <cstring>

namespace splitroute::core {

const char* familyName(Family f) {
    switch (f) {
    case Family::V4:
        return "inet";
    case Family::V6:
        return "inet6";
    case Family::None:
        return "none";
    }
    return "none";
}

IpAddress IpAddress::v4(std::uint32_t h) {
    IpAddress a;
    a.m_family = Family::V4;
    a.m_bytes[0] = static_cast<std::uint8_t>(h >> 24);
    a.m_bytes[1] = static_cast<std::uint8_t>(h >> 16);
    a.m_bytes[2] = static_cast<std::uint8_t>(h >> 8);
    a.m_bytes[3] = static_cast<std::uint8_t>(h);
    return a;
}

IpAddress IpAddress::v6(const std::array<std::uint8_t, 16>& bytes) {
    IpAddress a;
    a.m_family = Family::V6;
    a.m_bytes = bytes;
    return a;
}

IpAddress IpAddress::fromBytes(Family family, const std::uint8_t* bytes) {
    IpAddress a;
    a.m_family = family;
    if (family == Family::V4)
        std::memcpy(a.m_bytes.data(), bytes, 4);
    else if (family == Family::V6)
        std::memcpy(a.m_bytes.data(), bytes, 16);
    return a;
}

IpAddress IpAddress::fromU128(Family family, u128 value) {
    if (family == Family::V4)
        return v4(static_cast<std::uint32_t>(value));
    IpAddress a;
    a.m_family = family;
    if (family == Family::V6) {
        // Two 64-bit halves: compilers turn these loops into byte swaps (u128 loops they don't).
        auto hi = static_cast<std::uint64_t>(value >> 64);
        auto lo = static_cast<std::uint64_t>(value);
        for (int i = 7; i >= 0; --i, hi >>= 8, lo >>= 8) {
            a.m_bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(hi);
            a.m_bytes[static_cast<std::size_t>(i) + 8] = static_cast<std::uint8_t>(lo);
        }
    }
    return a;
}

bool IpAddress::isUnspecified() const {
    return !isNull() && toU128() == 0;
}

bool IpAddress::isV4Mapped() const {
    if (m_family != Family::V6)
        return false;
    for (int i = 0; i < 10; ++i)
        if (m_bytes[static_cast<std::size_t>(i)] != 0)
            return false;
    return m_bytes[10] == 0xff && m_bytes[11] == 0xff;
}

namespace {

bool parseV4(std::string_view s, std::uint8_t out[4]) {
    int part = 0;
    std::size_t i = 0;
    while (part < 4) {
        std::size_t start = i;
        unsigned value = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < 4) {
            value = value * 10 + static_cast<unsigned>(s[i] - '0');
            ++i;
        }
        std::size_t len = i - start;
        if (len == 0 || len > 3 || value > 255 || (len > 1 && s[start] == '0'))
            return false;
        out[part++] = static_cast<std::uint8_t>(value);
        if (part < 4) {
            if (i >= s.size() || s[i] != '.')
                return false;
            ++i;
        }
    }
    return i == s.size();
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool parseV6(std::string_view s, std::array<std::uint8_t, 16>& out) {
    std::uint16_t groups[8] = {};
    int count = 0;
    int gap = -1; // index in groups where "::" stands
    std::size_t i = 0;
    if (s.size() < 2)
        return false;
    if (s[0] == ':') {
        if (s[1] != ':')
            return false;
        gap = 0;
        i = 2;
        if (i == s.size()) {
            out.fill(0);
            return true;
        }
    }
    while (i < s.size()) {
        if (count == 8)
            return false;
        // An embedded IPv4 tail?
        std::size_t end = s.find(':', i);
        std::string_view token =
            s.substr(i, end == std::string_view::npos ? s.size() - i : end - i);
        if (end == std::string_view::npos && token.find('.') != std::string_view::npos) {
            std::uint8_t v4[4];
            if (count > 6 || !parseV4(token, v4))
                return false;
            groups[count++] = static_cast<std::uint16_t>((v4[0] << 8) | v4[1]);
            groups[count++] = static_cast<std::uint16_t>((v4[2] << 8) | v4[3]);
            i = s.size();
            break;
        }
        if (token.empty() || token.size() > 4)
            return false;
        unsigned v = 0;
        for (char c : token) {
            int h = hexValue(c);
            if (h < 0)
                return false;
            v = (v << 4) | static_cast<unsigned>(h);
        }
        groups[count++] = static_cast<std::uint16_t>(v);
        if (end == std::string_view::npos) {
            i = s.size();
            break;
        }
        i = end + 1;
        if (i < s.size() && s[i] == ':') {
            if (gap >= 0)
                return false; // two "::"
            gap = count;
            ++i;
        } else if (i == s.size()) {
            return false; // trailing single ':'
        }
    }
    if (gap < 0 && count != 8)
        return false;
    if (gap >= 0 && count > 7)
        return false;
    std::uint16_t full[8] = {};
    if (gap < 0) {
        std::memcpy(full, groups, sizeof full);
    } else {
        int tail = count - gap;
        for (int k = 0; k < gap; ++k)
            full[k] = groups[k];
        for (int k = 0; k < tail; ++k)
            full[8 - tail + k] = groups[gap + k];
    }
    for (int k = 0; k < 8; ++k) {
        out[2 * static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(full[k] >> 8);
        out[2 * static_cast<std::size_t>(k) + 1] = static_cast<std::uint8_t>(full[k]);
    }
    return true;
}

} // namespace

Result<IpAddress> IpAddress::parse(std::string_view text) {
    if (text.find(':') != std::string_view::npos) {
        std::array<std::uint8_t, 16> b{};
        if (!parseV6(text, b))
            return makeError(ErrorCode::Parse,
                             "'" + std::string(text) + "' is not a valid IPv6 address");
        return v6(b);
    }
    std::uint8_t b[4];
    if (!parseV4(text, b))
        return makeError(ErrorCode::Parse, "'" + std::string(text) +
                                               "' is not a valid IPv4 address (expected a.b.c.d)");
    return fromBytes(Family::V4, b);
}

std::string IpAddress::toString() const {
    char buf[64];
    if (m_family == Family::V4) {
        std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", m_bytes[0], m_bytes[1], m_bytes[2],
                      m_bytes[3]);
        return buf;
    }
    if (m_family != Family::V6)
        return {};
    if (isV4Mapped()) {
        std::snprintf(buf, sizeof buf, "::ffff:%u.%u.%u.%u", m_bytes[12], m_bytes[13], m_bytes[14],
                      m_bytes[15]);
        return buf;
    }
    std::uint16_t g[8];
    for (int k = 0; k < 8; ++k)
        g[k] = static_cast<std::uint16_t>((m_bytes[2 * static_cast<std::size_t>(k)] << 8) |
                                          m_bytes[2 * static_cast<std::size_t>(k) + 1]);
    // RFC 5952: compress the longest run (>= 2) of zero groups, the first one on ties.
    int bestStart = -1, bestLen = 0;
    for (int k = 0; k < 8;) {
        if (g[k] != 0) {
            ++k;
            continue;
        }
        int start = k;
        while (k < 8 && g[k] == 0)
            ++k;
        if (k - start > bestLen && k - start >= 2) {
            bestStart = start;
            bestLen = k - start;
        }
    }
    std::string s;
    for (int k = 0; k < 8; ++k) {
        if (k == bestStart) {
            s += "::";
            k += bestLen - 1;
            continue;
        }
        if (!s.empty() && s.back() != ':')
            s += ':';
        std::snprintf(buf, sizeof buf, "%x", g[k]);
        s += buf;
    }
    return s;
}

} // namespace splitroute::core
