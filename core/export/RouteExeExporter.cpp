// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/RouteExeExporter.h"

// Output: a cmd.exe batch file of `route add|delete` lines. IPv4 destinations are written as
// network + `mask`, IPv6 ones as prefix/length. route.exe wants a metric of 1 or more, and the
// interface as its index (`if N`): taken from the route's ifindex, or from an interface named
// by number ("0x12", "18") as `route print` dumps do. Without one Windows picks the interface
// from the gateway, which the comment says.

#include <algorithm>
#include <charconv>

namespace splitroute::core {

namespace {
unsigned indexOf(const Route& r) {
    if (r.ifindex)
        return r.ifindex;
    const std::string name = r.interface.str();
    unsigned idx = 0;
    const bool hex = name.rfind("0x", 0) == 0;
    const char* b = name.data() + (hex ? 2 : 0);
    auto [p, ec] = std::from_chars(b, name.data() + name.size(), idx, hex ? 16 : 10);
    return !name.empty() && ec == std::errc() && p == name.data() + name.size() ? idx : 0;
}

std::string cmd(const RouteChange& c, std::string& note) {
    const Route& r = c.route;
    std::string s = c.kind == ChangeKind::Add ? "route add " : "route delete ";
    if (r.family() == Family::V4)
        s += r.destination.address().toString() + " mask " + r.destination.netmask().toString();
    else
        s += r.destination.toString();
    std::string gw =
        r.gateway.isNull() ? (r.family() == Family::V4 ? "0.0.0.0" : "::") : r.gateway.toString();
    if (r.gateway.isNull() && !r.preferredSource.isNull())
        gw = r.preferredSource.toString(); // on-link: route.exe takes the interface's address
    s += " " + gw;
    if (c.kind == ChangeKind::Add) {
        s += " metric " +
             std::to_string(std::max<std::uint32_t>(1, std::min<std::uint32_t>(r.metric, 9999)));
        if (unsigned i = indexOf(r))
            s += " if " + std::to_string(i);
        else
            note = "interface " + r.interface.str() +
                   ": index unknown, Windows chooses it from the gateway";
    }
    return s;
}

std::string body(const ChangeSet& cs, bool undo) {
    return exportdetail::scriptBody(cs, "rem ", "\r\n", [undo](const RouteChange& c) {
        std::string note;
        const std::string line = cmd(c, note);
        return (note.empty() ? std::string() : "rem " + note + "\r\n") + line + "\r\n" +
               (undo ? "if errorlevel 1 set FAILED=1" : "if errorlevel 1 goto :failed");
    });
}
} // namespace

Result<ExportResult> RouteExeExporter::render(const Plan& plan, const ExportOptions&) const {
    for (const auto& c : plan.changes.changes)
        if (c.route.isMultipath() || c.route.type != RouteType::Unicast)
            return makeError(ErrorCode::Unsupported, "route.exe export: " + c.route.toString() +
                                                         " is not a single-next-hop unicast route");
    auto crlf = [](std::string s) {
        std::string o;
        for (char ch : s) {
            if (ch == '\n')
                o += "\r\n";
            else
                o += ch;
        }
        return o;
    };
    ExportResult out;
    out.script = "@echo off\r\n"
                 "rem Splitroute route changes for Windows (route.exe). Run as Administrator.\r\n" +
                 crlf(exportdetail::describe(plan, "rem ")) +
                 "rem Routes are not persistent (no -p): a reboot drops them. To undo now, run\r\n"
                 "rem the matching undo batch (splitroute-cli export --format cmd --undo).\r\n" +
                 body(plan.changes, false) +
                 "exit /b 0\r\n:failed\r\necho Splitroute: a route command failed; run the undo "
                 "batch to take back the ones before it. 1>&2\r\nexit /b 1\r\n";
    out.undo = "@echo off\r\n"
               "rem Splitroute undo batch for Windows: takes back the matching apply batch.\r\n" +
               crlf(exportdetail::describe(plan, "rem   ")) + "set FAILED=0\r\n" +
               body(plan.changes.inverse(), true) + "exit /b %FAILED%\r\n";
    return out;
}

} // namespace splitroute::core
