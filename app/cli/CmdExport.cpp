// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli export --plan PLAN --format sh|nmcli|powershell|cmd|openvpn|wireguard|macos
//                       [--connection NAME] [--undo] [--output FILE]
//
// Renders a saved plan (from `plan --output` or `plan --json`) as a script for another tool
// (core/export). --undo prints the matching undo script instead. Output goes to stdout, or to
// FILE with --output. --json wraps both as {"format","script","undo"}.
// Exit: 0 written, 2 bad usage, unreadable plan or a plan the format cannot express.
// nmcli without --connection: exit 2, naming the connections `nmcli connection show` lists.

#include "app/cli/Cli.h"
#include "app/cli/PlanInputs.h"
#include "core/export/Exporter.h"
#include "core/export/NmcliExporter.h"

#ifndef _WIN32
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;
#endif

#include <cerrno>
#include <optional>

namespace splitroute::cli {
namespace {

using namespace splitroute::core;

// `nmcli -t -f NAME,TYPE connection show`, run without a shell; nullopt when nmcli is missing
// or fails (then the message says so instead of listing).
std::optional<std::string> nmcliConnectionList() {
#ifdef _WIN32
    return std::nullopt; // no NetworkManager on Windows
#else
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return std::nullopt;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const char* argv[] = {"nmcli", "-t", "-f", "NAME,TYPE", "connection", "show", nullptr};
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, "nmcli", &fa, nullptr, const_cast<char**>(argv), environ);
    posix_spawn_file_actions_destroy(&fa);
    ::close(fds[1]);
    std::string out;
    if (rc == 0) {
        char buf[4096];
        ssize_t n = 0;
        while ((n = ::read(fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
            if (n > 0)
                out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    if (rc != 0)
        return std::nullopt;
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return out;
#endif
}

Error nmcliNeedsConnection() {
    std::string msg = "nmcli export: name the VPN connection with --connection NAME";
    if (auto list = nmcliConnectionList()) {
        const std::string names = describeNmcliConnections(parseNmcliConnections(*list));
        msg += names.empty() ? "; `nmcli connection show` lists no connection here"
                             : "; connections here: " + names;
    } else {
        msg += " (as `nmcli connection show` lists it; nmcli could not be run here)";
    }
    return makeError(ErrorCode::InvalidArgument, msg);
}

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
    if (exporter->format() == "nmcli" && opts.connection.empty())
        return fail(io, json, nmcliNeedsConnection());
    auto result = exporter->render(*plan, opts);
    if (!result)
        return fail(io, json, result.error());
    const std::string& text = args.has("undo") ? result->undo : result->script;
    if (json) {
        printJson(io, {{"format", exporter->format()},
                       {"script", result->script},
                       {"undo", result->undo},
                       {"warnings", result->warnings}});
        return kExitOk;
    }
    for (const auto& w : result->warnings)
        io.err << "warning: " << w << '\n';
    if (auto out = args.value("output")) {
        if (auto w = writeTextFile(*out, text); !w)
            return fail(io, json, w.error(), kExitFailure);
        return kExitOk;
    }
    io.out << text;
    return kExitOk;
}

} // namespace

Command exportCommand() {
    return Command{
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
    };
}

} // namespace splitroute::cli
