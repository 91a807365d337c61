// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File helpers shared by the IP Helper backend's record (OwnedRouteStore) and the helper's
// journal: a folder with a protected DACL, reading a whole file, durable atomic replacement.

#include "core/Result.h"
#include "platform/windows/WinHeaders.h"

#include <optional>
#include <string>
#include <string_view>

namespace splitroute::platform::win {

/// An Error for a failed file operation: Win32 code mapped as iphelper::win32Error does,
/// except that what would be System or NoDevice is Io.
[[nodiscard]] core::Error fileError(DWORD error, std::string_view what, const std::wstring& file);

/// The folder %ProgramData% names (SHGetKnownFolderPath(FOLDERID_ProgramData)), where
/// Splitroute keeps its machine-wide state under "Splitroute".
[[nodiscard]] core::Result<std::wstring> programDataFolder();

/// Creates dir (not its parents) with a protected DACL: SYSTEM and Administrators full
/// control, Users read and execute. An existing folder is left as it is.
[[nodiscard]] core::Result<void> ensureProtectedFolder(const std::wstring& dir);

/// The whole file; nullopt when it (or its folder) does not exist. Larger than maxBytes: Io.
[[nodiscard]] core::Result<std::optional<std::string>> readWholeFile(const std::wstring& file,
                                                                     std::size_t maxBytes);

/// Replaces file with text: file.tmp written, FlushFileBuffers, then MoveFileExW with
/// MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH (the rename reaches the disk before the
/// call returns: Windows' counterpart of fsync on the directory).
[[nodiscard]] core::Result<void> replaceFile(const std::wstring& file, std::string_view text);

} // namespace splitroute::platform::win
