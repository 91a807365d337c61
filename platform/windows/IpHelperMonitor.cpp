// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/IpHelperMonitor.h"

#include "platform/IpHelperConvert.h"
#include "platform/windows/WinUtil.h"

namespace splitroute::platform {

IpHelperMonitor::IpHelperMonitor(win::OwnedRouteStore store) : m_store(std::move(store)) {}

core::Result<std::unique_ptr<IpHelperMonitor>> IpHelperMonitor::start(win::OwnedRouteStore store) {
    std::unique_ptr<IpHelperMonitor> m(new IpHelperMonitor(std::move(store)));
    m->m_event = CreateEventW(nullptr, TRUE, FALSE, nullptr); // manual reset, not signalled
    if (!m->m_event)
        return iphelper::win32Error(GetLastError(), "CreateEventW");
    DWORD err = NotifyRouteChange2(AF_UNSPEC, &IpHelperMonitor::onRouteChange, m.get(), FALSE,
                                   &m->m_routeNotify);
    if (err != NO_ERROR)
        return iphelper::win32Error(err, "NotifyRouteChange2");
    err = NotifyIpInterfaceChange(AF_UNSPEC, &IpHelperMonitor::onInterfaceChange, m.get(), FALSE,
                                  &m->m_linkNotify);
    if (err != NO_ERROR)
        return iphelper::win32Error(err, "NotifyIpInterfaceChange");
    return m;
}

IpHelperMonitor::~IpHelperMonitor() {
    // Cancelling waits for a callback that is running; afterwards none will start, so the
    // queue and the event can go. (Never from inside a callback: that would wait on itself.)
    // A failed cancel leaves nothing to do but close the event anyway.
    if (m_routeNotify)
        CancelMibChangeNotify2(m_routeNotify);
    if (m_linkNotify)
        CancelMibChangeNotify2(m_linkNotify);
    if (m_event)
        CloseHandle(m_event);
}

VOID NETIOAPI_API_ IpHelperMonitor::onRouteChange(PVOID context, PMIB_IPFORWARD_ROW2 row,
                                                  MIB_NOTIFICATION_TYPE type) {
    auto* self = static_cast<IpHelperMonitor*>(context);
    if (!row || type == MibInitialNotification)
        return;
    Pending p;
    p.isRoute = true;
    p.type = type;
    p.route = *row;
    std::lock_guard lock(self->m_mutex);
    self->m_pending.push_back(p);
    SetEvent(self->m_event); // cannot fail for a valid handle; nothing to report from here
}

VOID NETIOAPI_API_ IpHelperMonitor::onInterfaceChange(PVOID context, PMIB_IPINTERFACE_ROW row,
                                                      MIB_NOTIFICATION_TYPE type) {
    auto* self = static_cast<IpHelperMonitor*>(context);
    if (!row || type == MibInitialNotification)
        return;
    Pending p;
    p.isRoute = false;
    p.type = type;
    p.link = *row;
    std::lock_guard lock(self->m_mutex);
    self->m_pending.push_back(p);
    SetEvent(self->m_event);
}

core::Result<std::vector<RouteEvent>> IpHelperMonitor::readEvents() {
    std::vector<Pending> batch;
    {
        // Reset under the lock the callbacks signal under: no event is lost between the two.
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
        if (!ResetEvent(m_event))
            return iphelper::win32Error(GetLastError(), "ResetEvent");
    }
    std::vector<RouteEvent> events;
    if (batch.empty())
        return events;

    iphelper::OwnedRouteRecord owned;
    if (auto rec = m_store.load(); rec) // unreadable record: events show no route as ours
        owned = std::move(*rec);
    win::InterfaceCache cache;
    if (auto loaded = cache.loadMetrics(); !loaded)
        return loaded.error();
    events.reserve(batch.size());
    for (Pending& p : batch) {
        RouteEvent ev;
        if (p.isRoute) {
            // A delete notification carries the key fields only; for an add the entry is read
            // again for metric, protocol and origin — unless it is already gone again.
            MIB_IPFORWARD_ROW2 full = p.route;
            if (p.type != MibDeleteInstance && GetIpForwardEntry2(&full) != NO_ERROR)
                full = p.route;
            ev.kind = p.type == MibDeleteInstance ? RouteEvent::Kind::RouteRemoved
                                                  : RouteEvent::Kind::RouteAdded;
            iphelper::ForwardRow row = win::forwardRowFromMib(full);
            row.alias = cache.alias(full.InterfaceLuid);
            row.interfaceMetric =
                cache.metric(full.DestinationPrefix.Prefix.si_family, full.InterfaceLuid)
                    .value_or(0);
            auto route = iphelper::routeFromForwardRow(
                row, owned.contains(iphelper::ownedRouteFromRow(row)));
            if (!route)
                continue;
            ev.route = std::move(*route);
        } else {
            ev.kind = p.type == MibAddInstance      ? RouteEvent::Kind::LinkAdded
                      : p.type == MibDeleteInstance ? RouteEvent::Kind::LinkRemoved
                                                    : RouteEvent::Kind::LinkChanged;
            ev.link.index = p.link.InterfaceIndex;
            ev.link.name = cache.alias(p.link.InterfaceLuid);
            MIB_IF_ROW2 ifRow{};
            ifRow.InterfaceLuid = p.link.InterfaceLuid;
            if (GetIfEntry2(&ifRow) == NO_ERROR) { // gone already for a removal
                ev.link.kind =
                    iphelper::interfaceKindFromWindows(ifRow.Type, win::toUtf8(ifRow.Description));
                ev.link.up = ifRow.OperStatus == IfOperStatusUp;
                ev.link.mtu = ifRow.Mtu;
            }
        }
        events.push_back(std::move(ev));
    }
    return events;
}

} // namespace splitroute::platform
