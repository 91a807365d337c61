// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/NmcliExporter.h"

// Output: a sh script of `nmcli connection modify` lines, the way NetworkManager users split a
// tunnel: on the VPN connection, `ipvN.never-default yes` where the plan removes the default
// override ("use this connection only for resources on its network"), `+ipvN.routes "P"` for
// networks to tunnel, and `ipvN.ignore-auto-routes yes` (re-adding the pushed routes that stay)
// where the plan deletes a pushed route. Bypass routes belong to the physical connection of
// their device (looked up at run time with `nmcli -g GENERAL.CONNECTION device show DEV`) as
// `+ipvN.routes "P GATEWAY"`. NetworkManager applies profile changes on re-activation, so the
// script ends with `nmcli device reapply` / `nmcli connection up`.

#include "core/plan/TunnelContext.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

namespace splitroute::core {

namespace {
using exportdetail::shQuote;

std::string v(Family f) {
    return f == Family::V6 ? "ipv6" : "ipv4";
}

std::string varFor(const std::string& dev) {
    std::string s = "PHYS_";
    for (char c : dev)
        s += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return s;
}

std::string routeSpec(const Route& r, bool withGateway) {
    std::string s = r.destination.toString();
    if (withGateway && !r.gateway.isNull())
        s += " " + r.gateway.toString();
    if (withGateway && r.metric != 0 && !(r.family() == Family::V6 && r.metric == 1024)) {
        if (r.gateway.isNull())
            s += r.family() == Family::V6 ? " ::" : " 0.0.0.0";
        s += " " + std::to_string(r.metric);
    }
    return s;
}

struct Lines {
    std::vector<std::string> apply, undo;
};
} // namespace

Result<ExportResult> NmcliExporter::render(const Plan& plan, const ExportOptions& options) const {
    if (options.connection.empty())
        return makeError(ErrorCode::InvalidArgument,
                         "nmcli export: name the VPN connection (--connection NAME, as in "
                         "`nmcli connection show`)");
    auto os = exportdetail::checkTargetOs(plan, options, TableOs::Linux, "nmcli");
    if (!os)
        return os.error();
    const std::string tun = plan.tunnelDevice;
    auto onTunnel = [&](const Route& r) {
        return !tun.empty() && r.interface.str() == tun;
    };

    Lines vpn, phys;
    std::set<std::string> physDevices;
    std::array<bool, 2> removeOverride{false, false}, addOverride{false, false},
        dropPushed{false, false};
    std::set<std::pair<Family, Prefix>> deletedPushed;
    for (const auto& c : plan.changes.changes) {
        const Route& r = c.route;
        const int fi = r.family() == Family::V6 ? 1 : 0;
        if (onTunnel(r)) {
            const bool over = isOverridePrefix(r.destination) || r.destination.isDefault();
            if (c.kind == ChangeKind::Delete && over)
                removeOverride[static_cast<std::size_t>(fi)] = true;
            else if (c.kind == ChangeKind::Add && over)
                addOverride[static_cast<std::size_t>(fi)] = true;
            else if (c.kind == ChangeKind::Delete && r.protocol != proto::Splitroute) {
                dropPushed[static_cast<std::size_t>(fi)] = true;
                deletedPushed.insert({r.family(), r.destination});
            } else {
                const std::string spec = shQuote(routeSpec(r, false));
                const std::string op = c.kind == ChangeKind::Add ? "+" : "-";
                const std::string inv = c.kind == ChangeKind::Add ? "-" : "+";
                vpn.apply.push_back("nmcli connection modify \"$VPN\" " + op + v(r.family()) +
                                    ".routes " + spec);
                vpn.undo.push_back("nmcli connection modify \"$VPN\" " + inv + v(r.family()) +
                                   ".routes " + spec);
            }
            continue;
        }
        const std::string dev = r.interface.str();
        physDevices.insert(dev);
        const std::string spec = shQuote(routeSpec(r, true));
        const std::string op = c.kind == ChangeKind::Add ? "+" : "-";
        const std::string inv = c.kind == ChangeKind::Add ? "-" : "+";
        phys.apply.push_back("nmcli connection modify \"$" + varFor(dev) + "\" " + op +
                             v(r.family()) + ".routes " + spec);
        phys.undo.push_back("nmcli connection modify \"$" + varFor(dev) + "\" " + inv +
                            v(r.family()) + ".routes " + spec);
    }
    std::size_t front = 0;
    for (Family f : {Family::V4, Family::V6}) {
        const auto fi = static_cast<std::size_t>(f == Family::V6 ? 1 : 0);
        if (removeOverride[fi] || addOverride[fi]) {
            const bool nd = removeOverride[fi];
            vpn.apply.insert(vpn.apply.begin() + static_cast<long>(front++),
                             "nmcli connection modify \"$VPN\" " + v(f) + ".never-default " +
                                 (nd ? "yes" : "no"));
            vpn.undo.push_back("nmcli connection modify \"$VPN\" " + v(f) + ".never-default " +
                               (nd ? "no" : "yes"));
        }
        if (dropPushed[fi]) {
            vpn.apply.push_back("# the plan drops routes the VPN pushes: ignore pushed routes and "
                                "re-add the ones that stay");
            vpn.apply.push_back("nmcli connection modify \"$VPN\" " + v(f) +
                                ".ignore-auto-routes yes");
            vpn.undo.push_back("nmcli connection modify \"$VPN\" " + v(f) +
                               ".ignore-auto-routes no");
            if (plan.before.empty())
                vpn.apply.push_back("# (the plan has no before-table: re-add kept pushed routes "
                                    "by hand)");
            std::set<Prefix> kept;
            for (const auto& r : plan.before.routes())
                if (r.family() == f && onTunnel(r) && r.protocol != proto::Kernel &&
                    r.protocol != proto::Splitroute && !isOverridePrefix(r.destination) &&
                    !r.destination.isDefault() && !deletedPushed.count({f, r.destination}))
                    kept.insert(r.destination);
            for (const auto& p : kept) {
                vpn.apply.push_back("nmcli connection modify \"$VPN\" +" + v(f) + ".routes " +
                                    shQuote(p.toString()));
                vpn.undo.push_back("nmcli connection modify \"$VPN\" -" + v(f) + ".routes " +
                                   shQuote(p.toString()));
            }
        }
    }

    std::string pre = "VPN=" + shQuote(options.connection) + "\n";
    for (const auto& dev : physDevices)
        pre += varFor(dev) + "=$(nmcli -g GENERAL.CONNECTION device show " + shQuote(dev) + ")\n";
    std::string post;
    for (const auto& dev : physDevices)
        post += "nmcli device reapply " + shQuote(dev) + "\n";
    if (!vpn.apply.empty())
        post += "# re-activate the VPN so NetworkManager applies its changed profile\n"
                "nmcli connection up \"$VPN\"\n";

    auto join = [](const std::vector<std::string>& a, const std::vector<std::string>& b,
                   bool reverse) {
        std::string s;
        std::vector<std::string> all = a;
        all.insert(all.end(), b.begin(), b.end());
        if (reverse)
            std::reverse(all.begin(), all.end());
        for (const auto& l : all)
            s += l + "\n";
        return s;
    };
    ExportResult out;
    if (!os->empty())
        out.warnings.push_back(*os);
    const std::string warn = exportdetail::warningLines(out.warnings, "# ");
    out.script =
        "#!/bin/sh\n"
        "# Splitroute route changes for NetworkManager (nmcli). VPN connection: " +
        options.connection + "\n" + warn + exportdetail::describe(plan, "# ", options.origin) +
        "# Changes the saved connection profiles (they persist). To undo, run the "
        "matching\n# undo script " +
        exportdetail::undoSource(options.origin,
                                 "splitroute-cli export --format nmcli --connection NAME --undo") +
        ".\nset -e\n" + pre + join(vpn.apply, phys.apply, false) + post;
    out.undo = "#!/bin/sh\n"
               "# Splitroute undo script for NetworkManager: takes back the matching apply "
               "script.\n" +
               exportdetail::describe(plan, "#   ", options.origin) + "set -e\n" + pre +
               join(vpn.undo, phys.undo, true) + post;
    return out;
}

std::vector<NmConnection> parseNmcliConnections(std::string_view text) {
    std::vector<NmConnection> out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::vector<std::string> fields(1);
        for (; i < text.size() && text[i] != '\n'; ++i) {
            if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] != '\n')
                fields.back() += text[++i];
            else if (text[i] == ':')
                fields.emplace_back();
            else if (text[i] != '\r')
                fields.back() += text[i];
        }
        ++i; // the line break
        if (fields.size() >= 2 && !fields[0].empty())
            out.push_back({fields[0], fields[1]});
    }
    return out;
}

std::string describeNmcliConnections(const std::vector<NmConnection>& connections) {
    auto vpnLike = [](const NmConnection& c) {
        return c.type == "vpn" || c.type == "wireguard";
    };
    const bool anyVpn = std::any_of(connections.begin(), connections.end(), vpnLike);
    std::string out;
    for (const auto& c : connections) {
        if (anyVpn && !vpnLike(c))
            continue;
        out += (out.empty() ? "'" : ", '") + c.name + "' (" + c.type + ")";
    }
    return out;
}

} // namespace splitroute::core
