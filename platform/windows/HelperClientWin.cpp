// SPDX-License-Identifier: GPL-3.0-or-later
// HelperClient on Windows: the helper (splitroute-helper.exe) is started elevated through UAC
// (ShellExecuteEx "runas") when we are not, or directly when we are (or when asked to: tests,
// --simulate), with `--pipe NAME`, and speaks the protocol over that named pipe
// (HelperPipe.h: a random name, one instance, only this user and Administrators may open it,
// and only the helper's process is accepted). A helper started through UAC cannot inherit
// our handles, which is why it is a named pipe and not its stdin/stdout.
//
// A named pipe cannot be half-closed: close() closes it, the helper sees the end of its input
// (ERROR_BROKEN_PIPE) and rolls back what is pending, but the "reverted" event it writes then
// is not read (on POSIX close() collects it).

#include "platform/HelperClient.h"
#include "platform/HelperLocation.h"
#include "platform/windows/HelperPipe.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

struct HelperClient::Impl {
    win::UniqueHandle pipe;
    win::UniqueHandle process;
    bool viaUac = false;
    std::string buffer;

    /// ", exit status N" once the helper has ended (waits briefly); "" when it has not.
    std::string exitText() const {
        if (!process || WaitForSingleObject(process.get(), 2000) != WAIT_OBJECT_0)
            return {};
        DWORD code = 0;
        if (!GetExitCodeProcess(process.get(), &code))
            return {};
        return ", exit status " + std::to_string(code);
    }
};

HelperClient::HelperClient(HelperClientOptions options) : m_options(std::move(options)) {}

HelperClient::~HelperClient() {
    if (m_impl)
        close(std::chrono::seconds(30));
}

bool HelperClient::running() const {
    return m_impl && m_impl->process &&
           WaitForSingleObject(m_impl->process.get(), 0) == WAIT_TIMEOUT;
}

int HelperClient::pid() const {
    return m_impl && m_impl->process ? static_cast<int>(GetProcessId(m_impl->process.get())) : 0;
}

namespace {

bool isAbsoluteWindowsPath(const std::string& p) {
    const bool drive = p.size() >= 3 && std::isalpha(static_cast<unsigned char>(p[0])) &&
                       p[1] == ':' && (p[2] == '\\' || p[2] == '/');
    const bool unc =
        p.size() >= 2 && (p[0] == '\\' || p[0] == '/') && (p[1] == '\\' || p[1] == '/');
    return drive || unc;
}

/// CreateProcessW with the helper's stdin and stdout on NUL (it speaks over the pipe) and its
/// stderr ours, or NUL too.
core::Result<win::UniqueHandle> startDirect(const std::wstring& exe, const std::wstring& args,
                                            bool discardStderr) {
    SECURITY_ATTRIBUTES inherit{};
    inherit.nLength = sizeof inherit;
    inherit.bInheritHandle = TRUE;
    win::UniqueHandle nul(CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit, OPEN_EXISTING,
                                      0, nullptr));
    if (!nul)
        return iphelper::win32Error(GetLastError(), "CreateFileW(NUL)");
    win::UniqueHandle err;
    if (!discardStderr) {
        HANDLE ours = GetStdHandle(STD_ERROR_HANDLE);
        HANDLE dup = nullptr;
        if (ours && ours != INVALID_HANDLE_VALUE &&
            DuplicateHandle(GetCurrentProcess(), ours, GetCurrentProcess(), &dup, 0, TRUE,
                            DUPLICATE_SAME_ACCESS))
            err.reset(dup);
    }
    // Only these handles are inherited (not, say, our own stdout: a helper holding it would
    // keep whoever reads our output waiting after we exit).
    std::vector<HANDLE> inherited{nul.get()};
    if (err)
        inherited.push_back(err.get());
    SIZE_T listSize = 0;
    InitializeProcThreadAttributeList(nullptr, 1, 0, &listSize);
    std::vector<unsigned char> listBuf(listSize);
    auto* list = reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(listBuf.data());
    if (!InitializeProcThreadAttributeList(list, 1, 0, &listSize))
        return iphelper::win32Error(GetLastError(), "InitializeProcThreadAttributeList");
    struct ListGuard {
        LPPROC_THREAD_ATTRIBUTE_LIST l;
        ~ListGuard() { DeleteProcThreadAttributeList(l); }
    } listGuard{list};
    if (!UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, inherited.data(),
                                   inherited.size() * sizeof(HANDLE), nullptr, nullptr))
        return iphelper::win32Error(GetLastError(), "UpdateProcThreadAttribute");
    STARTUPINFOEXW si{};
    si.StartupInfo.cb = sizeof si;
    si.StartupInfo.dwFlags = STARTF_USESTDHANDLES;
    si.StartupInfo.hStdInput = nul.get();
    si.StartupInfo.hStdOutput = nul.get();
    si.StartupInfo.hStdError = err ? err.get() : nul.get();
    si.lpAttributeList = list;
    std::wstring cmdline = win::quoteArgument(exe) + L" " + args;
    PROCESS_INFORMATION pi{};
    if (!CreateProcessW(exe.c_str(), cmdline.data(), nullptr, nullptr, TRUE,
                        CREATE_NO_WINDOW | EXTENDED_STARTUPINFO_PRESENT, nullptr, nullptr,
                        &si.StartupInfo, &pi))
        return iphelper::win32Error(GetLastError(), "CreateProcessW(" + win::toUtf8(exe) + ")");
    CloseHandle(pi.hThread);
    return win::UniqueHandle(pi.hProcess);
}

/// ShellExecuteExW "runas": Windows asks for consent (or credentials) and starts the helper
/// elevated, in its own hidden console.
core::Result<win::UniqueHandle> startElevated(const std::wstring& exe, const std::wstring& args) {
    SHELLEXECUTEINFOW sei{};
    sei.cbSize = sizeof sei;
    sei.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
    sei.lpVerb = L"runas";
    sei.lpFile = exe.c_str();
    sei.lpParameters = args.c_str();
    sei.nShow = SW_HIDE;
    if (!ShellExecuteExW(&sei)) {
        const DWORD e = GetLastError();
        if (e == ERROR_CANCELLED)
            return makeError(ErrorCode::PermissionDenied,
                             "the helper was not started: the UAC prompt was declined");
        return iphelper::win32Error(e, "ShellExecuteExW(runas " + win::toUtf8(exe) + ")");
    }
    if (!sei.hProcess)
        return makeError(ErrorCode::System, "ShellExecuteExW returned no process handle");
    return win::UniqueHandle(sei.hProcess);
}

} // namespace

core::Result<json> HelperClient::start() {
    if (m_impl)
        return makeError(ErrorCode::InvalidArgument, "helper already started");
    // Default: the splitroute-helper.exe next to this executable (the zip puts them together).
    const std::string helper = locateHelper(m_options.helperPath).path;
    if (!isAbsoluteWindowsPath(helper))
        return makeError(ErrorCode::InvalidArgument, "helper path must be absolute: " + helper);
    const std::wstring exe = win::toWide(helper);
    const DWORD attrs = GetFileAttributesW(exe.c_str());
    if (attrs == INVALID_FILE_ATTRIBUTES || (attrs & FILE_ATTRIBUTE_DIRECTORY))
        return makeError(ErrorCode::NotFound, "helper not found: " + helper);
    const bool viaUac =
        m_options.elevation == HelperClientOptions::Elevation::Pkexec ||
        (m_options.elevation == HelperClientOptions::Elevation::Auto && !win::processIsElevated());

    auto name = win::randomPipeName();
    if (!name)
        return name.error();
    auto pipe = win::createPipeServer(*name);
    if (!pipe)
        return pipe.error();
    std::vector<std::string> args{"--pipe", *name};
    args.insert(args.end(), m_options.extraArgs.begin(), m_options.extraArgs.end());
    const std::wstring argLine = win::joinArguments(args);
    auto process =
        viaUac ? startElevated(exe, argLine) : startDirect(exe, argLine, m_options.discardStderr);
    if (!process)
        return process.error();
    // Through UAC the wait includes the person reading the prompt.
    const auto connectTimeout =
        viaUac ? std::max<std::chrono::milliseconds>(m_options.timeout, std::chrono::minutes(2))
               : m_options.timeout;
    if (auto a = win::acceptHelper(pipe->get(), process->get(), connectTimeout); !a) {
        if (WaitForSingleObject(process->get(), 0) == WAIT_TIMEOUT)
            TerminateProcess(process->get(), 1);
        return a.error();
    }
    auto impl = std::make_unique<Impl>();
    impl->pipe = std::move(pipe).value();
    impl->process = std::move(process).value();
    impl->viaUac = viaUac;
    m_impl = std::move(impl);
    auto hello = call(protocol::encodeHello());
    if (!hello) {
        close(std::chrono::seconds(2));
        return hello.error();
    }
    if (!hello->ok) {
        close(std::chrono::seconds(2));
        return hello->error;
    }
    return hello->body;
}

core::Result<void> HelperClient::send(const json& j) {
    if (!m_impl || !m_impl->pipe)
        return makeError(ErrorCode::Protocol, "helper is not running");
    std::string line = j.dump() + "\n";
    std::size_t off = 0;
    const auto timeoutMs =
        static_cast<DWORD>(std::min<long long>(m_options.timeout.count(), INFINITE - 1));
    while (off < line.size()) {
        DWORD err = 0;
        const DWORD n = win::pipeTransfer(
            m_impl->pipe.get(), true, line.data() + off,
            static_cast<DWORD>(std::min<std::size_t>(line.size() - off, 1 << 20)), timeoutMs, err);
        off += n;
        if (err == WAIT_TIMEOUT)
            return makeError(ErrorCode::Timeout, "the helper does not read its requests");
        if (err != ERROR_SUCCESS)
            return makeError(ErrorCode::Protocol,
                             "cannot write to the helper: " + iphelper::win32ErrorName(err));
    }
    return {};
}

core::Result<json> HelperClient::readMessage(std::chrono::milliseconds timeout) {
    if (!m_impl || !m_impl->pipe)
        return makeError(ErrorCode::Protocol, "helper is not running");
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        if (auto message = detail::takeMessageLine(m_impl->buffer))
            return std::move(*message);
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return makeError(ErrorCode::Timeout, "no answer from the helper in time");
        char buf[65536];
        DWORD err = 0;
        const DWORD n = win::pipeTransfer(
            m_impl->pipe.get(), false, buf, sizeof buf,
            static_cast<DWORD>(std::min<long long>(left.count(), INFINITE - 1)), err);
        m_impl->buffer.append(buf, n);
        if (err == ERROR_SUCCESS || err == WAIT_TIMEOUT)
            continue;
        if (err == ERROR_BROKEN_PIPE || err == ERROR_PIPE_NOT_CONNECTED)
            return makeError(ErrorCode::Protocol, "the helper exited" + m_impl->exitText());
        return makeError(ErrorCode::System,
                         "reading from the helper: " + iphelper::win32ErrorName(err));
    }
}

int HelperClient::close(std::chrono::milliseconds timeout) {
    if (!m_impl)
        return -1;
    // The helper's end of input: it rolls back what is pending and exits.
    m_impl->pipe.reset();
    int rc = -1;
    if (m_impl->process) {
        const auto ms = static_cast<DWORD>(std::min<long long>(timeout.count(), INFINITE - 1));
        if (WaitForSingleObject(m_impl->process.get(), ms) == WAIT_TIMEOUT) {
            TerminateProcess(m_impl->process.get(), 1);
            WaitForSingleObject(m_impl->process.get(), 5000);
        }
        DWORD code = 0;
        if (GetExitCodeProcess(m_impl->process.get(), &code) && code != STILL_ACTIVE)
            rc = static_cast<int>(code);
    }
    m_impl.reset();
    return rc;
}

} // namespace splitroute::platform
