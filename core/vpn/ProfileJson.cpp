// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/ProfileJson.h"

#include <cstdint>

namespace splitroute::core {

using nlohmann::json;

const char* originName(OptionOrigin o) {
    switch (o) {
    case OptionOrigin::Config:
        return "config";
    case OptionOrigin::Pushed:
        return "pushed";
    case OptionOrigin::Derived:
        return "derived";
    }
    return "config";
}

const char* pullFilterActionName(PullFilter::Action a) {
    switch (a) {
    case PullFilter::Action::Accept:
        return "accept";
    case PullFilter::Action::Ignore:
        return "ignore";
    case PullFilter::Action::Reject:
        return "reject";
    }
    return "accept";
}

const char* topologyName(Topology t) {
    switch (t) {
    case Topology::Net30:
        return "net30";
    case Topology::P2p:
        return "p2p";
    case Topology::Subnet:
        return "subnet";
    case Topology::Unset:
        return "";
    }
    return "";
}

std::string utf8Safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80           ? 1
                          : (c >> 5) == 0x6  ? 2
                          : (c >> 4) == 0xe  ? 3
                          : (c >> 3) == 0x1e ? 4
                                             : 0;
        bool ok = len > 0 && i + len <= s.size();
        for (std::size_t k = 1; ok && k < len; ++k)
            ok = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
        if (ok && len > 1) {
            // Reject overlong forms, surrogates and values above U+10FFFF.
            std::uint32_t cp = c & (0x7f >> len);
            for (std::size_t k = 1; k < len; ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
            const std::uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
            ok = cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
        }
        if (!ok) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

void sanitizeUtf8(json& j) {
    if (j.is_string()) {
        const auto& s = j.get_ref<const std::string&>();
        std::string fixed = utf8Safe(s);
        if (fixed != s)
            j = std::move(fixed);
    } else if (j.is_array()) {
        for (auto& e : j)
            sanitizeUtf8(e);
    } else if (j.is_object()) {
        json fixed = json::object();
        for (auto& [k, v] : j.items()) {
            sanitizeUtf8(v);
            fixed[utf8Safe(k)] = std::move(v);
        }
        j = std::move(fixed);
    }
}

namespace {

json orNull(const std::string& s) {
    return s.empty() ? json(nullptr) : json(s);
}

json routeJson(const ProfileRoute& r) {
    json j;
    j["network"] = r.network;
    j["prefix"] = r.prefix ? json(r.prefix->toString()) : json(nullptr);
    j["gatewayKind"] = gatewayKindName(r.gatewayKind);
    if (r.gatewayKind == GatewayKind::Address)
        j["gateway"] = r.gateway.toString();
    else if (r.gatewayKind == GatewayKind::HostName)
        j["gateway"] = r.gatewayHost;
    else
        j["gateway"] = nullptr;
    j["metric"] = r.metric ? json(*r.metric) : json(nullptr);
    j["origin"] = originName(r.origin);
    j["line"] = r.where.line;
    j["text"] = r.text;
    return j;
}

} // namespace

json diagnosticToJson(const Diagnostic& d) {
    json j{{"severity", severityName(d.severity)},
           {"code", d.code},
           {"message", d.message},
           {"file", d.where.file},
           {"line", d.where.line},
           {"column", d.where.column}};
    sanitizeUtf8(j);
    return j;
}

json profileToJson(const VpnProfile& p) {
    json j;
    j["file"] = p.file;
    j["client"] = p.client;
    j["server"] = p.server;
    j["dev"] = orNull(p.dev);
    switch (p.deviceType) {
    case DeviceType::Tun:
        j["deviceType"] = "tun";
        break;
    case DeviceType::Tap:
        j["deviceType"] = "tap";
        break;
    case DeviceType::Null:
        j["deviceType"] = "null";
        break;
    case DeviceType::Unset:
        j["deviceType"] = nullptr;
        break;
    }
    j["topology"] = orNull(topologyName(p.topology));
    json remotes = json::array();
    for (const auto& r : p.remotes)
        remotes.push_back({{"host", r.host},
                           {"port", r.port ? json(*r.port) : json(nullptr)},
                           {"proto", orNull(r.proto)},
                           {"line", r.where.line}});
    j["remotes"] = remotes;
    j["remoteRandom"] = p.remoteRandom;
    j["remoteRandomHostname"] = p.remoteRandomHostname;
    if (p.ifconfig)
        j["ifconfig"] = {{"local", p.ifconfig->local.toString()},
                         {"remoteOrNetmask", p.ifconfig->remoteOrNetmask.toString()},
                         {"origin", originName(p.ifconfig->origin)}};
    else
        j["ifconfig"] = nullptr;
    if (p.ifconfig6)
        j["ifconfigIpv6"] = {{"local", p.ifconfig6->local.toString()},
                             {"prefixLength", p.ifconfig6->prefixLength},
                             {"remote", orNull(p.ifconfig6->remote.toString())},
                             {"origin", originName(p.ifconfig6->origin)}};
    else
        j["ifconfigIpv6"] = nullptr;
    json routes = json::array();
    for (const auto& r : p.routes)
        routes.push_back(routeJson(r));
    j["routes"] = routes;
    json routes6 = json::array();
    for (const auto& r : p.routes6)
        routes6.push_back(routeJson(r));
    j["routesIpv6"] = routes6;
    if (p.redirect) {
        const auto& g = *p.redirect;
        j["redirectGateway"] = {{"option", g.isPrivate ? "redirect-private" : "redirect-gateway"},
                                {"ipv4", g.ipv4},
                                {"def1", g.def1},
                                {"local", g.local},
                                {"autolocal", g.autolocal},
                                {"bypassDhcp", g.bypassDhcp},
                                {"bypassDns", g.bypassDns},
                                {"blockLocal", g.blockLocal},
                                {"ipv6", g.ipv6},
                                {"origin", originName(g.origin)},
                                {"line", g.where.line}};
    } else {
        j["redirectGateway"] = nullptr;
    }
    j["routeGateway"] = p.routeGatewayDhcp ? json("dhcp")
                        : p.routeGateway   ? json(p.routeGateway->toString())
                                           : json(nullptr);
    j["routeIpv6Gateway"] =
        p.routeIpv6Gateway ? json(p.routeIpv6Gateway->toString()) : json(nullptr);
    j["routeMetric"] = p.routeMetric ? json(*p.routeMetric) : json(nullptr);
    j["routeDelay"] = p.routeDelay ? json(*p.routeDelay) : json(nullptr);
    j["routeTable"] = p.routeTable ? json(*p.routeTable) : json(nullptr);
    j["routeNopull"] = p.routeNopull;
    j["routeNoexec"] = p.routeNoexec;
    json filters = json::array();
    for (const auto& f : p.pullFilters)
        filters.push_back(
            {{"action", pullFilterActionName(f.action)}, {"text", f.text}, {"line", f.where.line}});
    j["pullFilters"] = filters;
    j["blockIpv6"] = p.blockIpv6;
    j["blockOutsideDns"] = p.blockOutsideDns;
    j["allowPullFqdn"] = p.allowPullFqdn;
    json dhcp = json::array();
    for (const auto& d : p.dhcpOptions)
        dhcp.push_back({{"type", d.type}, {"value", d.value}, {"origin", originName(d.origin)}});
    j["dhcpOptions"] = dhcp;
    if (p.aws)
        j["aws"] = {{"endpointId", p.awsEndpointId}, {"region", p.awsRegion}};
    else
        j["aws"] = nullptr;
    j["authFederate"] = p.authFederate;
    json blocks = json::array();
    json unknown = json::array();
    for (const auto& o : p.options) {
        if (o.inlineBlock)
            blocks.push_back({{"name", o.name},
                              {"line", o.where.line},
                              {"bytes", o.args.empty() ? 0 : o.args[0].size()}});
        if (!o.known)
            unknown.push_back(
                {{"name", o.name}, {"line", o.where.line}, {"column", o.where.column}});
    }
    j["inlineBlocks"] = blocks;
    j["unknownOptions"] = unknown;
    j["optionCount"] = p.options.size();
    json diags = json::array();
    for (const auto& d : p.diagnostics)
        diags.push_back(diagnosticToJson(d));
    j["diagnostics"] = diags;
    sanitizeUtf8(j);
    return j;
}

json pushResultToJson(const PushReply& reply, const PushResult& r) {
    json j;
    j["messages"] = reply.messages;
    j["complete"] = reply.complete;
    j["rejected"] = r.rejected;
    json items = json::array();
    for (const auto& it : r.items) {
        json i{{"index", it.index}, {"text", it.text}, {"fate", pushFateName(it.fate)}};
        if (!it.message.empty())
            i["message"] = it.message;
        if (it.filter)
            i["filter"] = {{"action", pullFilterActionName(it.filter->action)},
                           {"text", it.filter->text},
                           {"line", it.filter->where.line}};
        items.push_back(std::move(i));
    }
    j["items"] = items;
    json diags = json::array();
    for (const auto& d : r.diagnostics)
        diags.push_back(diagnosticToJson(d));
    j["diagnostics"] = diags;
    sanitizeUtf8(j);
    return j;
}

} // namespace splitroute::core
