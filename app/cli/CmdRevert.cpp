// splitroute-cli revert: undo the last apply (awaiting confirmation or confirmed).

#include "app/cli/HelperCommand.h"

namespace splitroute::cli {
namespace {

using nlohmann::json;

int runRevert(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    platform::HelperClient client(helperClientOptions(args));
    auto hello = client.start();
    if (!hello)
        return fail(io, asJson, hello.error(), kExitFailure);
    reportRecovery(io, *hello);
    auto r = client.revert("last");
    if (!r)
        return fail(io, asJson, r.error(), kExitFailure);
    json out{{"transaction", r->body.value("transaction", json())},
             {"reverted", r->body.value("reverted", json())},
             {"recovered", hello->value("recovered", json())}};
    if (!r->ok) {
        out["error"] = errorJson(r->error);
        if (asJson)
            printJson(io, out);
        if (r->error.code == core::ErrorCode::NotFound &&
            !hello->value("recovered", json()).is_null()) {
            // The helper already rolled back an unfinished apply at its start: that was it.
            if (!asJson)
                io.out << "Nothing else to revert.\n";
            return kExitOk;
        }
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

const Registrar reg{Command{"revert",
                            "undo the last apply (unconfirmed or confirmed) through the helper",
                            "revert [--helper PATH] [--direct]", helperOptionSpecs(), runRevert}};

} // namespace
} // namespace splitroute::cli
