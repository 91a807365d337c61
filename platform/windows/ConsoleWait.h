// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What splitroute-cli waits for on Windows where POSIX polls descriptors and blocks signals:
// an answer on stdin with a deadline (apply's "Keep these routes?") and Ctrl+C while watching.

#include "platform/RouteBackend.h"

#include <chrono>
#include <optional>
#include <string>

namespace splitroute::platform::win {

/// One line from std::cin, or nullopt when none came within `timeout` or the input ended.
/// A thread reads it: no wait on Windows works for every kind of stdin (a console signals on
/// any event, an anonymous pipe cannot be waited on, under Wine a Unix pipe cannot be
/// peeked). After a timeout the thread stays blocked in the read until a line comes or the
/// process ends; call this once per process (splitroute-cli asks one question).
[[nodiscard]] std::optional<std::string> readStdinLine(std::chrono::milliseconds timeout);

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
