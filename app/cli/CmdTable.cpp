// splitroute-cli table --from FILE [--format F] [--json] [--save-snapshot FILE] [--verbose]
//
// Prints a routing table read from a dump (ip route, ip -j route, route print, netstat -rn,
// or a Splitroute snapshot), one route per row: Destination Gateway Interface Metric Table
// Type Protocol; multipath next hops follow their route as indented "nexthop" rows.
//
// --json prints one object:
//   {
//     "source": "FILE",                      // the file as given
//     "format": "ip" | "ip-json" | "route-print" | "netstat" | "snapshot",
//     "routes": [ROUTE...],                  // ROUTE as in core/RouteJson.h (a snapshot's routes)
//     "persistent": [ROUTE...],              // route print's "Persistent Routes" (else empty)
//     "diagnostics": [{"severity": "info"|"warning"|"error", "code": "bad-metric",
//                      "message": "...", "file": "FILE", "line": 3, "column": 17}...]
//   }
// --save-snapshot FILE also writes the table as a snapshot (core/import/Snapshot.h).
// Exit: 0 ok (skipped lines are warnings on stderr), 2 bad usage or unreadable input
// ("splitroute-cli: FILE:LINE:COLUMN: message" on stderr; with --json also
// {"error": {"code", "message", "file", "line", "column"}} on stdout), 1 snapshot not written.

#include "app/cli/Cli.h"
#include "app/cli/TableOutput.h"
#include "core/RouteJson.h"
#include "core/import/Snapshot.h"

#include <fstream>

namespace splitroute::cli {
namespace {

using namespace splitroute::core;

int runTable(const Args& args, Io& io) {
    const bool json = args.has("json");
    // --live (read through the platform's RouteBackend) is wired here by the lead.
    auto from = args.value("from");
    if (!from)
        return fail(io, json, makeError(ErrorCode::InvalidArgument, "table needs --from FILE"));
    if (!args.positionals().empty())
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument,
                              "unexpected argument '" + args.positionals().front() + "'"));
    int exitCode = kExitOk;
    auto t = loadTable(*from, args, io, exitCode);
    if (!t)
        return exitCode;

    if (auto snap = args.value("save-snapshot")) {
        Snapshot s{*from, "", t->table};
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
        printJson(io, {{"source", *from},
                       {"format", tableFormatName(t->format)},
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
    o.push_back({"save-snapshot", true, false, "FILE  also save the table as a snapshot"});
    return o;
}

const Registrar reg{Command{
    "table",
    "print a routing table read from a dump (ip route, route print, netstat -rn, snapshot)",
    "table --from FILE [--format auto|ip|ip-json|route-print|netstat|snapshot] [--json] "
    "[--save-snapshot FILE]",
    tableOptions(),
    runTable,
}};

} // namespace
} // namespace splitroute::cli
