// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/WinUtil.h"

#include <cstring>

namespace splitroute::platform::win {

std::string toUtf8(std::wstring_view s) {
    if (s.empty())
        return {};
    const int n = WideCharToMultiByte(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0,
                                      nullptr, nullptr);
    if (n <= 0)
        return {};
    std::string out(static_cast<std::size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), out.data(), n, nullptr,
                        nullptr);
    return out;
}

std::wstring toWide(std::string_view s) {
    if (s.empty())
        return {};
    const int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0);
    if (n <= 0)
        return {};
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), out.data(), n);
    return out;
}

SOCKADDR_INET sockaddrFromAddress(const core::IpAddress& a) {
    SOCKADDR_INET sa;
    std::memset(&sa, 0, sizeof sa);
    if (a.isV4()) {
        sa.Ipv4.sin_family = AF_INET;
        std::memcpy(&sa.Ipv4.sin_addr, a.bytes().data(), 4);
    } else if (a.isV6()) {
        sa.Ipv6.sin6_family = AF_INET6;
        std::memcpy(&sa.Ipv6.sin6_addr, a.bytes().data(), 16);
    } else {
        sa.si_family = AF_UNSPEC;
    }
    return sa;
}

core::IpAddress addressFromSockaddr(const SOCKADDR_INET& sa) {
    std::uint8_t b[16];
    if (sa.si_family == AF_INET) {
        std::memcpy(b, &sa.Ipv4.sin_addr, 4);
        return core::IpAddress::fromBytes(core::Family::V4, b);
    }
    if (sa.si_family == AF_INET6) {
        std::memcpy(b, &sa.Ipv6.sin6_addr, 16);
        return core::IpAddress::fromBytes(core::Family::V6, b);
    }
    return {};
}

iphelper::ForwardRow forwardRowFromMib(const MIB_IPFORWARD_ROW2& mib) {
    static_assert(AF_INET == iphelper::kAfInet && AF_INET6 == iphelper::kAfInet6);
    iphelper::ForwardRow row;
    const SOCKADDR_INET& dest = mib.DestinationPrefix.Prefix;
    row.family = dest.si_family;
    if (dest.si_family == AF_INET) {
        std::memcpy(row.destination.data(), &dest.Ipv4.sin_addr, 4);
        if (mib.NextHop.si_family == AF_INET)
            std::memcpy(row.nextHop.data(), &mib.NextHop.Ipv4.sin_addr, 4);
    } else if (dest.si_family == AF_INET6) {
        std::memcpy(row.destination.data(), &dest.Ipv6.sin6_addr, 16);
        if (mib.NextHop.si_family == AF_INET6)
            std::memcpy(row.nextHop.data(), &mib.NextHop.Ipv6.sin6_addr, 16);
    }
    row.prefixLength = mib.DestinationPrefix.PrefixLength;
    row.ifIndex = mib.InterfaceIndex;
    row.luid = mib.InterfaceLuid.Value;
    row.routeMetric = mib.Metric;
    row.protocol = static_cast<std::uint32_t>(mib.Protocol);
    row.origin = static_cast<std::uint32_t>(mib.Origin);
    return row;
}

void fillMib(const iphelper::ForwardRow& row, MIB_IPFORWARD_ROW2& mib) {
    mib.InterfaceLuid.Value = row.luid;
    mib.InterfaceIndex = row.ifIndex;
    SOCKADDR_INET& dest = mib.DestinationPrefix.Prefix;
    std::memset(&dest, 0, sizeof dest);
    std::memset(&mib.NextHop, 0, sizeof mib.NextHop);
    if (row.family == AF_INET6) {
        dest.Ipv6.sin6_family = AF_INET6;
        std::memcpy(&dest.Ipv6.sin6_addr, row.destination.data(), 16);
        // An on-link route still names the family of its (unspecified) next hop.
        mib.NextHop.Ipv6.sin6_family = AF_INET6;
        std::memcpy(&mib.NextHop.Ipv6.sin6_addr, row.nextHop.data(), 16);
    } else {
        dest.Ipv4.sin_family = AF_INET;
        std::memcpy(&dest.Ipv4.sin_addr, row.destination.data(), 4);
        mib.NextHop.Ipv4.sin_family = AF_INET;
        std::memcpy(&mib.NextHop.Ipv4.sin_addr, row.nextHop.data(), 4);
    }
    mib.DestinationPrefix.PrefixLength = row.prefixLength;
    mib.Metric = row.routeMetric;
    mib.Protocol = static_cast<NL_ROUTE_PROTOCOL>(row.protocol);
    mib.Origin = static_cast<NL_ROUTE_ORIGIN>(row.origin);
}

const std::string& InterfaceCache::alias(NET_LUID luid) {
    auto it = m_alias.find(luid.Value);
    if (it != m_alias.end())
        return it->second;
    WCHAR buf[IF_MAX_STRING_SIZE + 1] = {};
    // Fails only for a LUID that no longer exists (the interface left between the table
    // read and now): the route then shows its index alone.
    const DWORD err = ConvertInterfaceLuidToAlias(&luid, buf, IF_MAX_STRING_SIZE + 1);
    return m_alias.emplace(luid.Value, err == NO_ERROR ? toUtf8(buf) : std::string()).first->second;
}

core::Result<void> InterfaceCache::loadMetrics() {
    PMIB_IPINTERFACE_TABLE raw = nullptr;
    const DWORD err = GetIpInterfaceTable(AF_UNSPEC, &raw);
    MibTablePtr<MIB_IPINTERFACE_TABLE> table(raw);
    if (err != NO_ERROR)
        return iphelper::win32Error(err, "GetIpInterfaceTable");
    m_metric.clear();
    for (ULONG i = 0; i < table->NumEntries; ++i) {
        const MIB_IPINTERFACE_ROW& r = table->Table[i];
        m_metric[{static_cast<int>(r.Family), r.InterfaceLuid.Value}] = r.Metric;
    }
    return {};
}

std::optional<std::uint32_t> InterfaceCache::metric(ADDRESS_FAMILY family, NET_LUID luid) const {
    auto it = m_metric.find({static_cast<int>(family), luid.Value});
    if (it == m_metric.end())
        return std::nullopt;
    return it->second;
}

} // namespace splitroute::platform::win
