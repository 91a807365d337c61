// SPDX-License-Identifier: GPL-3.0-or-later
// Journal's file operations on Windows: CreateFileW/WriteFile/FlushFileBuffers and
// MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) (win::replaceFile), the
// lock file held open without sharing, the directory created with a protected DACL.

#include "platform/helper/Journal.h"
#include "platform/windows/WinFiles.h"
#include "platform/windows/WinUtil.h"

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;

namespace {
constexpr std::size_t kMaxJournalBytes = std::size_t(1) << 30;

bool isAbsolute(const std::string& dir) {
    const bool drive = dir.size() >= 3 && dir[1] == ':' && (dir[2] == '\\' || dir[2] == '/');
    const bool unc =
        dir.size() >= 3 && (dir[0] == '\\' || dir[0] == '/') && (dir[1] == '\\' || dir[1] == '/');
    return drive || unc;
}
} // namespace

Journal::~Journal() {
    if (m_lock)
        CloseHandle(static_cast<HANDLE>(m_lock)); // releases the lock
}

core::Result<void> Journal::open(const std::string& dir) {
    if (!isAbsolute(dir))
        return makeError(ErrorCode::InvalidArgument, "state directory must be absolute: " + dir);
    const std::wstring wdir = win::toWide(dir);
    if (auto d = win::ensureProtectedFolder(wdir); !d)
        return d;
    // A reparse point (symlink, junction) planted at the state directory's path is refused.
    const DWORD attrs = GetFileAttributesW(wdir.c_str());
    if (attrs == INVALID_FILE_ATTRIBUTES)
        return win::fileError(GetLastError(), "GetFileAttributesW", wdir);
    if (!(attrs & FILE_ATTRIBUTE_DIRECTORY) || (attrs & FILE_ATTRIBUTE_REPARSE_POINT))
        return makeError(ErrorCode::PermissionDenied,
                         "state directory " + dir + " is not a plain directory");
    const std::wstring lock = wdir + L"\\lock";
    HANDLE h = CreateFileW(lock.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD err = GetLastError();
        if (err == ERROR_SHARING_VIOLATION || err == ERROR_LOCK_VIOLATION)
            return makeError(ErrorCode::Exists,
                             "another splitroute-helper is running (" + dir + "\\lock is held)");
        return win::fileError(err, "cannot lock: CreateFileW", lock);
    }
    m_lock = h;
    m_dir = dir;
    return {};
}

core::Result<std::optional<std::string>> Journal::readText(const char* name) const {
    return win::readWholeFile(win::toWide(m_dir + "\\" + name), kMaxJournalBytes);
}

core::Result<void> Journal::writeAtomically(const char* name, const std::string& text) {
    return win::replaceFile(win::toWide(m_dir + "\\" + name), text);
}

core::Result<void> Journal::remove(const char* name) {
    const std::wstring file = win::toWide(m_dir + "\\" + name);
    if (!DeleteFileW(file.c_str())) {
        const DWORD err = GetLastError();
        if (err != ERROR_FILE_NOT_FOUND && err != ERROR_PATH_NOT_FOUND)
            return win::fileError(err, "DeleteFileW", file);
    }
    return {};
}

core::Result<void> Journal::rename(const char* from, const std::string& to) {
    const std::wstring src = win::toWide(m_dir + "\\" + from);
    const std::wstring dst = win::toWide(m_dir + "\\" + to);
    if (!MoveFileExW(src.c_str(), dst.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return win::fileError(GetLastError(), "MoveFileExW", src);
    return {};
}

} // namespace splitroute::platform
