// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PrefixSet.h"
#include "core/RouteTable.h"
#include "core/vpn/VpnProfile.h"

#include <cstdint>
#include <vector>

namespace splitroute::core {

/// Per-route facts that a person needs to read a routing table, as bit flags.
namespace annotation {
/// One half of a default override pair whose other half is present in the same table:
/// 0.0.0.0/1 + 128.0.0.0/1 (OpenVPN def1), ::/1 + 8000::/1, 2000::/4 + 3000::/4.
inline constexpr std::uint32_t DefaultOverride = 1u << 0;
/// Never chosen: more specific routes of its table cover every address it covers
/// (typically the default route under a 0/1 + 128/1 pair).
inline constexpr std::uint32_t Shadowed = 1u << 1;
/// Loses to a route with the same destination and a lower metric in the same table.
inline constexpr std::uint32_t Inactive = 1u << 2;
/// The destination is one the VPN profile pushes (AnnotationContext::pushed).
inline constexpr std::uint32_t Pushed = 1u << 3;
/// Installed by Splitroute (routing protocol proto::Splitroute).
inline constexpr std::uint32_t AddedBySplitroute = 1u << 4;
/// Lies inside a network the policy sends around the tunnel (AnnotationContext::bypass)
/// and does not lead into a tunnel interface.
inline constexpr std::uint32_t Bypass = 1u << 5;
} // namespace annotation

/// What annotateTable needs to know beyond the table itself.
struct AnnotationContext {
    std::vector<Prefix> pushed;                  ///< destinations the VPN pushes
    PrefixSet bypass;                            ///< networks the policy bypasses
    std::vector<InterfaceName> tunnelInterfaces; ///< interfaces counted as tunnels
};

/// Flags for every route of `table`, in the table's order (result[i] belongs to table[i]).
/// Linear-logarithmic in the table size.
[[nodiscard]] std::vector<std::uint32_t> annotateTable(const RouteTable& table,
                                                       const AnnotationContext& context = {});

/// The destinations a VPN profile (with its PUSH_REPLY applied) asks OpenVPN to route:
/// its `route` / `route-ipv6` networks, and what `redirect-gateway` installs (def1's
/// 0.0.0.0/1 + 128.0.0.0/1, else 0.0.0.0/0; with the ipv6 flag ::/3, 2000::/4, 3000::/4,
/// fc00::/7). Sorted, without duplicates. For AnnotationContext::pushed.
[[nodiscard]] std::vector<Prefix> pushedPrefixes(const VpnProfile& profile);

/// Whether `p` is one half of a default override pair, and if so the other half.
[[nodiscard]] bool isDefaultOverrideHalf(const Prefix& p, Prefix* counterpart = nullptr);

} // namespace splitroute::core
