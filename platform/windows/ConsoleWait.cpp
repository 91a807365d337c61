// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/ConsoleWait.h"

#include "platform/IpHelperConvert.h"
#include "platform/windows/IpHelperMonitor.h"
#include "platform/windows/WinUtil.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <thread>
#include <vector>

namespace splitroute::platform::win {

namespace {

using Clock = std::chrono::steady_clock;

std::atomic<bool> g_stop{false};
HANDLE g_stopEvent = nullptr; // manual-reset, made once, lives as long as the process

BOOL WINAPI onConsoleControl(DWORD type) {
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    g_stop = true;
    if (g_stopEvent)
        SetEvent(g_stopEvent);
    return TRUE;
}

/// Console input: key presses make a line; focus, mouse and resize events are read away so
/// they do not wake the wait again.
bool consoleHasKey(HANDLE in) {
    DWORD count = 0;
    if (!GetNumberOfConsoleInputEvents(in, &count) || count == 0)
        return false;
    std::vector<INPUT_RECORD> records(count);
    DWORD got = 0;
    if (!PeekConsoleInputW(in, records.data(), count, &got))
        return true; // let the reader find out
    for (DWORD i = 0; i < got; ++i)
        if (records[i].EventType == KEY_EVENT && records[i].Event.KeyEvent.bKeyDown &&
            records[i].Event.KeyEvent.uChar.UnicodeChar != 0)
            return true;
    ReadConsoleInputW(in, records.data(), got, &got); // only non-key events: drop them
    return false;
}

} // namespace

bool waitStdinReadable(std::chrono::milliseconds timeout) {
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    if (in == nullptr || in == INVALID_HANDLE_VALUE)
        return true; // no stdin: reading it ends at once
    const auto deadline = Clock::now() + timeout;
    const DWORD type = GetFileType(in);
    DWORD mode = 0;
    const bool console = type == FILE_TYPE_CHAR && GetConsoleMode(in, &mode);
    if (!console && type != FILE_TYPE_PIPE)
        return true; // a file or NUL: never blocks for long
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return false;
        if (console) {
            if (WaitForSingleObject(in, static_cast<DWORD>(left.count())) != WAIT_OBJECT_0)
                return false;
            if (consoleHasKey(in))
                return true;
            continue;
        }
        // Pipes cannot be waited on: peek every 50 ms.
        DWORD avail = 0;
        if (!PeekNamedPipe(in, nullptr, 0, nullptr, &avail, nullptr) || avail > 0)
            return true; // data, or the writer is gone (the read sees the end)
        std::this_thread::sleep_for(
            std::min<std::chrono::milliseconds>(left, std::chrono::milliseconds(50)));
    }
}

ConsoleStop::ConsoleStop() {
    g_stop = false;
    if (!g_stopEvent)
        g_stopEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    else
        ResetEvent(g_stopEvent);
    m_ok = g_stopEvent && SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

ConsoleStop::~ConsoleStop() {
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
}

bool ConsoleStop::stopRequested() {
    return g_stop;
}

core::Result<bool> ConsoleStop::waitMonitor(RouteMonitor& monitor) const {
    auto* ip = dynamic_cast<IpHelperMonitor*>(&monitor);
    if (!ip)
        return core::makeError(core::ErrorCode::Unsupported,
                               "this monitor has no event handle to wait on");
    const std::array<HANDLE, 2> handles{ip->eventHandle(), g_stopEvent};
    const DWORD w = WaitForMultipleObjects(2, handles.data(), FALSE, INFINITE);
    if (w == WAIT_OBJECT_0)
        return true;
    if (w == WAIT_OBJECT_0 + 1)
        return false;
    return iphelper::win32Error(GetLastError(), "WaitForMultipleObjects");
}

} // namespace splitroute::platform::win
