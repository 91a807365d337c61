// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Route.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace splitroute::core {

/// Something about a routing table, profile or plan a person should know: a leak, a route
/// that will not take effect, a rule the planner had to narrow. `code` is stable (tests, the
/// GUI's translations); `message` is English for the CLI.
struct Finding {
    std::string code; ///< e.g. "ipv6-leak", "tunnelcrack-localnet", "server-ip-via-tunnel"
    Severity severity = Severity::Warning;
    std::string message;
    std::vector<Route> routes;    ///< the routes concerned
    std::vector<Prefix> prefixes; ///< address ranges concerned
    /// The variable parts of `message` as data (addresses, interfaces, numbers, keywords), so a
    /// user interface can word the finding in its own language. Their meaning per code:
    /// core/analyze/FindingCode.h.
    std::vector<std::string> args;

    friend bool operator==(const Finding&, const Finding&) = default;
};

/// {"code","severity","message","routes":[route json],"prefixes":["…"],"args":["…"]}
/// ("args": see Finding::args; planFromJson reads it back, absent means none).
[[nodiscard]] nlohmann::json toJson(const Finding& f);
[[nodiscard]] nlohmann::json toJson(const std::vector<Finding>& fs);

} // namespace splitroute::core
