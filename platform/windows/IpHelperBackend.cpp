// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/IpHelperBackend.h"

#include "platform/windows/IpHelperMonitor.h"
#include "platform/windows/WinUtil.h"

#include <charconv>
#include <map>
#include <tuple>

namespace splitroute::platform {

using iphelper::ForwardRow;
using iphelper::InterfaceRef;
using iphelper::OwnedRoute;
using iphelper::OwnedRouteRecord;

namespace {

ADDRESS_FAMILY afFor(core::Family f) {
    return f == core::Family::V4 ? AF_INET : f == core::Family::V6 ? AF_INET6 : AF_UNSPEC;
}

bool sameRow(const MIB_IPFORWARD_ROW2& mib, const core::Route& route) {
    const ForwardRow row = win::forwardRowFromMib(mib);
    auto r = iphelper::routeFromForwardRow(row);
    return r && r->destination == route.destination && r->gateway == route.gateway;
}

/// The interface holding address a (route print names interfaces by their address).
std::optional<NET_LUID> luidOfAddress(const core::IpAddress& a) {
    PMIB_UNICASTIPADDRESS_TABLE raw = nullptr;
    const DWORD err = GetUnicastIpAddressTable(afFor(a.family()), &raw);
    win::MibTablePtr<MIB_UNICASTIPADDRESS_TABLE> table(raw);
    if (err != NO_ERROR)
        return std::nullopt;
    for (ULONG i = 0; i < table->NumEntries; ++i)
        if (win::addressFromSockaddr(table->Table[i].Address) == a)
            return table->Table[i].InterfaceLuid;
    return std::nullopt;
}

/// The one route in the table with this destination and next hop, for deletes that name no
/// interface.
core::Result<NET_LUID> luidOfExistingRoute(const core::Route& route) {
    PMIB_IPFORWARD_TABLE2 raw = nullptr;
    const DWORD err = GetIpForwardTable2(afFor(route.family()), &raw);
    win::MibTablePtr<MIB_IPFORWARD_TABLE2> table(raw);
    if (err != NO_ERROR)
        return iphelper::win32Error(err, "GetIpForwardTable2");
    std::vector<NET_LUID> found;
    for (ULONG i = 0; i < table->NumEntries; ++i)
        if (sameRow(table->Table[i], route))
            found.push_back(table->Table[i].InterfaceLuid);
    if (found.empty())
        return core::makeError(core::ErrorCode::NotFound, "no route " + route.nextHopText() +
                                                              " to " +
                                                              route.destination.toString());
    if (found.size() > 1)
        return core::makeError(core::ErrorCode::InvalidArgument,
                               "route to " + route.destination.toString() + " " +
                                   route.nextHopText() + " exists on " +
                                   std::to_string(found.size()) + " interfaces: name one");
    return found.front();
}

/// "0x12" (an interface index in hex, as some `route print` dumps name interfaces).
std::optional<NET_IFINDEX> hexIndex(const std::string& name) {
    if (name.size() < 3 || name.size() > 10 || name[0] != '0' || (name[1] != 'x' && name[1] != 'X'))
        return std::nullopt;
    NET_IFINDEX v = 0;
    auto [p, ec] = std::from_chars(name.data() + 2, name.data() + name.size(), v, 16);
    if (ec != std::errc() || p != name.data() + name.size())
        return std::nullopt;
    return v;
}

/// Interfaces already resolved in one apply(), by (name, index, family): a change set of
/// thousands of routes names a handful of interfaces.
using ResolveCache = std::map<std::tuple<std::string, std::uint32_t, int>, InterfaceRef>;

/// Finds the interface a change goes to (see IpHelperBackend's comment for the order) and
/// its index, alias and metric for the route's family.
core::Result<InterfaceRef> resolveInterface(const core::RouteChange& change, ResolveCache& cache) {
    const core::Route& route = change.route;
    const std::string& name = route.interface.str();
    const auto cacheKey = std::make_tuple(name, route.ifindex, static_cast<int>(route.family()));
    if (!name.empty() || route.ifindex != 0)
        if (auto it = cache.find(cacheKey); it != cache.end())
            return it->second;
    std::optional<NET_LUID> luid;
    if (!name.empty()) {
        NET_LUID l{};
        const std::wstring wide = win::toWide(name);
        if (ConvertInterfaceAliasToLuid(wide.c_str(), &l) == NO_ERROR)
            luid = l;
        else if (auto addr = core::IpAddress::parse(name); addr)
            luid = luidOfAddress(*addr);
        else if (auto index = hexIndex(name);
                 index && ConvertInterfaceIndexToLuid(*index, &l) == NO_ERROR)
            luid = l;
        if (!luid && route.ifindex == 0)
            return core::makeError(core::ErrorCode::NoDevice, "no interface \"" + name + "\"");
    }
    if (!luid && route.ifindex != 0) {
        NET_LUID l{};
        const DWORD err = ConvertInterfaceIndexToLuid(route.ifindex, &l);
        if (err != NO_ERROR) {
            core::Error e =
                iphelper::win32Error(err, "ConvertInterfaceIndexToLuid",
                                     "interface index " + std::to_string(route.ifindex));
            e.code = core::ErrorCode::NoDevice;
            return e;
        }
        luid = l;
    }
    const bool named = luid.has_value();
    if (!luid && change.kind == core::ChangeKind::Add && !route.gateway.isNull()) {
        // Where Windows would send the gateway itself: the interface it is on-link through.
        const SOCKADDR_INET dest = win::sockaddrFromAddress(route.gateway);
        MIB_IPFORWARD_ROW2 best;
        SOCKADDR_INET source;
        const DWORD err = GetBestRoute2(nullptr, 0, nullptr, &dest, 0, &best, &source);
        if (err != NO_ERROR)
            return iphelper::win32Error(err, "GetBestRoute2",
                                        "no route to gateway " + route.gateway.toString());
        luid = best.InterfaceLuid;
    }
    if (!luid && change.kind == core::ChangeKind::Delete) {
        auto existing = luidOfExistingRoute(route);
        if (!existing)
            return existing.error();
        luid = *existing;
    }
    if (!luid)
        return core::makeError(core::ErrorCode::InvalidArgument,
                               "route to " + route.destination.toString() + " names no interface");

    InterfaceRef ref;
    ref.luid = luid->Value;
    NET_IFINDEX index = 0;
    if (const DWORD err = ConvertInterfaceLuidToIndex(&*luid, &index); err != NO_ERROR)
        return iphelper::win32Error(err, "ConvertInterfaceLuidToIndex");
    ref.ifIndex = index;
    WCHAR alias[IF_MAX_STRING_SIZE + 1] = {};
    if (const DWORD err = ConvertInterfaceLuidToAlias(&*luid, alias, IF_MAX_STRING_SIZE + 1);
        err != NO_ERROR)
        return iphelper::win32Error(err, "ConvertInterfaceLuidToAlias");
    ref.alias = win::toUtf8(alias);

    MIB_IPINTERFACE_ROW ip{}; // key fields only (see InterfaceCache::metric)
    ip.Family = afFor(route.family());
    ip.InterfaceLuid = *luid;
    if (const DWORD err = GetIpInterfaceEntry(&ip); err == NO_ERROR) {
        ref.interfaceMetric = ip.Metric;
    } else if (change.kind == core::ChangeKind::Add) {
        // ERROR_NOT_FOUND here: the interface exists but has no IP interface of this family
        // (IPv6 unbound from the adapter, say). Deletes do not need the metric.
        return iphelper::win32Error(err, "GetIpInterfaceEntry",
                                    std::string(core::familyName(route.family())) + " on \"" +
                                        ref.alias + "\"");
    }
    if (named)
        cache.emplace(cacheKey, ref);
    return ref;
}

} // namespace

IpHelperBackend::IpHelperBackend(std::wstring recordPath) : m_store(std::move(recordPath)) {}

core::Result<core::RouteTable> IpHelperBackend::listRoutes(const ListOptions& options) {
    if (options.table != 0 && options.table != core::table::Main)
        return core::RouteTable{}; // Windows has a single routing table
    PMIB_IPFORWARD_TABLE2 raw = nullptr;
    const DWORD err = GetIpForwardTable2(afFor(options.family), &raw);
    win::MibTablePtr<MIB_IPFORWARD_TABLE2> table(raw);
    if (err != NO_ERROR)
        return iphelper::win32Error(err, "GetIpForwardTable2");

    OwnedRouteRecord owned;
    if (auto rec = m_store.load(); rec)
        owned = std::move(*rec);
    else
        m_recordError = rec.error(); // list anyway; nothing is shown as ours then

    win::InterfaceCache cache;
    if (auto loaded = cache.loadMetrics(); !loaded)
        return loaded.error();
    core::RouteTable out;
    out.reserve(table->NumEntries);
    for (ULONG i = 0; i < table->NumEntries; ++i) {
        const MIB_IPFORWARD_ROW2& mib = table->Table[i];
        ForwardRow row = win::forwardRowFromMib(mib);
        row.alias = cache.alias(mib.InterfaceLuid);
        // No IP interface of the family (it left between the two reads): the route metric
        // alone is the best that can be said.
        row.interfaceMetric =
            cache.metric(mib.DestinationPrefix.Prefix.si_family, mib.InterfaceLuid).value_or(0);
        const bool ours = owned.contains(iphelper::ownedRouteFromRow(row));
        auto route = iphelper::routeFromForwardRow(row, ours);
        if (route) // other families than IPv4/IPv6 are not modelled
            out.add(std::move(*route));
    }
    return out;
}

core::Result<std::vector<InterfaceInfo>> IpHelperBackend::listInterfaces() {
    PMIB_IF_TABLE2 ifRaw = nullptr;
    DWORD err = GetIfTable2(&ifRaw);
    win::MibTablePtr<MIB_IF_TABLE2> ifTable(ifRaw);
    if (err != NO_ERROR)
        return iphelper::win32Error(err, "GetIfTable2");

    PMIB_UNICASTIPADDRESS_TABLE addrRaw = nullptr;
    err = GetUnicastIpAddressTable(AF_UNSPEC, &addrRaw);
    win::MibTablePtr<MIB_UNICASTIPADDRESS_TABLE> addrTable(addrRaw);
    if (err != NO_ERROR)
        return iphelper::win32Error(err, "GetUnicastIpAddressTable");
    std::map<std::uint64_t, std::vector<InterfaceAddress>> addresses;
    for (ULONG i = 0; i < addrTable->NumEntries; ++i) {
        const MIB_UNICASTIPADDRESS_ROW& a = addrTable->Table[i];
        const core::IpAddress addr = win::addressFromSockaddr(a.Address);
        if (!addr.isNull())
            addresses[a.InterfaceLuid.Value].push_back({addr, a.OnLinkPrefixLength});
    }

    // GetIfTable2 also lists NDIS filter and other pseudo interfaces ("...-WFP Native MAC
    // Layer LightWeight Filter-0000"): only interfaces with an IP interface can carry routes.
    win::InterfaceCache cache;
    if (auto loaded = cache.loadMetrics(); !loaded)
        return loaded.error();
    std::vector<InterfaceInfo> out;
    for (ULONG i = 0; i < ifTable->NumEntries; ++i) {
        const MIB_IF_ROW2& r = ifTable->Table[i];
        if (r.InterfaceAndOperStatusFlags.FilterInterface)
            continue;
        if (!cache.metric(AF_INET, r.InterfaceLuid) && !cache.metric(AF_INET6, r.InterfaceLuid))
            continue;
        InterfaceInfo info;
        info.name = win::toUtf8(r.Alias);
        info.index = r.InterfaceIndex;
        info.kind = iphelper::interfaceKindFromWindows(r.Type, win::toUtf8(r.Description));
        info.up = r.OperStatus == IfOperStatusUp;
        info.mtu = r.Mtu;
        if (auto it = addresses.find(r.InterfaceLuid.Value); it != addresses.end())
            info.addresses = it->second;
        out.push_back(std::move(info));
    }
    return out;
}

ApplyResult IpHelperBackend::apply(const core::ChangeSet& changes, const ProgressFn& progress) {
    ApplyResult result;
    const std::size_t n = changes.size();

    // Resolve every change first (interface, metric, row); a change that cannot be resolved
    // fails when its turn comes, after the ones before it were applied.
    std::vector<std::optional<ForwardRow>> rows(n);
    std::vector<core::Error> errors(n);
    ResolveCache resolved;
    for (std::size_t i = 0; i < n; ++i) {
        auto iface = resolveInterface(changes.changes[i], resolved);
        if (!iface) {
            errors[i] = iface.error();
            continue;
        }
        auto row = iphelper::forwardRowFromRoute(changes.changes[i].route, *iface);
        if (!row) {
            errors[i] = row.error();
            continue;
        }
        rows[i] = std::move(*row);
    }

    std::vector<iphelper::RecordedChange> recorded(n);
    for (std::size_t i = 0; i < n; ++i) {
        recorded[i].kind = changes.changes[i].kind;
        if (rows[i])
            recorded[i].route = iphelper::ownedRouteFromRow(*rows[i]);
    }
    auto loaded = m_store.load();
    if (!loaded) {
        result.failure = ApplyResult::Failure{0, loaded.error()};
        return result;
    }
    const OwnedRouteRecord before = std::move(*loaded);
    const OwnedRouteRecord intent = iphelper::recordIntent(before, recorded);
    if (!(intent == before)) {
        if (auto saved = m_store.save(intent); !saved) {
            result.failure = ApplyResult::Failure{0, saved.error()};
            return result;
        }
    }

    for (std::size_t i = 0; i < n; ++i) {
        const core::RouteChange& change = changes.changes[i];
        if (!rows[i]) {
            result.failure = ApplyResult::Failure{i, errors[i]};
            break;
        }
        MIB_IPFORWARD_ROW2 mib;
        InitializeIpForwardEntry(&mib);
        win::fillMib(*rows[i], mib);
        DWORD err = NO_ERROR;
        if (change.kind == core::ChangeKind::Add) {
            // The mark of a route we created (with the record): NetMgmt, manual origin.
            // MinGW's C++ headers need the enumerator, not the MIB_IPPROTO_NETMGMT macro.
            mib.Protocol = RouteProtocolNetMgmt;
            mib.Origin = NlroManual;
            err = CreateIpForwardEntry2(&mib);
        } else {
            err = DeleteIpForwardEntry2(&mib);
        }
        if (err != NO_ERROR) {
            result.failure =
                ApplyResult::Failure{i, iphelper::win32Error(err,
                                                             change.kind == core::ChangeKind::Add
                                                                 ? "CreateIpForwardEntry2"
                                                                 : "DeleteIpForwardEntry2",
                                                             change.route.toString())};
            break;
        }
        ++result.applied;
        if (progress)
            progress(result.applied, n);
    }

    // The file then names exactly the routes of ours that exist.
    const OwnedRouteRecord after = iphelper::recordAfterApply(before, recorded, result.applied);
    if (!(after == intent)) {
        if (auto saved = m_store.save(after); !saved)
            m_recordError = saved.error(); // the intent stays: a superset, still safe
    }
    return result;
}

core::Result<std::unique_ptr<RouteMonitor>> IpHelperBackend::watch() {
    auto monitor = IpHelperMonitor::start(m_store);
    if (!monitor)
        return monitor.error();
    return std::unique_ptr<RouteMonitor>(std::move(*monitor));
}

} // namespace splitroute::platform
