// splitroute-helper: the privileged half of Splitroute. Speaks newline-delimited JSON on
// stdin/stdout (see PROTOCOL.md); all logic lives in HelperService.

#include "platform/SimulatedBackend.h"
#include "platform/helper/HelperService.h"
#include "platform/SystemBackend.h"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include <fcntl.h>
#include <sys/signalfd.h>
#include <unistd.h>

using namespace splitroute;
using nlohmann::json;

namespace {

void log(const std::string& msg) {
    std::string line = "splitroute-helper[" + std::to_string(::getpid()) + "]: " + msg + "\n";
    (void)platform::writeAll(STDERR_FILENO, line);
}

void usage() {
    std::fputs(
        "Usage: splitroute-helper [--state-dir DIR] [--simulate FILE] [--allow-unprivileged]\n"
        "\n"
        "Privileged route helper of Splitroute. Reads JSON requests on stdin and answers\n"
        "on stdout (protocol: PROTOCOL.md). Normally started by splitroute through pkexec.\n"
        "\n"
        "  --state-dir DIR        journal directory (default /run/splitroute)\n"
        "  --simulate FILE        use an in-memory table loaded from FILE ({\"interfaces\":\n"
        "                         [...], \"routes\": [...]}) and write it back after changes\n"
        "  --allow-unprivileged   run without root (only useful with --simulate)\n",
        stderr);
}

/// Writes the simulated table back to its file (temporary file, fsync, rename).
bool saveSimulation(const std::string& path, const json& j) {
    const std::string tmp = path + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const std::string text = j.dump(1) + "\n";
    bool ok = platform::writeAll(fd, text) && ::fsync(fd) == 0;
    ok = (::close(fd) == 0) && ok;
    return ok && ::rename(tmp.c_str(), path.c_str()) == 0;
}

} // namespace

int main(int argc, char** argv) {
    platform::HelperOptions options;
    std::string simulateFile;
    bool allowUnprivileged = false;
    bool stateDirGiven = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--state-dir" || arg == "--simulate") && i + 1 < argc) {
            stateDirGiven = stateDirGiven || arg == "--state-dir";
            (arg == "--state-dir" ? options.stateDir : simulateFile) = argv[++i];
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
    if (::geteuid() != 0 && !allowUnprivileged) {
        log("must run as root (started through pkexec); --allow-unprivileged is for tests");
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
    if (options.peerUid && (stateDirGiven || !simulateFile.empty() || allowUnprivileged)) {
        log("--state-dir, --simulate and --allow-unprivileged are not accepted through pkexec");
        return 2;
    }
    log(std::string("started for ") + (options.peerUid
                                           ? "uid " + std::to_string(*options.peerUid) + " (pkexec)"
                                           : "uid " + std::to_string(::getuid()) + " (direct)"));

    std::signal(SIGPIPE, SIG_IGN);
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    if (::sigprocmask(SIG_BLOCK, &mask, nullptr) != 0) {
        log(std::string("sigprocmask: ") + std::strerror(errno));
        return 1;
    }
    int sigFd = ::signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
    if (sigFd < 0) {
        log(std::string("signalfd: ") + std::strerror(errno));
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

    bool outputOpen = true;
    auto emit = [&](const json& j) {
        if (outputOpen &&
            !platform::writeAll(STDOUT_FILENO,
                                j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n"))
            outputOpen = false;
    };
    platform::HelperService service(*backend, options, emit, [](const std::string& m) { log(m); });
    if (auto s = service.start(); !s) {
        log("cannot start: " + s.error().message);
        emit({{"event", "fatal"},
              {"error",
               {{"code", core::errorCodeName(s.error().code)}, {"message", s.error().message}}}});
        return 1;
    }
    std::uint64_t saved = 0;
    auto afterRequest = [&] {
        if (simulated && service.generation() != saved) {
            saved = service.generation();
            if (!saveSimulation(simulateFile, simulated->toJson()))
                log("cannot write simulation file " + simulateFile);
        }
    };
    afterRequest();
    int rc =
        platform::runHelperLoop(service, STDIN_FILENO, sigFd, options.maxLineBytes, afterRequest);
    log("exiting");
    return rc;
}
