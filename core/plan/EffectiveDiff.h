// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"
#include "core/plan/Resolver.h"

#include <optional>
#include <string>
#include <vector>

namespace splitroute::core {

/// Where a route sends packets, as far as the effective diff is concerned: its type, gateway
/// and device(s). "no route" when nothing matches.
struct HopKey {
    std::string text;   ///< "via 192.168.1.1 dev wlan0", "dev tun0", "blackhole", "no route"
    std::string device; ///< first device, "" for none
    bool hasRoute = false;

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
    friend auto operator<=>(const HopKey&, const HopKey&) = default;
    friend bool operator==(const HopKey&, const HopKey&) = default;
};
[[nodiscard]] HopKey hopKeyOf(const Route* route);

/// One group of the effective diff: all addresses of one family whose chosen next hop goes
/// from `from` to `to`, as a minimal CIDR list.
struct HopChange {
    Family family = Family::V4;
    HopKey from;
    HopKey to;
    std::vector<Prefix> prefixes;
    long double addresses = 0; ///< how many addresses change (2^128 does not fit an integer)
    /// At least half of the family changes: said as "all IPv4 traffic except `except`", where
    /// `except` is what does not leave the new way afterwards (not what merely kept it).
    bool mostOfFamily = false;
    std::vector<Prefix> except; ///< only when mostOfFamily
};

/// The address ranges whose chosen next hop differs between two tables, grouped by
/// (old hop, new hop), plus one English sentence for people ("everything except
/// 10.1.0.0/16 now leaves through wlan0"). The GUI builds its own words from `changes`
/// (app/gui/EffectText.h, checked against `summary`).
struct EffectiveDiff {
    std::vector<HopChange> changes; ///< IPv4 first; then by size, largest first
    std::string summary;

    [[nodiscard]] bool empty() const { return changes.empty(); }
};

/// Boundary sweep over both tables (see effectiveSegments): O(n log n), no per-address lookups.
[[nodiscard]] EffectiveDiff effectiveDiff(const RouteTable& before, const RouteTable& after);

/// The route chosen before and after for one address (or each address of a host name).
struct LookupComparison {
    std::string query; ///< what was asked ("10.1.2.3" or "meet.example.com")
    IpAddress address;
    std::optional<Route> before;
    std::optional<Route> after;
    [[nodiscard]] bool changed() const {
        return hopKeyOf(before ? &*before : nullptr) != hopKeyOf(after ? &*after : nullptr);
    }
};

/// `query` is an address or a host name (resolved through `resolve`; may be empty, then names
/// are an error).
[[nodiscard]] Result<std::vector<LookupComparison>> lookupBeforeAfter(const RouteTable& before,
                                                                      const RouteTable& after,
                                                                      const std::string& query,
                                                                      const Resolver& resolve);

/// EffectiveDiff as JSON: {"changes":[{"family","from","fromDevice","to","toDevice",
/// "prefixes":[...]}], "summary": "..."}.
[[nodiscard]] nlohmann::json toJson(const EffectiveDiff& d);

} // namespace splitroute::core
