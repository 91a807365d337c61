// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/HelperPipe.h"

#include "platform/IpHelperConvert.h"

#include <bcrypt.h>

#include <algorithm>
#include <array>

namespace splitroute::platform::win {

using core::ErrorCode;
using core::makeError;

namespace {

constexpr std::string_view kPrefix = "splitroute-";
constexpr std::size_t kRandomBytes = 16;

struct LocalFreer {
    void operator()(void* p) const { LocalFree(p); }
};

} // namespace

core::Result<std::string> randomPipeName() {
    std::array<unsigned char, kRandomBytes> bytes{};
    const NTSTATUS st = BCryptGenRandom(nullptr, bytes.data(), static_cast<ULONG>(bytes.size()),
                                        BCRYPT_USE_SYSTEM_PREFERRED_RNG);
    if (st < 0)
        return makeError(ErrorCode::System, "BCryptGenRandom failed");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string name(kPrefix);
    for (unsigned char b : bytes) {
        name += kHex[b >> 4];
        name += kHex[b & 0xf];
    }
    return name;
}

bool isValidPipeName(std::string_view name) {
    if (name.size() != kPrefix.size() + 2 * kRandomBytes ||
        name.substr(0, kPrefix.size()) != kPrefix)
        return false;
    for (char c : name.substr(kPrefix.size()))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

std::wstring pipePath(std::string_view name) {
    return L"\\\\.\\pipe\\" + toWide(name);
}

core::Result<std::wstring> pipeSecurityDescriptor() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return iphelper::win32Error(GetLastError(), "OpenProcessToken");
    UniqueHandle guard(token);
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<unsigned char> buf(size ? size : 1);
    if (!GetTokenInformation(token, TokenUser, buf.data(), size, &size))
        return iphelper::win32Error(GetLastError(), "GetTokenInformation(TokenUser)");
    const auto* user = reinterpret_cast<const TOKEN_USER*>(buf.data());
    wchar_t* sid = nullptr;
    if (!ConvertSidToStringSidW(user->User.Sid, &sid))
        return iphelper::win32Error(GetLastError(), "ConvertSidToStringSidW");
    std::unique_ptr<wchar_t, LocalFreer> sidGuard(sid);
    // P: protected (nothing inherited); GA: generic all; BA: BUILTIN\Administrators.
    return L"O:" + std::wstring(sid) + L"D:P(A;;GA;;;" + std::wstring(sid) + L")(A;;GA;;;BA)";
}

core::Result<UniqueHandle> createPipeServer(std::string_view name) {
    if (!isValidPipeName(name))
        return makeError(ErrorCode::InvalidArgument,
                         "not a helper pipe name: " + std::string(name));
    auto sddl = pipeSecurityDescriptor();
    if (!sddl)
        return sddl.error();
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl->c_str(), SDDL_REVISION_1, &sd,
                                                              nullptr))
        return iphelper::win32Error(GetLastError(),
                                    "ConvertStringSecurityDescriptorToSecurityDescriptorW");
    std::unique_ptr<void, LocalFreer> sdGuard(sd);
    SECURITY_ATTRIBUTES sa{};
    sa.nLength = sizeof sa;
    sa.lpSecurityDescriptor = sd;
    sa.bInheritHandle = FALSE;
    HANDLE h = CreateNamedPipeW(
        pipePath(name).c_str(),
        PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED | FILE_FLAG_FIRST_PIPE_INSTANCE,
        PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
        1 /* one instance */, 1 << 16, 1 << 16, 0, &sa);
    if (h == INVALID_HANDLE_VALUE)
        return iphelper::win32Error(GetLastError(), "CreateNamedPipeW(" + std::string(name) + ")");
    return UniqueHandle(h);
}

core::Result<void> acceptHelper(HANDLE pipe, HANDLE process, std::chrono::milliseconds timeout) {
    UniqueHandle event(CreateEventW(nullptr, TRUE, FALSE, nullptr));
    if (!event)
        return iphelper::win32Error(GetLastError(), "CreateEventW");
    OVERLAPPED ov{};
    ov.hEvent = event.get();
    bool connected = ConnectNamedPipe(pipe, &ov) != 0;
    DWORD err = connected ? ERROR_SUCCESS : GetLastError();
    if (err == ERROR_PIPE_CONNECTED) {
        connected = true;
    } else if (err == ERROR_IO_PENDING) {
        const std::array<HANDLE, 2> handles{event.get(), process};
        const auto ms = static_cast<DWORD>(std::min<long long>(timeout.count(), INFINITE - 1));
        const DWORD w = WaitForMultipleObjects(process ? 2 : 1, handles.data(), FALSE, ms);
        if (w != WAIT_OBJECT_0) {
            CancelIoEx(pipe, &ov);
            DWORD ignored = 0;
            GetOverlappedResult(pipe, &ov, &ignored, TRUE);
            if (w == WAIT_OBJECT_0 + 1) {
                DWORD code = 0;
                GetExitCodeProcess(process, &code);
                return makeError(ErrorCode::Protocol,
                                 "the helper exited before connecting, exit status " +
                                     std::to_string(code));
            }
            if (w == WAIT_TIMEOUT)
                return makeError(ErrorCode::Timeout, "the helper did not connect in time");
            return iphelper::win32Error(GetLastError(), "WaitForMultipleObjects");
        }
        DWORD ignored = 0;
        connected = GetOverlappedResult(pipe, &ov, &ignored, FALSE) != 0;
        err = connected ? ERROR_SUCCESS : GetLastError();
    }
    if (!connected)
        return iphelper::win32Error(err, "ConnectNamedPipe");
    if (process) {
        ULONG client = 0;
        if (!GetNamedPipeClientProcessId(pipe, &client)) {
            const DWORD e = GetLastError();
            DisconnectNamedPipe(pipe);
            return iphelper::win32Error(e, "GetNamedPipeClientProcessId");
        }
        if (client != GetProcessId(process)) {
            DisconnectNamedPipe(pipe);
            return makeError(ErrorCode::PermissionDenied,
                             "process " + std::to_string(client) +
                                 " connected to the helper's pipe, not the helper (process " +
                                 std::to_string(GetProcessId(process)) + ")");
        }
    }
    return {};
}

core::Result<UniqueHandle> openPipeClient(std::string_view name) {
    if (!isValidPipeName(name))
        return makeError(ErrorCode::InvalidArgument,
                         "--pipe: not a helper pipe name (splitroute- and 32 hex digits): " +
                             std::string(name));
    HANDLE h = CreateFileW(
        pipePath(name).c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
        FILE_FLAG_OVERLAPPED | SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return iphelper::win32Error(GetLastError(), "cannot open pipe " + std::string(name));
    return UniqueHandle(h);
}

DWORD pipeTransfer(HANDLE h, bool write, void* data, DWORD size, DWORD timeoutMs, DWORD& error) {
    UniqueHandle event(CreateEventW(nullptr, TRUE, FALSE, nullptr));
    if (!event) {
        error = GetLastError();
        return 0;
    }
    OVERLAPPED ov{};
    ov.hEvent = event.get();
    DWORD moved = 0;
    const BOOL ok =
        write ? WriteFile(h, data, size, nullptr, &ov) : ReadFile(h, data, size, nullptr, &ov);
    error = ok ? ERROR_SUCCESS : GetLastError();
    if (!ok && error != ERROR_IO_PENDING)
        return 0;
    if (!ok && WaitForSingleObject(event.get(), timeoutMs) == WAIT_TIMEOUT) {
        CancelIoEx(h, &ov);
        if (GetOverlappedResult(h, &ov, &moved, TRUE)) {
            error = ERROR_SUCCESS; // finished before the cancel took
            return moved;
        }
        error = GetLastError() == ERROR_OPERATION_ABORTED ? WAIT_TIMEOUT : GetLastError();
        return moved;
    }
    error = GetOverlappedResult(h, &ov, &moved, TRUE) ? ERROR_SUCCESS : GetLastError();
    return moved;
}

std::wstring quoteArgument(const std::wstring& arg) {
    if (!arg.empty() && arg.find_first_of(L" \t\n\v\"") == std::wstring::npos)
        return arg;
    std::wstring out = L"\"";
    std::size_t backslashes = 0;
    for (wchar_t c : arg) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        // Backslashes before a quote are doubled, and the quote escaped; others stay as they are.
        out.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
        backslashes = 0;
        out += c;
    }
    out.append(backslashes * 2, L'\\'); // before the closing quote
    out += L'"';
    return out;
}

std::wstring joinArguments(const std::vector<std::string>& args) {
    std::wstring line;
    for (const auto& a : args) {
        if (!line.empty())
            line += L' ';
        line += quoteArgument(toWide(a));
    }
    return line;
}

bool processIsElevated() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    UniqueHandle guard(token);
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    if (!GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size))
        return false;
    return elevation.TokenIsElevated != 0;
}

std::wstring executableFolder() {
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
        if (n == 0)
            return {};
        if (n < path.size()) {
            path.resize(n);
            break;
        }
        path.resize(path.size() * 2);
    }
    const auto slash = path.find_last_of(L"\\/");
    return slash == std::wstring::npos ? std::wstring(L".") : path.substr(0, slash);
}

} // namespace splitroute::platform::win
