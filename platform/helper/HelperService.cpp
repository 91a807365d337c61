// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/helper/HelperService.h"

#include "core/RouteJson.h"
#include "core/plan/KeptPolicy.h"
#include "platform/helper/HelperOs.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;

namespace {

constexpr std::size_t kMaxIfName = 15; // IFNAMSIZ - 1
constexpr std::size_t kMaxReason = 1024;
constexpr std::size_t kListedLimit = 100; // routes listed in a verification report

core::Error protocolError(std::string message) {
    return makeError(ErrorCode::Protocol, std::move(message));
}

std::int64_t unixNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// "2 adds, 1 delete: add 203.0.113.0/24 via 192.168.1.1 dev eth0, ... (and 97 more)": what
/// a transaction changes, for the log.
std::string describeChanges(const core::ChangeSet& cs) {
    constexpr std::size_t kShown = 5;
    std::size_t adds = 0;
    for (const auto& c : cs.changes)
        adds += c.kind == core::ChangeKind::Add;
    const std::size_t deletes = cs.changes.size() - adds;
    std::string out = std::to_string(adds) + (adds == 1 ? " add, " : " adds, ") +
                      std::to_string(deletes) + (deletes == 1 ? " delete: " : " deletes: ");
    for (std::size_t i = 0; i < cs.changes.size() && i < kShown; ++i)
        out += std::string(i ? ", " : "") + core::changeKindName(cs.changes[i].kind) + " " +
               cs.changes[i].route.toString();
    if (cs.changes.size() > kShown)
        out += " (and " + std::to_string(cs.changes.size() - kShown) + " more)";
    return out;
}

bool isKernelOrRedirect(std::uint8_t p) {
    return p == core::proto::Kernel || p == core::proto::Redirect;
}

} // namespace

json HelperService::ReconcileReport::toJson() const {
    return {{"applied", applied}, {"skipped", skipped}, {"failures", failures}, {"verify", verify}};
}

HelperService::HelperService(RouteBackend& backend, HelperOptions options, Emit emit, Log log)
    : m_backend(backend), m_options(std::move(options)), m_emit(std::move(emit)),
      m_log(std::move(log)) {
    if (!m_log)
        m_log = [](const std::string&) {
        };
}

core::Result<void> HelperService::start() {
    auto opened = m_journal.open(m_options.stateDir);
    if (!opened)
        return opened;
    m_started = true;
    auto pending = m_journal.readPending();
    if (!pending) {
        // An unreadable journal cannot be rolled back; keep it for a person and go on.
        m_log("unreadable journal: " + pending.error().message);
        auto q = m_journal.quarantinePending(0);
        m_recovery = {{"error", core::errorCodeName(pending.error().code)},
                      {"message", pending.error().message},
                      {"quarantined", q.ok()}};
        return {};
    }
    if (!*pending)
        return {};
    const JournalRecord& rec = **pending;
    if (!rec.netns.empty() && rec.netns != m_options.netns) {
        // Its routes are in another namespace's table: undoing them here would change routes
        // that merely look alike. A helper started in that namespace finishes it.
        m_foreignPendingNetns = rec.netns;
        m_log("journal.json holds transaction " + std::to_string(rec.transaction) +
              " of network namespace " + rec.netns + ", not this one (" + describeNetns() +
              "): left alone");
        m_recovery = {{"error", "other-namespace"},
                      {"message", "journal.json holds transaction " +
                                      std::to_string(rec.transaction) + " of network namespace " +
                                      rec.netns +
                                      "; start the helper in that namespace to roll "
                                      "it back"},
                      {"transaction", rec.transaction},
                      {"netns", rec.netns}};
        return {};
    }
    auto last = m_journal.readLast();
    if (last && *last && (*last)->transaction == rec.transaction) {
        // Crashed between committing last-applied.json and removing journal.json: the
        // transaction was confirmed, nothing to roll back.
        m_log("transaction " + std::to_string(rec.transaction) +
              " was confirmed; dropping its journal");
        auto r = m_journal.removePending();
        if (!r)
            return r.error();
        return {};
    }
    m_log("found unfinished transaction " + std::to_string(rec.transaction) + " (" +
          journalStateName(rec.state) + ", " + std::to_string(rec.changes) +
          " changes): rolling it back");
    ReconcileReport report = reconcile(rec.inverse);
    ++m_generation;
    bool clean = report.failures.empty();
    auto done = clean ? m_journal.removePending() : m_journal.quarantinePending(rec.transaction);
    m_recovery = {{"transaction", rec.transaction},
                  {"state", journalStateName(rec.state)},
                  {"changes", rec.changes},
                  {"rolledBack", report.toJson()},
                  {"journalRemoved", clean && done.ok()}};
    m_log("rollback of transaction " + std::to_string(rec.transaction) + ": " +
          std::to_string(report.applied) + " undone, " + std::to_string(report.skipped) +
          " already undone, " + std::to_string(report.failures.size()) + " failed");
    if (!done)
        return done.error();
    return {};
}

std::string HelperService::describeNetns() const {
    return m_options.netns.empty() ? std::string("no network namespace: a simulated table")
                                   : m_options.netns;
}

void HelperService::respond(const json& id, json body) {
    body["id"] = id;
    body["ok"] = true;
    m_emit(body);
}

void HelperService::respondError(const json& id, const core::Error& e,
                                 std::optional<std::size_t> index, json extra) {
    json err{{"code", core::errorCodeName(e.code)}, {"message", e.message}};
    if (index)
        err["index"] = *index;
    if (e.sysErrno != 0)
        err["errno"] = e.sysErrno;
    json body = extra.is_object() ? std::move(extra) : json::object();
    body["id"] = id;
    body["ok"] = false;
    body["error"] = std::move(err);
    m_emit(body);
}

void HelperService::handleOversizedLine() {
    respondError(nullptr, makeError(ErrorCode::OutOfRange,
                                    "request line longer than " +
                                        std::to_string(m_options.maxLineBytes) + " bytes"));
}

void HelperService::handleLine(std::string_view line, Clock::time_point now) {
    if (line.size() > m_options.maxLineBytes) {
        handleOversizedLine();
        return;
    }
    const protocol::DecodeLimits limits{m_options.maxChanges, m_options.maxConfirmTimeout};
    auto envelope = protocol::decodeEnvelope(line, limits);
    if (auto* bad = std::get_if<protocol::DecodeError>(&envelope)) {
        respondError(bad->id, bad->error);
        return;
    }
    const protocol::Envelope& env = std::get<protocol::Envelope>(envelope);
    const json& id = env.id;
    if (env.method != protocol::method::Hello && !m_helloDone) {
        respondError(id, protocolError("send \"hello\" first"));
        return;
    }
    auto decoded = protocol::decodeRequest(env, limits);
    if (auto* e = std::get_if<core::Error>(&decoded)) {
        respondError(id, *e);
        return;
    }
    try {
        std::visit(
            [&](const auto& request) {
                using T = std::decay_t<decltype(request)>;
                if constexpr (std::is_same_v<T, protocol::HelloRequest>)
                    doHello(id);
                else if constexpr (std::is_same_v<T, protocol::ListRequest>)
                    doList(id, request);
                else if constexpr (std::is_same_v<T, protocol::ApplyRequest>)
                    doApply(id, request, now);
                else if constexpr (std::is_same_v<T, protocol::ConfirmRequest>)
                    doConfirm(id, request);
                else if constexpr (std::is_same_v<T, protocol::RevertRequest>)
                    doRevert(id, request);
                else if constexpr (std::is_same_v<T, protocol::KeepRequest>)
                    doKeep(id, request);
                else if constexpr (std::is_same_v<T, protocol::ForgetRequest>)
                    doForget(id, request);
                else
                    doStatus(id, now);
            },
            std::get<protocol::Request>(decoded));
    } catch (const std::exception& ex) {
        // Only a bug (or memory exhaustion) gets here; the request fails, the helper lives.
        m_log(std::string("internal error: ") + ex.what());
        respondError(id,
                     makeError(ErrorCode::Internal, std::string("internal error: ") + ex.what()));
    }
}

void HelperService::doHello(const json& id) {
    m_helloDone = true;
    respond(id, {{"version", protocol::kVersion},
                 {"backend", m_backend.name()},
                 {"limits",
                  {{"maxChanges", m_options.maxChanges},
                   {"maxLineBytes", m_options.maxLineBytes},
                   {"maxNextHops", m_options.maxNextHops},
                   {"maxConfirmTimeout", m_options.maxConfirmTimeout}}},
                 {"pending", m_pending ? json(m_pending->record.transaction) : json(nullptr)},
                 {"netns", m_options.netns.empty() ? json(nullptr) : json(m_options.netns)},
                 {"recovered", m_recovery}});
}

void HelperService::doList(const json& id, const protocol::ListRequest& req) {
    const ListOptions& opts = req.options;
    auto routes = m_backend.listRoutes(opts);
    if (!routes)
        return respondError(id, routes.error());
    respond(id, {{"routes", core::toJson(*routes)}});
}

std::variant<core::ChangeSet, HelperService::RequestError>
HelperService::validateChanges(const json& changes) {
    auto fail = [](std::size_t i, ErrorCode code, const std::string& msg) {
        return RequestError{makeError(code, "changes[" + std::to_string(i) + "]: " + msg), i};
    };
    if (!changes.is_array())
        return RequestError{protocolError("\"changes\" must be an array"), {}};
    if (changes.size() > m_options.maxChanges)
        return RequestError{
            makeError(ErrorCode::OutOfRange, "more than " + std::to_string(m_options.maxChanges) +
                                                 " changes in one request"),
            {}};
    auto itfs = m_backend.listInterfaces();
    if (!itfs)
        return RequestError{itfs.error(), {}};
    std::map<std::string, const InterfaceInfo*, std::less<>> byName;
    for (const auto& i : *itfs)
        byName.emplace(i.name, &i);
    auto live = m_backend.listRoutes();
    if (!live)
        return RequestError{live.error(), {}};
    RouteIndex running = indexRoutes(*live);

    // "onlink" makes the kernel take any address as a neighbour on the link. Allowed on
    // tunnels (point-to-point), for gateways inside the interface's own subnets, and for a
    // gateway some route on that interface already uses onlink (cloud hosts' default routes
    // often do, and a bypass route copies them).
    std::optional<std::set<std::pair<std::string, core::IpAddress>>> onlinkInUse;
    auto onLinkAllowed = [&](const InterfaceInfo& itf, const core::IpAddress& gw) {
        if (gw.isNull() || isTunnelKind(itf.kind))
            return true;
        for (const auto& a : itf.addresses)
            if (a.address.family() == gw.family() &&
                core::Prefix(a.address, a.prefixLength).contains(gw))
                return true;
        if (!onlinkInUse) {
            onlinkInUse.emplace();
            for (const auto& lr : live->routes()) {
                if (lr.isMultipath()) {
                    for (const auto& nh : lr.nexthops)
                        if ((lr.flags | nh.flags) & core::routeflag::OnLink)
                            onlinkInUse->emplace(nh.interface.str(), nh.gateway);
                } else if (lr.flags & core::routeflag::OnLink) {
                    onlinkInUse->emplace(lr.interface.str(), lr.gateway);
                }
            }
        }
        return onlinkInUse->count({itf.name, gw}) > 0;
    };

    // Interface names are checked on the raw JSON, before parsing interns them: a client
    // must not be able to grow the process-wide name pool with made-up names.
    auto knownName = [&](const json& obj, std::size_t i) -> std::optional<RequestError> {
        if (!obj.is_object() || !obj.contains("interface") || !obj["interface"].is_string())
            return std::nullopt;
        const auto& name = obj["interface"].get_ref<const std::string&>();
        if (name.empty())
            return std::nullopt;
        if (name.size() > kMaxIfName)
            return fail(i, ErrorCode::NoDevice, "interface name longer than 15 bytes");
        if (!byName.count(name))
            return fail(i, ErrorCode::NoDevice, "no interface named '" + name + "'");
        return std::nullopt;
    };

    core::ChangeSet out;
    out.changes.reserve(changes.size());
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const json& cj = changes[i];
        if (cj.is_object() && cj.contains("route")) {
            const json& rj = cj["route"];
            if (auto e = knownName(rj, i))
                return *e;
            if (rj.is_object() && rj.contains("nexthops") && rj["nexthops"].is_array() &&
                rj["nexthops"].size() > m_options.maxNextHops)
                return fail(i, ErrorCode::OutOfRange,
                            "more than " + std::to_string(m_options.maxNextHops) +
                                " next hops in one route");
            if (rj.is_object() && rj.contains("nexthops") && rj["nexthops"].is_array())
                for (const auto& nh : rj["nexthops"])
                    if (auto e = knownName(nh, i))
                        return *e;
        }
        auto parsed = core::routeChangeFromJson(cj);
        if (!parsed)
            return fail(i, parsed.error().code, parsed.error().message);
        core::RouteChange c = std::move(parsed).value();
        core::Route& r = c.route;
        if (c.reason.size() > kMaxReason)
            return fail(i, ErrorCode::OutOfRange, "reason longer than 1024 bytes");
        if (r.type != core::RouteType::Unicast)
            return fail(i, ErrorCode::Forbidden,
                        std::string("only unicast routes; this one is ") + routeTypeName(r.type));
        if (r.table == 0 || r.table == core::table::Local)
            return fail(i, ErrorCode::Forbidden,
                        "table " + core::tableName(r.table) + " is not allowed");
        if (r.destination.isDefault() && r.table == core::table::Main)
            return fail(i, ErrorCode::Forbidden, "the main table's default route is never changed");
        if (r.scope != core::scope::Universe && r.scope != core::scope::Link)
            return fail(i, ErrorCode::Forbidden, "scope must be global or link");
        if (r.flags & core::routeflag::LinkDown)
            return fail(i, ErrorCode::InvalidArgument, "\"linkdown\" is a state, not a request");
        if (!r.preferredSource.isNull() && r.preferredSource.family() != r.family())
            return fail(i, ErrorCode::InvalidArgument,
                        "prefsrc family differs from the destination's");
        if (!r.gateway.isNull() && r.gateway.isUnspecified())
            return fail(i, ErrorCode::InvalidArgument,
                        "gateway must not be the unspecified address");
        // Every next hop names an existing interface; the route's ifindex is filled from it.
        auto resolve = [&](const core::InterfaceName& name, std::uint32_t& ifindex,
                           const core::IpAddress& gw, bool onlink) -> std::optional<RequestError> {
            if (name.empty())
                return fail(i, ErrorCode::InvalidArgument, "\"interface\" is required");
            auto it = byName.find(name.str());
            if (it == byName.end())
                return fail(i, ErrorCode::NoDevice, "no interface named '" + name.str() + "'");
            if (ifindex != 0 && ifindex != it->second->index)
                return fail(i, ErrorCode::NoDevice,
                            "ifindex " + std::to_string(ifindex) + " is not " + name.str() + "'s");
            if (!gw.isNull() && (gw.family() != r.family() || gw.isUnspecified()))
                return fail(i, ErrorCode::InvalidArgument, "next-hop gateway of the wrong family");
            if (c.kind == core::ChangeKind::Add && onlink && !onLinkAllowed(*it->second, gw))
                return fail(i, ErrorCode::Forbidden,
                            "onlink via " + gw.toString() + " on " + name.str() +
                                ": the gateway is outside the interface's subnets and no route "
                                "on it uses that gateway onlink");
            ifindex = it->second->index;
            return std::nullopt;
        };
        if (r.isMultipath()) {
            if (!r.interface.empty() || !r.gateway.isNull())
                return fail(i, ErrorCode::InvalidArgument,
                            "a multipath route names its next hops only in \"nexthops\"");
            for (auto& nh : r.nexthops)
                if (auto e = resolve(nh.interface, nh.ifindex, nh.gateway,
                                     ((r.flags | nh.flags) & core::routeflag::OnLink) != 0))
                    return *e;
        } else if (auto e = resolve(r.interface, r.ifindex, r.gateway,
                                    (r.flags & core::routeflag::OnLink) != 0)) {
            return *e;
        }
        // The kernel stores an IPv6 route given metric 0 with metric 1024 (and takes 0 as
        // "any" on delete); use the stored value so journal, verification and rollback match.
        if (r.family() == core::Family::V6 && r.metric == 0)
            r.metric = 1024;
        const RouteKey key = RouteKey::of(r);

        if (c.kind == core::ChangeKind::Add) {
            if (r.protocol != core::proto::Splitroute)
                return fail(i, ErrorCode::Forbidden,
                            "routes added through the helper must carry protocol splitroute (157)");
            running.emplace(key, r);
            out.changes.push_back(std::move(c));
            continue;
        }

        // A delete removes one live route: find it, and judge the policy on what is really
        // there, not on what the request claims about it.
        auto [lo, hi] = running.equal_range(key);
        auto found = hi;
        for (auto it = lo; it != hi; ++it)
            if (sameRoute(it->second, r) &&
                (r.protocol == core::proto::Unspec || it->second.protocol == r.protocol)) {
                found = it;
                break;
            }
        if (found == hi)
            return fail(i, ErrorCode::NotFound, "no such route: " + r.toString());
        const core::Route& liveRoute = found->second;
        if (liveRoute.type != core::RouteType::Unicast)
            return fail(i, ErrorCode::Forbidden, "only unicast routes are removed");
        if (liveRoute.protocol != core::proto::Splitroute) {
            bool tunnel = true;
            auto onTunnel = [&](const core::InterfaceName& n) {
                auto it = byName.find(n.str());
                return it != byName.end() && isTunnelKind(it->second->kind);
            };
            if (liveRoute.isMultipath()) {
                for (const auto& nh : liveRoute.nexthops)
                    tunnel = tunnel && onTunnel(nh.interface);
            } else {
                tunnel = onTunnel(liveRoute.interface);
            }
            if (!tunnel)
                return fail(i, ErrorCode::Forbidden,
                            "route " + liveRoute.toString() +
                                " was not added by splitroute and is not on a tunnel device");
            if (isKernelOrRedirect(liveRoute.protocol))
                return fail(i, ErrorCode::Forbidden,
                            "route " + liveRoute.toString() +
                                " belongs to the kernel (the tunnel's own subnet)");
        }
        c.route = liveRoute;
        running.erase(found);
        out.changes.push_back(std::move(c));
    }
    return out;
}

json HelperService::verify(const core::ChangeSet& changes) {
    struct Expectation {
        core::Route route;
        bool present;
    };
    std::vector<Expectation> exps;
    std::multimap<RouteKey, std::size_t> byKey;
    for (const auto& c : changes.changes) {
        const RouteKey key = RouteKey::of(c.route);
        bool merged = false;
        auto [lo, hi] = byKey.equal_range(key);
        for (auto it = lo; it != hi && !merged; ++it)
            if (sameRoute(exps[it->second].route, c.route)) {
                exps[it->second] = {c.route, c.kind == core::ChangeKind::Add};
                merged = true;
            }
        if (!merged) {
            byKey.emplace(key, exps.size());
            exps.push_back({c.route, c.kind == core::ChangeKind::Add});
        }
    }
    auto live = m_backend.listRoutes();
    if (!live)
        return {{"verified", false},
                {"error",
                 {{"code", core::errorCodeName(live.error().code)},
                  {"message", live.error().message}}}};
    RouteIndex idx = indexRoutes(*live);
    json missing = json::array();
    json unexpected = json::array();
    std::size_t nMissing = 0;
    std::size_t nUnexpected = 0;
    for (const auto& e : exps) {
        bool found = false;
        auto [lo, hi] = idx.equal_range(RouteKey::of(e.route));
        for (auto it = lo; it != hi && !found; ++it)
            found =
                sameRoute(it->second, e.route) && (e.route.protocol != core::proto::Splitroute ||
                                                   it->second.protocol == core::proto::Splitroute);
        if (e.present && !found && nMissing++ < kListedLimit)
            missing.push_back(core::toJson(e.route));
        if (!e.present && found && nUnexpected++ < kListedLimit)
            unexpected.push_back(core::toJson(e.route));
    }
    json out{{"verified", nMissing == 0 && nUnexpected == 0}};
    if (nMissing)
        out["missing"] = missing, out["missingCount"] = nMissing;
    if (nUnexpected)
        out["unexpected"] = unexpected, out["unexpectedCount"] = nUnexpected;
    return out;
}

ProgressFn HelperService::progressEvents(std::size_t total) {
    if (total < 1000)
        return {};
    const std::size_t step = std::max<std::size_t>(256, total / 100);
    auto lastReported = std::make_shared<std::size_t>(0);
    return [this, step, lastReported](std::size_t done, std::size_t all) {
        if (done == all || done >= *lastReported + step) {
            *lastReported = done;
            m_emit({{"event", "progress"}, {"done", done}, {"total", all}});
        }
    };
}

HelperService::ReconcileReport HelperService::reconcile(const core::ChangeSet& inverse,
                                                        const ProgressFn& progress) {
    ReconcileReport report;
    auto live = m_backend.listRoutes();
    auto itfs = m_backend.listInterfaces();
    if (!live || !itfs) {
        const core::Error& e = !live ? live.error() : itfs.error();
        report.failures.push_back({{"code", core::errorCodeName(e.code)}, {"message", e.message}});
        report.verify = {{"verified", false}};
        return report;
    }
    std::map<std::string, std::uint32_t, std::less<>> indexOf;
    for (const auto& i : *itfs)
        indexOf.emplace(i.name, i.index);
    RouteIndex idx = indexRoutes(*live);
    core::ChangeSet remaining;
    for (const auto& c : inverse.changes) {
        const RouteKey key = RouteKey::of(c.route);
        auto [lo, hi] = idx.equal_range(key);
        if (c.kind == core::ChangeKind::Delete) {
            auto found = hi;
            for (auto it = lo; it != hi && found == hi; ++it)
                if (sameRoute(it->second, c.route) && it->second.protocol == c.route.protocol)
                    found = it;
            if (found == hi) {
                ++report.skipped; // never added, or already gone
                continue;
            }
            remaining.changes.push_back({core::ChangeKind::Delete, found->second, c.reason});
            idx.erase(found);
        } else {
            if (lo != hi) {
                ++report.skipped; // never deleted (or its key was taken since)
                continue;
            }
            core::RouteChange add = c;
            // A tunnel device recreated since has a new index: re-add by name.
            auto refresh = [&](const core::InterfaceName& n, std::uint32_t& ifindex) {
                auto it = indexOf.find(n.str());
                if (it != indexOf.end())
                    ifindex = it->second;
            };
            refresh(add.route.interface, add.route.ifindex);
            for (auto& nh : add.route.nexthops)
                refresh(nh.interface, nh.ifindex);
            idx.emplace(key, add.route);
            remaining.changes.push_back(std::move(add));
        }
    }
    std::size_t start = 0;
    while (start < remaining.changes.size()) {
        core::ChangeSet rest;
        rest.changes.assign(remaining.changes.begin() + static_cast<long>(start),
                            remaining.changes.end());
        ProgressFn restProgress;
        if (progress)
            restProgress = [&](std::size_t done, std::size_t) {
                progress(start + done, remaining.changes.size());
            };
        ApplyResult ar = m_backend.apply(rest, restProgress);
        report.applied += ar.applied;
        if (ar.ok())
            break;
        const auto& f = *ar.failure;
        json fj{{"change", core::toJson(rest.changes[f.index])},
                {"code", core::errorCodeName(f.error.code)},
                {"message", f.error.message}};
        if (f.error.sysErrno)
            fj["errno"] = f.error.sysErrno;
        report.failures.push_back(std::move(fj));
        start += f.index + 1;
    }
    report.verify = verify(inverse);
    return report;
}

json HelperService::undo(const core::ChangeSet& inverse) {
    ReconcileReport report = reconcile(inverse);
    ++m_generation;
    return report.toJson();
}

core::Result<std::optional<JournalRecord>> HelperService::lastApplied() const {
    return m_journal.readLast();
}

void HelperService::doApply(const json& id, const protocol::ApplyRequest& req,
                            Clock::time_point now) {
    if (m_pending)
        return respondError(id, protocolError("transaction " +
                                              std::to_string(m_pending->record.transaction) +
                                              " awaits confirmation: confirm or revert it first"));
    if (!m_foreignPendingNetns.empty())
        return respondError(id, makeError(ErrorCode::Forbidden,
                                          "the journal holds an unfinished transaction of network "
                                          "namespace " +
                                              m_foreignPendingNetns + " (this helper works in " +
                                              describeNetns() +
                                              "): start the helper in that namespace first"));
    const std::uint32_t timeout = req.confirmTimeout;
    const auto tStart = Clock::now();
    auto validated = validateChanges(*req.changes);
    if (auto* err = std::get_if<RequestError>(&validated))
        return respondError(id, err->error, err->index);
    core::ChangeSet cs = std::move(std::get<core::ChangeSet>(validated));
    if (cs.empty())
        return respond(id, {{"transaction", nullptr},
                            {"applied", 0},
                            {"confirmed", true},
                            {"verify", {{"verified", true}}}});

    JournalRecord rec;
    auto tx = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(
                                             std::chrono::system_clock::now().time_since_epoch())
                                             .count());
    rec.transaction = std::max(tx, m_lastTransaction + 1);
    m_lastTransaction = rec.transaction;
    rec.state = JournalRecord::State::Applying;
    rec.createdAt = unixNow();
    rec.confirmDeadline = timeout ? rec.createdAt + timeout : 0;
    rec.peerUid = m_options.peerUid;
    rec.netns = m_options.netns;
    rec.changes = cs.size();
    rec.inverse = cs.inverse();
    if (auto w = m_journal.writePending(rec); !w)
        return respondError(id, w.error());

    m_log("transaction " + std::to_string(rec.transaction) + ": applying " +
          std::to_string(cs.size()) + " changes" +
          (m_options.peerUid ? " for uid " + std::to_string(*m_options.peerUid) : std::string()) +
          (m_options.netns.empty() ? std::string() : " in " + m_options.netns) + ": " +
          describeChanges(cs));
    ++m_generation;
    const ProgressFn progress = progressEvents(cs.size());
    const auto tJournal = Clock::now();
    ApplyResult ar = m_backend.apply(cs, progress);
    const auto tApplied = Clock::now();
    if (!ar.ok()) {
        const auto& f = *ar.failure;
        // What took effect, and what may have (the backend lost the kernel's answers): the
        // rollback checks every change against the live table, so it undoes exactly those.
        core::ChangeSet applied;
        const std::size_t touched =
            std::min(cs.changes.size(), std::max(ar.applied, ar.unknownEnd));
        applied.changes.assign(cs.changes.begin(), cs.changes.begin() + static_cast<long>(touched));
        ReconcileReport report = reconcile(applied.inverse());
        json before = verify(rec.inverse);
        const bool clean = report.failures.empty();
        auto done =
            clean ? m_journal.removePending() : m_journal.quarantinePending(rec.transaction);
        if (!done)
            m_log("journal: " + done.error().message);
        m_log("transaction " + std::to_string(rec.transaction) + " failed at change " +
              std::to_string(f.index) + ": " + f.error.message + "; rolled back " +
              std::to_string(report.applied));
        core::Error e = f.error;
        e.message = "changes[" + std::to_string(f.index) + "] (" +
                    core::changeKindName(cs.changes[f.index].kind) + " " +
                    cs.changes[f.index].route.toString() + "): " + e.message;
        return respondError(id, e, f.index,
                            {{"transaction", rec.transaction},
                             {"applied", ar.applied},
                             {"rolledBack", report.toJson()},
                             {"verify", before}});
    }
    json verified = verify(cs);
    if (!verified.value("verified", false)) {
        // The table does not hold what the kernel acknowledged: something changed the request
        // on its way, or another program raced it. Nothing unexplained stays.
        ReconcileReport report = reconcile(rec.inverse);
        const bool clean = report.failures.empty();
        auto done =
            clean ? m_journal.removePending() : m_journal.quarantinePending(rec.transaction);
        if (!done)
            m_log("journal: " + done.error().message);
        m_log("transaction " + std::to_string(rec.transaction) +
              ": the table read back does not match what was applied (" + verified.dump() +
              "); rolled back " + std::to_string(report.applied));
        return respondError(id,
                            makeError(ErrorCode::System,
                                      "the routing table read back after applying does not hold "
                                      "what was applied; the transaction was rolled back"),
                            {},
                            {{"transaction", rec.transaction},
                             {"applied", ar.applied},
                             {"verify", verified},
                             {"rolledBack", report.toJson()}});
    }
    auto ms = [](Clock::duration d) {
        return std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(d).count());
    };
    m_log("transaction " + std::to_string(rec.transaction) + ": validated and journaled in " +
          ms(tJournal - tStart) + " ms, applied in " + ms(tApplied - tJournal) +
          " ms, verified in " + ms(Clock::now() - tApplied) + " ms");
    if (timeout == 0) {
        if (auto c = m_journal.commitPending(rec); !c) {
            ReconcileReport report = reconcile(rec.inverse);
            if (report.failures.empty())
                (void)m_journal.removePending().ok();
            return respondError(
                id, c.error(), {},
                {{"transaction", rec.transaction}, {"rolledBack", report.toJson()}});
        }
        return respond(id, {{"transaction", rec.transaction},
                            {"applied", ar.applied},
                            {"confirmed", true},
                            {"verify", verified}});
    }
    rec.state = JournalRecord::State::Pending;
    if (auto w = m_journal.writePending(rec); !w) {
        ReconcileReport report = reconcile(rec.inverse);
        if (report.failures.empty())
            (void)m_journal.removePending().ok();
        return respondError(id, w.error(), {},
                            {{"transaction", rec.transaction}, {"rolledBack", report.toJson()}});
    }
    m_pending = Pending{rec, now + std::chrono::seconds(timeout)};
    m_deadline = m_pending->deadline;
    respond(id, {{"transaction", rec.transaction},
                 {"applied", ar.applied},
                 {"confirmed", false},
                 {"confirmTimeout", timeout},
                 {"verify", verified}});
}

void HelperService::doConfirm(const json& id, const protocol::ConfirmRequest& req) {
    const auto& tx = req.transaction;
    if (!m_pending || (tx && *tx != m_pending->record.transaction))
        return respondError(id, makeError(ErrorCode::NotFound,
                                          "no transaction awaits confirmation (it may have "
                                          "been reverted when its deadline passed)"));
    if (auto c = m_journal.commitPending(m_pending->record); !c)
        return respondError(id, c.error());
    const auto done = m_pending->record.transaction;
    m_log("transaction " + std::to_string(done) + " confirmed");
    m_pending.reset();
    m_deadline.reset();
    respond(id, {{"transaction", done}, {"confirmed", true}});
}

HelperService::ReconcileReport HelperService::revertPending(const std::string& reason) {
    const JournalRecord rec = m_pending->record;
    m_pending.reset();
    m_deadline.reset();
    ReconcileReport report = reconcile(rec.inverse, progressEvents(rec.inverse.size()));
    ++m_generation;
    auto done = report.failures.empty() ? m_journal.removePending()
                                        : m_journal.quarantinePending(rec.transaction);
    if (!done)
        m_log("journal: " + done.error().message);
    m_log("transaction " + std::to_string(rec.transaction) + " reverted (" + reason +
          "): " + std::to_string(report.applied) + " undone, " +
          std::to_string(report.failures.size()) + " failed");
    return report;
}

void HelperService::doRevert(const json& id, const protocol::RevertRequest& req) {
    const auto& tx = req.transaction;
    if (m_pending && (!tx || *tx == m_pending->record.transaction)) {
        const auto t = m_pending->record.transaction;
        ReconcileReport report = revertPending("request");
        json body{{"transaction", t}, {"target", "pending"}, {"reverted", report.toJson()}};
        if (!report.failures.empty())
            return respondError(
                id, makeError(ErrorCode::System, "some changes could not be undone"), {}, body);
        return respond(id, body);
    }
    if (req.target == protocol::RevertRequest::Target::Pending)
        return respondError(id,
                            makeError(ErrorCode::NotFound, "no transaction awaits confirmation"));
    auto last = m_journal.readLast();
    if (!last)
        return respondError(id, last.error());
    if (!*last || (tx && *tx != (*last)->transaction))
        return respondError(id, makeError(ErrorCode::NotFound, "no applied transaction to revert"));
    const JournalRecord& rec = **last;
    if (!rec.netns.empty() && rec.netns != m_options.netns)
        return respondError(id,
                            makeError(ErrorCode::Forbidden,
                                      "the last applied transaction changed network namespace " +
                                          rec.netns + ", not this one (" + describeNetns() +
                                          "): revert it from a helper in that namespace"));
    m_log("reverting confirmed transaction " + std::to_string(rec.transaction));
    ReconcileReport report = reconcile(rec.inverse, progressEvents(rec.inverse.size()));
    ++m_generation;
    json body{{"transaction", rec.transaction}, {"target", "last"}, {"reverted", report.toJson()}};
    if (!report.failures.empty())
        return respondError(id, makeError(ErrorCode::System, "some changes could not be undone"),
                            {}, body);
    if (auto r = m_journal.removeLast(); !r)
        return respondError(id, r.error(), {}, body);
    respond(id, body);
}

void HelperService::doStatus(const json& id, Clock::time_point now) {
    json pending = nullptr;
    if (m_pending) {
        auto left = std::chrono::duration_cast<std::chrono::seconds>(m_pending->deadline - now);
        pending = {{"transaction", m_pending->record.transaction},
                   {"changes", m_pending->record.changes},
                   {"secondsLeft", std::max<long long>(0, left.count())}};
    }
    json last = nullptr;
    if (auto l = m_journal.readLast(); l && *l)
        last = {{"transaction", (*l)->transaction},
                {"changes", (*l)->changes},
                {"createdAt", (*l)->createdAt}};
    respond(id, {{"backend", m_backend.name()},
                 {"version", protocol::kVersion},
                 {"pending", pending},
                 {"lastApplied", last},
                 {"peerUid", m_options.peerUid ? json(*m_options.peerUid) : json(nullptr)}});
}

void HelperService::doKeep(const json& id, const protocol::KeepRequest& req) {
    if (m_options.keepDir.empty())
        return respondError(id, makeError(ErrorCode::Unsupported,
                                          "kept policies are not supported on this system"));
    auto kept = core::KeptPolicy::fromJson(*req.policy);
    if (!kept)
        return respondError(id, kept.error());
    // Written as the keeper will read it back: canonical, owned by root, mode 0644.
    const std::string text = kept->serialize();
    if (text.size() > (std::size_t(16) << 20))
        return respondError(id, makeError(ErrorCode::OutOfRange, "kept policy larger than 16 MiB"));
    std::error_code ec;
    if (!std::filesystem::is_directory(m_options.keepDir, ec)) {
        std::filesystem::create_directories(m_options.keepDir, ec);
        if (ec)
            return respondError(id, makeError(ErrorCode::Io, "cannot create " + m_options.keepDir +
                                                                 ": " + ec.message()));
        std::filesystem::permissions(m_options.keepDir, std::filesystem::perms(0755), ec);
    }
    const std::string path = m_options.keepDir + "/" + kept->fileName();
    const bool existed = std::filesystem::exists(std::filesystem::symlink_status(path, ec));
    if (auto w = helperos::replaceFile(path, text, 0644); !w)
        return respondError(id, w.error());
    m_log("keep " + kept->name + ": wrote " + path +
          (m_options.peerUid ? " for uid " + std::to_string(*m_options.peerUid) : std::string()) +
          " (match " + core::keptMatchKindName(kept->match.kind) + " " + kept->match.value + ", " +
          std::to_string(kept->policy.rules.size()) + " rules)");
    respond(id, {{"name", kept->name}, {"file", path}, {"replaced", existed}});
}

void HelperService::doForget(const json& id, const protocol::ForgetRequest& req) {
    if (m_options.keepDir.empty())
        return respondError(id, makeError(ErrorCode::Unsupported,
                                          "kept policies are not supported on this system"));
    if (!core::isValidKeptName(req.name))
        return respondError(id, makeError(ErrorCode::InvalidArgument,
                                          "not a kept policy name: \"" + req.name + "\""));
    const std::string path = m_options.keepDir + "/" + req.name + ".json";
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
        return respondError(id, makeError(ErrorCode::NotFound, "no kept policy " + req.name));
    if (!std::filesystem::remove(path, ec) || ec)
        return respondError(
            id, makeError(ErrorCode::Io, "cannot remove " + path + ": " + ec.message()));
    m_log("forget " + req.name + ": removed " + path +
          (m_options.peerUid ? " for uid " + std::to_string(*m_options.peerUid) : std::string()) +
          "; the keeper undoes what it applied for it");
    respond(id, {{"name", req.name}, {"file", path}, {"removed", true}});
}

void HelperService::tick(Clock::time_point now) {
    if (!m_pending || now < m_pending->deadline)
        return;
    const auto tx = m_pending->record.transaction;
    ReconcileReport report = revertPending("timeout");
    m_emit({{"event", "reverted"},
            {"reason", "timeout"},
            {"transaction", tx},
            {"report", report.toJson()}});
}

void HelperService::shutdown(const std::string& reason) {
    if (!m_pending)
        return;
    const auto tx = m_pending->record.transaction;
    ReconcileReport report = revertPending(reason);
    m_emit({{"event", "reverted"},
            {"reason", reason},
            {"transaction", tx},
            {"report", report.toJson()}});
}

} // namespace splitroute::platform
