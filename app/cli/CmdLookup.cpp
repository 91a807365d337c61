// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli lookup ADDRESS (--live | --from FILE) [--format F] [--json] [--verbose]
//
// Which route the OS would choose for ADDRESS (longest prefix, then lowest metric; Linux
// tables local, main, default in that order) and the matching routes it beat, best first.
//
// --json prints one object:
//   {
//     "address": "10.20.30.40",
//     "source": "FILE",
//     "format": "ip" | "ip-json" | "route-print" | "netstat" | "snapshot",
//     "chosen": ROUTE | null,                // ROUTE as in core/RouteJson.h
//     "beaten": [ROUTE...],                  // best first
//     "diagnostics": [DIAGNOSTIC...]         // as in `table --json`
//   }
// Exit: 0 a route was found, 1 no route matches, 2 bad usage, bad address or unreadable input.

#include "app/cli/Cli.h"
#include "app/cli/TableOutput.h"
#include "core/RouteJson.h"

namespace splitroute::cli {
namespace {

using namespace splitroute::core;

int runLookup(const Args& args, Io& io) {
    const bool json = args.has("json");
    if (args.positionals().size() != 1)
        return fail(io, json, makeError(ErrorCode::InvalidArgument, "lookup needs one ADDRESS"));
    const std::string& text = args.positionals().front();
    auto address = IpAddress::parse(text);
    if (!address)
        return fail(io, json, address.error());
    int exitCode = kExitOk;
    std::string source;
    auto t = loadTableFromArgs("lookup", args, io, exitCode, source);
    if (!t)
        return exitCode;
    const bool live = args.has("live");

    auto result = t->table.lookup(*address);
    if (json) {
        nlohmann::json beaten = nlohmann::json::array();
        for (const Route* r : result.beaten)
            beaten.push_back(toJson(*r));
        printJson(io, {{"address", address->toString()},
                       {"source", source},
                       {"format", live ? "live" : tableFormatName(t->format)},
                       {"chosen", result.chosen ? toJson(*result.chosen) : nlohmann::json(nullptr)},
                       {"beaten", beaten},
                       {"diagnostics", diagnosticsJson(t->diagnostics)}});
        return result.chosen ? kExitOk : kExitFailure;
    }
    if (!result.chosen) {
        io.out << "no route to " << address->toString() << '\n';
        return kExitFailure;
    }
    io.out << address->toString() << ": " << result.chosen->toString() << "\n\nChosen:\n";
    std::vector<std::vector<std::string>> rows{routeHeader()};
    for (auto& row : routeRows(*result.chosen))
        rows.push_back(std::move(row));
    printAligned(io.out, rows, "  ");
    if (result.beaten.empty()) {
        io.out << "\nNo other route matches.\n";
        return kExitOk;
    }
    io.out << "\nBeaten (best first):\n";
    std::vector<std::vector<std::string>> brows{routeHeader()};
    for (const Route* r : result.beaten)
        for (auto& row : routeRows(*r))
            brows.push_back(std::move(row));
    printAligned(io.out, brows, "  ");
    return kExitOk;
}

std::vector<Args::Spec> lookupOptions() {
    auto o = tableInputOptions();
    o.insert(o.begin(), {"from", true, false, "FILE  read the table from a dump or snapshot"});
    o.insert(o.begin(),
             {"live", false, false, "read this computer's routing table (no privilege needed)"});
    return o;
}

} // namespace

Command lookupCommand() {
    return Command{
        "lookup",
        "show the route the OS would choose for an address, and the ones it beat",
        "lookup ADDRESS (--live | --from FILE) [--format "
        "auto|ip|ip-json|route-print|netstat|snapshot] "
        "[--json]",
        lookupOptions(),
        runLookup,
    };
}

} // namespace splitroute::cli
