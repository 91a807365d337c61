// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <system_error>
#include <vector>

namespace splitroute::app {

namespace {
std::filesystem::path g_file;

spdlog::level::level_enum toSpd(LogLevel level) {
    switch (level) {
    case LogLevel::Debug:
        return spdlog::level::debug;
    case LogLevel::Info:
        return spdlog::level::info;
    case LogLevel::Warn:
        return spdlog::level::warn;
    case LogLevel::Error:
        return spdlog::level::err;
    case LogLevel::Off:
        break;
    }
    return spdlog::level::off;
}
} // namespace

std::optional<LogLevel> parseLogLevel(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "debug")
        return LogLevel::Debug;
    if (lower == "info")
        return LogLevel::Info;
    if (lower == "warn" || lower == "warning")
        return LogLevel::Warn;
    if (lower == "error")
        return LogLevel::Error;
    if (lower == "off")
        return LogLevel::Off;
    return std::nullopt;
}

std::string_view logLevelName(LogLevel level) {
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warn:
        return "warn";
    case LogLevel::Error:
        return "error";
    case LogLevel::Off:
        break;
    }
    return "off";
}

LogLevel resolveLogLevel(const LogOptions& options) {
    if (options.verbose)
        return LogLevel::Debug;
    if (options.environment)
        if (auto level = parseLogLevel(*options.environment))
            return *level;
    return options.defaultLevel;
}

std::filesystem::path defaultLogFile() {
    std::filesystem::path state;
    // XDG: a relative $XDG_STATE_HOME is invalid and must be ignored.
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg == '/')
        state = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        state = std::filesystem::path(home) / ".local" / "state";
    else
        state = std::filesystem::temp_directory_path();
    return state / "splitroute" / "splitroute.log";
}

std::string initLogging(const LogOptions& options) {
    const LogLevel level = resolveLogLevel(options);
    std::vector<spdlog::sink_ptr> sinks;
    auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    err->set_level(toSpd(std::max(level, options.stderrLevel)));
    err->set_pattern("%n: %l: %v");
    sinks.push_back(err);
    std::string problem;
    g_file.clear();
    if (!options.file.empty() && level != LogLevel::Off) {
        std::error_code ec;
        std::filesystem::create_directories(options.file.parent_path(), ec);
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.file.string(), options.maxFileBytes, options.maxFiles);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
            sinks.push_back(file);
            g_file = options.file;
        } catch (const spdlog::spdlog_ex& e) {
            problem = "cannot write the log file " + options.file.string() + ": " + e.what();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("splitroute", sinks.begin(), sinks.end());
    logger->set_level(toSpd(level));
    // The window logs a few lines per action: write each at once, so the file tells what
    // happened even when the program is killed.
    logger->flush_on(spdlog::level::debug);
    spdlog::set_default_logger(logger);
    if (options.environment && !parseLogLevel(*options.environment))
        spdlog::warn("SPLITROUTE_LOG={} is not one of debug, info, warn, error, off",
                     *options.environment);
    if (!problem.empty())
        spdlog::warn("{}", problem);
    return problem;
}

std::filesystem::path currentLogFile() {
    return g_file;
}

void shutdownLogging() {
    if (auto logger = spdlog::default_logger())
        logger->flush();
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("splitroute"));
    g_file.clear();
}

} // namespace splitroute::app
