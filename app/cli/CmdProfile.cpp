// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli profile FILE [--push-log LOG | --push-reply TEXT] [--json]
//
// What an OpenVPN profile asks for, what the server pushed (from a client log or a
// PUSH_REPLY text), what route-nopull and the pull-filters removed, and every diagnostic.
//
// JSON output (stable; fields are only ever added):
// {
//   "profile":   <profile summary, see core/vpn/ProfileJson.h>,
//   "push":      null | {"messages", "complete", "rejected",
//                        "items": [{"index", "text", "fate", "message"?, "filter"?}],
//                        "diagnostics": [...]},
//                fate: accepted | ignored-by-filter | rejected-by-filter |
//                      refused-by-route-nopull | not-pullable | unknown | invalid | not-processed
//   "removed":   [the push items whose fate is not "accepted"],
//   "effective": null | <profile summary of the profile with the accepted pushed options>,
//   "errors": n, "warnings": n
// }
// On a fatal read error (OpenVPN refuses the file): {"error": {"code", "message", "file",
// "line", "column"}} and exit status 2; the text form prints "FILE:LINE:COLUMN: message".
// Exit status 1 when the profile or the push has errors (or a pull-filter rejected the push).

#include "app/cli/Cli.h"

#include "core/vpn/ProfileJson.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"

#include <ostream>

namespace splitroute::cli {
namespace {

using core::VpnProfile;

std::string routeLine(const core::ProfileRoute& r) {
    std::string s = r.prefix ? r.prefix->toString() : r.network;
    switch (r.gatewayKind) {
    case core::GatewayKind::Default:
        s += " via the VPN's gateway (route-gateway / vpn_gateway)";
        break;
    case core::GatewayKind::Address:
        s += " via " + r.gateway.toString();
        break;
    case core::GatewayKind::HostName:
        s += " via " + r.gatewayHost;
        break;
    default:
        s += std::string(" via ") + core::gatewayKindName(r.gatewayKind);
        break;
    }
    if (r.metric)
        s += " metric " + std::to_string(*r.metric);
    const char* what = r.origin == core::OptionOrigin::Pushed ? " item " : " line ";
    s += "  [" + std::string(core::originName(r.origin)) +
         (r.where.line > 0 ? what + std::to_string(r.where.line) : std::string()) + "]";
    return s;
}

void printProfile(std::ostream& os, const VpnProfile& p, const char* title) {
    os << title << ": " << p.file << " ("
       << (p.server   ? "server"
           : p.client ? "client"
                      : "no client/server role")
       << ")\n";
    for (const auto& r : p.remotes)
        os << "  remote " << r.host << (r.port ? ":" + std::to_string(*r.port) : "")
           << (r.proto.empty() ? "" : "/" + r.proto) << '\n';
    if (!p.dev.empty())
        os << "  dev " << p.dev
           << (p.topology != core::Topology::Unset
                   ? std::string(", topology ") + core::topologyName(p.topology)
                   : std::string())
           << '\n';
    if (p.ifconfig)
        os << "  ifconfig " << p.ifconfig->local.toString() << ' '
           << p.ifconfig->remoteOrNetmask.toString() << '\n';
    if (p.ifconfig6)
        os << "  ifconfig-ipv6 " << p.ifconfig6->local.toString() << '/'
           << p.ifconfig6->prefixLength << '\n';
    if (p.redirect) {
        const auto& g = *p.redirect;
        os << "  " << (g.isPrivate ? "redirect-private" : "redirect-gateway") << ":"
           << (g.ipv4 ? "" : " !ipv4") << (g.def1 ? " def1" : "") << (g.local ? " local" : "")
           << (g.autolocal ? " autolocal" : "") << (g.bypassDhcp ? " bypass-dhcp" : "")
           << (g.bypassDns ? " bypass-dns" : "") << (g.blockLocal ? " block-local" : "")
           << (g.ipv6 ? " ipv6" : "") << "  [" << core::originName(g.origin) << "]\n";
    }
    if (p.routeGateway || p.routeGatewayDhcp)
        os << "  route-gateway " << (p.routeGatewayDhcp ? "dhcp" : p.routeGateway->toString())
           << '\n';
    if (p.routeMetric)
        os << "  route-metric " << *p.routeMetric << '\n';
    for (const auto& r : p.routes)
        os << "  route " << routeLine(r) << '\n';
    for (const auto& r : p.routes6)
        os << "  route-ipv6 " << routeLine(r) << '\n';
    if (p.routeNopull)
        os << "  route-nopull: pushed routes and DNS options are refused\n";
    for (const auto& f : p.pullFilters)
        os << "  pull-filter " << core::pullFilterActionName(f.action) << " \"" << f.text
           << "\"  [line " << f.where.line << "]\n";
    for (const auto& d : p.dhcpOptions)
        os << "  dhcp-option " << d.type << ' ' << d.value << '\n';
    if (p.blockIpv6)
        os << "  block-ipv6\n";
    if (p.blockOutsideDns)
        os << "  block-outside-dns\n";
    if (p.aws)
        os << "  AWS Client VPN endpoint " << p.awsEndpointId << " in " << p.awsRegion << '\n';
}

int run(const Args& args, Io& io) {
    const bool json = args.has("json");
    if (args.positionals().size() != 1)
        return fail(
            io, json,
            core::makeError(core::ErrorCode::InvalidArgument, "profile needs exactly one FILE"));
    if (args.has("push-log") && args.has("push-reply"))
        return fail(io, json,
                    core::makeError(core::ErrorCode::InvalidArgument,
                                    "give either --push-log or --push-reply, not both"));
    const std::string& path = args.positionals()[0];
    auto profile = core::parseProfileFile(path);
    if (!profile)
        return fail(io, json, profile.error(), kExitUsage);

    std::optional<core::PushReply> reply;
    if (auto log = args.value("push-log")) {
        auto text = readFile(*log);
        if (!text)
            return fail(io, json, text.error());
        // A client or server log, or a file holding PUSH_REPLY lines; anything else is a
        // mistake.
        const std::string client = args.value("client").value_or("");
        auto r = text->find("PUSH: Received control message") == std::string::npos &&
                         text->find("SENT CONTROL [") == std::string::npos &&
                         text->find("PUSH_REPLY") != std::string::npos
                     ? core::parsePushReply(*text)
                     : core::parsePushLog(*text, client);
        if (!r) {
            core::Error e = r.error();
            e.where.file = *log;
            return fail(io, json, e);
        }
        reply = std::move(*r);
    } else if (auto text = args.value("push-reply")) {
        auto r = core::parsePushReply(*text);
        if (!r)
            return fail(io, json, r.error());
        reply = std::move(*r);
    }
    std::optional<core::PushResult> pushed;
    if (reply)
        pushed = core::applyPushReply(*profile, *reply);

    int errors = 0, warnings = 0;
    auto count = [&](const std::vector<core::Diagnostic>& ds) {
        for (const auto& d : ds) {
            errors += d.severity == core::Severity::Error;
            warnings += d.severity == core::Severity::Warning;
        }
    };
    count(profile->diagnostics);
    if (pushed)
        count(pushed->diagnostics);
    const bool failed = errors > 0 || (pushed && pushed->rejected);

    if (json) {
        nlohmann::json j;
        j["profile"] = core::profileToJson(*profile);
        j["push"] = pushed ? core::pushResultToJson(*reply, *pushed) : nlohmann::json(nullptr);
        nlohmann::json removed = nlohmann::json::array();
        if (pushed)
            for (const auto& item : j["push"]["items"])
                if (item["fate"] != "accepted")
                    removed.push_back(item);
        j["removed"] = removed;
        j["effective"] = pushed ? core::profileToJson(pushed->effective) : nlohmann::json(nullptr);
        j["errors"] = errors;
        j["warnings"] = warnings;
        printJson(io, j);
        return failed ? kExitFailure : kExitOk;
    }

    printProfile(io.out, *profile, "Profile");
    if (pushed) {
        io.out << "\nPush (" << reply->options.size() << " options in " << reply->messages
               << " message" << (reply->messages == 1 ? "" : "s")
               << (reply->complete ? "" : ", incomplete") << "):\n";
        for (const auto& item : pushed->items) {
            std::string fate = core::pushFateName(item.fate);
            fate.resize(std::max<std::size_t>(fate.size(), 24), ' ');
            io.out << "  " << fate << ' ' << item.text;
            if (item.fate != core::PushFate::Accepted && !item.message.empty())
                io.out << "\n  " << std::string(24, ' ') << "  (" << item.message << ")";
            io.out << '\n';
        }
        if (pushed->rejected)
            io.out << "  The push was rejected by a pull-filter: OpenVPN restarts the "
                      "connection.\n";
        io.out << '\n';
        printProfile(io.out, pushed->effective, "Effective");
    }
    std::vector<core::Diagnostic> all = profile->diagnostics;
    if (pushed)
        all.insert(all.end(), pushed->diagnostics.begin(), pushed->diagnostics.end());
    if (!all.empty()) {
        io.out << "\nDiagnostics:\n";
        for (const auto& d : all)
            io.out << "  " << d.where.toString() << (d.where.toString().empty() ? "" : ": ")
                   << core::severityName(d.severity) << " [" << d.code << "] " << d.message << '\n';
    }
    return failed ? kExitFailure : kExitOk;
}

} // namespace

Command profileCommand() {
    return Command{
        "profile",
        "read an OpenVPN profile (and optionally the server's push): routes, filters, diagnostics",
        "profile FILE [--push-log LOG [--client NAME] | --push-reply TEXT] [--json]",
        {{"push-log", true, false,
          "LOG  an OpenVPN client log holding 'PUSH: Received control "
          "message' lines"},
         {"push-reply", true, false,
          "TEXT  a PUSH_REPLY,… message (or a comma-separated option "
          "list)"},
         {"client", true, false,
          "NAME  with a server's log (SENT CONTROL [NAME]): the client whose push to read"}},
        run};
}

} // namespace splitroute::cli
