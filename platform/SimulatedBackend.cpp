// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/SimulatedBackend.h"

#include "core/RouteJson.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <deque>
#include <set>

#ifndef _WIN32
#include <sys/eventfd.h>
#include <unistd.h>
#endif

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;

namespace {

core::Error sysError(ErrorCode code, int err, std::string message) {
    core::Error e = makeError(code, std::move(message));
    e.sysErrno = err;
    return e;
}

bool gatewayReachable(const InterfaceInfo& itf, const core::IpAddress& gw,
                      const RouteIndex& routes) {
    for (const auto& a : itf.addresses) {
        if (a.address.family() != gw.family())
            continue;
        auto p =
            core::Prefix::parse(a.address.toString() + "/" + std::to_string(a.prefixLength), true);
        if (p && p->contains(gw))
            return true;
    }
    // An on-link route through the same device (what the kernel's fib_check_nh looks up).
    for (const auto& [key, r] : routes)
        if (r.type == core::RouteType::Unicast && r.gateway.isNull() && !r.isMultipath() &&
            r.interface.str() == itf.name && r.destination.family() == gw.family() &&
            r.destination.contains(gw))
            return true;
    return false;
}

/// What the kernel answers for a gateway no address or on-link route covers: ENETUNREACH
/// for IPv4 (fib_check_nh), EHOSTUNREACH for IPv6 (ip6_route_check_nh).
core::Error unreachableGateway(const core::IpAddress& gw) {
    if (gw.family() == core::Family::V6)
        return sysError(ErrorCode::NetUnreachable, EHOSTUNREACH,
                        "No route to host: gateway " + gw.toString());
    return sysError(ErrorCode::NetUnreachable, ENETUNREACH,
                    "Network is unreachable: gateway " + gw.toString());
}

} // namespace

struct SimulatedBackend::MonitorState {
    std::mutex mutex;
    std::deque<RouteEvent> events;
    int fd = -1; ///< eventfd that wakes poll(); -1 on Windows (no pollable descriptor there)
    ~MonitorState() {
#ifndef _WIN32
        if (fd >= 0)
            ::close(fd);
#endif
    }
};

namespace {
class SimulatedMonitor final : public RouteMonitor {
public:
    explicit SimulatedMonitor(std::shared_ptr<SimulatedBackend::MonitorState> s)
        : m_state(std::move(s)) {}
    [[nodiscard]] int fd() const override { return m_state->fd; }
    [[nodiscard]] core::Result<std::vector<RouteEvent>> readEvents() override {
        std::lock_guard lock(m_state->mutex);
#ifndef _WIN32
        std::uint64_t counter = 0;
        // Non-blocking eventfd: EAGAIN just means nothing was signalled since the last read.
        if (::read(m_state->fd, &counter, sizeof counter) < 0 && errno != EAGAIN)
            return sysError(ErrorCode::System, errno, "reading the monitor's eventfd failed");
#endif
        std::vector<RouteEvent> out(m_state->events.begin(), m_state->events.end());
        m_state->events.clear();
        return out;
    }

private:
    std::shared_ptr<SimulatedBackend::MonitorState> m_state;
};
} // namespace

SimulatedBackend::SimulatedBackend(const core::RouteTable& routes,
                                   std::vector<InterfaceInfo> interfaces)
    : m_interfaces(std::move(interfaces)) {
    for (auto r : routes.routes()) {
        if (r.ifindex == 0)
            if (const auto* itf = findInterface(r.interface, 0))
                r.ifindex = itf->index;
        m_routes.emplace(RouteKey::of(r), std::move(r));
    }
}

SimulatedBackend::~SimulatedBackend() = default;

const InterfaceInfo* SimulatedBackend::findInterface(const core::InterfaceName& name,
                                                     std::uint32_t index) const {
    for (const auto& itf : m_interfaces) {
        if (!name.empty() && itf.name != name.str())
            continue;
        if (name.empty() && itf.index != index)
            continue;
        return &itf;
    }
    return nullptr;
}

core::Result<core::RouteTable> SimulatedBackend::listRoutes(const ListOptions& options) {
    std::lock_guard lock(m_mutex);
    core::RouteTable t;
    t.reserve(m_routes.size());
    for (const auto& [key, r] : m_routes) {
        if (options.family != core::Family::None && r.family() != options.family)
            continue;
        if (options.table != 0 && r.table != options.table)
            continue;
        t.add(r);
    }
    return t;
}

core::Result<std::vector<InterfaceInfo>> SimulatedBackend::listInterfaces() {
    std::lock_guard lock(m_mutex);
    return m_interfaces;
}

std::optional<core::Error> SimulatedBackend::applyOne(const core::RouteChange& c) {
    const core::Route& req = c.route;
    const RouteKey key = RouteKey::of(req);
    if (c.kind == core::ChangeKind::Delete) {
        auto [lo, hi] = m_routes.equal_range(key);
        for (auto it = lo; it != hi; ++it) {
            const core::Route& r = it->second;
            if (!req.interface.empty() && r.interface != req.interface)
                continue;
            if (!req.gateway.isNull() && r.gateway != req.gateway)
                continue;
            if (req.protocol != core::proto::Unspec && r.protocol != req.protocol)
                continue;
            core::Route removed = r;
            m_routes.erase(it);
            notify({RouteEvent::Kind::RouteRemoved, std::move(removed), {}});
            return std::nullopt;
        }
        return sysError(ErrorCode::NotFound, ESRCH, "No such process: no route " + req.toString());
    }

    core::Route r = req;
    if (r.type == core::RouteType::Unicast) {
        if (r.isMultipath()) {
            for (auto& nh : r.nexthops) {
                const InterfaceInfo* itf = findInterface(nh.interface, nh.ifindex);
                if (!itf || (nh.ifindex != 0 && itf->index != nh.ifindex))
                    return sysError(ErrorCode::NoDevice, ENODEV,
                                    "No such device: '" + nh.interface.str() + "'");
                nh.ifindex = itf->index;
                nh.interface = itf->name;
                if (!nh.gateway.isNull() && !(nh.flags & core::routeflag::OnLink) &&
                    !gatewayReachable(*itf, nh.gateway, m_routes))
                    return unreachableGateway(nh.gateway);
            }
        } else {
            if (r.interface.empty() && r.ifindex == 0)
                return sysError(ErrorCode::NoDevice, ENODEV, "No such device: no interface given");
            const InterfaceInfo* itf = findInterface(r.interface, r.ifindex);
            if (!itf || (r.ifindex != 0 && itf->index != r.ifindex))
                return sysError(ErrorCode::NoDevice, ENODEV,
                                "No such device: '" + r.interface.str() + "'");
            r.ifindex = itf->index;
            r.interface = itf->name;
            if (!r.gateway.isNull() && !(r.flags & core::routeflag::OnLink) &&
                !gatewayReachable(*itf, r.gateway, m_routes))
                return unreachableGateway(r.gateway);
        }
    }
    if (m_routes.count(key) != 0)
        return sysError(ErrorCode::Exists, EEXIST, "File exists: " + req.toString());
    m_routes.emplace(key, r);
    notify({RouteEvent::Kind::RouteAdded, std::move(r), {}});
    return std::nullopt;
}

ApplyResult SimulatedBackend::apply(const core::ChangeSet& changes, const ProgressFn& progress) {
    ApplyResult result;
    {
        std::lock_guard lock(m_mutex);
        for (std::size_t i = 0; i < changes.changes.size(); ++i) {
            std::optional<core::Error> err;
            if (m_failure && m_failure->first == 0) {
                err = m_failure->second;
                m_failure.reset();
            } else {
                if (m_failure)
                    --m_failure->first;
                err = applyOne(changes.changes[i]);
            }
            if (err) {
                result.failure = ApplyResult::Failure{i, std::move(*err)};
                break;
            }
            ++result.applied;
            ++m_applied;
            if (progress && result.applied % 256 == 0)
                progress(result.applied, changes.size());
        }
    }
    if (progress)
        progress(result.applied, changes.size());
    return result;
}

core::Result<std::unique_ptr<RouteMonitor>> SimulatedBackend::watch() {
    auto state = std::make_shared<MonitorState>();
#ifndef _WIN32
    state->fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (state->fd < 0)
        return sysError(ErrorCode::System, errno, "eventfd failed");
#endif
    std::lock_guard lock(m_mutex);
    m_monitors.push_back(state);
    return std::unique_ptr<RouteMonitor>(std::make_unique<SimulatedMonitor>(state));
}

void SimulatedBackend::notify(const RouteEvent& e) {
    // Called with m_mutex held.
    for (auto it = m_monitors.begin(); it != m_monitors.end();) {
        auto s = it->lock();
        if (!s) {
            it = m_monitors.erase(it);
            continue;
        }
        {
            std::lock_guard lock(s->mutex);
            s->events.push_back(e);
        }
#ifndef _WIN32
        const std::uint64_t one = 1;
        // Can only fail on counter overflow (2^64-1 signals unread); the event is queued anyway.
        if (::write(s->fd, &one, sizeof one) < 0) {
        }
#endif
        ++it;
    }
}

void SimulatedBackend::failAfter(std::size_t count, core::Error error) {
    std::lock_guard lock(m_mutex);
    m_failure = std::make_pair(count, std::move(error));
}

void SimulatedBackend::addInterface(InterfaceInfo info) {
    std::lock_guard lock(m_mutex);
    m_interfaces.push_back(info);
    notify({RouteEvent::Kind::LinkAdded, {}, std::move(info)});
}

bool SimulatedBackend::removeInterface(const std::string& name) {
    std::lock_guard lock(m_mutex);
    auto it = std::find_if(m_interfaces.begin(), m_interfaces.end(),
                           [&](const InterfaceInfo& i) { return i.name == name; });
    if (it == m_interfaces.end())
        return false;
    InterfaceInfo gone = *it;
    m_interfaces.erase(it);
    for (auto r = m_routes.begin(); r != m_routes.end();) {
        bool uses = r->second.interface.str() == name;
        for (const auto& nh : r->second.nexthops)
            uses = uses || nh.interface.str() == name;
        if (uses) {
            core::Route removed = r->second;
            r = m_routes.erase(r);
            notify({RouteEvent::Kind::RouteRemoved, std::move(removed), {}});
        } else {
            ++r;
        }
    }
    notify({RouteEvent::Kind::LinkRemoved, {}, std::move(gone)});
    return true;
}

core::Result<void> SimulatedBackend::addForeignRoute(core::Route r) {
    std::lock_guard lock(m_mutex);
    if (auto err = applyOne({core::ChangeKind::Add, std::move(r), {}}))
        return *err;
    return {};
}

bool SimulatedBackend::removeForeignRoute(const core::Route& r) {
    std::lock_guard lock(m_mutex);
    return !applyOne({core::ChangeKind::Delete, r, {}}).has_value();
}

std::size_t SimulatedBackend::changesApplied() const {
    std::lock_guard lock(m_mutex);
    return m_applied;
}

std::optional<InterfaceKind> interfaceKindFromName(std::string_view name) {
    for (auto k :
         {InterfaceKind::Loopback, InterfaceKind::Ethernet, InterfaceKind::Wireless,
          InterfaceKind::Tun, InterfaceKind::Tap, InterfaceKind::WireGuard, InterfaceKind::Ppp,
          InterfaceKind::Veth, InterfaceKind::Bridge, InterfaceKind::Other})
        if (name == interfaceKindName(k))
            return k;
    return std::nullopt;
}

json toJson(const InterfaceInfo& info) {
    json addrs = json::array();
    for (const auto& a : info.addresses)
        addrs.push_back(a.address.toString() + "/" + std::to_string(a.prefixLength));
    return {{"name", info.name}, {"index", info.index}, {"kind", interfaceKindName(info.kind)},
            {"up", info.up},     {"mtu", info.mtu},     {"addresses", addrs}};
}

core::Result<InterfaceInfo> interfaceFromJson(const json& j) {
    static const std::set<std::string> known{"name", "index", "kind", "up", "mtu", "addresses"};
    if (!j.is_object())
        return makeError(ErrorCode::Parse, "an interface must be a JSON object");
    for (const auto& [key, value] : j.items())
        if (!known.count(key))
            return makeError(ErrorCode::Parse, "interface field '" + key + "': unknown field");
    InterfaceInfo info;
    if (!j.contains("name") || !j["name"].is_string() || j["name"].get<std::string>().empty())
        return makeError(ErrorCode::Parse, "interface field 'name': required, a string");
    info.name = j["name"].get<std::string>();
    if (!j.contains("index") || !j["index"].is_number_unsigned() ||
        j["index"].get<std::uint64_t>() == 0 || j["index"].get<std::uint64_t>() > 0xffffffffu)
        return makeError(ErrorCode::Parse, "interface field 'index': required, a positive integer");
    info.index = j["index"].get<std::uint32_t>();
    if (j.contains("kind")) {
        auto k = j["kind"].is_string() ? interfaceKindFromName(j["kind"].get<std::string>())
                                       : std::nullopt;
        if (!k)
            return makeError(ErrorCode::Parse, "interface field 'kind': unknown kind");
        info.kind = *k;
    }
    if (j.contains("up")) {
        if (!j["up"].is_boolean())
            return makeError(ErrorCode::Parse, "interface field 'up': expected true or false");
        info.up = j["up"].get<bool>();
    } else {
        info.up = true;
    }
    if (j.contains("mtu")) {
        if (!j["mtu"].is_number_unsigned() || j["mtu"].get<std::uint64_t>() > 0xffffffffu)
            return makeError(ErrorCode::Parse, "interface field 'mtu': expected an integer");
        info.mtu = j["mtu"].get<std::uint32_t>();
    }
    if (j.contains("addresses")) {
        if (!j["addresses"].is_array())
            return makeError(ErrorCode::Parse, "interface field 'addresses': expected an array");
        for (const auto& a : j["addresses"]) {
            if (!a.is_string())
                return makeError(ErrorCode::Parse, "interface address: expected \"a.b.c.d/len\"");
            const auto text = a.get<std::string>();
            const auto slash = text.find('/');
            auto addr = core::IpAddress::parse(text.substr(0, slash));
            int len = -1;
            if (slash != std::string::npos) {
                const char* b = text.data() + slash + 1;
                const char* e = text.data() + text.size();
                auto [ptr, ec] = std::from_chars(b, e, len);
                if (ec != std::errc() || ptr != e)
                    len = -1;
            }
            if (!addr || len < 0 || len > core::familyBits(addr->family()))
                return makeError(ErrorCode::Parse, "interface address '" + text + "': invalid");
            info.addresses.push_back({*addr, len});
        }
    }
    return info;
}

core::Result<std::unique_ptr<SimulatedBackend>> SimulatedBackend::fromJson(const json& j) {
    if (!j.is_object())
        return makeError(ErrorCode::Parse, "expected {\"interfaces\": [...], \"routes\": [...]}");
    for (const auto& [key, value] : j.items())
        if (key != "interfaces" && key != "routes")
            return makeError(ErrorCode::Parse, "field '" + key + "': unknown field");
    std::vector<InterfaceInfo> interfaces;
    if (j.contains("interfaces")) {
        if (!j["interfaces"].is_array())
            return makeError(ErrorCode::Parse, "field 'interfaces': expected an array");
        std::set<std::string> names;
        std::set<std::uint32_t> indices;
        for (const auto& i : j["interfaces"]) {
            auto info = interfaceFromJson(i);
            if (!info)
                return info.error();
            if (!names.insert(info->name).second || !indices.insert(info->index).second)
                return makeError(ErrorCode::InvalidArgument,
                                 "interface '" + info->name + "': duplicate name or index");
            interfaces.push_back(std::move(info).value());
        }
    }
    core::RouteTable routes;
    if (j.contains("routes")) {
        auto t = core::routeTableFromJson(j["routes"]);
        if (!t)
            return t.error();
        routes = std::move(t).value();
    }
    return std::make_unique<SimulatedBackend>(std::move(routes), std::move(interfaces));
}

json SimulatedBackend::toJson() const {
    std::lock_guard lock(m_mutex);
    json itfs = json::array();
    for (const auto& i : m_interfaces)
        itfs.push_back(platform::toJson(i));
    json routes = json::array();
    for (const auto& [key, r] : m_routes)
        routes.push_back(core::toJson(r));
    return {{"interfaces", itfs}, {"routes", routes}};
}

} // namespace splitroute::platform
