// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli plan --table T [--profile P | --predicted T2]
//                     (--policy FILE | --bypass NET… --tunnel NET… [--other tunnel|local])
//                     [--tunnel-device DEV] [--protect CIDR…] [--vpn-server ADDR…]
//                     [--json] [--output PLAN] [--no-before]
// splitroute-cli plan --table T --connection PROFILE[@DEVICE]… [--policy FILE…]
//                     [--bypass NET… --tunnel NET… [--other tunnel|local]] [--protect CIDR…]
//                     [--json] [--output PLAN] [--no-before]
//
// Computes the route changes that make the table follow the policy (core/plan/Planner.h).
// T is the current table. With --profile and a table that has no tunnel yet, the table after
// connecting is predicted (core/vpn/Predictor.h) and the changes apply to it; with a table
// that already has the tunnel, the profile only names what to protect (server, DNS, subnet).
// --bypass/--tunnel take CIDRs or host names (resolved now with the system resolver); the
// more specific network wins where they overlap. --other defaults to tunnel.
// --connection (repeated) plans several connections in turn, as the window does for a primary
// and a backup tunnel (core/vpn/Connection.h, planConnections): each OpenVPN profile on its
// device (@DEVICE, else the one chooseDevice finds in the table: the profile's dev, the device
// carrying the override for a full tunnel or the most of its pushed networks, a free one), the
// next one planned on the table the previous plan leaves. The N-th --policy is the N-th
// connection's (--bypass/--tunnel/--other make the first one's); a connection without one
// keeps what it pushes. The tunnels must be up in T (no prediction); --profile, --predicted
// and --tunnel-device are for a single connection.
// Output: the changes, findings and a one-line effect; --json prints the plan document
// ({"format":"splitroute-plan","version":1,...}: the input of `export` and `apply`; with
// several connections the same shape: their changes in order, "tunnelDevice" the first's);
// --output writes that document to a file as well. Exit: 0 planned, 1 planned with
// error-level findings (e.g. an unresolvable host), 2 bad usage or unreadable input.

#include "app/cli/Cli.h"
#include "app/cli/PlanInputs.h"
#include "platform/SystemResolver.h"
#include "core/plan/Planner.h"
#include "core/vpn/Connection.h"
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

/// The policy --bypass/--tunnel/--other describe.
Result<SplitPolicy> policyFromOptions(const Args& args) {
    SplitPolicy policy;
    const std::string other = args.value("other").value_or("tunnel");
    if (other != "tunnel" && other != "local")
        return makeError(ErrorCode::InvalidArgument, "--other must be tunnel or local");
    policy.other = other == "tunnel" ? OtherTraffic::Tunnel : OtherTraffic::Local;
    for (const auto& [opt, mode] :
         {std::pair{"bypass", RuleMode::Bypass}, std::pair{"tunnel", RuleMode::Tunnel}})
        for (const auto& v : args.values(opt)) {
            auto r = ruleFromArg(v, mode);
            if (!r)
                return makeError(ErrorCode::InvalidArgument,
                                 std::string("--") + opt + " " + v + ": " + r.error().message);
            policy.rules.push_back(*r);
        }
    // Separate options lose their relative order: the more specific network wins.
    std::stable_sort(policy.rules.begin(), policy.rules.end(),
                     [](const PolicyRule& a, const PolicyRule& b) {
                         const int la = a.network ? a.network->length() : 128;
                         const int lb = b.network ? b.network->length() : 128;
                         return la > lb;
                     });
    return policy;
}

/// Writes the plan (text or --json, and --output); the exit status.
int printPlan(const Args& args, Io& io, const Plan& plan) {
    const bool json = args.has("json");
    const nlohmann::json doc = planToJson(plan, !args.has("no-before"));
    if (auto out = args.value("output")) {
        if (auto w = writeTextFile(*out, doc.dump(2) + "\n"); !w)
            return fail(io, json, w.error(), kExitFailure);
    }
    bool errors = false;
    for (const auto& f : plan.findings)
        errors = errors || f.severity == Severity::Error;
    if (json) {
        printJson(io, doc);
        return errors ? kExitFailure : kExitOk;
    }
    if (plan.changes.empty())
        io.out << "No route changes needed.\n";
    else
        io.out << plan.changes.size() << " route change(s)"
               << (plan.tunnelDevice.empty() ? "" : " (tunnel " + plan.tunnelDevice + ")") << ":\n";
    for (const auto& c : plan.changes.changes) {
        io.out << "  " << (c.kind == ChangeKind::Add ? "add    " : "delete ") << c.route.toString();
        if (!c.reason.empty())
            io.out << "    # " << c.reason;
        io.out << '\n';
    }
    for (const auto& r : plan.resolved)
        if (r.error.empty()) {
            io.out << "Resolved " << r.host << ":";
            for (const auto& a : r.addresses)
                io.out << ' ' << a.toString();
            io.out << '\n';
        }
    for (const auto& f : plan.findings)
        io.out << severityName(f.severity) << " [" << f.code << "]: " << f.message << '\n';
    io.out << "Effect: " << plan.effectiveSummary << '\n';
    return errors ? kExitFailure : kExitOk;
}

/// PROFILE[@DEVICE]: the device after the last '@' when what follows names no folder.
std::pair<std::string, std::string> splitConnectionArg(const std::string& text) {
    const auto at = text.rfind('@');
    if (at == std::string::npos || at + 1 == text.size() || text.find('/', at) != std::string::npos)
        return {text, {}};
    return {text.substr(0, at), text.substr(at + 1)};
}

/// plan --connection PROFILE[@DEVICE]…: the connections planned in turn on the table.
int runConnections(const Args& args, Io& io, const RouteTable& table,
                   const PlanParameters& params) {
    const bool json = args.has("json");
    auto usage = [&](const std::string& m) {
        return fail(io, json, makeError(ErrorCode::InvalidArgument, m));
    };
    const std::vector<std::string> specs = args.values("connection");
    const std::vector<std::string> policyFiles = args.values("policy");
    const bool cliRules = args.has("bypass") || args.has("tunnel") || args.has("other");
    if (policyFiles.size() > specs.size())
        return usage("more --policy files than --connection options");
    std::vector<Connection> connections;
    std::vector<InterfaceName> taken;
    for (const auto& spec : specs) {
        const auto [file, device] = splitConnectionArg(spec);
        auto c = loadProfileConnection(file);
        if (!c)
            return fail(io, json, c.error());
        for (const auto& d : c->diagnostics)
            if (d.severity == Severity::Error)
                io.err << d.toString() << '\n';
        c->device = device.empty() ? chooseDevice(*c, &table, taken) : InterfaceName(device);
        c->deviceChosenByUser = !device.empty();
        if (c->device.empty())
            return usage("--connection " + spec +
                         ": no tunnel device in the table; name it as PROFILE@DEVICE");
        const auto names = table.interfaces();
        if (std::find(names.begin(), names.end(), c->device.str()) == names.end())
            return usage("--connection " + spec + ": " + c->device.str() +
                         " is not in the table (connect the tunnel first, or plan it alone with "
                         "--profile, which predicts it)");
        taken.push_back(c->device);
        connections.push_back(std::move(c.value()));
    }
    std::vector<SplitPolicy> policies;
    for (std::size_t i = 0; i < connections.size(); ++i) {
        if (i < policyFiles.size()) {
            auto pol = readPolicyFile(policyFiles[i]);
            if (!pol)
                return fail(io, json, pol.error());
            policies.push_back(std::move(pol).value());
        } else if (i == 0 && cliRules) {
            auto pol = policyFromOptions(args);
            if (!pol)
                return usage(pol.error().message);
            policies.push_back(std::move(pol).value());
        } else { // what it pushes, as the window starts a connection's decisions
            policies.push_back(SplitPolicy::fromProfileAndTable(connections[i].profile.get(), table,
                                                                connections[i].device.str()));
        }
    }
    std::vector<ConnectionPlanInput> inputs;
    for (std::size_t i = 0; i < connections.size(); ++i)
        inputs.push_back({connections[i].profile.get(), connections[i].device.str(), &policies[i]});
    std::size_t failed = 0;
    auto plan = planConnections(table, inputs, params, &failed);
    if (!plan) {
        Error e = plan.error();
        e.message = "--connection " + specs[failed] + ": " + e.message;
        return fail(io, json, e, kExitFailure);
    }
    if (!json)
        for (std::size_t i = 0; i < connections.size(); ++i)
            io.out << "Connection " << specs[i] << ": tunnel " << connections[i].device.str()
                   << '\n';
    return printPlan(args, io, *plan);
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
    if (args.has("connection")) {
        if (args.has("profile") || args.has("predicted") || args.has("tunnel-device"))
            return usage("--connection replaces --profile, --predicted and --tunnel-device");
    } else {
        if (args.has("policy") && cliRules)
            return usage("give --policy or --bypass/--tunnel/--other, not both");
        if (args.values("policy").size() > 1)
            return usage("one --policy per --connection; without --connection, one --policy");
    }

    auto table = readTableFile(*args.value("table"), io);
    if (!table)
        return fail(io, json, table.error());
    PlanParameters params;
    params.resolver = platform::systemResolver();
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
    if (args.has("connection"))
        return runConnections(args, io, *table, params);

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

    if (auto d = args.value("tunnel-device"))
        params.tunnelDevice = *d;

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
        auto pol = policyFromOptions(args);
        if (!pol)
            return usage(pol.error().message);
        policy = std::move(pol).value();
    }

    auto plan = makePlan(*table, predicted ? &*predicted : nullptr, profile ? &*profile : nullptr,
                         policy, params);
    if (!plan)
        return fail(io, json, plan.error(), kExitFailure);
    return printPlan(args, io, *plan);
}

} // namespace

Command planCommand() {
    return Command{
        "plan",
        "compute the route changes for a split-tunnel policy",
        "plan --table T [--profile P | --predicted T2 | --connection PROFILE[@DEVICE]...] "
        "(--policy FILE... | --bypass NET... --tunnel NET... [--other tunnel|local]) "
        "[--output PLAN] [--json]",
        {
            {"table", true, false, "FILE  current routing table (any importable format)"},
            {"profile", true, false,
             "FILE  OpenVPN profile: predicts the table, protects server/DNS"},
            {"predicted", true, false, "FILE  the table once the VPN is up (changes apply to it)"},
            {"connection", true, true,
             "PROFILE[@DEVICE]  a connection planned in turn (primary, backup, ...)"},
            {"policy", true, true,
             "FILE  split policy (splitroute-policy JSON); with --connection, the N-th one's"},
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
    };
}

} // namespace splitroute::cli
