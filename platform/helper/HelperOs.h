// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The operating-system parts of splitroute-helper's main(), one implementation per system:
// HelperLoopPosix.cpp (signalfd, poll, geteuid) and HelperLoopWindows.cpp (a stdin reader
// thread, SetConsoleCtrlHandler, the token's elevation).

#include "core/Result.h"
#include "platform/helper/HelperService.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace splitroute::platform::helperos {

/// The helper's stdin and stdout as a HelperIo, with the stop signals routed to it (SIGTERM,
/// SIGINT and SIGHUP blocked and read through a signalfd; on Windows a console control
/// handler). stdout becomes non-blocking where it is a pipe or socket. Call once, before any other
/// thread starts.
[[nodiscard]] core::Result<std::unique_ptr<HelperIo>> openStdio();

#ifdef _WIN32
/// Windows: like openStdio(), over the named pipe the client created (`--pipe NAME`,
/// platform/windows/HelperPipe.h) instead of stdin and stdout: how a helper started through
/// UAC talks to its client. NAME must be one HelperPipe makes.
[[nodiscard]] core::Result<std::unique_ptr<HelperIo>> openPipe(const std::string& name);
/// Windows: waits up to `timeout` until what the loop handed the writer has been written (a
/// last message before exiting).
void flushOutput(std::chrono::milliseconds timeout);
#endif

/// Writes one log line to stderr unless that would block (a client that does not read the
/// log loses lines rather than stopping the helper): false when it was dropped. POSIX: lines
/// longer than PIPE_BUF are dropped. Windows: a plain write.
bool writeLogLine(std::string_view line);

/// POSIX: the error for a failed call `what` with errno `err` (PermissionDenied for EACCES and
/// EPERM, else Io; the message is strerror's, the errno is kept). Defined in HelperLoopPosix.cpp.
[[nodiscard]] core::Error osError(const std::string& what, int err);

[[nodiscard]] std::uint64_t processId();
/// Root (euid 0) on POSIX; an elevated token (UAC) on Windows.
[[nodiscard]] bool isPrivileged();
/// The user the helper acts for, for the log ("uid 1000", "user NAME").
[[nodiscard]] std::string currentUser();

/// The network namespace this process works in, as "net:[INODE]" (the inode of
/// /proc/self/ns/net); empty on Windows.
[[nodiscard]] std::string networkNamespace();

/// The default state directory, one per network namespace (routes belong to one):
/// /run/splitroute/net-INODE, with /run/splitroute created mode 0700 if missing (and refused
/// when it is a symlink, not root's, or writable by others); on Windows
/// %ProgramData%\Splitroute\state, with %ProgramData%\Splitroute created with a protected
/// DACL if missing.
[[nodiscard]] core::Result<std::string> defaultStateDir(const std::string& netns);

/// Replaces path with text durably: temporary file, flushed, renamed over path. POSIX: the
/// temporary file is created next to path with O_EXCL|O_NOFOLLOW (a planted symlink is never
/// followed), and a directory that others can write to is refused. The file gets `mode`
/// exactly (Windows: ignored).
[[nodiscard]] core::Result<void> replaceFile(const std::string& path, const std::string& text,
                                             unsigned mode = 0600);

} // namespace splitroute::platform::helperos
