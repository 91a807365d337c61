// SPDX-License-Identifier: GPL-3.0-or-later
// Windows side of the helper: a thread reads the stdin handle (ReadFile blocks and cannot
// be waited on with a timeout for pipes) and another writes the stdout handle (WriteFile
// blocks until the client reads), the loop waits on a condition variable with the confirm
// deadline; console control events (Ctrl+C, close, logoff, shutdown) stop the loop
// like SIGTERM does on POSIX. Elevation is the token's (UAC), not a user id.

#include "platform/helper/HelperOs.h"
#include "platform/helper/HelperService.h"
#include "platform/windows/HelperPipe.h"
#include "platform/windows/WinFiles.h"
#include "platform/windows/WinUtil.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <io.h>

namespace splitroute::platform {

namespace {

/// Shared between the reader and writer threads, the console control handler and the loop.
/// Never freed: the threads may still be blocked in ReadFile/WriteFile when main() returns.
struct IoState {
    std::mutex mutex;
    std::condition_variable cv;
    // stdin: chunks read and not yet taken; the reader waits while they hold more than
    // kReadAhead bytes, so a loop that takes no requests bounds what is buffered.
    std::deque<std::string> chunks;
    std::size_t chunkBytes = 0;
    bool ended = false;
    bool readError = false;
    // stdout: the bytes the writer thread is writing (empty when it is idle).
    std::string writing;
    bool writeFailed = false;
    bool stop = false;
    bool loopDone = false;
};
constexpr std::size_t kReadAhead = std::size_t(1) << 20;
constexpr std::size_t kWriteChunk = std::size_t(1) << 20;
IoState* g_state = nullptr;

BOOL WINAPI onConsoleControl(DWORD type) {
    IoState* s = g_state;
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

/// ReadFile or WriteFile; on the helper's named pipe (`overlapped`) through overlapped I/O,
/// since the reader and the writer use the same handle at once.
bool transfer(HANDLE h, bool write, char* data, DWORD size, DWORD& moved, DWORD& err,
              bool overlapped) {
    if (overlapped) {
        moved = win::pipeTransfer(h, write, data, size, INFINITE, err);
        return err == ERROR_SUCCESS;
    }
    const BOOL ok = write ? WriteFile(h, data, size, &moved, nullptr)
                          : ReadFile(h, data, size, &moved, nullptr);
    err = ok ? ERROR_SUCCESS : GetLastError();
    return ok != 0;
}

void readerThread(IoState* s, HANDLE in, bool overlapped) {
    std::string buf(1 << 16, '\0');
    for (;;) {
        {
            std::unique_lock lock(s->mutex);
            s->cv.wait(lock, [s] { return s->chunkBytes <= kReadAhead || s->loopDone; });
            if (s->loopDone)
                return;
        }
        DWORD got = 0;
        DWORD err = 0;
        const bool ok =
            transfer(in, false, buf.data(), static_cast<DWORD>(buf.size()), got, err, overlapped);
        std::lock_guard lock(s->mutex);
        if (ok && got > 0) {
            s->chunks.emplace_back(buf.data(), got);
            s->chunkBytes += got;
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

/// WriteFile on a pipe blocks until the client reads; this thread does the blocking, the loop
/// only hands it bytes when it is idle.
void writerThread(IoState* s, HANDLE out, bool overlapped) {
    std::unique_lock lock(s->mutex);
    for (;;) {
        s->cv.wait(lock, [s] { return !s->writing.empty() || s->loopDone; });
        if (s->writing.empty())
            return;
        std::string bytes = s->writing; // written unlocked; `writing` says the thread is busy
        lock.unlock();
        std::size_t off = 0;
        bool ok = true;
        while (ok && off < bytes.size()) {
            DWORD put = 0;
            DWORD err = 0;
            ok = transfer(out, true, bytes.data() + off, static_cast<DWORD>(bytes.size() - off),
                          put, err, overlapped) &&
                 put > 0;
            off += put;
        }
        lock.lock();
        s->writing.clear();
        s->writeFailed = s->writeFailed || !ok;
        s->cv.notify_all();
        if (!ok)
            return;
    }
}

class WindowsHelperIo final : public HelperIo {
public:
    explicit WindowsHelperIo(IoState* s) : m_state(s) {}
    ~WindowsHelperIo() override {
        std::lock_guard lock(m_state->mutex);
        m_state->loopDone = true;
        m_state->cv.notify_all();
    }
    WindowsHelperIo(const WindowsHelperIo&) = delete;
    WindowsHelperIo& operator=(const WindowsHelperIo&) = delete;

    Status wait(std::optional<std::chrono::milliseconds> timeout, std::string& chunk,
                bool wantInput, bool wantOutput) override {
        std::unique_lock lock(m_state->mutex);
        auto writable = [&] {
            return wantOutput && (m_state->writing.empty() || m_state->writeFailed);
        };
        auto readable = [&] {
            return wantInput && (!m_state->chunks.empty() || m_state->ended);
        };
        auto ready = [&] {
            return m_state->stop || writable() || readable();
        };
        if (timeout)
            m_state->cv.wait_for(lock, *timeout, ready);
        else
            m_state->cv.wait(lock, ready);
        if (m_state->stop)
            return Status::Stop;
        if (writable())
            return Status::Writable;
        if (wantInput && !m_state->chunks.empty()) {
            chunk = std::move(m_state->chunks.front());
            m_state->chunks.pop_front();
            m_state->chunkBytes -= chunk.size();
            m_state->cv.notify_all(); // the reader may go on
            return Status::Data;
        }
        if (wantInput && m_state->ended)
            return m_state->readError ? Status::ReadError : Status::End;
        return Status::Timeout;
    }

    std::optional<std::size_t> writeSome(std::string_view bytes) override {
        std::lock_guard lock(m_state->mutex);
        if (m_state->writeFailed)
            return std::nullopt;
        if (!m_state->writing.empty() || bytes.empty())
            return std::size_t(0);
        m_state->writing.assign(bytes.substr(0, kWriteChunk));
        m_state->cv.notify_all();
        return m_state->writing.size();
    }

private:
    IoState* m_state;
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

namespace {

core::Result<std::unique_ptr<HelperIo>> startIo(HANDLE in, HANDLE out, bool overlapped) {
    g_state = new IoState; // lives as long as the process (see IoState)
    if (!SetConsoleCtrlHandler(onConsoleControl, TRUE))
        return iphelper::win32Error(GetLastError(), "SetConsoleCtrlHandler");
    std::thread(readerThread, g_state, in, overlapped).detach();
    std::thread(writerThread, g_state, out, overlapped).detach();
    return std::unique_ptr<HelperIo>(std::make_unique<WindowsHelperIo>(g_state));
}

} // namespace

core::Result<std::unique_ptr<HelperIo>> openPipe(const std::string& name) {
    if (g_state)
        return core::makeError(core::ErrorCode::InvalidArgument, "I/O is already open");
    auto pipe = win::openPipeClient(name);
    if (!pipe)
        return pipe.error();
    // Kept open until the process ends, like the std handles (the threads may still use it).
    const HANDLE h = pipe->release();
    return startIo(h, h, true);
}

void flushOutput(std::chrono::milliseconds timeout) {
    IoState* s = g_state;
    if (!s)
        return;
    std::unique_lock lock(s->mutex);
    s->cv.wait_for(lock, timeout, [s] { return s->writing.empty() || s->writeFailed; });
}

core::Result<std::unique_ptr<HelperIo>> openStdio() {
    if (g_state)
        return core::makeError(core::ErrorCode::InvalidArgument, "stdio is already open");
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    if (in == INVALID_HANDLE_VALUE || in == nullptr)
        return iphelper::win32Error(GetLastError(), "GetStdHandle(STD_INPUT_HANDLE)");
    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if (out == INVALID_HANDLE_VALUE || out == nullptr)
        return iphelper::win32Error(GetLastError(), "GetStdHandle(STD_OUTPUT_HANDLE)");
    return startIo(in, out, false);
}

bool writeLogLine(std::string_view line) {
    return writeAll(2, line);
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

std::string networkNamespace() {
    return {};
}

core::Result<std::string> defaultStateDir(const std::string& /*netns*/) {
    auto folder = win::programDataFolder();
    if (!folder)
        return folder.error();
    const std::wstring base = *folder + L"\\Splitroute";
    // The parent gets the protected DACL; Journal::open creates state itself (inheriting it).
    if (auto d = win::ensureProtectedFolder(base); !d)
        return d.error();
    return win::toUtf8(base + L"\\state");
}

core::Result<void> replaceFile(const std::string& path, const std::string& text, unsigned) {
    return win::replaceFile(win::toWide(path), text);
}

} // namespace helperos

} // namespace splitroute::platform
