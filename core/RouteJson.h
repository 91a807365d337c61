// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ChangeSet.h"

#include <nlohmann/json.hpp>

namespace splitroute::core {

/// JSON forms shared by the CLI's --json output, snapshots, plans and the helper protocol.
/// A route is {"destination": "10.0.0.0/8", "gateway": "192.168.1.1" | null,
///   "interface": "eth0", "ifindex": 2, "metric": 100, "table": "main" | 1000,
///   "type": "unicast", "protocol": "static", "scope": "universe", "prefsrc": "…" (optional),
///   "onlink" / "linkdown" / "dead": true (each optional), "nexthops": [{"gateway",
///   "interface", "ifindex", "weight", "onlink" / "linkdown" / "dead": true (optional)}]
///   (optional)}
[[nodiscard]] nlohmann::json toJson(const Route& r);
/// Strict: unknown fields, wrong types and non-canonical prefixes are errors.
[[nodiscard]] Result<Route> routeFromJson(const nlohmann::json& j);

[[nodiscard]] nlohmann::json toJson(const RouteTable& t);
[[nodiscard]] Result<RouteTable> routeTableFromJson(const nlohmann::json& j); // array of routes

/// {"op": "add"|"delete", "route": {...}, "reason": "..."}
[[nodiscard]] nlohmann::json toJson(const RouteChange& c);
[[nodiscard]] Result<RouteChange> routeChangeFromJson(const nlohmann::json& j);
[[nodiscard]] nlohmann::json toJson(const ChangeSet& c); // array of changes
[[nodiscard]] Result<ChangeSet> changeSetFromJson(const nlohmann::json& j);

} // namespace splitroute::core
