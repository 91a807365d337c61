// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ShExporter.h"

// Output: a POSIX sh script of `ip route add|del` lines (iproute2), one per change, in plan
// order, each naming the route exactly (table, metric, protocol), so that `del` removes the
// route the plan means and not another one with the same prefix. The undo script is the
// inverse change set rendered the same way; it keeps going past errors and reports them.

namespace splitroute::core {

namespace {
std::string ipRoute(const RouteChange& c) {
    const Route& r = c.route;
    std::string s = r.family() == Family::V6 ? "ip -6 route " : "ip -4 route ";
    s += c.kind == ChangeKind::Add ? "add " : "del ";
    if (r.type != RouteType::Unicast)
        s += std::string(routeTypeName(r.type)) + " ";
    s += r.destination.toString();
    s += r.nextHopArgs();
    s += " table " + tableName(r.table);
    s += " metric " + std::to_string(r.metric);
    s += " proto " + std::to_string(r.protocol);
    if (c.kind == ChangeKind::Add && r.scope != scope::Universe)
        s += " scope " + scopeName(r.scope);
    if (c.kind == ChangeKind::Add && !r.preferredSource.isNull())
        s += " src " + r.preferredSource.toString();
    if (c.kind == ChangeKind::Add && (r.flags & routeflag::OnLink))
        s += " onlink";
    return s;
}

std::string body(const ChangeSet& cs, bool undo) {
    return exportdetail::scriptBody(cs, "# ", "\n", [undo](const RouteChange& c) {
        return ipRoute(c) + (undo ? " || rc=1" : "");
    });
}
} // namespace

Result<ExportResult> ShExporter::render(const Plan& plan, const ExportOptions& options) const {
    auto os = exportdetail::checkTargetOs(plan, options, TableOs::Linux, "sh");
    if (!os)
        return os.error();
    ExportResult out;
    if (!os->empty())
        out.warnings.push_back(*os);
    const std::string warn = exportdetail::warningLines(out.warnings, "# ");
    out.script =
        "#!/bin/sh\n"
        "# Splitroute route changes for Linux (iproute2). Run as root.\n" +
        warn + exportdetail::describe(plan, "# ", options.origin) +
        "# To undo, run the matching undo script " +
        exportdetail::undoSource(options.origin, "splitroute-cli export --format sh --undo") +
        ",\n# which deletes what this adds and restores what this deletes.\n"
        "set -e\n" +
        body(plan.changes, false);
    out.undo = "#!/bin/sh\n"
               "# Splitroute undo script for Linux (iproute2). Run as root.\n"
               "# Takes back the route changes of the matching apply script, in reverse order:\n" +
               exportdetail::describe(plan, "#   ", options.origin) + "rc=0\n" +
               body(plan.changes.inverse(), true) + "exit $rc\n";
    return out;
}

} // namespace splitroute::core
