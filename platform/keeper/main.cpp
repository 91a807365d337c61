// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-keeper: holds kept split policies across reconnects (see Keeper.h and the
// README's "Keeping a split"). Normally run by systemd (splitroute-keeper.service); tests and
// people without systemd run it with --foreground and directories of their own.

#include "platform/SystemBackend.h"
#include "platform/helper/HelperOs.h"
#include "platform/keeper/Keeper.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/signalfd.h>
#include <unistd.h>

#include <charconv>
#include <csignal>
#include <cstdio>
#include <string>

using namespace splitroute;

namespace {

void usage() {
    std::fputs("Usage: splitroute-keeper [--config-dir DIR] [--state-dir DIR] [--foreground]\n"
               "                         [--max-reapplies N] [--quiet-ms MS]\n"
               "\n"
               "Holds the split policies of DIR (default /etc/splitroute/keep.d, NAME.json)\n"
               "against the routing table: re-applies them whenever their tunnel comes back.\n"
               "\n"
               "  --config-dir DIR     kept policies (default /etc/splitroute/keep.d)\n"
               "  --state-dir DIR      state.json, journal and what to undo on forget\n"
               "                       (default /run/splitroute-keeper)\n"
               "  --foreground         log with timestamps (systemd's journal adds its own)\n"
               "  --max-reapplies N    give up after N re-applies within a minute on one\n"
               "                       tunnel (default 6)\n"
               "  --quiet-ms MS        a burst of route changes is over after MS ms without\n"
               "                       one (default 150; at most 600 ms after its start)\n",
               stderr);
}

bool parseNumber(const std::string& s, std::size_t& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

} // namespace

int main(int argc, char** argv) {
    platform::KeeperOptions options;
    bool foreground = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        std::size_t n = 0;
        if (arg == "--config-dir" && hasValue) {
            options.configDir = argv[++i];
        } else if (arg == "--state-dir" && hasValue) {
            options.stateDir = argv[++i];
        } else if (arg == "--foreground") {
            foreground = true;
        } else if (arg == "--max-reapplies" && hasValue && parseNumber(argv[i + 1], n) && n > 0) {
            options.maxReapplies = n;
            ++i;
        } else if (arg == "--quiet-ms" && hasValue && parseNumber(argv[i + 1], n) && n <= 10000) {
            options.quiet = std::chrono::milliseconds(n);
            options.maxDelay = std::max(options.maxDelay, options.quiet);
            ++i;
        } else if (arg == "--help") {
            usage();
            return 0;
        } else {
            std::fprintf(stderr, "splitroute-keeper: bad argument '%s'\n", arg.c_str());
            usage();
            return 2;
        }
    }
    // One line per event to stderr: systemd puts it in the journal (with its own time
    // stamps); in the foreground the line carries the time itself.
    auto logger = spdlog::stderr_logger_mt("splitroute-keeper");
    logger->set_pattern(foreground ? "%Y-%m-%d %H:%M:%S.%e splitroute-keeper[%P]: %v" : "%v");
    logger->flush_on(spdlog::level::info);
    auto log = [logger](const std::string& m) {
        logger->info(m);
    };

    if (!platform::helperos::isPrivileged()) {
        log("must run as root (or with CAP_NET_ADMIN under systemd)");
    }
    // Stop and reload signals are read in the loop, never handled asynchronously.
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    if (sigprocmask(SIG_BLOCK, &mask, nullptr) != 0) {
        log("cannot block signals");
        return 1;
    }
    const int sfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
    if (sfd < 0) {
        log("cannot create a signalfd");
        return 1;
    }
    options.netns = platform::helperos::networkNamespace();
    auto backend = platform::createSystemBackend();
    if (!backend) {
        log("no routing backend for this system in this build");
        return 1;
    }
    platform::Keeper keeper(*backend, options, log);
    if (auto s = keeper.start(); !s) {
        log("cannot start: " + s.error().message);
        return 1;
    }
    const int rc = keeper.run(sfd);
    ::close(sfd);
    return rc;
}
