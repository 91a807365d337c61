// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TableOutput.h"

#include "platform/SystemBackend.h"

#include <spdlog/spdlog.h>

#include <ostream>

namespace splitroute::cli {

using namespace splitroute::core;

std::vector<Args::Spec> tableInputOptions() {
    return {
        {"format", true, false, "F  input format: auto|ip|ip-json|route-print|netstat|snapshot"},
        {"verbose", false, false, "also print informational notes about the input"},
    };
}

std::optional<ImportedTable> loadTable(const std::string& path, const Args& args, Io& io,
                                       int& exitCode) {
    const bool json = args.has("json");
    TableFormat format = TableFormat::Auto;
    if (auto name = args.value("format")) {
        auto f = tableFormatFromName(*name);
        if (!f) {
            exitCode = fail(io, json,
                            makeError(ErrorCode::InvalidArgument,
                                      "unknown format '" + *name +
                                          "' (auto, ip, ip-json, route-print, netstat, snapshot)"));
            return std::nullopt;
        }
        format = *f;
    }
    auto t = importTableFile(path, format);
    if (!t) {
        exitCode = fail(io, json, t.error(), kExitUsage);
        return std::nullopt;
    }
    spdlog::debug("read {} as {}: {} routes, {} diagnostics", path, tableFormatName(t->format),
                  t->table.size(), t->diagnostics.size());
    const bool verbose = args.has("verbose");
    for (const auto& d : t->diagnostics)
        if (d.severity != Severity::Info || verbose)
            io.err << d.toString() << '\n';
    return std::move(t).value();
}

std::optional<ImportedTable> loadLiveTable(const Args& args, Io& io, int& exitCode) {
    const bool json = args.has("json");
    auto backend = platform::createSystemBackend();
    if (!backend) {
        exitCode = fail(io, json,
                        makeError(ErrorCode::Unsupported,
                                  "reading the live routing table is not supported on this system"),
                        kExitFailure);
        return std::nullopt;
    }
    auto routes = backend->listRoutes();
    if (!routes) {
        exitCode = fail(io, json, routes.error(), kExitFailure);
        return std::nullopt;
    }
    ImportedTable t;
    t.table = std::move(routes).value();
    t.format = TableFormat::Snapshot;
    return t;
}

std::optional<ImportedTable> loadTableFromArgs(const std::string& what, const Args& args, Io& io,
                                               int& exitCode, std::string& sourceName) {
    const bool json = args.has("json");
    auto from = args.value("from");
    const bool live = args.has("live");
    if (live == from.has_value()) {
        exitCode = fail(
            io, json,
            makeError(ErrorCode::InvalidArgument, what + " needs either --live or --from FILE"));
        return std::nullopt;
    }
    if (live) {
        sourceName = "live";
        return loadLiveTable(args, io, exitCode);
    }
    sourceName = *from;
    return loadTable(*from, args, io, exitCode);
}

nlohmann::json diagnosticJson(const Diagnostic& d) {
    nlohmann::json j{
        {"severity", severityName(d.severity)}, {"code", d.code}, {"message", d.message}};
    j["file"] = d.where.file;
    j["line"] = d.where.line;
    j["column"] = d.where.column;
    return j;
}

nlohmann::json diagnosticsJson(const std::vector<Diagnostic>& ds) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& d : ds)
        a.push_back(diagnosticJson(d));
    return a;
}

std::vector<std::string> routeHeader() {
    return {"Destination", "Gateway", "Interface", "Metric", "Table", "Type", "Protocol"};
}

namespace {
bool hasNextHop(const Route& r) {
    return r.type == RouteType::Unicast || r.type == RouteType::Local ||
           r.type == RouteType::Broadcast || r.type == RouteType::Multicast ||
           r.type == RouteType::Anycast;
}
} // namespace

std::vector<std::vector<std::string>> routeRows(const Route& r) {
    std::string gateway = !hasNextHop(r)       ? "-"
                          : r.isMultipath()    ? "multipath"
                          : r.gateway.isNull() ? "on-link"
                                               : r.gateway.toString();
    std::vector<std::vector<std::string>> rows;
    rows.push_back({r.destination.toString(), gateway, r.interface.str(), std::to_string(r.metric),
                    tableName(r.table), routeTypeName(r.type), protocolName(r.protocol)});
    for (const auto& nh : r.nexthops)
        rows.push_back({"  nexthop", nh.gateway.isNull() ? "on-link" : nh.gateway.toString(),
                        nh.interface.str(), "", "", "weight " + std::to_string(nh.weight), ""});
    return rows;
}

void printAligned(std::ostream& os, const std::vector<std::vector<std::string>>& rows,
                  const std::string& indent) {
    std::vector<std::size_t> width;
    // Widths in characters, so Japanese interface names do not skew the columns too much.
    auto chars = [](const std::string& s) {
        std::size_t n = 0;
        for (unsigned char c : s)
            n += (c & 0xC0) != 0x80;
        return n;
    };
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (width.size() <= i)
                width.push_back(0);
            width[i] = std::max(width[i], chars(row[i]));
        }
    for (const auto& row : rows) {
        std::string line = indent;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += std::string(width[i] - chars(row[i]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        os << line << '\n';
    }
}

std::string routeFieldText(const Route& r, const std::string& field) {
    if (field == "type")
        return routeTypeName(r.type);
    if (field == "gateway")
        return r.gateway.isNull() ? "on-link" : r.gateway.toString();
    if (field == "interface")
        return r.interface.empty() ? "-" : r.interface.str();
    if (field == "ifindex")
        return std::to_string(r.ifindex);
    if (field == "metric")
        return std::to_string(r.metric);
    if (field == "protocol")
        return protocolName(r.protocol);
    if (field == "scope")
        return scopeName(r.scope);
    if (field == "prefsrc")
        return r.preferredSource.isNull() ? "-" : r.preferredSource.toString();
    if (field == "flags") {
        std::string s;
        if (r.flags & routeflag::OnLink)
            s += "onlink ";
        if (r.flags & routeflag::LinkDown)
            s += "linkdown ";
        if (r.flags & routeflag::Dead)
            s += "dead ";
        if (!s.empty())
            s.pop_back();
        return s.empty() ? "-" : s;
    }
    if (field == "nexthops") {
        std::string s;
        for (const auto& nh : r.nexthops) {
            if (!s.empty())
                s += ',';
            s += (nh.gateway.isNull() ? std::string("on-link") : nh.gateway.toString()) + '@' +
                 nh.interface.str() + '*' + std::to_string(nh.weight);
        }
        return s.empty() ? "-" : s;
    }
    return "?";
}

} // namespace splitroute::cli
