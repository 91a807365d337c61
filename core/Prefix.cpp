// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Prefix.h"

#include <charconv>

namespace splitroute::core {

namespace {
u128 maskOf(Family f, int length) {
    const int bits = familyBits(f);
    if (length <= 0)
        return 0;
    u128 all = bits == 128 ? ~u128{0} : ((u128{1} << bits) - 1);
    if (length >= bits)
        return all;
    return all & ~((u128{1} << (bits - length)) - 1);
}
} // namespace

Prefix::Prefix(const IpAddress& address, int length) {
    const int bits = familyBits(address.family());
    if (length < 0)
        length = 0;
    if (length > bits)
        length = bits;
    m_length = static_cast<std::uint8_t>(length);
    if (address.isNull() || length == bits) {
        m_address = address; // nothing to mask
        return;
    }
    const u128 value = address.toU128();
    const u128 masked = value & maskOf(address.family(), length);
    // Already a network address (every prefix PrefixSet emits): no conversion back.
    m_address = masked == value ? address : IpAddress::fromU128(address.family(), masked);
}

Prefix Prefix::any(Family family) {
    return Prefix(IpAddress::fromU128(family, 0), 0);
}

static Result<Prefix> checkHostBits(const IpAddress& a, int length, bool allowHostBits,
                                    std::string_view original) {
    Prefix p(a, length);
    if (!allowHostBits && p.address() != a)
        return makeError(ErrorCode::HostBitsSet, "'" + std::string(original) +
                                                     "' has host bits set; the network is " +
                                                     p.toString());
    return p;
}

Result<Prefix> Prefix::parse(std::string_view text, bool allowHostBits) {
    auto slash = text.find('/');
    auto addr = IpAddress::parse(text.substr(0, slash));
    if (!addr)
        return addr.error();
    const int bits = familyBits(addr->family());
    int length = bits;
    if (slash != std::string_view::npos) {
        std::string_view lenText = text.substr(slash + 1);
        // A dotted netmask after the slash ("10.0.0.0/255.0.0.0") is accepted for IPv4.
        if (addr->isV4() && lenText.find('.') != std::string_view::npos) {
            auto ml = maskLength(lenText);
            if (!ml)
                return ml.error();
            length = *ml;
        } else {
            auto [ptr, ec] =
                std::from_chars(lenText.data(), lenText.data() + lenText.size(), length);
            if (lenText.empty() || lenText[0] < '0' || lenText[0] > '9' || ec != std::errc() ||
                ptr != lenText.data() + lenText.size() || (lenText.size() > 1 && lenText[0] == '0'))
                return makeError(ErrorCode::Parse, "'" + std::string(text) + "': prefix length '" +
                                                       std::string(lenText) + "' is not a number");
            if (length < 0 || length > bits)
                return makeError(ErrorCode::OutOfRange, "'" + std::string(text) +
                                                            "': prefix length must be 0.." +
                                                            std::to_string(bits));
        }
    }
    return checkHostBits(*addr, length, allowHostBits, text);
}

Result<int> Prefix::maskLength(std::string_view netmask) {
    auto m = IpAddress::parse(netmask);
    if (!m || !m->isV4())
        return makeError(ErrorCode::Parse,
                         "'" + std::string(netmask) + "' is not a netmask (expected a.b.c.d)");
    std::uint32_t v = m->toV4();
    std::uint32_t inv = ~v;
    if ((inv & (inv + 1)) != 0)
        return makeError(ErrorCode::InvalidArgument,
                         "netmask " + std::string(netmask) + " is not contiguous");
    int len = 0;
    while (len < 32 && (v & (0x80000000u >> len)))
        ++len;
    return len;
}

Result<Prefix> Prefix::fromAddressAndMask(std::string_view address, std::string_view netmask,
                                          bool allowHostBits) {
    auto a = IpAddress::parse(address);
    if (!a)
        return a.error();
    if (!a->isV4())
        return makeError(ErrorCode::InvalidArgument,
                         "a netmask goes with an IPv4 address, not '" + std::string(address) + "'");
    auto len = maskLength(netmask);
    if (!len)
        return len.error();
    return checkHostBits(*a, *len, allowHostBits,
                         std::string(address) + " " + std::string(netmask));
}

IpAddress Prefix::last() const {
    if (isNull())
        return {};
    u128 hostMask = ~maskOf(family(), m_length);
    if (family() == Family::V4)
        hostMask &= 0xffffffffu;
    return IpAddress::fromU128(family(), m_address.toU128() | hostMask);
}

IpAddress Prefix::netmask() const {
    return IpAddress::fromU128(family(), maskOf(family(), m_length));
}

bool Prefix::contains(const IpAddress& a) const {
    if (a.family() != family() || isNull())
        return false;
    return (a.toU128() & maskOf(family(), m_length)) == m_address.toU128();
}

bool Prefix::contains(const Prefix& p) const {
    return p.family() == family() && p.m_length >= m_length && contains(p.m_address);
}

bool Prefix::overlaps(const Prefix& p) const {
    return contains(p) || p.contains(*this);
}

std::string Prefix::toString() const {
    if (isNull())
        return {};
    return m_address.toString() + '/' + std::to_string(m_length);
}

} // namespace splitroute::core
