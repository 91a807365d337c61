// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/ConsoleWait.h"

#include "platform/IpHelperConvert.h"
#include "platform/windows/IpHelperMonitor.h"
#include "platform/windows/WinUtil.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace splitroute::platform::win {

namespace {

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

} // namespace

std::optional<std::string> readStdinLine(std::chrono::milliseconds timeout) {
    struct Shared {
        std::mutex mutex;
        std::condition_variable cv;
        bool done = false;
        bool ok = false;
        std::string line;
    };
    auto shared = std::make_shared<Shared>();
    std::thread([shared] {
        std::string line;
        const bool ok = static_cast<bool>(std::getline(std::cin, line));
        std::lock_guard lock(shared->mutex);
        shared->line = std::move(line);
        shared->ok = ok;
        shared->done = true;
        shared->cv.notify_all();
    }).detach();
    std::unique_lock lock(shared->mutex);
    if (!shared->cv.wait_for(lock, timeout, [&] { return shared->done; }) || !shared->ok)
        return std::nullopt;
    return shared->line;
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
