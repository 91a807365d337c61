// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What splitroute-cli waits for on Windows where POSIX polls descriptors and blocks signals:
// an answer on stdin with a deadline (apply's "Keep these routes?") and Ctrl+C while watching.

#include "platform/RouteBackend.h"

#include <chrono>

namespace splitroute::platform::win {

/// Waits up to `timeout` until a line can be read from stdin without blocking for long:
/// a console that got a key press (other console events are discarded), a pipe with data or
/// whose writer is gone, or a file (at once). False on timeout.
[[nodiscard]] bool waitStdinReadable(std::chrono::milliseconds timeout);

/// While it lives, Ctrl+C, Ctrl+Break and closing the console set stopRequested() and wake
/// waitMonitor() instead of ending the process.
class ConsoleStop {
public:
    ConsoleStop();
    ~ConsoleStop();
    ConsoleStop(const ConsoleStop&) = delete;
    ConsoleStop& operator=(const ConsoleStop&) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] static bool stopRequested();
    /// Waits until `monitor` (an IpHelperMonitor) has events or a stop was requested: true
    /// when events wait. An error when `monitor` cannot be waited for.
    [[nodiscard]] core::Result<bool> waitMonitor(RouteMonitor& monitor) const;

private:
    bool m_ok = false;
};

} // namespace splitroute::platform::win
