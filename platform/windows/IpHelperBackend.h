// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IpHelperConvert.h"
#include "platform/RouteBackend.h"
#include "platform/windows/OwnedRouteStore.h"

#include <string>

namespace splitroute::platform {

/// RouteBackend over the Windows IP Helper API (iphlpapi).
///
/// Reading: GetIpForwardTable2(AF_UNSPEC) into Routes whose metric is the route metric plus
/// the interface metric (GetIpInterfaceEntry) — the sum Windows compares and `route print`
/// shows — and whose interface is the alias (ConvertInterfaceLuidToAlias). Windows has one
/// table: every route is unicast in table main; asking for another table lists nothing.
///
/// Changing: each change becomes a MIB_IPFORWARD_ROW2 (InitializeIpForwardEntry) keyed on
/// the interface LUID, created with CreateIpForwardEntry2 (Protocol RouteProtocolNetMgmt,
/// Origin NlroManual) or removed with DeleteIpForwardEntry2. The interface is found by alias
/// first (indexes change across reboots, aliases do not), then an interface address (as
/// `route print` names interfaces) or "0x12" (a hex index), then the index; a gateway route without
/// an interface goes where GetBestRoute2 sends the gateway; a delete without one takes the only
/// route with that destination and next hop. Every route created is written to the owned-routes
/// record (OwnedRouteStore) before it is created, and removed from it once deleted, so listRoutes
/// reports exactly those as proto::Splitroute.
///
/// A record that cannot be read (corrupt, unreadable) fails apply() at change 0 before
/// anything is touched; listRoutes() still lists, with nothing marked as ours.
/// Needs an elevated process for changes (else PermissionDenied from ERROR_ACCESS_DENIED).
class IpHelperBackend final : public RouteBackend {
public:
    /// recordPath empty: %ProgramData%\Splitroute\owned-routes.json.
    explicit IpHelperBackend(std::wstring recordPath = {});

    [[nodiscard]] std::string name() const override { return "iphelper"; }
    [[nodiscard]] core::Result<core::RouteTable>
    listRoutes(const ListOptions& options = {}) override;
    [[nodiscard]] core::Result<std::vector<InterfaceInfo>> listInterfaces() override;
    [[nodiscard]] ApplyResult apply(const core::ChangeSet& changes,
                                    const ProgressFn& progress = {}) override;
    /// A RouteMonitor whose fd() is -1: on Windows wait on IpHelperMonitor::eventHandle().
    [[nodiscard]] core::Result<std::unique_ptr<RouteMonitor>> watch() override;

    [[nodiscard]] const win::OwnedRouteStore& ownedRouteStore() const { return m_store; }
    /// The last failure to read or write the owned-routes record that did not fail the call
    /// itself (listRoutes on an unreadable record, the final rewrite after apply). Empty message:
    /// none.
    [[nodiscard]] const core::Error& lastRecordError() const { return m_recordError; }

private:
    win::OwnedRouteStore m_store;
    core::Error m_recordError{core::ErrorCode::Internal, {}, {}, 0};
};

} // namespace splitroute::platform
