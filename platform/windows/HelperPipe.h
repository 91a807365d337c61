// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The named pipe between splitroute-cli (or the window) and splitroute-helper.exe on Windows.
// A helper started through UAC (ShellExecuteEx "runas") cannot be handed the client's pipe
// handles, so the client creates a pipe with a random name that only it and the helper can
// open, starts the helper with `--pipe NAME`, and accepts exactly one client: the helper's
// process. Both ends are overlapped: the helper reads and writes its end from two threads, and
// synchronous I/O on one handle would serialise them (a pending ReadFile blocks WriteFile).

#include "core/Result.h"
#include "platform/windows/WinHeaders.h"
#include "platform/windows/WinUtil.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::platform::win {

/// "splitroute-" followed by 32 lowercase hex digits from the system's random generator.
[[nodiscard]] core::Result<std::string> randomPipeName();
/// Whether `name` is what randomPipeName() makes (nothing else is accepted by the helper).
[[nodiscard]] bool isValidPipeName(std::string_view name);
/// \\.\pipe\NAME
[[nodiscard]] std::wstring pipePath(std::string_view name);

/// The security descriptor of the pipe, as SDDL: protected DACL granting full access to the
/// calling user's SID and to Administrators (a helper elevated with another account's
/// credentials runs as that account, in Administrators), nothing to anyone else.
[[nodiscard]] core::Result<std::wstring> pipeSecurityDescriptor();

/// The server end: the first and only instance (FILE_FLAG_FIRST_PIPE_INSTANCE, one instance,
/// PIPE_REJECT_REMOTE_CLIENTS), byte mode, overlapped, not inheritable, with
/// pipeSecurityDescriptor(). Fails if a pipe of that name exists.
[[nodiscard]] core::Result<UniqueHandle> createPipeServer(std::string_view name);

/// Waits up to `timeout` for a client to connect to `pipe`; fails early when `process` ends
/// first (its exit status in the message), and when the connected client is not `process`
/// (GetNamedPipeClientProcessId), which is then disconnected.
[[nodiscard]] core::Result<void> acceptHelper(HANDLE pipe, HANDLE process,
                                              std::chrono::milliseconds timeout);

/// The helper's end: opened read/write, overlapped, with SECURITY_IDENTIFICATION (the
/// client may identify the helper but not act as it).
[[nodiscard]] core::Result<UniqueHandle> openPipeClient(std::string_view name);

/// One overlapped ReadFile (write false) or WriteFile (write true) on a handle opened with
/// FILE_FLAG_OVERLAPPED, waited for up to `timeoutMs` (INFINITE: no limit). On timeout the
/// operation is cancelled; bytes it moved before the cancel still count. Returns the number
/// of bytes moved; `error` is ERROR_SUCCESS, WAIT_TIMEOUT (nothing moved in time),
/// ERROR_BROKEN_PIPE (the other end is closed) or another Win32 code.
[[nodiscard]] DWORD pipeTransfer(HANDLE h, bool write, void* data, DWORD size, DWORD timeoutMs,
                                 DWORD& error);

/// One argument quoted for a Windows command line as CommandLineToArgvW and the MinGW/MSVC
/// runtimes split it (backslashes doubled before a quote, quotes escaped).
[[nodiscard]] std::wstring quoteArgument(const std::wstring& arg);
/// The arguments quoted and joined by spaces.
[[nodiscard]] std::wstring joinArguments(const std::vector<std::string>& args);

/// Whether this process runs with an elevated token (UAC).
[[nodiscard]] bool processIsElevated();
/// The folder of this executable (GetModuleFileNameW), without the trailing backslash.
[[nodiscard]] std::wstring executableFolder();

} // namespace splitroute::platform::win
