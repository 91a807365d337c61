// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-helper: the privileged half of Splitroute. Speaks newline-delimited JSON on
// stdin/stdout (see PROTOCOL.md); all logic lives in HelperService, the OS calls in HelperOs.

#include "platform/SimulatedBackend.h"
#include "platform/SystemBackend.h"
#include "platform/helper/HelperOs.h"
#include "platform/helper/HelperService.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#ifdef _WIN32
#include "platform/windows/HelperPipe.h"
#else
#include <spdlog/sinks/syslog_sink.h>
#include <spdlog/spdlog.h>
#include <syslog.h>
#endif

using namespace splitroute;
using nlohmann::json;

namespace {

constexpr int kStdout = 1;

#ifndef _WIN32
/// The system log (authpriv): the record of what a root process did to the routing table,
/// kept apart from the client's stderr. Only for a helper on the machine's own state (not
/// tests with --state-dir or --simulate).
std::shared_ptr<spdlog::logger> g_syslog;
#endif

/// One line to stderr, never blocking: a client that does not read the log loses lines
/// rather than stopping the helper. Lines are cut to fit one atomic pipe write. The same line
/// goes to the system log where that is on.
void log(const std::string& msg) {
#ifndef _WIN32
    if (g_syslog)
        g_syslog->info(msg);
#endif
    std::string line =
        "splitroute-helper[" + std::to_string(platform::helperos::processId()) + "]: " + msg;
    if (line.size() > 4000)
        line = line.substr(0, 4000) + " [cut]";
    (void)platform::helperos::writeLogLine(line + "\n");
}

void usage() {
    std::fputs(
        "Usage: splitroute-helper [--state-dir DIR] [--keep-dir DIR] [--simulate FILE]\n"
        "                         [--allow-unprivileged]\n"
        "\n"
        "Privileged route helper of Splitroute. Reads JSON requests on stdin and answers\n"
        "on stdout (protocol: PROTOCOL.md). Normally started by splitroute through pkexec\n"
        "(on Windows: elevated through UAC).\n"
        "\n"
#ifdef _WIN32
        "  --state-dir DIR        journal directory (default %ProgramData%\\Splitroute\\state)\n"
#else
        "  --state-dir DIR        journal directory (default /run/splitroute/net-INODE, one\n"
        "                         per network namespace)\n"
#endif
        "  --keep-dir DIR         where keep/forget write kept policies (default\n"
        "                         /etc/splitroute/keep.d, read by splitroute-keeper)\n"
        "  --simulate FILE        use an in-memory table loaded from FILE ({\"interfaces\":\n"
        "                         [...], \"routes\": [...]}) and write it back after changes\n"
        "  --allow-unprivileged   run without root (only useful with --simulate)\n"
#ifdef _WIN32
        "  --pipe NAME            speak over the named pipe \\\\.\\pipe\\NAME that the client\n"
        "                         created (splitroute- and 32 hex digits) instead of\n"
        "                         stdin/stdout: how splitroute-cli starts it through UAC\n"
#endif
        ,
        stderr);
}

} // namespace

int main(int argc, char** argv) {
    platform::HelperOptions options;
    std::string simulateFile;
    bool allowUnprivileged = false;
    bool stateDirGiven = false;
    bool keepDirGiven = false;
    std::string pipeName; // Windows: --pipe NAME
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--keep-dir" && i + 1 < argc) {
            keepDirGiven = true;
            options.keepDir = argv[++i];
        } else if ((arg == "--state-dir" || arg == "--simulate") && i + 1 < argc) {
            stateDirGiven = stateDirGiven || arg == "--state-dir";
            (arg == "--state-dir" ? options.stateDir : simulateFile) = argv[++i];
#ifdef _WIN32
        } else if (arg == "--pipe" && i + 1 < argc) {
            pipeName = argv[++i];
            if (!platform::win::isValidPipeName(pipeName)) {
                log("--pipe: '" + pipeName +
                    "' is not a helper pipe name (splitroute- and 32 "
                    "lowercase hex digits)");
                return 2;
            }
#endif
        } else if (arg == "--allow-unprivileged") {
            allowUnprivileged = true;
        } else if (arg == "--help") {
            usage();
            return 0;
        } else {
            log("unknown argument '" + arg + "'");
            usage();
            return 2;
        }
    }
    if (!platform::helperos::isPrivileged() && !allowUnprivileged) {
#ifdef _WIN32
        log("must run elevated (started through UAC); --allow-unprivileged is for tests");
#else
        log("must run as root (started through pkexec); --allow-unprivileged is for tests");
#endif
        return 1;
    }
    // pkexec names the user who authenticated; it is logged and recorded in the journal.
    if (const char* uid = std::getenv("PKEXEC_UID")) {
        std::uint32_t v = 0;
        const char* end = uid + std::strlen(uid);
        auto [ptr, ec] = std::from_chars(uid, end, v);
        if (ec == std::errc() && ptr == end && ptr != uid)
            options.peerUid = v;
    }
    // Under pkexec the argument vector comes from the unprivileged caller: the options for
    // tests (paths, the simulation, running unprivileged) are refused there.
    if (options.peerUid &&
        (stateDirGiven || keepDirGiven || !simulateFile.empty() || allowUnprivileged)) {
        log("--state-dir, --keep-dir, --simulate and --allow-unprivileged are not accepted "
            "through pkexec");
        return 2;
    }
#ifndef _WIN32
    if (!stateDirGiven && !keepDirGiven && simulateFile.empty()) {
        try {
            g_syslog = spdlog::syslog_logger_mt("splitroute-helper", "splitroute-helper", LOG_PID,
                                                LOG_AUTHPRIV);
            g_syslog->set_pattern("%v");
        } catch (const spdlog::spdlog_ex& e) {
            log(std::string("no system log: ") + e.what());
        }
    }
#endif
    // Journals are about one namespace's routes (a simulated table has none).
    if (simulateFile.empty())
        options.netns = platform::helperos::networkNamespace();
    if (!stateDirGiven) {
        auto dir = platform::helperos::defaultStateDir(options.netns);
        if (!dir) {
            log("no state directory: " + dir.error().message);
            return 1;
        }
        options.stateDir = *dir;
    }
    log(std::string("started for ") +
        (options.peerUid ? "uid " + std::to_string(*options.peerUid) + " (pkexec)"
                         : platform::helperos::currentUser() + " (direct)") +
        (options.netns.empty() ? std::string() : " in network namespace " + options.netns));

#ifdef _WIN32
    auto io =
        pipeName.empty() ? platform::helperos::openStdio() : platform::helperos::openPipe(pipeName);
#else
    auto io = platform::helperos::openStdio();
#endif
    if (!io) {
        log(io.error().message);
        return 1;
    }

    std::unique_ptr<platform::RouteBackend> backend;
    platform::SimulatedBackend* simulated = nullptr;
    if (!simulateFile.empty()) {
        std::ifstream f(simulateFile);
        json j = json::parse(f, nullptr, false);
        if (!f || j.is_discarded()) {
            log("cannot read simulation file " + simulateFile);
            return 1;
        }
        auto sim = platform::SimulatedBackend::fromJson(j);
        if (!sim) {
            log(simulateFile + ": " + sim.error().message);
            return 1;
        }
        simulated = sim->get();
        backend = std::move(sim).value();
    } else {
        backend = platform::createSystemBackend();
        if (!backend) {
            log("no routing backend for this system in this build");
            return 1;
        }
    }

    // Everything said goes through the loop's queue, and out at once as far as the client
    // reads it (progress events during a long apply), never blocking: what the client does not
    // take waits for the loop.
    platform::OutputQueue output;
    auto emit = [&](const json& j) {
        output.push(j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n");
        while (!output.empty()) {
            auto n = (*io)->writeSome(output.front());
            if (!n || *n == 0)
                break; // gone (the loop finds out) or full (the loop waits for it)
            output.consume(*n);
        }
    };
    platform::HelperService service(*backend, options, emit, [](const std::string& m) { log(m); });
    if (auto s = service.start(); !s) {
        log("cannot start: " + s.error().message);
        emit({{"event", "fatal"},
              {"error",
               {{"code", core::errorCodeName(s.error().code)}, {"message", s.error().message}}}});
#ifdef _WIN32
        // emit() handed the line to the writer thread; the process must not end before it is out.
        platform::helperos::flushOutput(std::chrono::seconds(5));
#else
        (void)platform::writeAll(kStdout, output.front());
#endif
        return 1;
    }
    std::uint64_t saved = 0;
    auto afterRequest = [&] {
        if (simulated && service.generation() != saved) {
            saved = service.generation();
            if (auto w = platform::helperos::replaceFile(simulateFile,
                                                         simulated->toJson().dump(1) + "\n");
                !w)
                log("cannot write simulation file " + simulateFile + ": " + w.error().message);
        }
    };
    afterRequest();
    int rc = platform::runHelperLoop(service, **io, &output, afterRequest);
    log("exiting");
    return rc;
}
