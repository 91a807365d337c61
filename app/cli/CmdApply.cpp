// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli apply --plan PLAN [--confirm-timeout SECONDS] [--yes] [--json]
// [--helper PATH] [--helper-arg ARG]... [--direct]
//
// Sends a plan's changes to splitroute-helper (through pkexec, or run directly with --direct
// when already root), then asks "Keep these routes?" and keeps or reverts them. Not run as
// root itself: only the helper is (see the README's "Changing routes: the helper"). Without
// --helper, a splitroute-cli run from a build tree starts that build's helper; the first line
// of the output says which helper is used.
//
// --json prints one object when done (REPORT and VERIFY as in platform/helper/PROTOCOL.md):
//   {
//     "changes": 3,                          // changes in the plan
//     "transaction": 1795308863324613,       // the helper's transaction id
//     "recovered": null | {...},             // what the helper rolled back while starting
//     "helper": "/usr/libexec/…",            // the helper started (platform/HelperLocation.h)
//     "helperOrigin": "installed" | "build-tree" | "given",
//     "applied": 3,                          // on success
//     "verify": VERIFY,                      // the table read back after applying
//     "result": "kept" | "reverted",         // on success: kept, or reverted (not kept in time)
//     "reverted": REPORT,                    // when reverted
//     "error": {"code", "message", "index"}, // when applying failed (index: the change)
//     "rolledBack": REPORT                   // when applying failed: what was undone
//   }
// Exit: 0 applied and kept; 1 the helper failed, refused, or the changes were reverted;
// 2 bad usage or a bad plan file ("splitroute-cli: FILE:LINE:COLUMN: message" on stderr; with
// --json also {"error": {"code", "message", "file", "line", "column"}} on stdout).

#include "app/cli/HelperCommand.h"
#include "core/JsonDocument.h"
#include "core/RouteJson.h"
#include "platform/HelperLocation.h"

#include <spdlog/spdlog.h>
#include <charconv>
#include <iostream>

#ifdef _WIN32
#include "platform/windows/ConsoleWait.h"
#else
#include <poll.h>
#include <unistd.h>
#endif

namespace splitroute::cli {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;

std::vector<Args::Spec> helperOptionSpecs() {
    return {{"helper", true, false,
             "PATH  helper executable (default: the build tree's when run from one, else the "
             "installed one)"},
            {"helper-arg", true, true, "ARG  extra argument for the helper (tests, demo)"},
            {"direct", false, false, "run the helper directly instead of through pkexec"}};
}

platform::HelperClientOptions helperClientOptions(const Args& args) {
    platform::HelperClientOptions o;
    if (auto p = args.value("helper"))
        o.helperPath = *p;
    o.extraArgs = args.values("helper-arg");
    if (args.has("direct"))
        o.elevation = platform::HelperClientOptions::Elevation::Direct;
    spdlog::debug("helper: {} ({}, {} extra argument(s))",
                  platform::describeHelperLocation(platform::locateHelper(o.helperPath)),
                  args.has("direct") ? "started directly" : "through pkexec unless root",
                  o.extraArgs.size());
    return o;
}

void reportRecovery(Io& io, const json& hello) {
    const json rec = hello.value("recovered", json());
    if (rec.is_null())
        return;
    if (rec.contains("transaction"))
        io.err << "splitroute-cli: the helper rolled back unfinished transaction "
               << rec["transaction"] << " from an earlier run ("
               << rec["rolledBack"].value("applied", 0) << " changes undone)\n";
    else
        io.err << "splitroute-cli: the helper found an unreadable journal: "
               << rec.value("message", std::string()) << '\n';
}

platform::ProgressFn progressPrinter(Io& io, bool asJson) {
    if (asJson)
        return {};
    return [&io, lastShown = std::size_t(0)](std::size_t done, std::size_t total) mutable {
        if (done < lastShown + total / 10 + 1)
            return;
        lastShown = done;
        io.err << "  " << done << " / " << total << '\n';
    };
}

std::string describeVerify(const json& verify) {
    if (verify.value("verified", false))
        return "verified: the routing table matches";
    std::string s = "NOT verified:";
    if (verify.contains("missingCount"))
        s += " " + std::to_string(verify["missingCount"].get<std::size_t>()) + " route(s) missing";
    if (verify.contains("unexpectedCount"))
        s += " " + std::to_string(verify["unexpectedCount"].get<std::size_t>()) +
             " route(s) still present";
    if (verify.contains("error"))
        s += " " + verify["error"].value("message", std::string());
    return s;
}

namespace {

/// A plan file: {"format": "splitroute-plan", "changes": [...], ...} or a bare array. Errors
/// are located at the offending value (file:line:column).
core::Result<core::ChangeSet> readPlan(const std::string& path) {
    auto text = readFile(path);
    if (!text)
        return text.error();
    auto doc = core::JsonDocument::parse(*text, path);
    if (!doc)
        return doc.error();
    const json& j = doc->root();
    const core::JsonPath top;
    core::JsonPath changesPath = top;
    if (j.is_object()) {
        if (j.contains("format") && j["format"] != "splitroute-plan")
            return makeError(ErrorCode::Parse,
                             "not a splitroute plan (format is " + j["format"].dump() + ")",
                             doc->locate(top.key("format")));
        if (!j.contains("changes"))
            return makeError(ErrorCode::Parse, "plan has no \"changes\"", doc->locate(top));
        changesPath = top.key("changes");
    }
    auto cs = core::changeSetFromJson(*doc->valueAt(changesPath));
    if (!cs) {
        core::Error e = cs.error();
        e.where = core::locateElementError(*doc, changesPath, e.message);
        return e;
    }
    return cs;
}

/// Reads one answer line, waiting at most `seconds`. nullopt: no answer (timeout or EOF).
std::optional<std::string> readAnswer(Io& io, std::uint32_t seconds) {
#ifdef _WIN32
    if (&io.in == &std::cin)
        return platform::win::readStdinLine(std::chrono::seconds(seconds));
#else
    if (&io.in == &std::cin && std::cin.rdbuf()->in_avail() <= 0) {
        pollfd p{STDIN_FILENO, POLLIN, 0};
        int n = ::poll(&p, 1, static_cast<int>(seconds) * 1000);
        if (n <= 0)
            return std::nullopt;
    }
#endif
    std::string line;
    if (!std::getline(io.in, line))
        return std::nullopt;
    return line;
}

int runApply(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    auto planPath = args.value("plan");
    if (!planPath)
        return fail(io, asJson, makeError(ErrorCode::InvalidArgument, "--plan PLAN is required"));
    std::uint32_t timeout = 30;
    if (auto t = args.value("confirm-timeout")) {
        auto [p, ec] = std::from_chars(t->data(), t->data() + t->size(), timeout);
        if (ec != std::errc() || p != t->data() + t->size() || timeout > 3600)
            return fail(io, asJson,
                        makeError(ErrorCode::InvalidArgument,
                                  "--confirm-timeout takes seconds, 0..3600 (0: no confirmation)"));
    }
    auto plan = readPlan(*planPath);
    if (!plan)
        return fail(io, asJson, plan.error());
    std::size_t adds = 0;
    for (const auto& c : plan->changes)
        adds += c.kind == core::ChangeKind::Add;
    if (!asJson)
        io.out << "Applying " << plan->size() << " change(s): " << adds << " addition(s), "
               << plan->size() - adds << " deletion(s)\n";

    const platform::HelperClientOptions options = helperClientOptions(args);
    const platform::HelperLocation helper = platform::locateHelper(options.helperPath);
    if (!asJson)
        io.out << "Using the " << platform::describeHelperLocation(helper) << '\n';
    platform::HelperClient client(options);
    auto hello = client.start();
    if (!hello)
        return fail(io, asJson, hello.error(), kExitFailure);
    reportRecovery(io, *hello);

    auto res = client.apply(*plan, timeout, progressPrinter(io, asJson));
    if (!res)
        return fail(io, asJson, res.error(), kExitFailure);
    json summary{{"changes", plan->size()},
                 {"recovered", hello->value("recovered", json())},
                 {"helper", helper.path},
                 {"helperOrigin", platform::helperOriginName(helper.origin)}};
    const json& body = res->body;
    summary["transaction"] = body.value("transaction", json());
    if (!res->ok) {
        summary["error"] = errorJson(res->error);
        if (res->index)
            summary["error"]["index"] = *res->index;
        summary["rolledBack"] = body.value("rolledBack", json());
        summary["verify"] = body.value("verify", json());
        if (asJson)
            printJson(io, summary);
        io.err << "splitroute-cli: apply failed: " << res->error.message << '\n';
        if (body.contains("rolledBack"))
            io.err << "splitroute-cli: rolled back " << body["rolledBack"].value("applied", 0)
                   << " change(s); " << describeVerify(body.value("verify", json::object()))
                   << '\n';
        return kExitFailure;
    }
    summary["applied"] = body.value("applied", 0);
    summary["verify"] = body.value("verify", json());
    if (!asJson)
        io.out << "Applied " << body.value("applied", 0) << " change(s); "
               << describeVerify(body.value("verify", json::object())) << '\n';
    if (body.value("confirmed", false)) {
        summary["result"] = "kept";
        if (asJson)
            printJson(io, summary);
        return kExitOk;
    }
    bool keep = args.has("yes");
    if (!keep) {
        io.err << "Keep these routes? [y/N] (reverting in " << timeout << " s) " << std::flush;
        auto answer = readAnswer(io, timeout);
        keep = answer && (*answer == "y" || *answer == "Y" || *answer == "yes");
        if (!answer)
            io.err << '\n';
    }
    if (keep) {
        auto c = client.confirm(body.value("transaction", std::uint64_t(0)));
        if (!c)
            return fail(io, asJson, c.error(), kExitFailure);
        if (!c->ok) {
            summary["result"] = "reverted";
            summary["error"] = errorJson(c->error);
            if (asJson)
                printJson(io, summary);
            io.err << "splitroute-cli: too late to keep: " << c->error.message << '\n';
            return kExitFailure;
        }
        summary["result"] = "kept";
        if (asJson)
            printJson(io, summary);
        else
            io.out << "Kept (revert later with 'splitroute-cli revert').\n";
        return kExitOk;
    }
    auto r = client.revert("pending");
    if (!r)
        return fail(io, asJson, r.error(), kExitFailure);
    json report;
    if (r->ok) {
        report = r->body.value("reverted", json());
    } else {
        // The helper's own deadline may have come first: its "reverted" event says so.
        for (const auto& e : client.takeEvents())
            if (e.value("event", "") == "reverted")
                report = e.value("report", json());
        if (report.is_null())
            return fail(io, asJson, r->error, kExitFailure);
    }
    summary["result"] = "reverted";
    summary["reverted"] = report;
    if (asJson)
        printJson(io, summary);
    else
        io.out << "Reverted; " << describeVerify(report.value("verify", json::object())) << '\n';
    return kExitFailure;
}

std::vector<Args::Spec> applyOptions() {
    std::vector<Args::Spec> o{
        {"plan", true, false, "PLAN  plan file (planner output, or a JSON array of changes)"},
        {"confirm-timeout", true, false,
         "SECONDS  revert unless kept within this time (default 30; 0: keep at once)"},
        {"yes", false, false, "keep without asking"}};
    for (auto& s : helperOptionSpecs())
        o.push_back(std::move(s));
    return o;
}

} // namespace

Command applyCommand() {
    return Command{
        "apply", "apply a plan's route changes through the privileged helper",
        "apply --plan PLAN [--confirm-timeout SECONDS] [--yes] [--helper PATH] [--direct]",
        applyOptions(), runApply};
}

} // namespace splitroute::cli
