// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ChangeSet.h"
#include "core/RouteTable.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace splitroute::platform {

/// An address configured on an interface (with its on-link prefix length).
struct InterfaceAddress {
    core::IpAddress address;
    int prefixLength = 0;
    friend bool operator==(const InterfaceAddress&, const InterfaceAddress&) = default;
};

enum class InterfaceKind {
    Loopback,
    Ethernet,
    Wireless,
    Tun,
    Tap,
    WireGuard,
    Ppp,
    Veth,
    Bridge,
    Other
};
[[nodiscard]] const char* interfaceKindName(InterfaceKind k); // "tun", "ethernet", ...
/// Tunnel-like devices whose routes a VPN installs: tun, tap, wireguard, ppp.
[[nodiscard]] bool isTunnelKind(InterfaceKind k);

struct InterfaceInfo {
    std::string name;
    std::uint32_t index = 0;
    InterfaceKind kind = InterfaceKind::Other;
    bool up = false;
    std::uint32_t mtu = 0;
    std::vector<InterfaceAddress> addresses;
    friend bool operator==(const InterfaceInfo&, const InterfaceInfo&) = default;
};

struct ListOptions {
    core::Family family = core::Family::None; ///< None: both families
    std::uint32_t table = 0;                  ///< 0: all tables
};

/// What happened to the change set: how many changes took effect, and the first failure.
/// A backend stops at the first failing change and does not roll back by itself
/// (the helper does that, from its journal).
struct ApplyResult {
    std::size_t applied = 0;
    /// Above `applied` when changes [applied, unknownEnd) may or may not have taken effect
    /// (the kernel's answers were lost, or undoing a batch failed): whoever rolls back must
    /// check those against the table. 0 otherwise.
    std::size_t unknownEnd = 0;
    struct Failure {
        std::size_t index = 0; ///< index in ChangeSet::changes
        core::Error error;     ///< code mapped from errno / Win32 error; sysErrno set
    };
    std::optional<Failure> failure;
    [[nodiscard]] bool ok() const { return !failure; }
};

using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

/// A route or link event seen by a monitor.
struct RouteEvent {
    enum class Kind { RouteAdded, RouteRemoved, LinkAdded, LinkRemoved, LinkChanged };
    Kind kind = Kind::RouteAdded;
    core::Route route;  ///< for route events
    InterfaceInfo link; ///< for link events
};
[[nodiscard]] const char* routeEventKindName(RouteEvent::Kind k);

/// A change feed. fd() is pollable (readable when events wait), so it fits a poll() loop in
/// the CLI and a QSocketNotifier in the GUI; readEvents() never blocks.
class RouteMonitor {
public:
    virtual ~RouteMonitor() = default;
    [[nodiscard]] virtual int fd() const = 0;
    [[nodiscard]] virtual core::Result<std::vector<RouteEvent>> readEvents() = 0;
};

/// The OS routing table: read, change, watch. One implementation per OS, plus a simulation.
class RouteBackend {
public:
    virtual ~RouteBackend() = default;
    [[nodiscard]] virtual std::string name() const = 0; ///< "netlink", "iphelper", "simulated"
    [[nodiscard]] virtual core::Result<core::RouteTable>
    listRoutes(const ListOptions& options = {}) = 0;
    [[nodiscard]] virtual core::Result<std::vector<InterfaceInfo>> listInterfaces() = 0;
    [[nodiscard]] virtual ApplyResult apply(const core::ChangeSet& changes,
                                            const ProgressFn& progress = {}) = 0;
    [[nodiscard]] virtual core::Result<std::unique_ptr<RouteMonitor>> watch() = 0;
};

} // namespace splitroute::platform
