// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/PowerShellExporter.h"

// Output: New-NetRoute / Remove-NetRoute (NetTCPIP module) lines with -DestinationPrefix,
// -InterfaceAlias (or -InterfaceIndex when the table named interfaces by number), -NextHop
// (0.0.0.0 / :: for on-link) and -RouteMetric, in the active store only, so a reboot also
// undoes them. Windows adds the interface metric to the route metric.

#include <charconv>

namespace splitroute::core {

namespace {
std::string interfaceArg(const Route& r) {
    const std::string name = r.interface.str();
    unsigned idx = 0;
    const bool hex = name.rfind("0x", 0) == 0;
    const char* b = name.data() + (hex ? 2 : 0);
    auto [p, ec] = std::from_chars(b, name.data() + name.size(), idx, hex ? 16 : 10);
    if (!name.empty() && ec == std::errc() && p == name.data() + name.size())
        return "-InterfaceIndex " + std::to_string(idx);
    if (name.empty() && r.ifindex)
        return "-InterfaceIndex " + std::to_string(r.ifindex);
    return "-InterfaceAlias " + exportdetail::psQuote(name);
}

std::string cmd(const RouteChange& c) {
    const Route& r = c.route;
    const std::string hop =
        r.gateway.isNull() ? (r.family() == Family::V6 ? "::" : "0.0.0.0") : r.gateway.toString();
    std::string s = c.kind == ChangeKind::Add ? "New-NetRoute" : "Remove-NetRoute";
    s += " -DestinationPrefix " + exportdetail::psQuote(r.destination.toString()) + " " +
         interfaceArg(r) + " -NextHop " + exportdetail::psQuote(hop) + " -RouteMetric " +
         std::to_string(r.metric);
    if (c.kind == ChangeKind::Add)
        s += " -PolicyStore ActiveStore | Out-Null";
    else
        s += " -Confirm:$false";
    return s;
}

std::string body(const ChangeSet& cs, bool undo) {
    return exportdetail::scriptBody(cs, "# ", "\n", [undo](const RouteChange& c) {
        return undo ? "try { " + cmd(c) +
                          " -ErrorAction Stop } catch { Write-Warning $_; $failed = $true }"
                    : cmd(c);
    });
}
} // namespace

Result<ExportResult> PowerShellExporter::render(const Plan& plan, const ExportOptions&) const {
    for (const auto& c : plan.changes.changes)
        if (c.route.isMultipath() || c.route.type != RouteType::Unicast)
            return makeError(ErrorCode::Unsupported, "PowerShell export: " + c.route.toString() +
                                                         " is not a single-next-hop unicast route");
    ExportResult out;
    out.script = "# Splitroute route changes for Windows PowerShell (NetTCPIP). Run elevated.\n" +
                 exportdetail::describe(plan, "# ") +
                 "# The routes go to the active store only: a reboot drops them. To undo now,\n"
                 "# run the matching undo script (splitroute-cli export --format powershell "
                 "--undo).\n"
                 "$ErrorActionPreference = 'Stop'\n" +
                 body(plan.changes, false);
    out.undo = "# Splitroute undo script for Windows PowerShell: takes back the matching apply "
               "script. Run elevated.\n" +
               exportdetail::describe(plan, "#   ") + "$failed = $false\n" +
               body(plan.changes.inverse(), true) + "if ($failed) { exit 1 }\n";
    return out;
}

} // namespace splitroute::core
