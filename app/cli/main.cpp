// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Logging.h"
#include "app/cli/Cli.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
#ifdef _WIN32
    // Output byte for byte as on Linux: the exported .cmd scripts carry their own CRLFs, which
    // text mode would turn into CR CR LF.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    std::vector<std::string> args(argv + 1, argv + argc);
    // Log lines go to stderr: warnings and errors by default; --verbose or
    // SPLITROUTE_LOG=debug|info|warn|error|off choose another level.
    splitroute::app::LogOptions log;
    log.verbose = std::find(args.begin(), args.end(), "--verbose") != args.end();
    if (const char* level = std::getenv("SPLITROUTE_LOG"))
        log.environment = level;
    log.defaultLevel = splitroute::app::LogLevel::Warn;
    log.stderrLevel = splitroute::app::LogLevel::Debug;
    (void)splitroute::app::initLogging(log); // only a log file can fail, and there is none
    splitroute::cli::Io io{std::cout, std::cerr, std::cin};
    return splitroute::cli::runMain(args, io);
}
