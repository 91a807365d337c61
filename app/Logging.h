// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace splitroute::app {

/// How much the programs log. Qt-free: the window and the CLI share it.
enum class LogLevel { Debug, Info, Warn, Error, Off };

/// "debug", "info", "warn" (or "warning"), "error", "off", any case; nullopt otherwise.
[[nodiscard]] std::optional<LogLevel> parseLogLevel(std::string_view text);
[[nodiscard]] std::string_view logLevelName(LogLevel level);

struct LogOptions {
    bool verbose = false; ///< --verbose: debug, whatever SPLITROUTE_LOG says
    /// The value of SPLITROUTE_LOG (unset: nullopt). An unknown value is ignored (and said).
    std::optional<std::string> environment;
    LogLevel defaultLevel = LogLevel::Info;
    /// Where stderr gets messages from (the CLI keeps stderr for its users: Warn).
    LogLevel stderrLevel = LogLevel::Warn;
    /// A rotating log file (the window: defaultLogFile()); empty: no file.
    std::filesystem::path file;
    std::size_t maxFileBytes = std::size_t{2} * 1024 * 1024;
    std::size_t maxFiles = 3;
};

/// The level the options ask for: --verbose, else SPLITROUTE_LOG, else the default.
[[nodiscard]] LogLevel resolveLogLevel(const LogOptions& options);

/// $XDG_STATE_HOME/splitroute/splitroute.log (default ~/.local/state/splitroute/…).
[[nodiscard]] std::filesystem::path defaultLogFile();

/// Makes spdlog's default logger ("splitroute") write to stderr and, when options.file is set,
/// to a rotating file (its directory is created). Then log with spdlog::info(…) and friends.
/// Returns an error message when the file could not be opened (stderr logging still works).
[[nodiscard]] std::string initLogging(const LogOptions& options);

/// The file initLogging() writes to, or empty.
[[nodiscard]] std::filesystem::path currentLogFile();

/// Flushes and drops the sinks (tests; the programs let spdlog do it at exit).
void shutdownLogging();

} // namespace splitroute::app
