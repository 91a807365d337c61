// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli persist --plan PLAN --nm CONNECTION [--nm-underlying CONNECTION]
//                        [--dry-run] [--reactivate] [--json]
// splitroute-cli persist --plan PLAN --keyfile VPN.nmconnection
//                        [--underlying-keyfile LAN.nmconnection] --output-dir DIR [--json]
// splitroute-cli persist --undo --nm CONNECTION [--reactivate] [--json]
// splitroute-cli persist --plan PLAN --profile IN.ovpn --output OUT.ovpn [--json]
// splitroute-cli persist --undo --profile OUT.ovpn [--output FILE] [--json]
//
// Makes a split permanent in NetworkManager (core/persist/NmSettings.h says what goes where).
// --nm: the VPN connection must be the one active on the plan's tunnel device; bypass routes
// go to --nm-underlying or the active connection on their device. The previous values are
// saved to $XDG_STATE_HOME/splitroute/persist/UUID.json before anything is written; a failing
// nmcli call rolls back the ones before it. --dry-run prints the nmcli argument vectors only.
// --keyfile: the same edit on keyfiles through `nmcli --offline`, written to DIR (0600), and
// the diff printed. --undo writes the saved values back and removes the backup.
// --profile: a copy of the OpenVPN profile with the split as one marked block at its end
// (core/persist/ProfileBlock.h; OUT may be IN, and saving again replaces the block), the diff
// printed; --undo takes the block out again (in place, or into --output).
// Exit: 0 done, 1 NetworkManager refused or failed (rolled back), 2 bad usage or input.

#include "app/cli/Cli.h"
#include "app/cli/PlanInputs.h"
#include "core/persist/Diff.h"
#include "core/persist/ProfileBlock.h"
#include "core/FileBytes.h"
#include "core/persist/NmSettings.h"
#ifndef _WIN32
#include "platform/linux/NmPersist.h"
#endif

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ostream>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace splitroute::cli {
namespace {

using namespace splitroute::core;
using nlohmann::json;
#ifndef _WIN32 // NetworkManager is Linux's: on Windows persist takes --profile only
using platform::NmcliClient;

json editsJson(const std::vector<NmConnectionEdit>& edits, bool undo) {
    json list = json::array();
    for (const auto& e : edits) {
        json changes = json::array();
        for (const auto& c : e.changes)
            changes.push_back({{"property", c.property},
                               {"before", undo ? c.after : c.before},
                               {"after", undo ? c.before : c.after}});
        list.push_back({{"role", nmRoleName(e.role)},
                        {"name", e.name},
                        {"uuid", e.uuid},
                        {"changes", changes}});
        std::vector<std::string> call{"nmcli"};
        for (auto& a : e.modifyArgs(undo))
            call.push_back(std::move(a));
        list.back()["call"] = call;
    }
    return list;
}

void printEdits(Io& io, const std::vector<NmConnectionEdit>& edits, bool undo) {
    io.out << platform::formatNmEdits(edits, undo);
}

// Exit code of a failed look-up or preview: 2 for the request's fault (a name that is not
// there, a plan NetworkManager cannot hold), 1 when nmcli could not be asked or failed.
int previewExit(const Error& e) {
    return platform::nmErrorIsRequest(e) ? kExitUsage : kExitFailure;
}

int runNm(const Args& args, Io& io, const Plan& plan) {
    const bool asJson = args.has("json");
    NmcliClient nm(platform::systemNmcliRunner());
    platform::NmPersistRequest request;
    request.vpn = *args.value("nm");
    request.underlying = args.value("nm-underlying").value_or(std::string());
    request.underlyingHint = "--nm-underlying";
    auto preview = platform::previewNmPersist(nm, plan, request, platform::nmPersistStateDir());
    if (!preview)
        return fail(io, asJson, preview.error(), previewExit(preview.error()));
    const auto& edits = preview->edits;
    json out{{"mode", "nm"},
             {"dryRun", args.has("dry-run")},
             {"vpn", preview->vpn.name},
             {"vpnUuid", preview->vpn.uuid},
             {"edits", editsJson(edits, false)},
             {"backup", preview->backup}};
    if (args.has("dry-run") || edits.empty()) {
        if (asJson) {
            printJson(io, out);
        } else if (edits.empty()) {
            io.out << "NetworkManager already holds this split: nothing to change\n";
        } else {
            printEdits(io, edits, false);
        }
        return kExitOk;
    }
    if (auto a = platform::applyNmPersist(nm, *preview); !a) {
        Error e = a.error();
        if (e.code != ErrorCode::Exists)
            return fail(io, asJson, e, kExitFailure);
        e.message += ": splitroute-cli persist --undo --nm " + preview->vpn.uuid;
        return fail(io, asJson, e, kExitUsage);
    }
    std::vector<std::string> warnings;
    const std::vector<std::string> reactivated =
        args.has("reactivate") ? platform::reactivateNm(nm, edits, preview->vpn, warnings)
                               : std::vector<std::string>{};
    for (const auto& w : warnings)
        io.err << "splitroute-cli: warning: " << w << '\n';
    out["reactivated"] = reactivated;
    if (asJson) {
        printJson(io, out);
        return kExitOk;
    }
    printEdits(io, edits, false);
    io.out << "saved the previous values to " << preview->backup << "\n";
    if (reactivated.empty())
        io.out << "NetworkManager applies the change when the VPN connects next (or: nmcli "
                  "connection up "
               << preview->vpn.uuid << ")\n";
    io.out << "to take it back: splitroute-cli persist --undo --nm " << preview->vpn.uuid << '\n';
    return kExitOk;
}

int runUndo(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    NmcliClient nm(platform::systemNmcliRunner());
    auto preview = platform::previewNmUndo(nm, *args.value("nm"), platform::nmPersistStateDir());
    if (!preview)
        return fail(io, asJson, preview.error(), previewExit(preview.error()));
    if (auto a = platform::applyNmUndo(nm, *preview); !a)
        return fail(io, asJson, a.error(), kExitFailure);
    std::vector<std::string> warnings = preview->warnings;
    const std::vector<std::string> reactivated =
        args.has("reactivate") ? platform::reactivateNm(nm, preview->edits, preview->vpn, warnings)
                               : std::vector<std::string>{};
    if (asJson) {
        printJson(io, {{"mode", "undo"},
                       {"vpn", preview->vpn.name},
                       {"vpnUuid", preview->vpn.uuid},
                       {"edits", editsJson(preview->edits, true)},
                       {"backup", preview->backup},
                       {"reactivated", reactivated},
                       {"warnings", warnings}});
        return kExitOk;
    }
    for (const auto& w : warnings)
        io.err << "splitroute-cli: warning: " << w << '\n';
    printEdits(io, preview->edits, true);
    io.out << "restored the values saved in " << preview->backup << " (removed)\n";
    return kExitOk;
}

struct KeyfileJob {
    NmRole role;
    std::string input;
    std::string text;
    NmKeyfile parsed;
    std::string output;
    std::string written;
    std::vector<NmConnectionEdit> edits;
};

std::string baseName(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

int runKeyfile(const Args& args, Io& io, const Plan& plan) {
    const bool asJson = args.has("json");
    const std::string dir = *args.value("output-dir");
    std::vector<KeyfileJob> jobs;
    for (const auto& [opt, role] :
         {std::pair{"keyfile", NmRole::Vpn}, std::pair{"underlying-keyfile", NmRole::Underlying}}) {
        auto path = args.value(opt);
        if (!path)
            continue;
        auto text = readFile(*path);
        if (!text)
            return fail(io, asJson, text.error());
        auto kf = parseNmKeyfile(*text, *path);
        if (!kf)
            return fail(io, asJson, kf.error());
        jobs.push_back({role, *path, *text, *kf, dir + "/" + baseName(*path), {}, {}});
    }
    KeyfileJob& vpn = jobs.front();
    if (vpn.parsed.type != "vpn" && vpn.parsed.type != "wireguard")
        return fail(io, asJson,
                    makeError(ErrorCode::InvalidArgument,
                              vpn.input + ": a " + vpn.parsed.type +
                                  " connection; --keyfile takes the VPN's keyfile (vpn, "
                                  "wireguard)"));
    if (vpn.parsed.type == "wireguard" && !vpn.parsed.interfaceName.empty() &&
        vpn.parsed.interfaceName != plan.tunnelDevice)
        return fail(io, asJson,
                    makeError(ErrorCode::InvalidArgument,
                              vpn.input + ": WireGuard interface " + vpn.parsed.interfaceName +
                                  ", but the plan's tunnel device is " + plan.tunnelDevice));
    auto target = nmTargetFromPlan(plan, vpn.parsed.settings,
                                   jobs.size() > 1 ? jobs[1].parsed.settings : NmRoutingSettings{});
    if (!target)
        return fail(io, asJson, target.error());
    if (target->touchesUnderlying && jobs.size() < 2)
        return fail(io, asJson,
                    makeError(ErrorCode::InvalidArgument,
                              "the plan has bypass routes (on " + *target->bypassDevices.begin() +
                                  "): give the keyfile of that connection with "
                                  "--underlying-keyfile"));
    if (jobs.size() > 1 && jobs[0].output == jobs[1].output)
        return fail(io, asJson,
                    makeError(ErrorCode::InvalidArgument,
                              "both keyfiles are called " + baseName(jobs[0].input)));
    platform::NmcliClient nm(platform::systemNmcliRunner());
    for (auto& j : jobs) {
        const NmRoutingSettings& after = j.role == NmRole::Vpn ? target->vpn : target->underlying;
        j.edits = nmEdits(j.role, j.parsed.uuid, j.parsed.id, j.parsed.settings, after);
        std::vector<std::string> props;
        for (const auto& e : j.edits)
            for (auto& a : e.propertyArgs())
                props.push_back(std::move(a));
        if (props.empty()) {
            j.written = j.text;
            continue;
        }
        auto w = nm.offlineModify(j.text, props);
        if (!w)
            return fail(io, asJson, w.error(), kExitFailure);
        j.written = *w;
    }
    // Nothing is written unless the directory takes a file.
    std::string probe = dir + "/.splitroute-XXXXXX";
    const int fd = ::mkstemp(probe.data());
    if (fd < 0)
        return fail(io, asJson,
                    makeError(ErrorCode::Io, dir + ": cannot write there (" + std::strerror(errno) +
                                                 "); nothing was written"),
                    kExitFailure);
    ::close(fd);
    ::unlink(probe.c_str());
    json files = json::array();
    for (const auto& j : jobs) {
        if (auto w = platform::writePrivateFile(j.output, j.written); !w)
            return fail(io, asJson, w.error(), kExitFailure);
        const std::string diff = unifiedDiff(j.text, j.written, {j.input, j.output});
        files.push_back({{"role", nmRoleName(j.role)},
                         {"input", j.input},
                         {"output", j.output},
                         {"name", j.parsed.id},
                         {"uuid", j.parsed.uuid},
                         {"edits", editsJson(j.edits, false)},
                         {"diff", diff}});
        if (!asJson)
            io.out << (diff.empty() ? "unchanged: " + j.output + "\n" : diff);
    }
    if (asJson)
        printJson(io, {{"mode", "keyfile"}, {"files", files}});
    return kExitOk;
}

#endif

int writeProfile(Io& io, bool asJson, const std::string& mode, const std::string& input,
                 const std::string& output, const std::string& before, const std::string& after,
                 json extra) {
    if (auto w = writeFileBytesAtomically(output, after, existingFileMode({output, input}, 0600));
        !w)
        return fail(io, asJson,
                    makeError(ErrorCode::Io, w.error().message + "; nothing was written"),
                    kExitFailure);
    const std::string diff = unifiedDiff(before, after, {input, output});
    if (asJson) {
        extra["mode"] = mode;
        extra["input"] = input;
        extra["output"] = output;
        extra["diff"] = diff;
        printJson(io, extra);
        return kExitOk;
    }
    io.out << diff;
    return kExitOk;
}

int runProfile(const Args& args, Io& io, const Plan& plan) {
    const bool asJson = args.has("json");
    const std::string input = *args.value("profile");
    const std::string output = *args.value("output");
    auto text = readFile(input);
    if (!text)
        return fail(io, asJson, text.error());
    BlockOptions options;
    options.fileName = input;
    options.outputName = output;
    options.planName = *args.value("plan");
    auto edit = writeSplitBlock(*text, plan, options);
    if (!edit)
        return fail(io, asJson, edit.error());
    const int rc =
        writeProfile(io, asJson, "profile", input, output, *text, edit->text,
                     {{"replacedBlock", edit->replacedBlock}, {"blockLine", edit->blockLine}});
    if (rc == kExitOk && !asJson)
        io.out << (edit->replacedBlock ? "replaced the Splitroute block" : "wrote the split")
               << " in " << output << " (line " << edit->blockLine
               << "); to take it back: splitroute-cli persist --undo --profile " << output << '\n';
    return rc;
}

int runProfileUndo(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    const std::string input = *args.value("profile");
    const std::string output = args.value("output").value_or(input);
    auto text = readFile(input);
    if (!text)
        return fail(io, asJson, text.error());
    auto without = removeSplitBlock(*text, input);
    if (!without)
        return fail(io, asJson, without.error());
    return writeProfile(io, asJson, "profile-undo", input, output, *text, *without, json::object());
}

int runPersist(const Args& args, Io& io) {
    const bool asJson = args.has("json");
    auto usage = [&](const std::string& m) {
        return fail(io, asJson, makeError(ErrorCode::InvalidArgument, m));
    };
    if (!args.positionals().empty())
        return usage("persist takes no positional arguments");
    const bool nmForm = args.has("nm");
    const bool keyForm = args.has("keyfile");
    const bool profileForm = args.has("profile");
    if (int(nmForm) + int(keyForm) + int(profileForm) != 1)
        return usage("persist needs one of --nm CONNECTION, --keyfile FILE --output-dir DIR or "
                     "--profile FILE --output FILE");
    if (!profileForm && args.has("output"))
        return usage("--output goes with --profile (keyfiles take --output-dir)");
    if (profileForm &&
        (args.has("nm-underlying") || args.has("dry-run") || args.has("reactivate") ||
         args.has("underlying-keyfile") || args.has("output-dir")))
        return usage("--profile takes --plan and --output only");
#ifdef _WIN32
    if (!profileForm)
        return usage("--nm and --keyfile write NetworkManager settings, which Linux has; on "
                     "Windows persist takes --profile FILE --output FILE");
#endif
    if (args.has("undo")) {
        if (profileForm) {
            if (args.has("plan"))
                return usage("persist --undo --profile takes no --plan (the block is taken out "
                             "whole)");
            return runProfileUndo(args, io);
        }
        if (!nmForm || args.has("plan") || args.has("nm-underlying") || args.has("dry-run"))
            return usage("persist --undo takes --nm CONNECTION only (the backup says the rest)");
#ifndef _WIN32
        return runUndo(args, io);
#endif
    }
    if (!args.has("plan"))
        return usage("persist needs --plan PLAN (from `splitroute-cli plan --output`)");
    if (nmForm && (args.has("underlying-keyfile") || args.has("output-dir")))
        return usage("--underlying-keyfile and --output-dir go with --keyfile, not --nm");
    if (keyForm && (args.has("nm-underlying") || args.has("dry-run") || args.has("reactivate")))
        return usage("--nm-underlying, --dry-run and --reactivate go with --nm");
    if (profileForm && !args.has("output"))
        return usage("persist --profile needs --output FILE (it may be the profile itself)");
    if (keyForm && !args.has("output-dir"))
        return usage("persist --keyfile needs --output-dir DIR (the keyfiles are not changed in "
                     "place)");
    auto plan = readPlanFile(*args.value("plan"));
    if (!plan)
        return fail(io, asJson, plan.error());
    if (profileForm)
        return runProfile(args, io, *plan);
#ifdef _WIN32
    return kExitUsage; // refused above
#else
    return nmForm ? runNm(args, io, *plan) : runKeyfile(args, io, *plan);
#endif
}

} // namespace

Command persistCommand() {
    return Command{
        "persist",
        "make a split permanent in a NetworkManager connection, its keyfile or an OpenVPN "
        "profile; undo it",
        "persist --plan PLAN --nm CONNECTION [--nm-underlying CONNECTION] [--dry-run] "
        "[--reactivate] | --plan PLAN --keyfile VPN.nmconnection [--underlying-keyfile "
        "LAN.nmconnection] --output-dir DIR | --plan PLAN --profile IN.ovpn --output OUT.ovpn | "
        "--undo (--nm CONNECTION | --profile OUT.ovpn [--output FILE])",
        {
            {"plan", true, false, "FILE  plan document from `plan --output`"},
            {"nm", true, false, "CONNECTION  the VPN connection (name or UUID)"},
            {"nm-underlying", true, false,
             "CONNECTION  the connection bypass routes belong to (default: the one on their "
             "device)"},
            {"dry-run", false, false, "print the nmcli calls, change nothing"},
            {"reactivate", false, false, "re-activate the changed connections afterwards"},
            {"undo", false, false, "write back the values saved by the last persist --nm"},
            {"keyfile", true, false, "FILE  the VPN's .nmconnection keyfile"},
            {"underlying-keyfile", true, false, "FILE  the keyfile bypass routes belong to"},
            {"output-dir", true, false, "DIR  where the edited keyfiles are written"},
            {"profile", true, false, "FILE  the OpenVPN profile (.ovpn / .conf)"},
            {"output", true, false,
             "FILE  where the profile with the split is written (may be --profile itself)"},
        },
        runPersist,
    };
}

} // namespace splitroute::cli
