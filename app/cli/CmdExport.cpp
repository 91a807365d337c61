// splitroute-cli export --plan PLAN --format sh|nmcli|powershell|cmd|openvpn|wireguard|macos
//                       [--connection NAME] [--undo] [--output FILE]
//
// Renders a saved plan (from `plan --output` or `plan --json`) as a script for another tool
// (core/export). --undo prints the matching undo script instead. Output goes to stdout, or to
// FILE with --output. --json wraps both as {"format","script","undo"}.
// Exit: 0 written, 2 bad usage, unreadable plan or a plan the format cannot express.

#include "app/cli/Cli.h"
#include "app/cli/PlanInputs.h"
#include "core/export/Exporter.h"

namespace splitroute::cli {
namespace {

using namespace splitroute::core;

int runExport(const Args& args, Io& io) {
    const bool json = args.has("json");
    if (!args.value("plan") || !args.value("format")) {
        std::string formats;
        for (const auto& f : exportFormats())
            formats += (formats.empty() ? "" : "|") + f;
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument,
                              "export needs --plan PLAN and --format " + formats));
    }
    auto exporter = makeExporter(*args.value("format"));
    if (!exporter)
        return fail(io, json,
                    makeError(ErrorCode::InvalidArgument,
                              "unknown export format '" + *args.value("format") + "'"));
    auto plan = readPlanFile(*args.value("plan"));
    if (!plan)
        return fail(io, json, plan.error());
    ExportOptions opts;
    opts.connection = args.value("connection").value_or("");
    auto result = exporter->render(*plan, opts);
    if (!result)
        return fail(io, json, result.error());
    const std::string& text = args.has("undo") ? result->undo : result->script;
    if (json) {
        printJson(io, {{"format", exporter->format()},
                       {"script", result->script},
                       {"undo", result->undo}});
        return kExitOk;
    }
    if (auto out = args.value("output")) {
        if (auto w = writeTextFile(*out, text); !w)
            return fail(io, json, w.error(), kExitFailure);
        return kExitOk;
    }
    io.out << text;
    return kExitOk;
}

const Registrar reg{Command{
    "export",
    "write a plan as a script: sh, nmcli, powershell, cmd, openvpn, wireguard, macos",
    "export --plan PLAN --format F [--connection NAME] [--undo] [--output FILE]",
    {
        {"plan", true, false, "FILE  plan document from `plan --output`"},
        {"format", true, false, "F  sh|nmcli|powershell|cmd|openvpn|wireguard|macos"},
        {"connection", true, false, "NAME  nmcli: the VPN connection's name"},
        {"undo", false, false, "print the undo script instead"},
        {"output", true, false, "FILE  write to FILE instead of stdout"},
    },
    runExport,
}};

} // namespace
} // namespace splitroute::cli
