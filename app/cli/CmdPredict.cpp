// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli predict --profile FILE [--push-log LOG | --push-reply TEXT] --table BEFORE
//                        [--format F] [--dev tun0] [--server ADDRESS] [--no-ipv6] [--dco] [--json]
//
// Predicts the routing table OpenVPN 2.6 (Linux, no DCO) leaves behind when it connects with
// the profile (and the server's push, from a client log or the PUSH_REPLY text), starting from
// the table BEFORE (ip route / ip -j route / snapshot / any format `table` reads).
//
// Text output: the routes OpenVPN adds and removes, the whole table after, then notes
// (OpenVPN's warnings such as "NOTE: unable to redirect IPv4 default gateway -- ...").
// --json prints the table after as a snapshot (core/import/Snapshot.h):
//   {"format": "splitroute-snapshot", "version": 1, "source": "predicted: ...", "routes": [...]}
// so it can be fed to `table`, `diff` and `lookup`; notes then go to stderr as
// "warning: CODE: message".
// Exit: 0 predicted, 1 a pull-filter reject fails the push (OpenVPN would not connect),
// 2 bad usage or unreadable input.

#include "app/cli/Cli.h"
#include "app/cli/TableOutput.h"
#include "core/import/Snapshot.h"
#include "core/vpn/Predictor.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"

#include <ostream>

namespace splitroute::cli {
namespace {

using namespace splitroute::core;

void printNotes(std::ostream& os, const std::vector<Diagnostic>& notes, bool verbose) {
    for (const auto& n : notes)
        if (n.severity != Severity::Info || verbose)
            os << severityName(n.severity) << ": " << n.code << ": " << n.message << '\n';
}

int runPredict(const Args& args, Io& io) {
    const bool json = args.has("json");
    const bool verbose = args.has("verbose");
    auto profilePath = args.value("profile");
    auto tablePath = args.value("table");
    if (!profilePath || !tablePath)
        return fail(
            io, json,
            makeError(ErrorCode::InvalidArgument, "predict needs --profile FILE and --table FILE"));
    if (!args.positionals().empty())
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument,
                              "unexpected argument '" + args.positionals().front() + "'"));
    if (args.has("push-log") && args.has("push-reply"))
        return fail(
            io, json,
            makeError(ErrorCode::InvalidArgument, "give --push-log or --push-reply, not both"));

    // The profile.
    auto profile = parseProfileFile(*profilePath);
    if (!profile)
        return fail(io, json, profile.error());
    for (const auto& d : profile->diagnostics)
        if (d.severity == Severity::Error || verbose)
            io.err << d.toString() << '\n';
    if (profile->hasErrors())
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument,
                              "OpenVPN would not start with this profile (errors above)",
                              {*profilePath, 0, 0}));

    // The push.
    VpnProfile effective = *profile;
    std::optional<Result<PushReply>> reply;
    if (auto log = args.value("push-log")) {
        auto text = readFile(*log);
        if (!text)
            return fail(io, json, text.error());
        reply = parsePushLog(*text, args.value("client").value_or(""));
    } else if (auto text = args.value("push-reply")) {
        reply = parsePushReply(*text);
    }
    if (reply) {
        if (!*reply)
            return fail(io, json, reply->error());
        for (const auto& d : (*reply)->diagnostics)
            if (d.severity != Severity::Info || verbose)
                io.err << d.toString() << '\n';
        PushResult pushed = applyPushReply(*profile, **reply);
        if (verbose)
            for (const auto& item : pushed.items)
                if (item.fate != PushFate::Accepted)
                    io.err << "push: " << item.text << ": " << pushFateName(item.fate) << " ("
                           << item.message << ")\n";
        if (pushed.rejected)
            return fail(
                io, json,
                makeError(ErrorCode::Forbidden,
                          "a pull-filter reject matched the push: OpenVPN restarts instead of "
                          "connecting, no routes change"),
                kExitFailure);
        effective = std::move(pushed.effective);
    }

    // The table before.
    int exitCode = kExitOk;
    auto before = loadTable(*tablePath, args, io, exitCode);
    if (!before)
        return exitCode;

    // The tunnel.
    TunnelParams params;
    if (auto dev = args.value("dev"))
        params.device = *dev;
    if (auto server = args.value("server")) {
        auto a = IpAddress::parse(*server);
        if (!a)
            return fail(io, json,
                        makeError(ErrorCode::InvalidArgument, "--server: " + a.error().message));
        params.serverAddress = *a;
    }
    if (args.has("no-ipv6"))
        params.ipv6Enabled = false;
    params.dco = args.has("dco");

    auto prediction = predictRoutes(before->table, effective, params);
    if (!prediction)
        return fail(io, json, prediction.error());

    if (json) {
        Snapshot s;
        s.source = "predicted: OpenVPN 2.6 with " + *profilePath + " on " + *tablePath;
        s.table = prediction->after;
        io.out << writeSnapshot(s);
        printNotes(io.err, prediction->notes, verbose);
        return kExitOk;
    }

    auto printRoutes = [&](const std::vector<Route>& rs) {
        std::vector<std::vector<std::string>> rows{routeHeader()};
        for (const auto& r : rs)
            for (auto& row : routeRows(r))
                rows.push_back(std::move(row));
        printAligned(io.out, rows, "  ");
    };
    io.out << "Added by OpenVPN and the kernel (" << prediction->added.size() << "):\n";
    printRoutes(prediction->added);
    if (!prediction->removed.empty()) {
        io.out << "\nRemoved (" << prediction->removed.size() << "):\n";
        printRoutes(prediction->removed);
    }
    io.out << "\nTable after connecting (" << prediction->after.size() << " routes):\n";
    printRoutes(prediction->after.routes());
    bool anyNote = false;
    for (const auto& n : prediction->notes)
        anyNote |= n.severity != Severity::Info || verbose;
    if (anyNote) {
        io.out << "\nNotes:\n";
        printNotes(io.out, prediction->notes, verbose);
    }
    return kExitOk;
}

std::vector<Args::Spec> predictOptions() {
    std::vector<Args::Spec> o{
        {"profile", true, false, "FILE  the OpenVPN client profile (.ovpn, .conf)"},
        {"push-log", true, false, "LOG  an OpenVPN client log with the server's PUSH_REPLY"},
        {"client", true, false,
         "NAME  with a server's log (SENT CONTROL [NAME]): the client whose push to read"},
        {"push-reply", true, false, "TEXT  the PUSH_REPLY text itself"},
        {"table", true, false, "FILE  the routing table before connecting"},
        {"dev", true, false, "NAME  the tunnel device (default tun0)"},
        {"server", true, false, "ADDRESS  the VPN server's resolved address"},
        {"no-ipv6", false, false, "IPv6 is disabled on the tunnel device"},
        {"dco", false, false,
         "OpenVPN uses the ovpn-dco kernel module (routes default to metric 200)"},
    };
    for (auto& s : tableInputOptions())
        o.push_back(std::move(s));
    return o;
}

} // namespace

Command predictCommand() {
    return Command{
        "predict",
        "predict the routing table after OpenVPN 2.6 connects (Linux)",
        "predict --profile FILE [--push-log LOG [--client NAME] | --push-reply TEXT] --table "
        "BEFORE "
        "[--format F] [--dev tun0] [--server ADDRESS] [--no-ipv6] [--dco] [--json]",
        predictOptions(),
        runPredict,
    };
}

} // namespace splitroute::cli
