// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/MacOsExporter.h"

// Output: a sh script of BSD `route -n add|delete` lines for macOS. IPv6 link-local gateways
// get their %interface scope; routes without a gateway use -interface. macOS has no route
// protocol or table; the metric is not settable either, so the most specific prefix decides.

namespace splitroute::core {

namespace {
std::string routeCmd(const RouteChange& c) {
    const Route& r = c.route;
    std::string s = "route -n ";
    s += c.kind == ChangeKind::Add ? "add" : "delete";
    if (r.family() == Family::V6)
        s += " -inet6";
    s += r.destination.isHost() ? " -host " + r.destination.address().toString()
                                : " -net " + r.destination.toString();
    const IpAddress gw = r.isMultipath() ? r.nexthops.front().gateway : r.gateway;
    const std::string dev =
        r.isMultipath() ? r.nexthops.front().interface.str() : r.interface.str();
    if (r.type == RouteType::Blackhole)
        s += " 127.0.0.1 -blackhole";
    else if (gw.isNull())
        s += " -interface " + dev;
    else if (gw.isV6() && gw.bytes()[0] == 0xfe && (gw.bytes()[1] & 0xc0) == 0x80)
        s += " " + gw.toString() + "%" + dev;
    else
        s += " " + gw.toString();
    return s;
}

std::string body(const ChangeSet& cs, bool undo) {
    return exportdetail::scriptBody(cs, "# ", "\n", [undo](const RouteChange& c) {
        return routeCmd(c) + (undo ? " || rc=1" : "");
    });
}
} // namespace

Result<ExportResult> MacOsExporter::render(const Plan& plan, const ExportOptions& options) const {
    auto os = exportdetail::checkTargetOs(plan, options, TableOs::Bsd, "macOS");
    if (!os)
        return os.error();
    ExportResult out;
    if (!os->empty())
        out.warnings.push_back(*os);
    const std::string warn = exportdetail::warningLines(out.warnings, "# ");
    out.script =
        "#!/bin/sh\n"
        "# Splitroute route changes for macOS (BSD route). Run with sudo.\n" +
        warn + exportdetail::describe(plan, "# ", options.origin) +
        "# Interface names are the ones of the planned table; on a Mac the tunnel is\n"
        "# usually utunN and Wi-Fi en0 — edit them to match `netstat -rn`.\n"
        "# To undo, run the matching undo script " +
        exportdetail::undoSource(options.origin, "splitroute-cli export --format macos --undo") +
        ".\n"
        "set -e\n" +
        body(plan.changes, false);
    out.undo = "#!/bin/sh\n"
               "# Splitroute undo script for macOS: takes back the matching apply script.\n" +
               exportdetail::describe(plan, "#   ", options.origin) + "rc=0\n" +
               body(plan.changes.inverse(), true) + "exit $rc\n";
    return out;
}

} // namespace splitroute::core
