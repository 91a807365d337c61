// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analyze/Finding.h"

#include "core/RouteJson.h"

namespace splitroute::core {

nlohmann::json toJson(const Finding& f) {
    nlohmann::json routes = nlohmann::json::array();
    for (const auto& r : f.routes)
        routes.push_back(toJson(r));
    nlohmann::json prefixes = nlohmann::json::array();
    for (const auto& p : f.prefixes)
        prefixes.push_back(p.toString());
    return {{"code", f.code},       {"severity", severityName(f.severity)},
            {"message", f.message}, {"routes", routes},
            {"prefixes", prefixes}, {"args", f.args}};
}

nlohmann::json toJson(const std::vector<Finding>& fs) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& f : fs)
        a.push_back(toJson(f));
    return a;
}

} // namespace splitroute::core
