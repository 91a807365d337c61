// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli check --table T [--profile P] [--policy FILE] [--tunnel-device DEV]
//                      [--vpn-server ADDR...] [--local-dns ADDR...] [--iroute CIDR...]
//                      [--server [CONF [--ccd DIR]]] [--aws-route-enforcement]
//                      [--aws-endpoints FILE [--aws-endpoint ID]] [--json]
//
// Runs the analyzers (core/analyze/Analyzer.h) and lists their findings: IPv6 leak,
// TunnelCrack LocalNet and ServerIP, pushed routes swallowing the local DNS/gateway,
// route-nopull and DNS, AWS route enforcement, shadowed bypass/tunnel routes, missing
// iroutes (server side), primary/backup tunnels. --json prints {"findings":[...]}.
// --server CONF reads an OpenVPN server config and its client-config-dir (--ccd DIR, else the
// config's own) and checks the table against OpenVPN's real internal routes (every enabled
// client's iroutes and ifconfig-push addresses); bare --server only says the table is a
// server's (iroutes then come from --iroute). --aws-endpoints reads
// `aws ec2 describe-client-vpn-endpoints` output: the endpoint's
// ClientRouteEnforcementOptions.Enforced decides the route-enforcement finding (the endpoint:
// --aws-endpoint, else the profile's by DnsName then by id, else the only one; as `aws` and the
// window choose it, core/vpn/AwsEndpointSelector.h). The --iroute/--aws-route-enforcement flags
// still work.
// Exit: 0 nothing above info, 1 warnings or errors found, 2 bad usage or unreadable input.

#include "app/cli/Cli.h"
#include "app/cli/PlanInputs.h"
#include "core/analyze/Analyzer.h"
#include "core/vpn/AwsClientVpn.h"
#include "core/vpn/AwsEndpointSelector.h"

namespace splitroute::cli {
namespace {

using namespace splitroute::core;

int runCheck(const Args& args, Io& io) {
    const bool json = args.has("json");
    if (!args.value("table"))
        return fail(io, json, makeError(ErrorCode::InvalidArgument, "check needs --table FILE"));
    auto table = readTableFile(*args.value("table"), io);
    if (!table)
        return fail(io, json, table.error());
    AnalysisInput in;
    in.table = &*table;
    std::optional<VpnProfile> profile;
    if (auto p = args.value("profile")) {
        auto pr = readProfileFile(*p);
        if (!pr)
            return fail(io, json, pr.error());
        profile = std::move(pr).value();
        in.profile = &*profile;
        in.serverMode = profile->server;
    }
    std::optional<SplitPolicy> policy;
    if (auto p = args.value("policy")) {
        auto pol = readPolicyFile(*p);
        if (!pol)
            return fail(io, json, pol.error());
        policy = std::move(pol).value();
        in.policy = &*policy;
    }
    in.tunnelDevice = args.value("tunnel-device").value_or("");
    for (const auto& [opt, list] :
         {std::pair{"vpn-server", &in.vpnServers}, std::pair{"local-dns", &in.localDns}})
        for (const auto& s : args.values(opt)) {
            auto a = IpAddress::parse(s);
            if (!a)
                return fail(
                    io, json,
                    makeError(ErrorCode::InvalidArgument,
                              std::string("--") + opt + " " + s + ": " + a.error().message));
            list->push_back(*a);
        }
    for (const auto& s : args.values("iroute")) {
        auto p = Prefix::parse(s);
        if (!p)
            return fail(
                io, json,
                makeError(ErrorCode::InvalidArgument, "--iroute " + s + ": " + p.error().message));
        in.iroutes.push_back(*p);
    }
    if (!args.positionals().empty() && (!args.has("server") || args.positionals().size() > 1))
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument,
                              "unexpected argument '" + args.positionals().back() +
                                  "' (check takes one CONF, after --server)"));
    if (args.has("ccd") && args.positionals().empty())
        return fail(io, json, makeError(ErrorCode::InvalidArgument, "--ccd needs --server CONF"));
    if (args.has("server"))
        in.serverMode = true;
    if (!args.positionals().empty()) {
        auto server = readServerConfigFile(args.positionals().front(), args.value("ccd"));
        if (!server)
            return fail(io, json, server.error());
        for (const auto& r : server->internalRoutes)
            in.iroutes.push_back(r.network);
    }
    if (args.has("aws-route-enforcement"))
        in.awsRouteEnforcement = true;
    if (args.has("aws-endpoint") && !args.has("aws-endpoints"))
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument, "--aws-endpoint needs --aws-endpoints"));
    if (auto file = args.value("aws-endpoints")) {
        auto text = readFile(*file);
        if (!text)
            return fail(io, json, text.error());
        auto eps = parseAwsEndpoints(*text, *file);
        if (!eps)
            return fail(io, json, eps.error());
        // --aws-endpoint, else the profile's (by DnsName, then id), else the only one.
        auto choice = selectAwsEndpoint(*eps, {args.value("aws-endpoint").value_or(""), in.profile,
                                               *file, "pick one with --aws-endpoint"});
        if (!choice)
            return fail(io, json, choice.error());
        const AwsClientVpnEndpoint* ep = &(*eps)[choice->index];
        // The flag forces the finding on; the endpoint's own setting decides otherwise.
        if (!in.awsRouteEnforcement)
            in.awsRouteEnforcement = ep->routeEnforcement;
    }

    const auto findings = analyze(in);
    bool problems = false;
    for (const auto& f : findings)
        problems = problems || f.severity != Severity::Info;
    if (json) {
        printJson(io, {{"findings", toJson(findings)}});
    } else if (findings.empty()) {
        io.out << "No findings.\n";
    } else {
        for (const auto& f : findings)
            io.out << severityName(f.severity) << " [" << f.code << "]: " << f.message << '\n';
    }
    return problems ? kExitFailure : kExitOk;
}

} // namespace

Command checkCommand() {
    return Command{
        "check",
        "look for leaks and route problems (IPv6 leak, TunnelCrack, shadowed routes, iroutes)",
        "check --table T [--profile P] [--policy FILE] [--local-dns ADDR...] [--iroute CIDR...] "
        "[--server [CONF [--ccd DIR]]] [--aws-endpoints FILE [--aws-endpoint ID]]",
        {
            {"table", true, false, "FILE  routing table (any importable format)"},
            {"profile", true, false, "FILE  OpenVPN profile or server config"},
            {"policy", true, false, "FILE  split policy to check as well"},
            {"tunnel-device", true, false, "DEV  the tunnel device (detected when not given)"},
            {"vpn-server", true, true, "ADDR  the VPN server's address"},
            {"local-dns", true, true, "ADDR  a local DNS server the VPN must not swallow"},
            {"iroute", true, true,
             "CIDR  a client iroute (server side): routes into the tunnel "
             "must be covered"},
            {"server", false, false,
             "[CONF]  the table is an OpenVPN server's; with CONF, check it against that config's "
             "client iroutes"},
            {"ccd", true, false,
             "DIR  client-config-dir for --server CONF (default: the config's)"},
            {"aws-route-enforcement", false, false,
             "the AWS Client VPN endpoint enforces its routes"},
            {"aws-endpoints", true, false,
             "FILE  aws ec2 describe-client-vpn-endpoints output (route enforcement setting)"},
            {"aws-endpoint", true, false, "ID  the endpoint in --aws-endpoints to use"},
        },
        runCheck,
    };
}

} // namespace splitroute::cli
