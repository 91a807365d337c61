// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace splitroute::core {

/// What a server may push, by OpenVPN's option classes (options.h OPT_P_*).
enum class PullClass : std::uint8_t {
    NotPullable, ///< outside the client's pull permission mask
    Route,       ///< OPT_P_ROUTE: refused under route-nopull
    DhcpDns,     ///< OPT_P_DHCPDNS: refused under route-nopull too
    Other,       ///< pullable, unaffected by route-nopull (ifconfig, topology, route-gateway, …)
};

/// Why an option is dangerous in a profile from someone else.
enum class OptionRisk : std::uint8_t { None, Script, File };

/// Static facts about one OpenVPN 2.6 option name.
struct OvpnOptionInfo {
    std::string_view name;
    PullClass pull = PullClass::NotPullable;
    OptionRisk risk = OptionRisk::None;
    bool connection = false; ///< allowed inside a <connection> block
    bool inlineOk = false;   ///< may be given as an inline block <name>…</name>
};

/// Facts about `name`, or nullptr when OpenVPN 2.6 has no such option.
[[nodiscard]] const OvpnOptionInfo* findOvpnOption(std::string_view name);
/// For tests: the table is sorted by name (lookups are binary searches).
[[nodiscard]] bool ovpnOptionTableIsSorted();
[[nodiscard]] std::size_t ovpnOptionCount();

} // namespace splitroute::core
