// splitroute-cli plan --table T [--profile P | --predicted T2]
//                     (--policy FILE | --bypass NET… --tunnel NET… [--other tunnel|local])
//                     [--tunnel-device DEV] [--protect CIDR…] [--vpn-server ADDR…]
//                     [--json] [--output PLAN] [--no-before]
//
// Computes the route changes that make the table follow the policy (core/plan/Planner.h).
// T is the current table. With --profile and a table that has no tunnel yet, the table after
// connecting is predicted (core/vpn/Predictor.h) and the changes apply to it; with a table
// that already has the tunnel, the profile only names what to protect (server, DNS, subnet).
// --bypass/--tunnel take CIDRs or host names (resolved now with the system resolver); the
// more specific network wins where they overlap. --other defaults to tunnel.
// Output: the changes, findings and a one-line effect; --json prints the plan document
// ({"format":"splitroute-plan","version":1,...}: the input of `export` and `apply`);
// --output writes that document to a file as well. Exit: 0 planned, 1 planned with
// error-level findings (e.g. an unresolvable host), 2 bad usage or unreadable input.

#include "app/cli/Cli.h"
#include "app/cli/PlanInputs.h"
#include "platform/SystemResolver.h"
#include "core/plan/Planner.h"
#include "core/vpn/Predictor.h"

#include <algorithm>

namespace splitroute::cli {
namespace {

using namespace splitroute::core;

Result<PolicyRule> ruleFromArg(const std::string& text, RuleMode mode) {
    PolicyRule r;
    r.mode = mode;
    if (auto p = Prefix::parse(text)) {
        r.network = *p;
        return r;
    }
    if (auto a = IpAddress::parse(text)) {
        r.network = Prefix(*a, familyBits(a->family()));
        return r;
    }
    if (text.find('/') != std::string::npos) {
        auto p = Prefix::parse(text);
        return p.error();
    }
    r.host = text;
    return r;
}

int runPlan(const Args& args, Io& io) {
    const bool json = args.has("json");
    auto usage = [&](const std::string& m) {
        return fail(io, json, makeError(ErrorCode::InvalidArgument, m));
    };
    if (!args.value("table"))
        return usage("plan needs --table FILE");
    if (args.has("profile") && args.has("predicted"))
        return usage("give --profile or --predicted, not both");
    const bool cliRules = args.has("bypass") || args.has("tunnel") || args.has("other");
    if (args.has("policy") && cliRules)
        return usage("give --policy or --bypass/--tunnel/--other, not both");

    auto table = readTableFile(*args.value("table"), io);
    if (!table)
        return fail(io, json, table.error());
    std::optional<VpnProfile> profile;
    if (auto p = args.value("profile")) {
        auto pr = readProfileFile(*p);
        if (!pr)
            return fail(io, json, pr.error());
        profile = std::move(pr).value();
        for (const auto& d : profile->diagnostics)
            if (d.severity == Severity::Error)
                io.err << d.toString() << '\n';
    }
    std::optional<RouteTable> predicted;
    if (auto p = args.value("predicted")) {
        auto t = readTableFile(*p, io);
        if (!t)
            return fail(io, json, t.error());
        predicted = std::move(t).value();
    }

    PlanParameters params;
    params.resolver = platform::systemResolver();
    if (auto d = args.value("tunnel-device"))
        params.tunnelDevice = *d;
    for (const auto& s : args.values("protect")) {
        auto p = Prefix::parse(s);
        if (!p)
            return usage("--protect " + s + ": " + p.error().message);
        params.protectedPrefixes.push_back(*p);
    }
    for (const auto& s : args.values("vpn-server")) {
        auto a = IpAddress::parse(s);
        if (!a)
            return usage("--vpn-server " + s + ": " + a.error().message);
        params.vpnServers.push_back(*a);
    }

    if (profile && !predicted && !detectTunnel(*table, params.tunnelDevice).hasTunnel()) {
        TunnelParams tp;
        if (!params.tunnelDevice.empty())
            tp.device = params.tunnelDevice;
        if (!params.vpnServers.empty())
            tp.serverAddress = params.vpnServers.front();
        else if (!profile->remotes.empty() && !IpAddress::parse(profile->remotes[0].host))
            if (auto r = platform::resolveHost(profile->remotes[0].host); r && !r->empty())
                tp.serverAddress = r->front();
        auto pred = predictRoutes(*table, *profile, tp);
        if (!pred)
            return fail(io, json, pred.error());
        for (const auto& n : pred->notes)
            io.err << "prediction: " << n.message << '\n';
        predicted = std::move(pred->after);
        if (tp.serverAddress)
            params.vpnServers.push_back(*tp.serverAddress);
    }

    SplitPolicy policy;
    if (auto p = args.value("policy")) {
        auto pol = readPolicyFile(*p);
        if (!pol)
            return fail(io, json, pol.error());
        policy = std::move(pol).value();
    } else {
        if (!cliRules)
            return usage("plan needs --policy FILE or --bypass/--tunnel/--other");
        const std::string other = args.value("other").value_or("tunnel");
        if (other != "tunnel" && other != "local")
            return usage("--other must be tunnel or local");
        policy.other = other == "tunnel" ? OtherTraffic::Tunnel : OtherTraffic::Local;
        for (const auto& [opt, mode] :
             {std::pair{"bypass", RuleMode::Bypass}, std::pair{"tunnel", RuleMode::Tunnel}})
            for (const auto& v : args.values(opt)) {
                auto r = ruleFromArg(v, mode);
                if (!r)
                    return usage(std::string("--") + opt + " " + v + ": " + r.error().message);
                policy.rules.push_back(*r);
            }
        // Separate options lose their relative order: the more specific network wins.
        std::stable_sort(policy.rules.begin(), policy.rules.end(),
                         [](const PolicyRule& a, const PolicyRule& b) {
                             const int la = a.network ? a.network->length() : 128;
                             const int lb = b.network ? b.network->length() : 128;
                             return la > lb;
                         });
    }

    auto plan = makePlan(*table, predicted ? &*predicted : nullptr, profile ? &*profile : nullptr,
                         policy, params);
    if (!plan)
        return fail(io, json, plan.error(), kExitFailure);
    const nlohmann::json doc = planToJson(*plan, !args.has("no-before"));
    if (auto out = args.value("output")) {
        if (auto w = writeTextFile(*out, doc.dump(2) + "\n"); !w)
            return fail(io, json, w.error(), kExitFailure);
    }
    bool errors = false;
    for (const auto& f : plan->findings)
        errors = errors || f.severity == Severity::Error;
    if (json) {
        printJson(io, doc);
        return errors ? kExitFailure : kExitOk;
    }
    if (plan->changes.empty())
        io.out << "No route changes needed.\n";
    else
        io.out << plan->changes.size() << " route change(s)"
               << (plan->tunnelDevice.empty() ? "" : " (tunnel " + plan->tunnelDevice + ")")
               << ":\n";
    for (const auto& c : plan->changes.changes) {
        io.out << "  " << (c.kind == ChangeKind::Add ? "add    " : "delete ") << c.route.toString();
        if (!c.reason.empty())
            io.out << "    # " << c.reason;
        io.out << '\n';
    }
    for (const auto& r : plan->resolved)
        if (r.error.empty()) {
            io.out << "Resolved " << r.host << ":";
            for (const auto& a : r.addresses)
                io.out << ' ' << a.toString();
            io.out << '\n';
        }
    for (const auto& f : plan->findings)
        io.out << severityName(f.severity) << " [" << f.code << "]: " << f.message << '\n';
    io.out << "Effect: " << plan->effectiveSummary << '\n';
    return errors ? kExitFailure : kExitOk;
}

const Registrar reg{Command{
    "plan",
    "compute the route changes for a split-tunnel policy",
    "plan --table T [--profile P | --predicted T2] (--policy FILE | --bypass NET... "
    "--tunnel NET... [--other tunnel|local]) [--output PLAN] [--json]",
    {
        {"table", true, false, "FILE  current routing table (any importable format)"},
        {"profile", true, false, "FILE  OpenVPN profile: predicts the table, protects server/DNS"},
        {"predicted", true, false, "FILE  the table once the VPN is up (changes apply to it)"},
        {"policy", true, false, "FILE  split policy (splitroute-policy JSON)"},
        {"bypass", true, true, "NET  network (CIDR, address or host name) to keep outside"},
        {"tunnel", true, true, "NET  network (CIDR, address or host name) to send through"},
        {"other", true, false, "MODE  all other traffic: tunnel (default) or local"},
        {"tunnel-device", true, false, "DEV  the tunnel device (detected when not given)"},
        {"protect", true, true, "CIDR  a network the plan must not touch"},
        {"vpn-server", true, true, "ADDR  the VPN server's address (protected)"},
        {"output", true, false, "FILE  also write the plan document (JSON) to FILE"},
        {"no-before", false, false, "leave the before-table out of the plan document"},
    },
    runPlan,
}};

} // namespace
} // namespace splitroute::cli
