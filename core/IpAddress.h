// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <array>
#include <bit>
#include <compare>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace splitroute::core {

__extension__ typedef unsigned __int128 u128; // GCC/Clang extension; MinGW has it too

enum class Family : std::uint8_t { None = 0, V4 = 4, V6 = 6 };

/// Number of address bits of a family (32, 128; 0 for None).
[[nodiscard]] constexpr int familyBits(Family f) {
    return f == Family::V4 ? 32 : f == Family::V6 ? 128 : 0;
}
[[nodiscard]] const char* familyName(Family f); // "inet", "inet6", "none"

/// An IPv4 or IPv6 address, or the null address (Family::None, e.g. "no gateway").
/// IPv4 addresses use the first four bytes. Value type, 17 bytes, byte-aligned.
class IpAddress {
public:
    constexpr IpAddress() = default;

    [[nodiscard]] static IpAddress v4(std::uint32_t hostOrder);
    [[nodiscard]] static IpAddress v6(const std::array<std::uint8_t, 16>& bytes);
    /// From raw network-order bytes: 4 for V4, 16 for V6.
    [[nodiscard]] static IpAddress fromBytes(Family family, const std::uint8_t* bytes);
    /// From the numeric value (only the low 32 bits for V4).
    [[nodiscard]] static IpAddress fromU128(Family family, u128 value);

    /// Strict parse of a dotted quad (no leading zeros, no shorthand) or an RFC 4291 IPv6
    /// text (with embedded IPv4 tail). No zone index, no brackets, no surrounding space.
    [[nodiscard]] static Result<IpAddress> parse(std::string_view text);

    [[nodiscard]] Family family() const { return m_family; }
    [[nodiscard]] bool isNull() const { return m_family == Family::None; }
    [[nodiscard]] bool isV4() const { return m_family == Family::V4; }
    [[nodiscard]] bool isV6() const { return m_family == Family::V6; }
    [[nodiscard]] bool isUnspecified() const; // 0.0.0.0 or ::
    [[nodiscard]] bool isV4Mapped() const;    // ::ffff:a.b.c.d

    [[nodiscard]] std::uint32_t toV4() const; // host order; V4 only
    [[nodiscard]] u128 toU128() const;        // V4: value in the low 32 bits (both inline below:
                                              // the planner and the LPM index call them a lot)
    [[nodiscard]] const std::array<std::uint8_t, 16>& bytes() const { return m_bytes; }

    /// Canonical text: dotted quad, or RFC 5952 for IPv6 (mapped as ::ffff:a.b.c.d). "" for null.
    [[nodiscard]] std::string toString() const;

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
    friend auto operator<=>(const IpAddress&, const IpAddress&) = default;
    friend bool operator==(const IpAddress&, const IpAddress&) = default;

private:
    Family m_family = Family::None; // first: orders IPv4 before IPv6
    std::array<std::uint8_t, 16> m_bytes{};
};

namespace detail {
/// The big-endian (network order) unsigned integer of sizeof(T) bytes at p.
template <typename T> inline T loadBigEndian(const std::uint8_t* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::little) {
        if constexpr (sizeof(T) == 8)
            return __builtin_bswap64(v);
        else
            return __builtin_bswap32(v);
    }
    return v;
}
} // namespace detail

inline std::uint32_t IpAddress::toV4() const {
    return detail::loadBigEndian<std::uint32_t>(m_bytes.data());
}

inline u128 IpAddress::toU128() const {
    if (m_family == Family::V4)
        return toV4();
    return (u128{detail::loadBigEndian<std::uint64_t>(m_bytes.data())} << 64) |
           detail::loadBigEndian<std::uint64_t>(m_bytes.data() + 8);
}

} // namespace splitroute::core
