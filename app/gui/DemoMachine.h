// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/TableSource.h"

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace splitroute::platform {
class RouteBackend;
struct InterfaceInfo;
} // namespace splitroute::platform

namespace splitroute::app {

class MessageSink;

/// The demo: a laptop before and after connecting a full-tunnel VPN (resources/demo), the
/// "after" one running on a simulated backend that applies changes.
class DemoMachine {
public:
    DemoMachine();
    ~DemoMachine();
    DemoMachine(const DemoMachine&) = delete;
    DemoMachine& operator=(const DemoMachine&) = delete;

    /// The directory of the bundled demo data (installed, else the source tree's); empty when
    /// not found.
    [[nodiscard]] static QString dataDir();
    /// The demo laptop's interfaces: loopback, Wi-Fi, a docker bridge that is down, and the
    /// OpenVPN tun device.
    [[nodiscard]] static std::vector<platform::InterfaceInfo> interfaces();

    /// Starts a new demo machine and gives its source (kind Demo: the table before, the
    /// simulated machine's table, the corporate profile on tun0). Nullopt when the data is
    /// missing or unreadable (said through `sink`).
    [[nodiscard]] std::optional<TableSource> open(MessageSink* sink);
    /// Reads `source`'s table again from the machine (after an apply or a revert).
    void reload(TableSource& source) const;

    /// The simulated backend of the last demo opened (null: none).
    [[nodiscard]] platform::RouteBackend* backend() const { return m_backend.get(); }
    /// Counts the demos opened: what was applied to one demo is not another's to revert.
    [[nodiscard]] int generation() const { return m_generation; }
    /// The machine (interfaces and current table) in the helper's --simulate form.
    [[nodiscard]] nlohmann::json toJson() const;

private:
    std::unique_ptr<platform::RouteBackend> m_backend; ///< a platform::SimulatedBackend
    int m_generation = 0;
};

} // namespace splitroute::app
