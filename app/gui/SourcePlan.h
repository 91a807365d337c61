// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/analyze/Finding.h"
#include "core/plan/Planner.h"

#include <optional>
#include <vector>

namespace splitroute::app {

struct TableSource;

/// What planning a table's connections gave: the plan, or why there is none, in words.
struct SourcePlan {
    std::optional<core::Plan> plan; ///< nullopt: nothing decided, or planning failed
    QString message;                ///< "N route change(s) planned.", the failure, or empty
};

/// Plans the connections of `source` that have decisions, in turn (primary and backup:
/// core::planConnections), against its table; the plan's tunnel device is the selected
/// connection's. Nothing when no connection has decisions or the source has no table.
[[nodiscard]] SourcePlan planSource(const TableSource& source);

/// The findings of `shown` (a table of `source`), of `plan` (may be null) and of what the
/// connections' inputs said. `before`: `shown` is the table before connecting, which the
/// profile and the inputs do not describe.
[[nodiscard]] std::vector<core::Finding> sourceFindings(const TableSource& source,
                                                        const core::RouteTable& shown, bool before,
                                                        const core::Plan* plan);

} // namespace splitroute::app
