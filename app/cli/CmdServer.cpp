// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli server CONF [--ccd DIR] [--ipv4-subnet-default] [--json]
//
// An OpenVPN server config and its client-config-dir files: the push list every client
// receives (config `push` lines, then the --server/--server-ipv6/--keepalive helper pushes),
// each client's networks (iroutes), address and pushes, OpenVPN's internal routing table
// (which network sits behind which client) and the routes the server puts into its tunnel,
// cross-checked (a route into the tunnel without an iroute is dropped inside OpenVPN).
// Without --ccd, the config's client-config-dir is read (relative to the config's folder).
//
// JSON output (stable; fields are only ever added):
// {
//   "file", "topology": "net30"|"p2p"|"subnet"|null, "network": "10.8.0.0/24"|null,
//   "network6": null|"fd00::/64", "serverAddress": null|"10.8.0.1",
//   "pool": null|{"first", "last"}, "clientToClient": bool, "clientConfigDir": null|"ccd",
//   "pushes": ["route-gateway 10.8.0.1", ...],
//   "kernelRoutes": [{"network", "gateway", "gatewayKind", "metric", "implied", "line"}],
//   "kernelRoutesIpv6": [same],
//   "clients": [{"commonName", "disabled", "pushReset", "iroutes": ["192.168.10.0/24"],
//                "iroutesIpv6": [...], "ifconfigPush": null|{"local", "remoteOrNetmask"},
//                "ifconfigIpv6Push": null|{"local", "prefixLength"}, "pushes": [...],
//                "diagnostics": [...]}],
//   "internalRoutes": [{"network", "client", "source"}],
//   "diagnostics": [the config's and the cross-checks'],
//   "errors": n, "warnings": n
// }
// Exit status: 2 when the config cannot be read (file:line:column), 1 when there are errors
// or cross-check warnings (routes without iroutes and the reverse), else 0.

#include "app/cli/Cli.h"
#include "app/cli/PlanInputs.h"

#include "core/vpn/ProfileJson.h"
#include "core/vpn/ServerConfig.h"

#include <ostream>

namespace splitroute::cli {
namespace {

using nlohmann::json;

json kernelRouteJson(const core::ServerKernelRoute& k) {
    return {{"network", k.network.toString()},
            {"gateway", k.gateway.isNull() ? json(nullptr) : json(k.gateway.toString())},
            {"gatewayKind", core::gatewayKindName(k.gatewayKind)},
            {"metric", k.metric ? json(*k.metric) : json(nullptr)},
            {"implied", k.implied},
            {"line", k.where.line}};
}

int run(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    if (args.positionals().size() != 1)
        return fail(io, asJson,
                    core::makeError(core::ErrorCode::InvalidArgument,
                                    "server needs exactly one CONF file"));
    const std::string& path = args.positionals()[0];
    core::ServerConfigOptions opts;
    opts.subnetDefault = args.has("ipv4-subnet-default");
    auto s = readServerConfigFile(path, args.value("ccd"), opts);
    if (!s)
        return fail(io, asJson, s.error(), kExitUsage);

    std::vector<core::Diagnostic> all = s->profile.diagnostics;
    all.insert(all.end(), s->diagnostics.begin(), s->diagnostics.end());
    int errors = 0, warnings = 0;
    bool crossCheck = false;
    auto count = [&](const std::vector<core::Diagnostic>& ds) {
        for (const auto& d : ds) {
            errors += d.severity == core::Severity::Error;
            warnings += d.severity == core::Severity::Warning;
            crossCheck =
                crossCheck || d.code == "route-without-iroute" || d.code == "iroute-without-route";
        }
    };
    count(all);
    for (const auto& c : s->clients)
        count(c.diagnostics);
    const int rc = (errors > 0 || crossCheck) ? kExitFailure : kExitOk;

    if (asJson) {
        json j;
        j["file"] = path;
        j["topology"] = s->topology == core::Topology::Unset
                            ? json(nullptr)
                            : json(core::topologyName(s->topology));
        j["network"] = s->network ? json(s->network->toString()) : json(nullptr);
        j["network6"] = s->network6 ? json(s->network6->toString()) : json(nullptr);
        j["serverAddress"] = s->serverAddress ? json(s->serverAddress->toString()) : json(nullptr);
        j["pool"] = s->poolFirst.empty() ? json(nullptr)
                                         : json{{"first", s->poolFirst}, {"last", s->poolLast}};
        j["clientToClient"] = s->clientToClient;
        j["clientConfigDir"] =
            s->clientConfigDir.empty() ? json(nullptr) : json(s->clientConfigDir);
        j["pushes"] = s->pushes;
        json kr = json::array(), kr6 = json::array();
        for (const auto& k : s->kernelRoutes)
            kr.push_back(kernelRouteJson(k));
        for (const auto& k : s->kernelRoutes6)
            kr6.push_back(kernelRouteJson(k));
        j["kernelRoutes"] = kr;
        j["kernelRoutesIpv6"] = kr6;
        json clients = json::array();
        for (const auto& c : s->clients) {
            json ir = json::array(), ir6 = json::array(), ds = json::array();
            for (const auto& r : c.iroutes)
                ir.push_back(r.prefix->toString());
            for (const auto& r : c.iroutes6)
                ir6.push_back(r.prefix->toString());
            for (const auto& d : c.diagnostics)
                ds.push_back(core::diagnosticToJson(d));
            clients.push_back(
                {{"commonName", c.commonName},
                 {"disabled", c.disabled},
                 {"pushReset", c.pushReset},
                 {"iroutes", ir},
                 {"iroutesIpv6", ir6},
                 {"ifconfigPush",
                  c.ifconfigPush
                      ? json{{"local", c.ifconfigPush->local.toString()},
                             {"remoteOrNetmask", c.ifconfigPush->remoteOrNetmask.toString()}}
                      : json(nullptr)},
                 {"ifconfigIpv6Push", c.ifconfig6Push
                                          ? json{{"local", c.ifconfig6Push->local.toString()},
                                                 {"prefixLength", c.ifconfig6Push->prefixLength}}
                                          : json(nullptr)},
                 {"pushes", c.pushes},
                 {"diagnostics", ds}});
        }
        j["clients"] = clients;
        json internal = json::array();
        for (const auto& r : s->internalRoutes)
            internal.push_back(
                {{"network", r.network.toString()}, {"client", r.client}, {"source", r.source}});
        j["internalRoutes"] = internal;
        json ds = json::array();
        for (const auto& d : all)
            ds.push_back(core::diagnosticToJson(d));
        j["diagnostics"] = ds;
        j["errors"] = errors;
        j["warnings"] = warnings;
        core::sanitizeUtf8(j);
        printJson(io, j);
        return rc;
    }

    auto& os = io.out;
    os << "Server: " << path << '\n';
    if (s->network)
        os << "  server " << s->network->toString() << " (topology "
           << core::topologyName(s->topology) << ", server address " << s->serverAddress->toString()
           << ")\n";
    if (s->network6)
        os << "  server-ipv6 " << s->network6->toString() << '\n';
    if (!s->poolFirst.empty())
        os << "  pool " << s->poolFirst << " - " << s->poolLast << '\n';
    os << "  client-to-client: " << (s->clientToClient ? "yes" : "no") << '\n';
    os << "\nPushed to every client:\n";
    for (const auto& p : s->pushes)
        os << "  " << p << '\n';
    os << "\nRoutes the server puts into the tunnel:\n";
    for (const auto* list : {&s->kernelRoutes, &s->kernelRoutes6})
        for (const auto& k : *list)
            os << "  " << k.network.toString()
               << (k.gateway.isNull() ? "" : " via " + k.gateway.toString())
               << (k.implied ? "  (--server helper)" : "") << '\n';
    os << "\nInternal routing table (network -> client):\n";
    for (const auto& r : s->internalRoutes)
        os << "  " << r.network.toString() << " -> " << r.client << "  (" << r.source << ")\n";
    for (const auto& c : s->clients) {
        os << "\nClient " << c.commonName << (c.disabled ? " (disabled)" : "") << ":\n";
        for (const auto& r : c.iroutes)
            os << "  iroute " << r.prefix->toString() << '\n';
        for (const auto& r : c.iroutes6)
            os << "  iroute-ipv6 " << r.prefix->toString() << '\n';
        os << "  receives:";
        for (const auto& p : c.pushes)
            os << "\n    " << p;
        os << '\n';
        for (const auto& d : c.diagnostics)
            os << "  " << d.toString() << '\n';
    }
    if (!all.empty()) {
        os << "\nDiagnostics:\n";
        for (const auto& d : all)
            os << "  " << d.toString() << '\n';
    }
    return rc;
}

} // namespace

Command serverCommand() {
    return Command{
        "server",
        "read an OpenVPN server config and its CCD files: pushes, per-client networks, checks",
        "server CONF [--ccd DIR] [--ipv4-subnet-default] [--json]",
        {{"ccd", true, false, "DIR  client-config-dir (default: the config's own, if it exists)"},
         {"ipv4-subnet-default", false, false,
          "expand --server as OpenVPN 2.7 does (topology subnet by default; 2.6: net30)"}},
        run};
}

} // namespace splitroute::cli
