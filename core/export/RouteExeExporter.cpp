// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/RouteExeExporter.h"

#include "core/export/WindowsInterface.h"

// Output: a cmd.exe batch file of `route add|delete` lines. IPv4 destinations are written as
// network + `mask`, IPv6 ones as prefix/length. route.exe takes the interface as its index
// (`if N`) and a route metric to which Windows adds the interface's metric, while the table
// Splitroute planned on shows the sum (route print does). So each addition first asks
// PowerShell for the interface's index (exportdetail::windowsIndexExpr: route print names
// interfaces by address) and for the route's own part of the metric (at least 1), then adds
// the route with both.

#include <algorithm>

namespace splitroute::core {

namespace {
std::string cmd(const RouteChange& c) {
    const Route& r = c.route;
    std::string dest;
    if (r.family() == Family::V4)
        dest = r.destination.address().toString() + " mask " + r.destination.netmask().toString();
    else
        dest = r.destination.toString();
    const std::string gw =
        r.gateway.isNull() ? (r.family() == Family::V4 ? "0.0.0.0" : "::") : r.gateway.toString();
    if (c.kind != ChangeKind::Add)
        return "route delete " + dest + " " + gw;
    bool literal = false;
    const std::string expr = exportdetail::windowsIndexExpr(r, literal);
    const std::string shown = std::to_string(std::min<std::uint32_t>(r.metric, 9999));
    return "set SR_IF=\r\nset SR_METRIC=\r\n"
           "for /f \"usebackq tokens=1,2\" %%a in (`powershell -NoProfile -Command \"$i = " +
           expr + "; Write-Output ([string]$i + ' ' + [Math]::Max(1, " + shown +
           " - (Get-NetIPInterface -InterfaceIndex $i -AddressFamily " +
           exportdetail::windowsFamily(r) +
           ").InterfaceMetric))\"`) do (set \"SR_IF=%%a\" & set \"SR_METRIC=%%b\")\r\n"
           "route add " +
           dest + " " + gw + " metric %SR_METRIC% if %SR_IF%";
}

std::string body(const ChangeSet& cs, bool undo) {
    return exportdetail::scriptBody(cs, "rem ", "\r\n", [undo](const RouteChange& c) {
        return cmd(c) + "\r\n" +
               (undo ? "if errorlevel 1 set FAILED=1" : "if errorlevel 1 goto :failed");
    });
}

std::string crlf(const std::string& s) {
    std::string o;
    for (char ch : s) {
        if (ch == '\n')
            o += "\r\n";
        else
            o += ch;
    }
    return o;
}
} // namespace

Result<ExportResult> RouteExeExporter::render(const Plan& plan,
                                              const ExportOptions& options) const {
    for (const auto& c : plan.changes.changes)
        if (c.route.isMultipath() || c.route.type != RouteType::Unicast)
            return makeError(ErrorCode::Unsupported, "route.exe export: " + c.route.toString() +
                                                         " is not a single-next-hop unicast route");
    auto os = exportdetail::checkTargetOs(plan, options, TableOs::Windows, "route.exe");
    if (!os)
        return os.error();
    ExportResult out;
    if (!os->empty())
        out.warnings.push_back(*os);
    const std::string warn = exportdetail::warningLines(out.warnings, "rem ", "\r\n");
    out.script =
        "@echo off\r\n"
        "rem Splitroute route changes for Windows (route.exe). Run as Administrator.\r\n" +
        warn + crlf(exportdetail::describe(plan, "rem ", options.origin)) +
        "rem Routes are not persistent (no -p): a reboot drops them. To undo now, run\r\n"
        "rem the matching undo batch " +
        exportdetail::undoSource(options.origin, "splitroute-cli export --format cmd --undo") +
        ".\r\n"
        "rem Each route's interface index and own metric (the table shows route plus\r\n"
        "rem interface metric) are looked up with PowerShell first.\r\n" +
        body(plan.changes, false) +
        "exit /b 0\r\n:failed\r\necho Splitroute: a route command failed; run the undo "
        "batch to take back the ones before it. 1>&2\r\nexit /b 1\r\n";
    out.undo = "@echo off\r\n"
               "rem Splitroute undo batch for Windows: takes back the matching apply batch.\r\n" +
               warn + crlf(exportdetail::describe(plan, "rem   ", options.origin)) +
               "set FAILED=0\r\n" + body(plan.changes.inverse(), true) + "exit /b %FAILED%\r\n";
    return out;
}

} // namespace splitroute::core
