// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/OpenVpnExporter.h"

// Output: lines to add to an OpenVPN client profile. A removed default override becomes
// `pull-filter ignore "redirect-gateway"` (covers def1 and ipv6); a deleted pushed route
// becomes `pull-filter ignore "route NET MASK"` (pull-filter matches the start of the pushed
// option text); added routes become `route NET MASK net_gateway` (outside the tunnel) or
// `route NET MASK vpn_gateway` (through it), IPv6 ones `route-ipv6 P/LEN [net_gateway]`.
// pull-filter instead of route-nopull: route-nopull would also drop pushed DNS options.

#include "core/plan/TunnelContext.h"

#include <set>

namespace splitroute::core {

namespace {
std::string v4Net(const Prefix& p) {
    return p.address().toString() + " " + p.netmask().toString();
}
} // namespace

std::string openVpnProfileLines(const Plan& plan) {
    const std::string tun = plan.tunnelDevice;
    auto onTunnel = [&](const Route& r) {
        return !tun.empty() && r.interface.str() == tun;
    };
    std::vector<std::string> filters, routes;
    std::array<bool, 2> overrideRemoved{false, false};
    for (const auto& c : plan.changes.changes) {
        const Route& r = c.route;
        const bool v6 = r.family() == Family::V6;
        const bool over = isOverridePrefix(r.destination) || r.destination.isDefault();
        if (c.kind == ChangeKind::Delete) {
            if (!onTunnel(r) || r.protocol == proto::Splitroute)
                continue; // replaced routes of ours: not part of a profile
            if (over) {
                overrideRemoved[v6 ? 1 : 0] = true;
                continue;
            }
            filters.push_back(
                "pull-filter ignore \"" +
                (v6 ? "route-ipv6 " + r.destination.toString() : "route " + v4Net(r.destination)) +
                "\"");
            continue;
        }
        std::string note;
        std::string line =
            v6 ? "route-ipv6 " + r.destination.toString() : "route " + v4Net(r.destination);
        if (onTunnel(r)) {
            if (!v6)
                line += " vpn_gateway";
        } else {
            line += " net_gateway";
            if (v6)
                note = "# (OpenVPN before 2.6 may reject net_gateway for IPv6; then add this "
                       "route outside OpenVPN)\n";
        }
        const std::string why = exportdetail::reasonOf(c);
        routes.push_back((why.empty() ? "" : "# " + why + "\n") + note + line);
    }
    std::string s;
    if (overrideRemoved[0] || overrideRemoved[1]) {
        s += "# all other traffic stays outside the tunnel: refuse the pushed default override\n";
        s += "pull-filter ignore \"redirect-gateway\"\n";
        if (overrideRemoved[0] != overrideRemoved[1]) {
            // Ignoring redirect-gateway drops both families: re-add the override routes the
            // tunnel had in the family the plan keeps — those, and nothing it did not have.
            const Family kept = overrideRemoved[0] ? Family::V6 : Family::V4;
            std::set<Prefix> had;
            for (const auto& r : plan.before.routes())
                if (r.family() == kept && onTunnel(r) && r.type == RouteType::Unicast &&
                    (isOverridePrefix(r.destination) || r.destination.isDefault()))
                    had.insert(r.destination);
            if (plan.before.empty())
                s += "# the plan does not include the table it was made for: if the tunnel also "
                     "carried " +
                     std::string(kept == Family::V6 ? "IPv6" : "IPv4") +
                     " by redirect-gateway, add those routes here\n";
            for (const auto& p : had)
                s += kept == Family::V6 ? "route-ipv6 " + p.toString() + "\n"
                                        : "route " + v4Net(p) + " vpn_gateway\n";
        }
    }
    for (const auto& f : filters)
        s += f + "\n";
    for (const auto& r : routes)
        s += r + "\n";
    return s;
}

Result<ExportResult> OpenVpnExporter::render(const Plan& plan, const ExportOptions& options) const {
    ExportResult out;
    out.script = "# Splitroute: lines for an OpenVPN client profile (.ovpn / .conf).\n" +
                 exportdetail::describe(plan, "# ", options.origin) +
                 "# Add them at the end of the profile and reconnect. To undo, remove them "
                 "again\n# and reconnect. (The AWS VPN Client strips pull-filter; use another "
                 "export there.)\n" +
                 openVpnProfileLines(plan);
    out.undo = "# Splitroute: to undo the OpenVPN snippet, delete the lines it added to the "
               "profile\n# and reconnect. Nothing else was changed.\n";
    return out;
}

} // namespace splitroute::core
