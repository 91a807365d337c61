// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads `ip -4|-6 -j route show table all` into core routes, keeping every field `ip` shows,
// so a real table and a predicted one can be compared route for route. (The product's
// importer lives in core/import; this test keeps its own small reader so a bug there cannot
// hide a prediction bug here.)

#include "core/Route.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace testutil {

inline std::optional<std::vector<splitroute::core::Route>>
routesFromIpJson(const std::string& text, splitroute::core::Family family, std::string* error) {
    using namespace splitroute::core;
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_array()) {
        *error = "not a JSON array: " + text.substr(0, 200);
        return std::nullopt;
    }
    std::vector<Route> out;
    for (const auto& e : j) {
        Route r;
        const std::string dst = e.value("dst", "");
        if (dst == "default") {
            r.destination = Prefix::any(family);
        } else {
            auto p = Prefix::parse(dst);
            if (!p.ok()) {
                *error = "bad dst " + dst;
                return std::nullopt;
            }
            r.destination = p.value();
        }
        if (e.contains("type")) {
            auto t = routeTypeFromName(e["type"].get<std::string>());
            if (!t) {
                *error = "bad type " + e["type"].dump();
                return std::nullopt;
            }
            r.type = *t;
        }
        if (e.contains("gateway")) {
            auto g = IpAddress::parse(e["gateway"].get<std::string>());
            if (!g.ok()) {
                *error = "bad gateway " + e["gateway"].dump();
                return std::nullopt;
            }
            r.gateway = g.value();
        }
        r.interface = e.value("dev", "");
        // ip leaves out what is the default: table main, protocol boot, scope universe, metric 0.
        r.table = table::Main;
        if (e.contains("table")) {
            const auto& t = e["table"];
            if (t.is_number())
                r.table = t.get<std::uint32_t>();
            else if (auto id = tableFromName(t.get<std::string>()))
                r.table = *id;
            else
                r.table = static_cast<std::uint32_t>(std::stoul(t.get<std::string>()));
        }
        r.protocol = proto::Boot;
        if (e.contains("protocol")) {
            const auto& p = e["protocol"];
            if (p.is_number())
                r.protocol = p.get<std::uint8_t>();
            else if (auto id = protocolFromName(p.get<std::string>()))
                r.protocol = *id;
            else {
                *error = "bad protocol " + p.dump();
                return std::nullopt;
            }
        }
        if (e.contains("scope")) {
            auto s = scopeFromName(e["scope"].get<std::string>());
            if (!s) {
                *error = "bad scope " + e["scope"].dump();
                return std::nullopt;
            }
            r.scope = *s;
        }
        r.metric = e.value("metric", 0u);
        if (e.contains("prefsrc")) {
            auto s = IpAddress::parse(e["prefsrc"].get<std::string>());
            if (s.ok())
                r.preferredSource = s.value();
        }
        if (e.contains("flags"))
            for (const auto& f : e["flags"]) {
                if (f == "onlink")
                    r.flags |= routeflag::OnLink;
                else if (f == "linkdown")
                    r.flags |= routeflag::LinkDown;
                else if (f == "dead")
                    r.flags |= routeflag::Dead;
            }
        if (e.contains("nexthops")) {
            *error = "multipath routes are not expected in these namespaces";
            return std::nullopt;
        }
        out.push_back(r);
    }
    return out;
}

} // namespace testutil
