// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small Windows-only helpers of the IP Helper backend: scope guards for MIB tables and
// handles, UTF-8 <-> UTF-16, and the MIB_IPFORWARD_ROW2 <-> ForwardRow copy.

#include "platform/IpHelperConvert.h"
#include "platform/windows/WinHeaders.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace splitroute::platform::win {

/// Frees a table returned by GetIpForwardTable2, GetIfTable2, GetIpInterfaceTable, ...
struct MibTableFree {
    void operator()(void* table) const {
        if (table)
            FreeMibTable(table);
    }
};
template <typename T> using MibTablePtr = std::unique_ptr<T, MibTableFree>;

/// Closes a kernel handle (CreateFileW, CreateEventW).
struct HandleClose {
    void operator()(HANDLE h) const {
        if (h && h != INVALID_HANDLE_VALUE)
            CloseHandle(h);
    }
};
using UniqueHandle = std::unique_ptr<void, HandleClose>;

[[nodiscard]] std::string toUtf8(std::wstring_view s);
[[nodiscard]] std::wstring toWide(std::string_view s);

/// Key and value fields of a forwarding row in portable form. The alias and the interface
/// metric are not part of MIB_IPFORWARD_ROW2: the caller looks them up.
[[nodiscard]] iphelper::ForwardRow forwardRowFromMib(const MIB_IPFORWARD_ROW2& mib);
/// Writes row into mib, which the caller has passed through InitializeIpForwardEntry.
void fillMib(const iphelper::ForwardRow& row, MIB_IPFORWARD_ROW2& mib);

/// A SOCKADDR_INET for an address (AF_UNSPEC for a null address).
[[nodiscard]] SOCKADDR_INET sockaddrFromAddress(const core::IpAddress& a);
/// The address in a SOCKADDR_INET (null for other families).
[[nodiscard]] core::IpAddress addressFromSockaddr(const SOCKADDR_INET& sa);

/// Interface aliases and per-family interface metrics by LUID, for one listing.
class InterfaceCache {
public:
    /// Reads every IP interface's metric at once (GetIpInterfaceTable(AF_UNSPEC)).
    [[nodiscard]] core::Result<void> loadMetrics();
    /// ConvertInterfaceLuidToAlias; "" when the interface vanished since the row was read.
    [[nodiscard]] const std::string& alias(NET_LUID luid);
    /// MIB_IPINTERFACE_ROW::Metric of (family, luid) as loadMetrics read it; nullopt when the
    /// interface has no IP interface of that family.
    [[nodiscard]] std::optional<std::uint32_t> metric(ADDRESS_FAMILY family, NET_LUID luid) const;

private:
    std::map<std::uint64_t, std::string> m_alias;
    std::map<std::pair<int, std::uint64_t>, std::uint32_t> m_metric;
};

} // namespace splitroute::platform::win
