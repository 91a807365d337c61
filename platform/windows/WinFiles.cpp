// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/WinFiles.h"

#include "platform/IpHelperConvert.h"
#include "platform/windows/WinUtil.h"

namespace splitroute::platform::win {

core::Error fileError(DWORD error, std::string_view what, const std::wstring& file) {
    core::Error e = iphelper::win32Error(error, what, toUtf8(file));
    if (e.code == core::ErrorCode::System || e.code == core::ErrorCode::NoDevice)
        e.code = core::ErrorCode::Io; // file errors are Io here, not "no such interface"
    return e;
}

core::Result<std::wstring> programDataFolder() {
    PWSTR folder = nullptr;
    const HRESULT hr = SHGetKnownFolderPath(FOLDERID_ProgramData, 0, nullptr, &folder);
    if (FAILED(hr)) {
        CoTaskMemFree(folder); // the call may allocate even when it fails
        core::Error e = core::makeError(core::ErrorCode::System,
                                        "SHGetKnownFolderPath(FOLDERID_ProgramData) failed");
        e.sysErrno = static_cast<int>(hr);
        return e;
    }
    std::wstring path = folder;
    CoTaskMemFree(folder);
    return path;
}

core::Result<void> ensureProtectedFolder(const std::wstring& dir) {
    if (dir.empty())
        return {};
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(
            L"D:P(A;OICI;GA;;;SY)(A;OICI;GA;;;BA)(A;OICI;GRGX;;;BU)", SDDL_REVISION_1, &sd,
            nullptr))
        return iphelper::win32Error(GetLastError(),
                                    "ConvertStringSecurityDescriptorToSecurityDescriptorW");
    SECURITY_ATTRIBUTES sa{sizeof sa, sd, FALSE};
    const BOOL created = CreateDirectoryW(dir.c_str(), &sa);
    const DWORD err = created ? ERROR_SUCCESS : GetLastError();
    LocalFree(sd);
    if (!created && err != ERROR_ALREADY_EXISTS)
        return fileError(err, "CreateDirectoryW", dir);
    return {};
}

core::Result<std::optional<std::string>> readWholeFile(const std::wstring& file,
                                                       std::size_t maxBytes) {
    UniqueHandle h(CreateFileW(file.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                               FILE_ATTRIBUTE_NORMAL, nullptr));
    if (h.get() == INVALID_HANDLE_VALUE) {
        h.release();
        const DWORD err = GetLastError();
        if (err == ERROR_FILE_NOT_FOUND || err == ERROR_PATH_NOT_FOUND)
            return std::optional<std::string>{};
        return fileError(err, "CreateFileW", file);
    }
    LARGE_INTEGER size{};
    if (!GetFileSizeEx(h.get(), &size))
        return fileError(GetLastError(), "GetFileSizeEx", file);
    if (static_cast<unsigned long long>(size.QuadPart) > maxBytes)
        return core::makeError(core::ErrorCode::Io, toUtf8(file) + ": larger than " +
                                                        std::to_string(maxBytes) + " bytes");
    std::string text(static_cast<std::size_t>(size.QuadPart), '\0');
    DWORD total = 0;
    while (total < text.size()) {
        DWORD got = 0;
        if (!ReadFile(h.get(), text.data() + total, static_cast<DWORD>(text.size()) - total, &got,
                      nullptr))
            return fileError(GetLastError(), "ReadFile", file);
        if (got == 0)
            break;
        total += got;
    }
    text.resize(total);
    return std::optional<std::string>(std::move(text));
}

core::Result<void> replaceFile(const std::wstring& file, std::string_view text) {
    const std::wstring tmp = file + L".tmp";
    {
        UniqueHandle h(CreateFileW(tmp.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                                   FILE_ATTRIBUTE_NORMAL, nullptr));
        if (h.get() == INVALID_HANDLE_VALUE) {
            h.release();
            return fileError(GetLastError(), "CreateFileW", tmp);
        }
        DWORD total = 0;
        while (total < text.size()) {
            DWORD put = 0;
            if (!WriteFile(h.get(), text.data() + total, static_cast<DWORD>(text.size()) - total,
                           &put, nullptr))
                return fileError(GetLastError(), "WriteFile", tmp);
            total += put;
        }
        if (!FlushFileBuffers(h.get()))
            return fileError(GetLastError(), "FlushFileBuffers", tmp);
    }
    if (!MoveFileExW(tmp.c_str(), file.c_str(),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const DWORD err = GetLastError();
        DeleteFileW(tmp.c_str()); // best effort: the error that matters is the move's
        return fileError(err, "MoveFileExW", file);
    }
    return {};
}

} // namespace splitroute::platform::win
