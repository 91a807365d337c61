#include "platform/windows/OwnedRouteStore.h"

#include "platform/windows/WinUtil.h"

namespace splitroute::platform::win {

namespace {

constexpr DWORD kMaxRecordBytes = 64u << 20;

core::Error fileError(DWORD error, std::string_view what, const std::wstring& file) {
    core::Error e = iphelper::win32Error(error, what, toUtf8(file));
    if (e.code == core::ErrorCode::System || e.code == core::ErrorCode::NoDevice)
        e.code = core::ErrorCode::Io; // file errors are Io here, not "no such interface"
    return e;
}

std::wstring parentOf(const std::wstring& path) {
    const auto slash = path.find_last_of(L"\\/");
    return slash == std::wstring::npos ? std::wstring() : path.substr(0, slash);
}

/// Creates dir (not its parents) with a protected DACL: SYSTEM and Administrators full
/// control, Users read and execute. An existing folder is left as it is.
core::Result<void> ensureFolder(const std::wstring& dir) {
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

} // namespace

OwnedRouteStore::OwnedRouteStore(std::wstring path) : m_path(std::move(path)) {}

core::Result<std::wstring> OwnedRouteStore::defaultPath() {
    PWSTR folder = nullptr;
    const HRESULT hr = SHGetKnownFolderPath(FOLDERID_ProgramData, 0, nullptr, &folder);
    if (FAILED(hr)) {
        CoTaskMemFree(folder);
        core::Error e = core::makeError(core::ErrorCode::System,
                                        "SHGetKnownFolderPath(FOLDERID_ProgramData) failed");
        e.sysErrno = static_cast<int>(hr);
        return e;
    }
    std::wstring path = folder;
    CoTaskMemFree(folder);
    return path + L"\\Splitroute\\owned-routes.json";
}

core::Result<std::wstring> OwnedRouteStore::path() const {
    if (!m_path.empty())
        return m_path;
    return defaultPath();
}

core::Result<iphelper::OwnedRouteRecord> OwnedRouteStore::load() const {
    auto file = path();
    if (!file)
        return file.error();
    UniqueHandle h(CreateFileW(file->c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                               FILE_ATTRIBUTE_NORMAL, nullptr));
    if (h.get() == INVALID_HANDLE_VALUE) {
        h.release();
        const DWORD err = GetLastError();
        if (err == ERROR_FILE_NOT_FOUND || err == ERROR_PATH_NOT_FOUND)
            return iphelper::OwnedRouteRecord{};
        return fileError(err, "CreateFileW", *file);
    }
    LARGE_INTEGER size{};
    if (!GetFileSizeEx(h.get(), &size))
        return fileError(GetLastError(), "GetFileSizeEx", *file);
    if (size.QuadPart > kMaxRecordBytes)
        return core::makeError(core::ErrorCode::Io, toUtf8(*file) + ": record larger than 64 MiB");
    std::string text(static_cast<std::size_t>(size.QuadPart), '\0');
    DWORD total = 0;
    while (total < text.size()) {
        DWORD got = 0;
        if (!ReadFile(h.get(), text.data() + total, static_cast<DWORD>(text.size()) - total, &got,
                      nullptr))
            return fileError(GetLastError(), "ReadFile", *file);
        if (got == 0)
            break;
        total += got;
    }
    text.resize(total);
    auto rec = iphelper::OwnedRouteRecord::parse(text);
    if (!rec) {
        core::Error e = rec.error();
        e.where.file = toUtf8(*file);
        return e;
    }
    return rec;
}

core::Result<void> OwnedRouteStore::save(const iphelper::OwnedRouteRecord& record) const {
    auto file = path();
    if (!file)
        return file.error();
    if (auto dir = ensureFolder(parentOf(*file)); !dir)
        return dir;
    const std::wstring tmp = *file + L".tmp";
    const std::string text = record.toJson().dump(2) + "\n";
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
    if (!MoveFileExW(tmp.c_str(), file->c_str(),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        const DWORD err = GetLastError();
        DeleteFileW(tmp.c_str()); // best effort: the error that matters is the move's
        return fileError(err, "MoveFileExW", *file);
    }
    return {};
}

} // namespace splitroute::platform::win
