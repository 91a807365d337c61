// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli diff BEFORE AFTER [--format F] [--json] [--verbose]
// splitroute-cli diff --effective BEFORE AFTER [--lookup ADDR|HOST...] [--json]: see
// CmdEffectiveDiff.cpp.
//
// Row diff of two routing tables, each a file in any supported format (the two may differ;
// --format, when given, applies to both). Routes are matched on (table, destination); see
// core/TableDiff.h for how several routes to one destination pair up.
// Human output: one aligned table; "-" removed, "+" added, "~" changed (showing the AFTER
// route, with the changed fields as "field before -> after"), then a summary line.
//
// --json prints one object:
//   {
//     "before": {"source": "BEFORE", "format": "route-print"},
//     "after": {"source": "AFTER", "format": "route-print"},
//     "added": [ROUTE...],                   // ROUTE as in core/RouteJson.h
//     "removed": [ROUTE...],
//     "changed": [{"before": ROUTE, "after": ROUTE, "fields": ["metric", "gateway", ...]}...],
//     "unchanged": 12,
//     "diagnostics": [DIAGNOSTIC...]         // of both inputs, as in `table --json`
//   }
// Every list is sorted by (family, table, destination, metric, gateway, interface).
// Exit: 0 compared (whether or not anything differs), 2 bad usage or unreadable input.

#include "app/cli/Cli.h"
#include "app/cli/TableOutput.h"
#include "core/RouteJson.h"
#include "core/TableDiff.h"

namespace splitroute::cli {

/// diff --effective (CmdEffectiveDiff.cpp).
int runEffectiveDiff(const Args& args, Io& io);
namespace {

using namespace splitroute::core;

std::vector<std::string> withMarker(const std::string& marker, std::vector<std::string> row) {
    row.insert(row.begin(), marker);
    return row;
}

int runDiff(const Args& args, Io& io) {
    const bool json = args.has("json");
    if (args.positionals().size() != 2)
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument, "diff needs BEFORE and AFTER files"));
    const std::string& beforePath = args.positionals()[0];
    const std::string& afterPath = args.positionals()[1];
    int exitCode = kExitOk;
    auto before = loadTable(beforePath, args, io, exitCode);
    if (!before)
        return exitCode;
    auto after = loadTable(afterPath, args, io, exitCode);
    if (!after)
        return exitCode;

    TableDiff d = diffTables(before->table, after->table);
    if (json) {
        nlohmann::json changed = nlohmann::json::array();
        for (const auto& c : d.changed)
            changed.push_back(
                {{"before", toJson(c.before)}, {"after", toJson(c.after)}, {"fields", c.fields}});
        nlohmann::json added = nlohmann::json::array(), removed = nlohmann::json::array();
        for (const auto& r : d.added)
            added.push_back(toJson(r));
        for (const auto& r : d.removed)
            removed.push_back(toJson(r));
        auto diagnostics = diagnosticsJson(before->diagnostics);
        for (const auto& dj : diagnosticsJson(after->diagnostics))
            diagnostics.push_back(dj);
        printJson(
            io, {{"before", {{"source", beforePath}, {"format", tableFormatName(before->format)}}},
                 {"after", {{"source", afterPath}, {"format", tableFormatName(after->format)}}},
                 {"added", added},
                 {"removed", removed},
                 {"changed", changed},
                 {"unchanged", d.unchanged},
                 {"diagnostics", diagnostics}});
        return kExitOk;
    }
    if (d.empty()) {
        io.out << "No differences (" << d.unchanged << " routes unchanged).\n";
        return kExitOk;
    }
    auto header = withMarker(" ", routeHeader());
    header.push_back("Changes");
    std::vector<std::vector<std::string>> rows{header};
    for (const auto& r : d.removed)
        for (auto& row : routeRows(r))
            rows.push_back(withMarker("-", std::move(row)));
    for (const auto& r : d.added)
        for (auto& row : routeRows(r))
            rows.push_back(withMarker("+", std::move(row)));
    for (const auto& c : d.changed) {
        std::string changes;
        for (const auto& f : c.fields) {
            if (!changes.empty())
                changes += ", ";
            changes += f + ' ' + routeFieldText(c.before, f) + " -> " + routeFieldText(c.after, f);
        }
        bool first = true;
        for (auto& row : routeRows(c.after)) {
            auto marked = withMarker("~", std::move(row));
            if (first)
                marked.push_back(changes);
            first = false;
            rows.push_back(std::move(marked));
        }
    }
    printAligned(io.out, rows);
    io.out << '\n'
           << d.added.size() << " added, " << d.removed.size() << " removed, " << d.changed.size()
           << " changed, " << d.unchanged << " unchanged\n";
    return kExitOk;
}

std::vector<Args::Spec> diffOptions() {
    auto o = tableInputOptions();
    o.push_back({"effective", false, false,
                 "show the address ranges whose chosen next hop changes instead of rows"});
    o.push_back({"lookup", true, true,
                 "ADDR  with --effective: the route chosen before and after (or a host name)"});
    return o;
}

int runDiffOrEffective(const Args& args, Io& io) {
    if (args.has("effective"))
        return runEffectiveDiff(args, io);
    if (args.has("lookup"))
        return fail(io, args.has("json"),
                    makeError(ErrorCode::InvalidArgument, "--lookup goes with --effective"));
    return runDiff(args, io);
}

} // namespace

Command diffCommand() {
    return Command{
        "diff",
        "compare two routing tables: routes added, removed and changed, or (--effective) the "
        "address ranges whose next hop changes",
        "diff BEFORE AFTER [--effective [--lookup ADDR|HOST...]] "
        "[--format auto|ip|ip-json|route-print|netstat|snapshot] [--json]",
        diffOptions(),
        runDiffOrEffective,
    };
}

} // namespace splitroute::cli
