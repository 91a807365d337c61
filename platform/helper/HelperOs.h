#pragma once

// The operating-system parts of splitroute-helper's main(), one implementation per system:
// HelperLoopPosix.cpp (signalfd, poll, geteuid) and HelperLoopWindows.cpp (a stdin reader
// thread, SetConsoleCtrlHandler, the token's elevation).

#include "core/Result.h"
#include "platform/helper/HelperService.h"

#include <cstdint>
#include <memory>
#include <string>

namespace splitroute::platform::helperos {

/// The helper's stdin as a HelperInput, with the stop signals routed to it (SIGTERM, SIGINT
/// and SIGHUP blocked and read through a signalfd; on Windows a console control handler).
/// Call once, before any other thread starts.
[[nodiscard]] core::Result<std::unique_ptr<HelperInput>> openStdinInput();

[[nodiscard]] std::uint64_t processId();
/// Root (euid 0) on POSIX; an elevated token (UAC) on Windows.
[[nodiscard]] bool isPrivileged();
/// The user the helper acts for, for the log ("uid 1000", "user NAME").
[[nodiscard]] std::string currentUser();

/// The default state directory: /run/splitroute; on Windows %ProgramData%\Splitroute\state,
/// with %ProgramData%\Splitroute created with a protected DACL if missing.
[[nodiscard]] core::Result<std::string> defaultStateDir();

/// Replaces path with text durably: temporary file, flushed, renamed over path.
[[nodiscard]] core::Result<void> replaceFile(const std::string& path, const std::string& text);

} // namespace splitroute::platform::helperos
