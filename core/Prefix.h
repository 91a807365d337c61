// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IpAddress.h"

namespace splitroute::core {

/// A network: address and prefix length, host bits always zero. Value type.
class Prefix {
public:
    constexpr Prefix() = default;
    /// Masks host bits off `address`. length is clamped to the family's bit count.
    Prefix(const IpAddress& address, int length);

    /// "a.b.c.d/len", "a.b.c.d" (a /32), "x::/len", "x::" (a /128).
    /// Host bits are an error (naming the canonical prefix) unless allowHostBits, then masked.
    [[nodiscard]] static Result<Prefix> parse(std::string_view text, bool allowHostBits = false);
    /// Address plus dotted netmask, as OpenVPN and `route print` write it.
    [[nodiscard]] static Result<Prefix> fromAddressAndMask(std::string_view address,
                                                           std::string_view netmask,
                                                           bool allowHostBits = false);
    /// Length of a dotted IPv4 netmask; non-contiguous masks are an error.
    [[nodiscard]] static Result<int> maskLength(std::string_view netmask);
    /// 0.0.0.0/0 or ::/0.
    [[nodiscard]] static Prefix any(Family family);

    [[nodiscard]] const IpAddress& address() const { return m_address; }
    [[nodiscard]] int length() const { return m_length; }
    [[nodiscard]] Family family() const { return m_address.family(); }
    [[nodiscard]] bool isNull() const { return m_address.isNull(); }
    [[nodiscard]] bool isDefault() const { return !isNull() && m_length == 0; }
    [[nodiscard]] bool isHost() const { return !isNull() && m_length == familyBits(family()); }

    [[nodiscard]] IpAddress first() const { return m_address; }
    [[nodiscard]] IpAddress last() const;
    [[nodiscard]] IpAddress netmask() const; // V4: dotted mask as an address; V6: mask bits
    [[nodiscard]] bool contains(const IpAddress& a) const;
    [[nodiscard]] bool contains(const Prefix& p) const;
    [[nodiscard]] bool overlaps(const Prefix& p) const;

    /// "a.b.c.d/len" / "x::/len" (always with the length).
    [[nodiscard]] std::string toString() const;

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
    friend auto operator<=>(const Prefix&, const Prefix&) = default;
    friend bool operator==(const Prefix&, const Prefix&) = default;

private:
    IpAddress m_address;
    std::uint8_t m_length = 0;
};

} // namespace splitroute::core
