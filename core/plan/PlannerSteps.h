// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The named steps of makePlan (core/plan/Planner.h), in the order it runs them:
//   1. tunnel context   — which device and gateways are the tunnel, where "outside" leads;
//   2. protect          — ranges no rule may move (the tunnel's subnet, VPN servers and DNS);
//   3. decide ranges    — the policy's rules, first match wins, as tunnel/bypass/as-pushed sets;
//   4. targets          — per address range of a family: tunnel, outside or as it is, and the
//                         route whose next hop an added route copies;
//   5. emit and aggregate routes — the fewest CIDR routes per next hop that meet the targets,
//                         from the table with and without the default override;
//   6. reasons          — the rule each added route serves.
// Internal to core; declared here so each step has its own tests (tests/core/TestPlannerSteps).

#include "core/plan/Planner.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::core::planner {

/// What the planner wants for an address: through the tunnel, outside it, or nothing.
enum class Cls : std::uint8_t { Tunnel, Outside, None };

/// The class of the route `r` (null: no route) as seen from the tunnel.
[[nodiscard]] Cls classOf(const Route* r, const TunnelContext& ctx);

/// 1. The tunnel context of `base`, with what the parameters and the current table add.
[[nodiscard]] TunnelContext planTunnelContext(const RouteTable& current,
                                              const RouteTable* predicted, const RouteTable& base,
                                              const PlanParameters& params);

/// A range no rule may move, and why (for the finding that says so).
struct ProtectedItem {
    Prefix prefix;
    std::string why;
};

/// 2. The protected ranges, sorted by prefix, one entry per prefix.
[[nodiscard]] std::vector<ProtectedItem> protectedRanges(const RouteTable& base,
                                                         const TunnelContext& ctx,
                                                         const PlanParameters& params,
                                                         const VpnProfile* profile);

/// The addresses claimed so far, per family, as an interval map: a policy of 10k rules must
/// not cost 10k passes over every range claimed so far.
class ClaimMap {
public:
    /// Claims the inclusive range [lo, hi].
    void claim(Family f, u128 lo, u128 hi);
    /// Appends to `out` the prefixes of [lo, hi] that nothing has claimed yet.
    void uncovered(Family f, u128 lo, u128 hi, std::vector<Prefix>& out) const;

private:
    std::array<std::map<u128, u128>, 2> m_claimed; // [v4, v6]: first -> last
};

/// What the policy decides, range by range (first rule wins).
struct RangeDecisions {
    PrefixSet tunnel;
    PrefixSet bypass;
    PrefixSet asPushed;
    std::array<std::optional<bool>, 2> wantOverride; ///< [v4, v6], from /0 rules
    std::vector<ResolvedHost> resolved;
    std::vector<Finding> findings; ///< unresolved hosts, protected overlaps, shadowed rules
};

/// Loopback addresses: never a rule's, never a planned route's (a plain `ip route` dump has
/// no local table, so 127.0.0.1 would seem to follow the default route).
[[nodiscard]] const PrefixSet& loopbackSet();

/// 3. Rules → claimed regions. `protectedSet` holds the prefixes of `prot`.
[[nodiscard]] RangeDecisions decideRanges(const SplitPolicy& policy, const RouteTable& base,
                                          const TunnelContext& ctx,
                                          const std::vector<ProtectedItem>& prot,
                                          const PrefixSet& protectedSet,
                                          const PlanParameters& params);

/// The table without the VPN's routes: where bypassed traffic goes.
[[nodiscard]] RouteTable outsideTable(const RouteTable& base, const RouteTable& current,
                                      const RouteTable* predicted, const TunnelContext& ctx);

/// A range of addresses and what the plan wants for it.
struct TargetSeg {
    u128 first, last;
    Cls cls;
    const Route* hop; ///< route whose next hop an added route copies (null: none possible)
};

/// 4. Targets of one family, gap-free over the family, and the findings when a side is
/// missing (no physical route for bypass rules, no tunnel for tunnel rules). `tunnelHop` and
/// the routes of the three tables are pointed to by the targets.
struct FamilyTargets {
    std::vector<TargetSeg> targets;
    std::vector<Finding> findings;
};
[[nodiscard]] FamilyTargets familyTargets(Family f, const RouteTable& base,
                                          const RouteTable& outside, const RouteTable& wantedTable,
                                          const RangeDecisions& decisions,
                                          const PrefixSet& protectedSet, const TunnelContext& ctx,
                                          const Route& tunnelHop);

/// A table being planned: the table so far and the changes that made it.
struct Candidate {
    RouteTable table;
    ChangeSet fill;       ///< changes made by the fill, in order
    ChangeSet structural; ///< override deletions / additions (emitted last)
    std::vector<Finding> findings;
    bool failed = false;
};

/// The route to `dest` through the next hop of `hop`, as the planner adds it.
[[nodiscard]] Route routeFromHop(const Prefix& dest, const Route& hop, std::uint32_t metric);

/// 5a. Adds routes until every address of `family` meets `targets` (or is given up on),
/// aggregated: the fewest CIDR routes per next hop.
void fill(Candidate& c, Family family, const std::vector<TargetSeg>& targets,
          const TunnelContext& ctx, std::uint32_t metric);

/// 5b. The default override of family `f` on (tunnel halves added) or off (override routes
/// removed) in a copy of `t`; the changes go to `structural`.
[[nodiscard]] RouteTable withOverride(RouteTable t, Family f, bool on, const TunnelContext& ctx,
                                      const Route& tunnelHop, std::uint32_t metric,
                                      ChangeSet& structural);

/// 5. One family planned on `start`: both starts (override as wanted and the opposite), the
/// one with fewer changes wins. Error when neither converges.
[[nodiscard]] Result<Candidate> planFamily(Family f, const RouteTable& start,
                                           const RouteTable& base, const RouteTable& outside,
                                           const RangeDecisions& decisions,
                                           const PrefixSet& protectedSet, const TunnelContext& ctx,
                                           const SplitPolicy& policy, const PlanParameters& params,
                                           std::vector<Finding>& familyFindings);

/// 6. Gives each added route without a reason the policy rule it serves (same side of the
/// tunnel first), else "keep in tunnel" / "keep outside tunnel".
void attachReasons(ChangeSet& changes, const SplitPolicy& policy,
                   const std::vector<ResolvedHost>& resolved, const TunnelContext& ctx);

} // namespace splitroute::core::planner
