// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/persist/NmSettings.h"

#include "core/plan/TunnelContext.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace splitroute::core {

namespace {

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

std::string prefixName(Family f) {
    return f == Family::V6 ? "ipv6" : "ipv4";
}

// Appends an entry unless one with the same destination and next hop is there already.
void addEntry(std::vector<std::string>& entries, const std::string& entry) {
    if (std::find(entries.begin(), entries.end(), entry) == entries.end())
        entries.push_back(entry);
}

bool removeEntry(std::vector<std::string>& entries, const std::string& entry) {
    auto it = std::find(entries.begin(), entries.end(), entry);
    if (it == entries.end())
        return false;
    entries.erase(it);
    return true;
}

} // namespace

const std::vector<std::string>& nmRoutingProperties() {
    static const std::vector<std::string> names = {
        "ipv4.routes", "ipv4.never-default", "ipv4.ignore-auto-routes", "ipv4.route-metric",
        "ipv6.routes", "ipv6.never-default", "ipv6.ignore-auto-routes", "ipv6.route-metric"};
    return names;
}

std::string* nmProperty(NmRoutingSettings& s, std::string_view name) {
    NmFamilySettings* f = nullptr;
    if (name.substr(0, 5) == "ipv4.")
        f = &s.v4;
    else if (name.substr(0, 5) == "ipv6.")
        f = &s.v6;
    else
        return nullptr;
    const std::string_view key = name.substr(5);
    if (key == "routes")
        return &f->routes;
    if (key == "never-default")
        return &f->neverDefault;
    if (key == "ignore-auto-routes")
        return &f->ignoreAutoRoutes;
    if (key == "route-metric")
        return &f->routeMetric;
    return nullptr;
}

const std::string* nmProperty(const NmRoutingSettings& s, std::string_view name) {
    return nmProperty(const_cast<NmRoutingSettings&>(s), name); // NOLINT: same object, read only
}

std::vector<std::string> splitNmRoutes(std::string_view routes) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= routes.size()) {
        const auto comma = routes.find(',', start);
        const auto end = comma == std::string_view::npos ? routes.size() : comma;
        std::string e = trim(routes.substr(start, end - start));
        if (!e.empty())
            out.push_back(std::move(e));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return out;
}

std::string joinNmRoutes(const std::vector<std::string>& entries) {
    std::string s;
    for (const auto& e : entries)
        s += (s.empty() ? "" : ", ") + e;
    return s;
}

std::string nmRouteDestination(std::string_view entry) {
    std::string dst = trim(entry.substr(0, entry.find(' ')));
    if (dst.find('/') == std::string::npos)
        dst += dst.find(':') == std::string::npos ? "/32" : "/128";
    return dst;
}

std::string nmRouteEntry(const Route& route, bool onVpn) {
    std::string s = route.destination.toString();
    if (onVpn)
        return s;
    const bool v6 = route.family() == Family::V6;
    s += " " +
         (route.gateway.isNull() ? std::string(v6 ? "::" : "0.0.0.0") : route.gateway.toString());
    // An explicit metric: without one NetworkManager uses the connection's (100 for ethernet)
    // and the kernel table would differ from the plan's. IPv6 metric 0 means 1024 to Linux.
    s += " " + std::to_string(v6 && route.metric == 0 ? 1024U : route.metric);
    return s;
}

const char* nmRoleName(NmRole role) {
    return role == NmRole::Vpn ? "vpn" : "underlying";
}

Result<NmTarget> nmTargetFromPlan(const Plan& plan, const NmRoutingSettings& vpn,
                                  const NmRoutingSettings& underlying) {
    const std::string& tun = plan.tunnelDevice;
    if (tun.empty())
        return makeError(ErrorCode::InvalidArgument,
                         "the plan names no tunnel device, so it cannot say which routes belong "
                         "to the VPN connection");
    NmTarget t;
    t.vpn = vpn;
    t.underlying = underlying;
    std::array<std::vector<std::string>, 2> vpnRoutes{splitNmRoutes(vpn.v4.routes),
                                                      splitNmRoutes(vpn.v6.routes)};
    std::array<std::vector<std::string>, 2> physRoutes{splitNmRoutes(underlying.v4.routes),
                                                       splitNmRoutes(underlying.v6.routes)};
    std::array<bool, 2> dropPushed{false, false};
    std::set<std::pair<Family, Prefix>> deletedPushed;
    auto idx = [](const Route& r) {
        return static_cast<std::size_t>(r.family() == Family::V6);
    };

    for (const auto& c : plan.changes.changes) {
        const Route& r = c.route;
        const std::size_t fi = idx(r);
        NmFamilySettings& vf = t.vpn.family(r.family());
        if (r.interface.str() == tun) {
            const bool over = isOverridePrefix(r.destination) || r.destination.isDefault();
            if (over) {
                vf.neverDefault = c.kind == ChangeKind::Delete ? "yes" : "no";
            } else if (c.kind == ChangeKind::Add) {
                addEntry(vpnRoutes[fi], nmRouteEntry(r, true));
            } else if (removeEntry(vpnRoutes[fi], nmRouteEntry(r, true))) {
                // a route an earlier persist wrote into the profile
            } else {
                dropPushed[fi] = true;
                deletedPushed.insert({r.family(), r.destination});
            }
            continue;
        }
        t.touchesUnderlying = true;
        t.bypassDevices.insert(r.interface.str());
        const std::string entry = nmRouteEntry(r, false);
        if (c.kind == ChangeKind::Add) {
            addEntry(physRoutes[fi], entry);
        } else if (!removeEntry(physRoutes[fi], entry)) {
            return makeError(ErrorCode::Unsupported,
                             "the plan deletes " + r.destination.toString() + " on " +
                                 r.interface.str() +
                                 ", a route NetworkManager settings do not hold (only routes "
                                 "on the tunnel and entries of ipv4/ipv6.routes can be removed)");
        }
    }
    for (Family f : {Family::V4, Family::V6}) {
        const auto fi = static_cast<std::size_t>(f == Family::V6);
        if (!dropPushed[fi])
            continue;
        t.vpn.family(f).ignoreAutoRoutes = "yes";
        // NetworkManager now ignores every pushed route: the ones the plan keeps are written.
        for (const auto& r : plan.before.routes())
            if (r.family() == f && r.interface.str() == tun && r.protocol != proto::Kernel &&
                r.protocol != proto::Splitroute && r.type == RouteType::Unicast &&
                !isOverridePrefix(r.destination) && !r.destination.isDefault() &&
                !deletedPushed.count({f, r.destination}))
                addEntry(vpnRoutes[fi], nmRouteEntry(r, true));
    }
    for (Family f : {Family::V4, Family::V6}) {
        const auto fi = static_cast<std::size_t>(f == Family::V6);
        // Unchanged lists keep their exact text (nmcli's own spacing).
        if (vpnRoutes[fi] != splitNmRoutes(vpn.family(f).routes))
            t.vpn.family(f).routes = joinNmRoutes(vpnRoutes[fi]);
        if (physRoutes[fi] != splitNmRoutes(underlying.family(f).routes))
            t.underlying.family(f).routes = joinNmRoutes(physRoutes[fi]);
    }
    return t;
}

std::vector<std::string> NmConnectionEdit::propertyArgs(bool undo) const {
    std::vector<std::string> a;
    for (const auto& c : changes) {
        a.push_back(c.property);
        a.push_back(undo ? c.before : c.after);
    }
    return a;
}

std::vector<std::string> NmConnectionEdit::modifyArgs(bool undo) const {
    std::vector<std::string> a{"connection", "modify", uuid};
    for (auto& p : propertyArgs(undo))
        a.push_back(std::move(p));
    return a;
}

std::vector<NmConnectionEdit> nmEdits(NmRole role, const std::string& uuid, const std::string& name,
                                      const NmRoutingSettings& before,
                                      const NmRoutingSettings& after) {
    std::vector<NmConnectionEdit> out;
    for (Family f : {Family::V4, Family::V6}) {
        NmConnectionEdit e{role, uuid, name, {}};
        for (const auto& p : nmRoutingProperties()) {
            if (p.rfind(prefixName(f), 0) != 0)
                continue;
            const std::string& b = *nmProperty(before, p);
            const std::string& a = *nmProperty(after, p);
            if (a != b)
                e.changes.push_back({p, b, a});
        }
        if (!e.changes.empty())
            out.push_back(std::move(e));
    }
    return out;
}

nlohmann::json nmBackupToJson(const std::string& vpnUuid,
                              const std::vector<NmConnectionEdit>& edits) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : edits) {
        nlohmann::json changes = nlohmann::json::array();
        for (const auto& c : e.changes)
            changes.push_back({{"property", c.property}, {"before", c.before}, {"after", c.after}});
        list.push_back({{"role", nmRoleName(e.role)},
                        {"uuid", e.uuid},
                        {"name", e.name},
                        {"changes", changes}});
    }
    return {{"format", "splitroute-nm-persist"}, {"version", 1}, {"vpn", vpnUuid}, {"edits", list}};
}

Result<std::vector<NmConnectionEdit>> nmBackupFromJson(std::string_view text,
                                                       const std::string& file) {
    auto bad = [&](const std::string& what) {
        return makeError(ErrorCode::Parse, "not a Splitroute NetworkManager backup: " + what,
                         SourceLocation{file, 0, 0});
    };
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return bad("not a JSON object");
    if (j.value("format", "") != "splitroute-nm-persist" || j.value("version", 0) != 1)
        return bad("\"format\" must be \"splitroute-nm-persist\" and \"version\" 1");
    if (!j.contains("edits") || !j["edits"].is_array())
        return bad("\"edits\" must be an array");
    std::vector<NmConnectionEdit> out;
    for (const auto& e : j["edits"]) {
        if (!e.is_object() || !e.contains("uuid") || !e["uuid"].is_string() ||
            !e.contains("changes") || !e["changes"].is_array())
            return bad("each edit needs \"uuid\" and \"changes\"");
        NmConnectionEdit edit;
        const std::string role = e.value("role", "");
        if (role != "vpn" && role != "underlying")
            return bad("\"role\" must be \"vpn\" or \"underlying\"");
        edit.role = role == "vpn" ? NmRole::Vpn : NmRole::Underlying;
        edit.uuid = e["uuid"].get<std::string>();
        edit.name = e.value("name", "");
        for (const auto& c : e["changes"]) {
            if (!c.is_object() || !c.contains("property") || !c["property"].is_string() ||
                !c.contains("before") || !c["before"].is_string() || !c.contains("after") ||
                !c["after"].is_string())
                return bad("each change needs string \"property\", \"before\", \"after\"");
            NmPropertyChange pc{c["property"].get<std::string>(), c["before"].get<std::string>(),
                                c["after"].get<std::string>()};
            NmRoutingSettings probe;
            if (!nmProperty(probe, pc.property))
                return bad("unknown property \"" + pc.property + "\"");
            edit.changes.push_back(std::move(pc));
        }
        out.push_back(std::move(edit));
    }
    return out;
}

Result<NmKeyfile> parseNmKeyfile(std::string_view text, const std::string& file) {
    NmKeyfile k;
    std::string group;
    std::map<std::pair<std::string, int>, std::string> routes, options; // (group, N) → value
    bool sawId = false;
    int lineNo = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto nl = text.find('\n', pos);
        const std::string line =
            trim(text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos));
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        ++lineNo;
        const SourceLocation where{file, lineNo, 1};
        if (line.empty() || line[0] == '#' || line[0] == ';')
            continue;
        if (line.front() == '[') {
            if (line.back() != ']')
                return makeError(ErrorCode::Parse, "expected a group header like [ipv4]", where);
            group = line.substr(1, line.size() - 2);
            continue;
        }
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            return makeError(ErrorCode::Parse, "expected KEY=VALUE or [group]", where);
        if (group.empty())
            return makeError(ErrorCode::Parse, "a key before the first [group]", where);
        const std::string key = trim(line.substr(0, eq));
        const std::string value = trim(line.substr(eq + 1));
        if (group == "connection") {
            if (key == "id") {
                // keyfiles escape a backslash as "\\" (GKeyFile); nmcli shows the plain name
                std::string id;
                for (std::size_t i = 0; i < value.size(); ++i)
                    id += value[i] == '\\' && i + 1 < value.size() ? value[++i] : value[i];
                k.id = id;
                sawId = true;
            } else if (key == "uuid") {
                k.uuid = value;
            } else if (key == "type") {
                k.type = value;
            } else if (key == "interface-name") {
                k.interfaceName = value;
            }
        } else if (group == "vpn" && key == "service-type") {
            k.serviceType = value;
        } else if (group == "ipv4" || group == "ipv6") {
            NmFamilySettings& f = group == "ipv6" ? k.settings.v6 : k.settings.v4;
            auto boolean = [&](std::string& out) -> Result<void> {
                if (value == "true" || value == "false") {
                    out = value == "true" ? "yes" : "no";
                    return {};
                }
                return makeError(ErrorCode::Parse, key + ": expected true or false", where);
            };
            if (key == "never-default") {
                if (auto r = boolean(f.neverDefault); !r)
                    return r.error();
            } else if (key == "ignore-auto-routes") {
                if (auto r = boolean(f.ignoreAutoRoutes); !r)
                    return r.error();
            } else if (key == "route-metric") {
                f.routeMetric = value;
            } else {
                for (const char* stem : {"routes", "route"}) {
                    const std::string s = stem;
                    if (key.rfind(s, 0) != 0 || key.size() == s.size() ||
                        !std::isdigit(static_cast<unsigned char>(key[s.size()])))
                        continue;
                    std::size_t used = 0;
                    const int n = std::stoi(key.substr(s.size()), &used);
                    const std::string rest = key.substr(s.size() + used);
                    if (rest.empty())
                        routes[{group, n}] = value;
                    else if (rest == "_options")
                        options[{group, n}] = value;
                    break;
                }
            }
        }
    }
    if (!sawId)
        return makeError(ErrorCode::Parse, "not a NetworkManager keyfile: no [connection] id",
                         SourceLocation{file, 0, 0});
    std::array<std::vector<std::string>, 2> entries;
    for (const auto& [key, value] : routes) {
        std::vector<std::string> parts;
        std::size_t s = 0;
        for (;;) {
            const auto c = value.find(',', s);
            parts.push_back(trim(value.substr(s, c == std::string::npos ? value.npos : c - s)));
            if (c == std::string::npos)
                break;
            s = c + 1;
        }
        while (!parts.empty() && parts.back().empty())
            parts.pop_back();
        if (parts.empty() || !Prefix::parse(parts[0], true))
            return makeError(ErrorCode::Parse,
                             "[" + key.first + "] route" + std::to_string(key.second) +
                                 ": expected DEST[,GATEWAY[,METRIC]]",
                             SourceLocation{file, 0, 0});
        std::string e = parts[0];
        for (std::size_t i = 1; i < parts.size(); ++i)
            e += " " + parts[i];
        if (auto o = options.find(key); o != options.end())
            for (const auto& opt : splitNmRoutes(o->second))
                e += " " + opt;
        entries[key.first == "ipv6" ? 1 : 0].push_back(e);
    }
    k.settings.v4.routes = joinNmRoutes(entries[0]);
    k.settings.v6.routes = joinNmRoutes(entries[1]);
    return k;
}

} // namespace splitroute::core
