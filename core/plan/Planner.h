// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ChangeSet.h"
#include "core/PrefixSet.h"
#include "core/analyze/Finding.h"
#include "core/plan/EffectiveDiff.h"
#include "core/plan/Resolver.h"
#include "core/plan/SplitPolicy.h"
#include "core/plan/TunnelContext.h"
#include "core/vpn/VpnProfile.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace splitroute::core {

/// Knobs of the planner; everything left empty is found in the table.
struct PlanParameters {
    std::string tunnelDevice; ///< detected from the override routes when empty
    IpAddress tunnelGateway4; ///< detected when null (null stays: device route)
    IpAddress tunnelGateway6;
    std::optional<Route> physicalRoute4;   ///< the hop bypass routes use when the pre-VPN
    std::optional<Route> physicalRoute6;   ///  view has none: default = the shadowed default
    std::vector<Prefix> protectedPrefixes; ///< never touched, besides the automatic ones
    std::vector<IpAddress> vpnServers;     ///< besides the profile's literal remotes
    std::vector<IpAddress> vpnDns;         ///< besides the profile's dhcp-option DNS
    std::uint32_t metric4 = 0;             ///< metric of added IPv4 routes
    std::uint32_t metric6 = 1024;          ///< Linux turns an IPv6 metric 0 into 1024
    Resolver resolver;                     ///< for host rules; empty: host rules are findings
};

/// A host rule's name and the addresses the plan used for it.
struct ResolvedHost {
    std::string host;
    std::vector<IpAddress> addresses;
    std::string error; ///< why it could not be resolved ("" when it was)
    friend bool operator==(const ResolvedHost&, const ResolvedHost&) = default;
};

/// The planner's answer: the route changes, the table after them, and what a person should
/// know about them.
struct Plan {
    ChangeSet changes;
    RouteTable before; ///< the table the changes apply to (current, or the predicted one)
    RouteTable after;
    std::vector<Finding> findings;
    std::vector<ResolvedHost> resolved;
    std::string tunnelDevice;
    PrefixSet tunnelled; ///< addresses the after-table sends into the tunnel device
    /// effectiveDiff(before, after): the window words it in its language (app/gui/EffectText.h).
    EffectiveDiff effective;
    std::string effectiveSummary; ///< effective.summary; the only part a plan file keeps
};

/// (current table, profile or predicted table, policy, parameters) → Plan.
/// `predicted`, when given, is the table as it will be once the VPN is up (the changes apply
/// to it); otherwise `current` is taken to be that table. `profile` supplies the VPN server
/// and DNS addresses to protect. Deterministic: equal inputs give equal plans.
///
/// Method: for each family, a target is computed for every address — the first policy rule
/// that covers it (tunnel / bypass = as the table without the VPN routes would send it /
/// as-pushed = as the VPN table sends it), protected ranges first, everything else as the
/// table with the default override kept or removed per "other". Starting from the table with
/// and without the override, routes are added (aggregated to minimal CIDR lists, grouped by
/// next hop) for exactly the ranges whose chosen route does not yet meet the target, until
/// none is left; the start that needs fewer changes wins (the "complement" trick).
[[nodiscard]] Result<Plan> makePlan(const RouteTable& current, const RouteTable* predicted,
                                    const VpnProfile* profile, const SplitPolicy& policy,
                                    const PlanParameters& params);

/// {"format":"splitroute-plan","version":1,"tunnelDevice":…,"changes":[…],"tunnelled":[…],
///  "resolved":[…],"findings":[…],"summary":{…},"before":[…] (when includeBefore)}
[[nodiscard]] nlohmann::json planToJson(const Plan& plan, bool includeBefore = true);
/// Strict reader of planToJson's output. `after` and `effective` are recomputed from before +
/// changes when `before` is present; findings are read back as well.
[[nodiscard]] Result<Plan> planFromJson(const nlohmann::json& j);
[[nodiscard]] Result<Plan> parsePlan(std::string_view text, const std::string& file = {});

/// Addresses whose chosen route in `table` leaves through `device` (minimal ranges).
[[nodiscard]] PrefixSet tunnelledSet(const RouteTable& table, const std::string& device);

} // namespace splitroute::core
