// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/RouteBackend.h"
#include "platform/RouteKey.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace splitroute::platform {

/// A RouteBackend over an in-memory table and interface list, for demo mode and for tests
/// that cannot touch a real routing table.
///
/// apply() follows the kernel: adding a route whose key (table, destination, metric) exists
/// fails with Exists (EEXIST); deleting a route that is not there fails with NotFound
/// (ESRCH); naming an interface that does not exist fails with NoDevice (ENODEV); a gateway
/// that no address or on-link route of the interface covers fails with NetUnreachable
/// (ENETUNREACH) unless the route is "onlink". Like the kernel it stops at the first failure
/// and keeps what it applied before it.
///
/// Deletes match like RTM_DELROUTE: by key, and by interface, gateway and protocol when the
/// request names them. Thread-safe.
class SimulatedBackend final : public RouteBackend {
public:
    SimulatedBackend(const core::RouteTable& routes, std::vector<InterfaceInfo> interfaces);
    ~SimulatedBackend() override;

    /// {"interfaces": [{"name", "index", "kind", "up", "mtu", "addresses": ["a/len"]}],
    ///  "routes": [core route JSON]}. Strict: unknown fields are errors.
    [[nodiscard]] static core::Result<std::unique_ptr<SimulatedBackend>>
    fromJson(const nlohmann::json& j);
    /// The same form as fromJson reads, with the current table.
    [[nodiscard]] nlohmann::json toJson() const;

    [[nodiscard]] std::string name() const override { return "simulated"; }
    [[nodiscard]] core::Result<core::RouteTable>
    listRoutes(const ListOptions& options = {}) override;
    [[nodiscard]] core::Result<std::vector<InterfaceInfo>> listInterfaces() override;
    [[nodiscard]] ApplyResult apply(const core::ChangeSet& changes,
                                    const ProgressFn& progress = {}) override;
    [[nodiscard]] core::Result<std::unique_ptr<RouteMonitor>> watch() override;

    /// Failure injection: the change processed after `count` more successful changes (counted
    /// across apply() calls) fails with `error` instead of taking effect. One shot.
    void failAfter(std::size_t count, core::Error error);
    /// Adds or removes an interface (and, on removal, its routes, as the kernel does);
    /// monitors see link and route events.
    void addInterface(InterfaceInfo info);
    bool removeInterface(const std::string& name);
    /// Changes the table outside apply() (another program's routes); monitors see events.
    [[nodiscard]] core::Result<void> addForeignRoute(core::Route r);
    bool removeForeignRoute(const core::Route& r);

    /// Number of changes that took effect through apply() since construction.
    [[nodiscard]] std::size_t changesApplied() const;

    struct MonitorState;

private:
    [[nodiscard]] std::optional<core::Error> applyOne(const core::RouteChange& c);
    void notify(const RouteEvent& e);
    const InterfaceInfo* findInterface(const core::InterfaceName& name, std::uint32_t index) const;

    mutable std::mutex m_mutex;
    RouteIndex m_routes;
    std::vector<InterfaceInfo> m_interfaces;
    std::vector<std::weak_ptr<MonitorState>> m_monitors;
    std::optional<std::pair<std::size_t, core::Error>> m_failure;
    std::size_t m_applied = 0;
};

/// Parses/prints the interface objects used by SimulatedBackend::fromJson.
[[nodiscard]] core::Result<InterfaceInfo> interfaceFromJson(const nlohmann::json& j);
[[nodiscard]] nlohmann::json toJson(const InterfaceInfo& info);
[[nodiscard]] std::optional<InterfaceKind> interfaceKindFromName(std::string_view name);

} // namespace splitroute::platform
