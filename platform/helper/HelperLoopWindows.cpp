// Windows side of the helper: a thread reads the stdin handle (ReadFile blocks and cannot
// be waited on with a timeout for pipes), the loop waits on a condition variable with the
// confirm deadline; console control events (Ctrl+C, close, logoff, shutdown) stop the loop
// like SIGTERM does on POSIX. Elevation is the token's (UAC), not a user id.

#include "platform/helper/HelperOs.h"
#include "platform/helper/HelperService.h"
#include "platform/windows/WinFiles.h"
#include "platform/windows/WinUtil.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <io.h>

namespace splitroute::platform {

namespace {

/// Shared between the reader thread, the console control handler and the loop. Never freed:
/// the reader thread may still be blocked in ReadFile when main() returns.
struct InputState {
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<std::string> chunks;
    bool ended = false;
    bool readError = false;
    bool stop = false;
    bool loopDone = false;
};
InputState* g_state = nullptr;

BOOL WINAPI onConsoleControl(DWORD type) {
    InputState* s = g_state;
    if (!s)
        return FALSE;
    std::unique_lock lock(s->mutex);
    s->stop = true;
    s->cv.notify_all();
    // For close, logoff and shutdown, Windows ends the process when the handler returns:
    // give the loop a few seconds to roll the pending transaction back first.
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT)
        s->cv.wait_for(lock, std::chrono::seconds(4), [s] { return s->loopDone; });
    return TRUE;
}

void readerThread(InputState* s, HANDLE in) {
    std::string buf(1 << 16, '\0');
    for (;;) {
        DWORD got = 0;
        const BOOL ok = ReadFile(in, buf.data(), static_cast<DWORD>(buf.size()), &got, nullptr);
        const DWORD err = ok ? ERROR_SUCCESS : GetLastError();
        std::lock_guard lock(s->mutex);
        if (ok && got > 0) {
            s->chunks.emplace_back(buf.data(), got);
            s->cv.notify_all();
            continue;
        }
        // A pipe's writer closing is ERROR_BROKEN_PIPE; a file's end is 0 bytes read.
        s->ended = true;
        s->readError = !ok && err != ERROR_BROKEN_PIPE && err != ERROR_HANDLE_EOF;
        s->cv.notify_all();
        return;
    }
}

class WindowsHelperInput final : public HelperInput {
public:
    explicit WindowsHelperInput(InputState* s) : m_state(s) {}
    ~WindowsHelperInput() override {
        std::lock_guard lock(m_state->mutex);
        m_state->loopDone = true;
        m_state->cv.notify_all();
    }
    WindowsHelperInput(const WindowsHelperInput&) = delete;
    WindowsHelperInput& operator=(const WindowsHelperInput&) = delete;

    Status wait(std::optional<std::chrono::milliseconds> timeout, std::string& chunk) override {
        std::unique_lock lock(m_state->mutex);
        auto ready = [this] {
            return m_state->stop || !m_state->chunks.empty() || m_state->ended;
        };
        if (timeout)
            m_state->cv.wait_for(lock, *timeout, ready);
        else
            m_state->cv.wait(lock, ready);
        if (m_state->stop)
            return Status::Stop;
        if (!m_state->chunks.empty()) {
            chunk = std::move(m_state->chunks.front());
            m_state->chunks.pop_front();
            return Status::Data;
        }
        if (m_state->ended)
            return m_state->readError ? Status::ReadError : Status::End;
        return Status::Timeout;
    }

private:
    InputState* m_state;
};

} // namespace

bool writeAll(int fd, std::string_view text) {
    const auto h = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
    if (h == INVALID_HANDLE_VALUE || h == nullptr)
        return false;
    std::size_t off = 0;
    while (off < text.size()) {
        DWORD put = 0;
        const auto want = static_cast<DWORD>(std::min<std::size_t>(text.size() - off, 1u << 30));
        if (!WriteFile(h, text.data() + off, want, &put, nullptr) || put == 0)
            return false;
        off += put;
    }
    return true;
}

namespace helperos {

core::Result<std::unique_ptr<HelperInput>> openStdinInput() {
    if (g_state)
        return core::makeError(core::ErrorCode::InvalidArgument, "stdin is already open");
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    if (in == INVALID_HANDLE_VALUE || in == nullptr)
        return iphelper::win32Error(GetLastError(), "GetStdHandle(STD_INPUT_HANDLE)");
    g_state = new InputState; // lives as long as the process (see InputState)
    if (!SetConsoleCtrlHandler(onConsoleControl, TRUE))
        return iphelper::win32Error(GetLastError(), "SetConsoleCtrlHandler");
    std::thread(readerThread, g_state, in).detach();
    return std::unique_ptr<HelperInput>(std::make_unique<WindowsHelperInput>(g_state));
}

std::uint64_t processId() {
    return GetCurrentProcessId();
}

bool isPrivileged() {
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return false;
    win::UniqueHandle guard(token);
    TOKEN_ELEVATION elevation{};
    DWORD size = 0;
    if (!GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size))
        return false;
    return elevation.TokenIsElevated != 0;
}

std::string currentUser() {
    wchar_t name[257] = {};
    DWORD size = 257;
    if (!GetUserNameW(name, &size))
        return "user ?";
    return "user " + win::toUtf8(name);
}

core::Result<std::string> defaultStateDir() {
    PWSTR folder = nullptr;
    const HRESULT hr = SHGetKnownFolderPath(FOLDERID_ProgramData, 0, nullptr, &folder);
    if (FAILED(hr)) {
        CoTaskMemFree(folder);
        core::Error e = core::makeError(core::ErrorCode::System,
                                        "SHGetKnownFolderPath(FOLDERID_ProgramData) failed");
        e.sysErrno = static_cast<int>(hr);
        return e;
    }
    const std::wstring base = std::wstring(folder) + L"\\Splitroute";
    CoTaskMemFree(folder);
    // The parent gets the protected DACL; Journal::open creates state itself (inheriting it).
    if (auto d = win::ensureProtectedFolder(base); !d)
        return d.error();
    return win::toUtf8(base + L"\\state");
}

core::Result<void> replaceFile(const std::string& path, const std::string& text) {
    return win::replaceFile(win::toWide(path), text);
}

} // namespace helperos

} // namespace splitroute::platform
