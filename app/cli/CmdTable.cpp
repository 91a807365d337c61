// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli table (--live | --from FILE) [--format F] [--json] [--save-snapshot FILE]
// [--verbose]
//
// Prints a routing table read from a dump (ip route, ip -j route, route print, netstat -rn,
// or a Splitroute snapshot), one route per row: Destination Gateway Interface Metric Table
// Type Protocol; multipath next hops follow their route as indented "nexthop" rows.
//
// --json prints one object:
//   {
//     "source": "FILE" | "live",             // the file as given, or "live"
//     "format": "live" | "ip" | "ip-json" | "route-print" | "netstat" | "snapshot",
//     "routes": [ROUTE...],                  // ROUTE as in core/RouteJson.h (a snapshot's routes)
//     "persistent": [ROUTE...],              // route print's "Persistent Routes" (else empty)
//     "diagnostics": [{"severity": "info"|"warning"|"error", "code": "bad-metric",
//                      "message": "...", "file": "FILE", "line": 3, "column": 17}...]
//   }
// --save-snapshot FILE also writes the table as a snapshot (core/import/Snapshot.h), with
// "taken" (UTC, ISO 8601): now for --live, the dump file's modification time for --from.
// Exit: 0 ok (skipped lines are warnings on stderr), 2 bad usage or unreadable input
// ("splitroute-cli: FILE:LINE:COLUMN: message" on stderr; with --json also
// {"error": {"code", "message", "file", "line", "column"}} on stdout), 1 snapshot not written.

#include "app/cli/Cli.h"
#include "app/cli/TableOutput.h"
#include "core/RouteJson.h"
#include "core/import/Snapshot.h"

#include <sys/stat.h>

#include <ctime>
#include <fstream>

namespace splitroute::cli {
namespace {

// "2026-11-22T00:35:13Z"
std::string isoUtc(std::time_t t) {
    std::tm tm{};
    if (!::gmtime_r(&t, &tm))
        return {};
    char buf[32];
    return std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm) ? std::string(buf)
                                                                     : std::string();
}

// When the table was taken: now when read live, else when its dump was last written.
std::string takenTime(const Args& args) {
    if (auto from = args.value("from")) {
        struct stat st {};
        if (::stat(from->c_str(), &st) != 0)
            return {};
        return isoUtc(st.st_mtime);
    }
    return isoUtc(std::time(nullptr));
}

using namespace splitroute::core;

int runTable(const Args& args, Io& io) {
    const bool json = args.has("json");
    if (!args.positionals().empty())
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument,
                              "unexpected argument '" + args.positionals().front() + "'"));
    int exitCode = kExitOk;
    std::string source;
    auto t = loadTableFromArgs("table", args, io, exitCode, source);
    if (!t)
        return exitCode;
    const bool live = args.has("live");

    if (auto snap = args.value("save-snapshot")) {
        Snapshot s{source, takenTime(args), t->table};
        std::ofstream f(*snap, std::ios::binary | std::ios::trunc);
        f << writeSnapshot(s);
        f.close();
        if (!f)
            return fail(
                io, json,
                makeError(ErrorCode::Io, "cannot write snapshot '" + *snap + "'", {*snap, 0, 0}),
                kExitFailure);
    }

    if (json) {
        nlohmann::json persistent = nlohmann::json::array();
        for (const auto& r : t->persistent)
            persistent.push_back(toJson(r));
        printJson(io, {{"source", source},
                       {"format", live ? "live" : tableFormatName(t->format)},
                       {"routes", toJson(t->table)},
                       {"persistent", persistent},
                       {"diagnostics", diagnosticsJson(t->diagnostics)}});
        return kExitOk;
    }
    std::vector<std::vector<std::string>> rows{routeHeader()};
    for (const auto& r : t->table.routes())
        for (auto& row : routeRows(r))
            rows.push_back(std::move(row));
    printAligned(io.out, rows);
    if (!t->persistent.empty()) {
        io.out << "\nPersistent routes (not active):\n";
        std::vector<std::vector<std::string>> prow{routeHeader()};
        for (const auto& r : t->persistent)
            for (auto& row : routeRows(r))
                prow.push_back(std::move(row));
        printAligned(io.out, prow);
    }
    return kExitOk;
}

std::vector<Args::Spec> tableOptions() {
    auto o = tableInputOptions();
    o.insert(o.begin(), {"from", true, false, "FILE  read the table from a dump or snapshot"});
    o.insert(o.begin(),
             {"live", false, false, "read this computer's routing table (no privilege needed)"});
    o.push_back({"save-snapshot", true, false, "FILE  also save the table as a snapshot"});
    return o;
}

} // namespace

Command tableCommand() {
    return Command{
        "table",
        "print this computer's routing table, or one read from a dump (ip route, route print, "
        "netstat "
        "-rn, snapshot)",
        "table (--live | --from FILE) [--format auto|ip|ip-json|route-print|netstat|snapshot] "
        "[--json] "
        "[--save-snapshot FILE]",
        tableOptions(),
        runTable,
    };
}

} // namespace splitroute::cli
