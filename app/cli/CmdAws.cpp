// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli aws --endpoints FILE --routes FILE [--endpoint-id ID] [--profile FILE] [--json]
// splitroute-cli aws --fetch ENDPOINT_ID [--region REGION] [--profile FILE] [--json]
//
// What an AWS Client VPN endpoint pushes to its clients, derived from the JSON of
// `aws ec2 describe-client-vpn-endpoints` and `aws ec2 describe-client-vpn-routes`:
// split tunnel off → redirect-gateway def1 bypass-dhcp (0.0.0.0/1 + 128.0.0.0/1) and the DNS
// servers; on → one route per distinct active DestinationCidr. With --profile (a downloaded
// .ovpn) the derived push is applied to it like a real PUSH_REPLY. --fetch runs the aws CLI
// itself (argument vector, no shell) when it is installed.
//
// JSON output (stable; fields are only ever added):
// {
//   "endpoint": {"id", "description", "status", "dnsName", "clientCidrBlock", "splitTunnel",
//                "dnsServers": [...], "transportProtocol", "vpnPort", "routeEnforcement",
//                "authenticationTypes": [...]},
//   "pushOptions": ["redirect-gateway def1 bypass-dhcp", "dhcp-option DNS 10.0.0.2", ...],
//   "pushedRoutes": [{"destinationCidr", "targetSubnet", "origin", "description"}],
//   "skippedRoutes": [{"destinationCidr", "targetSubnet", "status", "reason"}],
//              reason: "other-endpoint" | "status" | "duplicate"
//   "diagnostics": [...],
//   "profile": null | <profile summary>, "push": null | <push result>,
//   "effective": null | <profile summary>
// }
// Exit status: 2 for unreadable input or a wrong JSON shape, 1 when a warning was raised
// (endpoint not available, route enforcement, 0.0.0.0/0 with split tunnel), else 0.

#include "app/cli/Cli.h"

#include "core/vpn/AwsClientVpn.h"
#include "core/vpn/AwsEndpointSelector.h"
#include "core/vpn/ProfileJson.h"
#include "core/vpn/ProfileParser.h"

#ifndef _WIN32 // the Windows build has no Boost: --fetch is not there yet
#include <boost/asio/io_context.hpp>
#include <boost/process.hpp>
#endif

#include <future>
#include <ostream>
#include <set>

namespace splitroute::cli {
namespace {

using nlohmann::json;

// Runs the aws CLI with an argument vector (no shell) and returns its standard output.
core::Result<std::string> runAws(const std::vector<std::string>& args) {
#ifdef _WIN32
    (void)args;
    return core::makeError(core::ErrorCode::Unsupported,
                           "--fetch does not run the aws CLI on Windows yet: save the output of "
                           "'aws ec2 describe-client-vpn-endpoints' and 'aws ec2 "
                           "describe-client-vpn-routes' and pass --endpoints and --routes");
#else
    namespace bp = boost::process;
    const boost::filesystem::path exe = bp::search_path("aws");
    if (exe.empty())
        return core::makeError(core::ErrorCode::NotFound,
                               "the aws CLI is not installed (or not on PATH): install it, or "
                               "save the output of 'aws ec2 describe-client-vpn-endpoints' and "
                               "'aws ec2 describe-client-vpn-routes' and pass --endpoints and "
                               "--routes");
    boost::asio::io_context ios;
    std::future<std::string> out, err;
    std::error_code ec;
    bp::child child(exe, bp::args(args), bp::std_in.close(), bp::std_out > out, bp::std_err > err,
                    ios, ec);
    if (ec)
        return core::makeError(core::ErrorCode::System,
                               "cannot run " + exe.string() + ": " + ec.message());
    ios.run();
    child.wait(ec);
    if (ec)
        return core::makeError(core::ErrorCode::System, "waiting for aws: " + ec.message());
    if (child.exit_code() != 0) {
        std::string msg = err.get();
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == '\r'))
            msg.pop_back();
        return core::makeError(core::ErrorCode::System,
                               "aws " + args.at(1) + " failed (exit status " +
                                   std::to_string(child.exit_code()) + "): " + msg);
    }
    return out.get();
#endif
}

const char* skipReason(const core::AwsClientVpnRoute& r, const core::AwsClientVpnEndpoint& ep) {
    if (!r.endpointId.empty() && r.endpointId != ep.id)
        return "other-endpoint";
    if (r.statusCode != "active")
        return "status";
    return "duplicate";
}

int run(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    auto usage = [&](const std::string& m) {
        return fail(io, asJson, core::makeError(core::ErrorCode::InvalidArgument, m));
    };
    if (!args.positionals().empty())
        return usage("aws takes no positional arguments");
    std::string endpointsText, routesText, endpointsName, routesName;
    if (auto id = args.value("fetch")) {
        if (args.has("endpoints") || args.has("routes"))
            return usage("give either --fetch or --endpoints and --routes");
        std::vector<std::string> region;
        if (auto r = args.value("region"))
            region = {"--region", *r};
        std::vector<std::string> a{
            "ec2", "describe-client-vpn-endpoints", "--client-vpn-endpoint-ids", *id, "--output",
            "json"};
        a.insert(a.end(), region.begin(), region.end());
        auto e = runAws(a);
        if (!e)
            return fail(io, asJson, e.error(), kExitFailure);
        std::vector<std::string> b{
            "ec2", "describe-client-vpn-routes", "--client-vpn-endpoint-id", *id, "--output",
            "json"};
        b.insert(b.end(), region.begin(), region.end());
        auto r = runAws(b);
        if (!r)
            return fail(io, asJson, r.error(), kExitFailure);
        endpointsText = std::move(*e);
        routesText = std::move(*r);
        endpointsName = "aws ec2 describe-client-vpn-endpoints";
        routesName = "aws ec2 describe-client-vpn-routes";
    } else {
        auto ef = args.value("endpoints");
        auto rf = args.value("routes");
        if (!ef || !rf)
            return usage("aws needs --endpoints FILE and --routes FILE (or --fetch ENDPOINT_ID)");
        auto e = readFile(*ef);
        if (!e)
            return fail(io, asJson, e.error());
        auto r = readFile(*rf);
        if (!r)
            return fail(io, asJson, r.error());
        endpointsText = std::move(*e);
        routesText = std::move(*r);
        endpointsName = *ef;
        routesName = *rf;
    }
    auto endpoints = core::parseAwsEndpoints(endpointsText, endpointsName);
    if (!endpoints)
        return fail(io, asJson, endpoints.error());
    auto routes = core::parseAwsRoutes(routesText, routesName);
    if (!routes)
        return fail(io, asJson, routes.error());

    std::optional<core::VpnProfile> profile;
    if (auto pf = args.value("profile")) {
        auto p = core::parseProfileFile(*pf);
        if (!p)
            return fail(io, asJson, p.error());
        profile = std::move(*p);
    }

    // Which endpoint: --endpoint-id, --fetch, the profile's (by DnsName, then id), the only one.
    const std::string wanted = args.value("endpoint-id").value_or(args.value("fetch").value_or(""));
    auto choice =
        core::selectAwsEndpoint(*endpoints, {wanted, profile ? &*profile : nullptr, endpointsName,
                                             "choose one with --endpoint-id"});
    if (!choice)
        return fail(io, asJson, choice.error());
    const core::AwsClientVpnEndpoint* ep = &(*endpoints)[choice->index];

    core::AwsPush push = core::deriveAwsPush(*ep, *routes);
    std::optional<core::PushResult> applied;
    if (profile) {
        if (profile->aws && profile->awsEndpointId != ep->id)
            push.diagnostics.push_back(
                {core::Severity::Warning,
                 "aws-profile-mismatch",
                 "the profile connects to " + profile->awsEndpointId + ", not " + ep->id,
                 {}});
        applied = core::applyPushReply(*profile, push.reply);
    }
    bool warned = false;
    for (const auto& d : push.diagnostics)
        warned = warned || d.severity != core::Severity::Info;
    const int rc = warned ? kExitFailure : kExitOk;

    if (asJson) {
        json j;
        j["endpoint"] = {{"id", ep->id},
                         {"description", ep->description},
                         {"status", ep->statusCode},
                         {"dnsName", ep->dnsName},
                         {"clientCidrBlock", ep->clientCidrBlock},
                         {"splitTunnel", ep->splitTunnel},
                         {"dnsServers", ep->dnsServers},
                         {"transportProtocol", ep->transportProtocol},
                         {"vpnPort", ep->vpnPort},
                         {"routeEnforcement", ep->routeEnforcement},
                         {"authenticationTypes", ep->authenticationTypes}};
        j["pushOptions"] = push.reply.options;
        json pushed = json::array(), skipped = json::array();
        for (const auto& r : push.pushed)
            pushed.push_back({{"destinationCidr", r.destinationCidr},
                              {"targetSubnet", r.targetSubnet},
                              {"origin", r.origin},
                              {"description", r.description}});
        for (const auto& r : push.skipped)
            skipped.push_back({{"destinationCidr", r.destinationCidr},
                               {"targetSubnet", r.targetSubnet},
                               {"status", r.statusCode},
                               {"reason", skipReason(r, *ep)}});
        j["pushedRoutes"] = pushed;
        j["skippedRoutes"] = skipped;
        json ds = json::array();
        for (const auto& d : push.diagnostics)
            ds.push_back(core::diagnosticToJson(d));
        j["diagnostics"] = ds;
        j["profile"] = profile ? core::profileToJson(*profile) : json(nullptr);
        j["push"] = applied ? core::pushResultToJson(push.reply, *applied) : json(nullptr);
        j["effective"] = applied ? core::profileToJson(applied->effective) : json(nullptr);
        core::sanitizeUtf8(j);
        printJson(io, j);
        return rc;
    }
    auto& os = io.out;
    os << "Endpoint " << ep->id << " (" << (ep->statusCode.empty() ? "?" : ep->statusCode)
       << "), split tunnel " << (ep->splitTunnel ? "on" : "off") << ", client CIDR "
       << ep->clientCidrBlock << ", " << ep->transportProtocol << "/" << ep->vpnPort << '\n';
    os << "\nWhat clients receive:\n";
    for (const auto& o : push.reply.options)
        os << "  " << o << '\n';
    if (!ep->splitTunnel)
        os << "  (redirect-gateway def1 installs 0.0.0.0/1 and 128.0.0.0/1 through the tunnel)\n";
    if (!push.skipped.empty()) {
        os << "\nRoutes not pushed:\n";
        for (const auto& r : push.skipped)
            os << "  " << r.destinationCidr << " (" << r.targetSubnet << ", " << skipReason(r, *ep)
               << (r.statusCode.empty() ? "" : ": " + r.statusCode) << ")\n";
    }
    if (applied) {
        os << "\nApplied to " << profile->file << ":\n";
        for (const auto& i : applied->items)
            os << "  " << core::pushFateName(i.fate) << "  " << i.text << '\n';
    }
    if (!push.diagnostics.empty()) {
        os << "\nDiagnostics:\n";
        for (const auto& d : push.diagnostics)
            os << "  " << core::severityName(d.severity) << " [" << d.code << "] " << d.message
               << '\n';
    }
    return rc;
}

} // namespace

Command awsCommand() {
    return Command{
        "aws",
        "derive what an AWS Client VPN endpoint pushes (from the AWS CLI's JSON)",
        "aws (--endpoints FILE --routes FILE | --fetch ENDPOINT_ID [--region R]) "
        "[--endpoint-id ID] [--profile FILE] [--json]",
        {{"endpoints", true, false, "FILE  output of aws ec2 describe-client-vpn-endpoints"},
         {"routes", true, false, "FILE  output of aws ec2 describe-client-vpn-routes"},
         {"endpoint-id", true, false, "ID  which endpoint, when the file holds several"},
         {"profile", true, false, "FILE  the endpoint's downloaded .ovpn, to apply the push to"},
         {"fetch", true, false, "ID  run the aws CLI for this endpoint instead of reading files"},
         {"region", true, false, "REGION  with --fetch"}},
        run};
}

} // namespace splitroute::cli
