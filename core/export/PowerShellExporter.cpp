// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/PowerShellExporter.h"

#include "core/export/WindowsInterface.h"

// Output: New-NetRoute / Remove-NetRoute (NetTCPIP module) lines with -DestinationPrefix,
// -InterfaceIndex, -NextHop (0.0.0.0 / :: for on-link) and, for additions, -RouteMetric, in
// the active store only, so a reboot also undoes them. The interface is selected by index
// (exportdetail::windowsIndexExpr): `route print` names interfaces by address, which
// New-NetRoute does not take. Windows tables show a route's metric plus its interface's
// (route print, and the IP Helper rows Splitroute reads): the script subtracts the
// interface's metric at run time, so the route ends up with the metric the plan shows.

namespace splitroute::core {

namespace {
constexpr const char* kMetricFunction =
    "# Windows shows a route's metric plus its interface's; New-NetRoute takes the route's own.\n"
    "function RouteMetric([int]$Index, [string]$Family, [int]$Shown) {\n"
    "    [Math]::Max(0, $Shown - (Get-NetIPInterface -InterfaceIndex $Index -AddressFamily "
    "$Family).InterfaceMetric)\n"
    "}\n";

std::string cmd(const RouteChange& c) {
    const Route& r = c.route;
    const std::string hop =
        r.gateway.isNull() ? (r.family() == Family::V6 ? "::" : "0.0.0.0") : r.gateway.toString();
    bool literal = false;
    const std::string expr = exportdetail::windowsIndexExpr(r, literal);
    const std::string index = literal ? expr : "$i";
    std::string s = literal ? std::string() : "$i = " + expr + "; ";
    s += c.kind == ChangeKind::Add ? "New-NetRoute" : "Remove-NetRoute";
    s += " -DestinationPrefix " + exportdetail::psQuote(r.destination.toString()) +
         " -InterfaceIndex " + index + " -NextHop " + exportdetail::psQuote(hop);
    if (c.kind == ChangeKind::Add)
        s += " -RouteMetric (RouteMetric " + index + " " + exportdetail::windowsFamily(r) + " " +
             std::to_string(r.metric) + ") -PolicyStore ActiveStore | Out-Null";
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

Result<ExportResult> PowerShellExporter::render(const Plan& plan,
                                                const ExportOptions& options) const {
    for (const auto& c : plan.changes.changes)
        if (c.route.isMultipath() || c.route.type != RouteType::Unicast)
            return makeError(ErrorCode::Unsupported, "PowerShell export: " + c.route.toString() +
                                                         " is not a single-next-hop unicast route");
    auto os = exportdetail::checkTargetOs(plan, options, TableOs::Windows, "PowerShell");
    if (!os)
        return os.error();
    ExportResult out;
    if (!os->empty())
        out.warnings.push_back(*os);
    const std::string warn = exportdetail::warningLines(out.warnings, "# ");
    out.script = "# Splitroute route changes for Windows PowerShell (NetTCPIP). Run elevated.\n" +
                 warn + exportdetail::describe(plan, "# ", options.origin) +
                 "# The routes go to the active store only: a reboot drops them. To undo now,\n"
                 "# run the matching undo script " +
                 exportdetail::undoSource(options.origin,
                                          "splitroute-cli export --format powershell --undo") +
                 ".\n"
                 "$ErrorActionPreference = 'Stop'\n" +
                 kMetricFunction + body(plan.changes, false);
    out.undo = "# Splitroute undo script for Windows PowerShell: takes back the matching apply "
               "script. Run elevated.\n" +
               warn + exportdetail::describe(plan, "#   ", options.origin) + kMetricFunction +
               "$failed = $false\n" + body(plan.changes.inverse(), true) +
               "if ($failed) { exit 1 }\n";
    return out;
}

} // namespace splitroute::core
