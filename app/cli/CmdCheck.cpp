// splitroute-cli check --table T [--profile P] [--policy FILE] [--tunnel-device DEV]
//                      [--vpn-server ADDR...] [--local-dns ADDR...] [--iroute CIDR... | --server]
//                      [--aws-route-enforcement] [--json]
//
// Runs the analyzers (core/analyze/Analyzer.h) and lists their findings: IPv6 leak,
// TunnelCrack LocalNet and ServerIP, pushed routes swallowing the local DNS/gateway,
// route-nopull and DNS, AWS route enforcement, shadowed bypass/tunnel routes, missing
// iroutes (server side), primary/backup tunnels. --json prints {"findings":[...]}.
// Exit: 0 nothing above info, 1 warnings or errors found, 2 bad usage or unreadable input.

#include "app/cli/Cli.h"
#include "app/cli/PlanInputs.h"
#include "core/analyze/Analyzer.h"

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
    for (const auto& [opt, list] : {std::pair{"vpn-server", &in.vpnServers},
                                    std::pair{"local-dns", &in.localDns}})
        for (const auto& s : args.values(opt)) {
            auto a = IpAddress::parse(s);
            if (!a)
                return fail(io, json,
                            makeError(ErrorCode::InvalidArgument,
                                      std::string("--") + opt + " " + s + ": " +
                                          a.error().message));
            list->push_back(*a);
        }
    for (const auto& s : args.values("iroute")) {
        auto p = Prefix::parse(s);
        if (!p)
            return fail(io, json,
                        makeError(ErrorCode::InvalidArgument,
                                  "--iroute " + s + ": " + p.error().message));
        in.iroutes.push_back(*p);
    }
    if (args.has("server"))
        in.serverMode = true;
    if (args.has("aws-route-enforcement"))
        in.awsRouteEnforcement = true;

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

const Registrar reg{Command{
    "check",
    "look for leaks and route problems (IPv6 leak, TunnelCrack, shadowed routes, iroutes)",
    "check --table T [--profile P] [--policy FILE] [--local-dns ADDR...] [--iroute CIDR...]",
    {
        {"table", true, false, "FILE  routing table (any importable format)"},
        {"profile", true, false, "FILE  OpenVPN profile or server config"},
        {"policy", true, false, "FILE  split policy to check as well"},
        {"tunnel-device", true, false, "DEV  the tunnel device (detected when not given)"},
        {"vpn-server", true, true, "ADDR  the VPN server's address"},
        {"local-dns", true, true, "ADDR  a local DNS server the VPN must not swallow"},
        {"iroute", true, true, "CIDR  a client iroute (server side): routes into the tunnel "
                                "must be covered"},
        {"server", false, false, "the table is an OpenVPN server's (check iroutes)"},
        {"aws-route-enforcement", false, false,
         "the AWS Client VPN endpoint enforces its routes"},
    },
    runCheck,
}};

} // namespace
} // namespace splitroute::cli
