// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli revert [--json] [--helper PATH] [--helper-arg ARG]... [--direct]
//
// Undoes the last apply (awaiting confirmation or confirmed) through splitroute-helper.
//
// --json prints one object (REPORT as in platform/helper/PROTOCOL.md):
//   {
//     "transaction": 1795308863324613,       // the transaction reverted
//     "reverted": REPORT,                    // changes undone, already undone, verify
//     "recovered": null | {...},             // an unfinished apply the helper rolled back
//                                            // while starting (that was the revert)
//     "error": {"code", "message"}           // when the helper could not revert
//   }
// Exit: 0 reverted; 1 nothing to revert, or the helper failed; 2 bad usage (with --json also
// {"error": {"code", "message"}} on stdout).

#include "app/cli/HelperCommand.h"

namespace splitroute::cli {
namespace {

using nlohmann::json;

bool rollbackClean(const json& recovered) {
    const json rep = recovered.value("rolledBack", json::object());
    return rep.value("failures", json::array()).empty() &&
           rep.value("verify", json::object()).value("verified", false);
}

int runRevert(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    platform::HelperClient client(helperClientOptions(args));
    auto hello = client.start();
    if (!hello)
        return fail(io, asJson, hello.error(), kExitFailure);
    const json recovered = hello->value("recovered", json());
    if (recovered.is_object() && recovered.contains("transaction")) {
        // The last apply never finished (its helper was killed): the helper has just rolled
        // it back while starting. That was the revert; the confirmed one before stays.
        json out{{"transaction", recovered["transaction"]},
                 {"reverted", recovered.value("rolledBack", json())},
                 {"recovered", recovered}};
        if (asJson) {
            printJson(io, out);
        } else {
            const json& rep = out["reverted"];
            io.out << "Rolled back unfinished transaction " << out["transaction"] << ": "
                   << rep.value("applied", 0) << " change(s) undone; "
                   << describeVerify(rep.value("verify", json::object())) << '\n';
        }
        return rollbackClean(recovered) ? kExitOk : kExitFailure;
    }
    reportRecovery(io, *hello);
    auto r = client.revert("last", progressPrinter(io, asJson));
    if (!r)
        return fail(io, asJson, r.error(), kExitFailure);
    json out{{"transaction", r->body.value("transaction", json())},
             {"reverted", r->body.value("reverted", json())},
             {"recovered", hello->value("recovered", json())}};
    if (!r->ok) {
        out["error"] = errorJson(r->error);
        if (asJson)
            printJson(io, out);
        io.err << "splitroute-cli: revert: " << r->error.message << '\n';
        return kExitFailure;
    }
    if (asJson) {
        printJson(io, out);
    } else {
        const json& rep = out["reverted"];
        io.out << "Reverted transaction " << out["transaction"] << ": " << rep.value("applied", 0)
               << " change(s) undone, " << rep.value("skipped", 0) << " already undone; "
               << describeVerify(rep.value("verify", json::object())) << '\n';
    }
    return kExitOk;
}

} // namespace

Command revertCommand() {
    return Command{"revert", "undo the last apply (unconfirmed or confirmed) through the helper",
                   "revert [--helper PATH] [--direct]", helperOptionSpecs(), runRevert};
}

} // namespace splitroute::cli
