// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/RouteBackend.h"
#include "platform/windows/OwnedRouteStore.h"
#include "platform/windows/WinHeaders.h"

#include <mutex>
#include <vector>

namespace splitroute::platform {

/// Route and interface changes through NotifyRouteChange2 and NotifyIpInterfaceChange.
///
/// The callbacks run on a system thread: they only copy the row into a queue and signal a
/// manual-reset event, so they never block on anything of ours and never call
/// CancelMibChangeNotify2 (which waits for running callbacks: from inside one it deadlocks).
/// The destructor cancels both notifications — that waits for a callback in progress — and
/// only then frees the queue.
///
/// fd() is -1: Windows has no pollable descriptor for these. Wait on eventHandle() instead
/// (WaitForSingleObject / WaitForMultipleObjects, or QWinEventNotifier); it is signalled
/// while events wait and reset by readEvents(). Interface events come once per address
/// family whose IP interface changed.
class IpHelperMonitor final : public RouteMonitor {
public:
    static core::Result<std::unique_ptr<IpHelperMonitor>> start(win::OwnedRouteStore store);
    ~IpHelperMonitor() override;
    IpHelperMonitor(const IpHelperMonitor&) = delete;
    IpHelperMonitor& operator=(const IpHelperMonitor&) = delete;

    [[nodiscard]] int fd() const override { return -1; }
    [[nodiscard]] HANDLE eventHandle() const { return m_event; }
    [[nodiscard]] core::Result<std::vector<RouteEvent>> readEvents() override;

private:
    explicit IpHelperMonitor(win::OwnedRouteStore store);
    static VOID NETIOAPI_API_ onRouteChange(PVOID context, PMIB_IPFORWARD_ROW2 row,
                                            MIB_NOTIFICATION_TYPE type);
    static VOID NETIOAPI_API_ onInterfaceChange(PVOID context, PMIB_IPINTERFACE_ROW row,
                                                MIB_NOTIFICATION_TYPE type);

    struct Pending {
        bool isRoute = true;
        MIB_NOTIFICATION_TYPE type = MibAddInstance;
        MIB_IPFORWARD_ROW2 route{};
        MIB_IPINTERFACE_ROW link{};
    };

    win::OwnedRouteStore m_store;
    HANDLE m_event = nullptr;
    HANDLE m_routeNotify = nullptr;
    HANDLE m_linkNotify = nullptr;
    std::mutex m_mutex; // guards m_pending, shared with the callback thread
    std::vector<Pending> m_pending;
};

} // namespace splitroute::platform
