// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/Exporter.h"

#include "core/export/MacOsExporter.h"
#include "core/export/NmcliExporter.h"
#include "core/export/OpenVpnExporter.h"
#include "core/export/PowerShellExporter.h"
#include "core/export/RouteExeExporter.h"
#include "core/export/ShExporter.h"
#include "core/export/WireGuardExporter.h"

namespace splitroute::core {

std::vector<std::string> exportFormats() {
    return {"sh", "nmcli", "powershell", "cmd", "openvpn", "wireguard", "macos"};
}

std::unique_ptr<Exporter> makeExporter(std::string_view format) {
    if (format == "sh")
        return std::make_unique<ShExporter>();
    if (format == "nmcli")
        return std::make_unique<NmcliExporter>();
    if (format == "powershell")
        return std::make_unique<PowerShellExporter>();
    if (format == "cmd")
        return std::make_unique<RouteExeExporter>();
    if (format == "openvpn")
        return std::make_unique<OpenVpnExporter>();
    if (format == "wireguard")
        return std::make_unique<WireGuardExporter>();
    if (format == "macos")
        return std::make_unique<MacOsExporter>();
    return nullptr;
}

const char* tableOsName(TableOs os) {
    switch (os) {
    case TableOs::Linux:
        return "Linux";
    case TableOs::Windows:
        return "Windows";
    case TableOs::Bsd:
        return "macOS/BSD";
    case TableOs::Unknown:
        break;
    }
    return "unknown";
}

namespace {
bool startsWithAny(const std::string& s, std::initializer_list<const char*> prefixes) {
    for (const char* p : prefixes)
        if (s.rfind(p, 0) == 0)
            return true;
    return false;
}

bool isDigits(const std::string& s, std::size_t from = 0) {
    return s.size() > from && s.find_first_not_of("0123456789", from) == std::string::npos;
}

// en0, en12 (macOS Ethernet/Wi-Fi) — not Linux's enp3s0 / ens33 / eno1.
bool isBsdEn(const std::string& s) {
    return s.rfind("en", 0) == 0 && isDigits(s, 2);
}
} // namespace

TableOs guessTableOs(const RouteTable& table) {
    bool linux = false, bsd = false;
    auto look = [&](const std::string& n) {
        if (n.empty())
            return false;
        if (auto a = IpAddress::parse(n);
            (a && a->isV4()) || isDigits(n) || (n.rfind("0x", 0) == 0 && n.size() > 2))
            return true;
        if (n == "lo0" || isBsdEn(n) || startsWithAny(n, {"utun", "awdl", "llw", "gif", "stf"}))
            bsd = true;
        else if (n == "lo" || startsWithAny(n, {"eth", "wlan", "enp", "ens", "eno", "wlp", "wlx",
                                                "docker", "virbr", "veth", "br-"}))
            linux = true;
        return false;
    };
    for (const auto& r : table.routes()) {
        if (look(r.interface.str()))
            return TableOs::Windows;
        for (const auto& h : r.nexthops)
            if (look(h.interface.str()))
                return TableOs::Windows;
    }
    if (bsd)
        return TableOs::Bsd;
    return linux ? TableOs::Linux : TableOs::Unknown;
}

namespace exportdetail {

Result<std::string> checkTargetOs(const Plan& plan, const ExportOptions& options, TableOs target,
                                  const std::string& format) {
    TableOs from = options.tableOs ? *options.tableOs : TableOs::Unknown;
    if (!options.tableOs) {
        RouteTable all = plan.before;
        for (const auto& c : plan.changes.changes)
            all.add(c.route);
        from = guessTableOs(all);
    }
    if (from == TableOs::Unknown || from == target)
        return std::string();
    if (from == TableOs::Windows)
        return makeError(ErrorCode::Unsupported,
                         format +
                             " export: the plan was made on a Windows routing table, which "
                             "names interfaces by address or index; a " +
                             std::string(tableOsName(target)) +
                             " script needs that system's interface names. Make the plan "
                             "from a routing table of the " +
                             tableOsName(target) +
                             " machine, or export for Windows (powershell, cmd), OpenVPN or "
                             "WireGuard.");
    return "this plan was made on a " + std::string(tableOsName(from)) +
           " routing table; this script is for " + tableOsName(target) +
           ": its interface names and metrics are that table's and must be checked before "
           "running it.";
}

std::string warningLines(const std::vector<std::string>& warnings, std::string_view comment,
                         std::string_view eol) {
    std::string s;
    for (const auto& w : warnings)
        s.append(comment).append("WARNING: ").append(w).append(eol);
    return s;
}

std::string describe(const Plan& plan, const std::string& c, ExportOrigin origin) {
    std::size_t adds = 0, dels = 0;
    for (const auto& ch : plan.changes.changes)
        (ch.kind == ChangeKind::Add ? adds : dels)++;
    std::string s = c + "Generated by Splitroute from a route plan: " + std::to_string(adds) +
                    " route(s) added, " + std::to_string(dels) + " deleted";
    if (!plan.tunnelDevice.empty())
        s += " (tunnel device " + plan.tunnelDevice + ")";
    s += ".\n";
    if (!plan.effectiveSummary.empty())
        s += c + "Effect: " + plan.effectiveSummary + ".\n";
    if (origin == ExportOrigin::Window)
        s += c + "Made in the Splitroute window (Routes > Export...) from the decisions in its\n" +
             c + "Networks tab.\n";
    return s;
}

std::string undoSource(ExportOrigin origin, const std::string& cliCommand) {
    if (origin == ExportOrigin::Window)
        return "(the \"Undo script\" tab of the same Export dialog)";
    return "(" + cliCommand + ")";
}

std::string shQuote(const std::string& s) {
    std::string out = "'";
    for (char ch : s) {
        if (ch == '\'')
            out += "'\\''";
        else
            out += ch;
    }
    return out + "'";
}

std::string psQuote(const std::string& s) {
    std::string out = "'";
    for (char ch : s) {
        if (ch == '\'')
            out += "''";
        else
            out += ch;
    }
    return out + "'";
}

std::string reasonOf(const RouteChange& c) {
    std::string r;
    for (char ch : c.reason)
        r += (ch == '\n' || ch == '\r') ? ' ' : ch;
    return r;
}

std::string scriptBody(const ChangeSet& cs, std::string_view comment, std::string_view eol,
                       const std::function<std::string(const RouteChange&)>& lineOf) {
    std::string s;
    for (const auto& c : cs.changes) {
        const std::string why = reasonOf(c);
        if (!why.empty())
            s.append(comment).append(why).append(eol);
        s.append(lineOf(c)).append(eol);
    }
    return s;
}

} // namespace exportdetail
} // namespace splitroute::core
