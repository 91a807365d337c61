// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vpn/Connection.h"

#include "core/FileBytes.h"
#include "core/TableAnnotations.h"
#include "core/analyze/Analyzer.h"
#include "core/plan/EffectiveDiff.h"
#include "core/plan/TunnelContext.h"
#include "core/vpn/AwsEndpointSelector.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"
#include "core/vpn/ServerConfigFile.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <string_view>

namespace splitroute::core {

namespace {

/// `path` made absolute and clean ("a/./b/../c" → "/cwd/a/c"); empty stays empty.
std::string absolutePath(const std::string& path) {
    if (path.empty())
        return {};
    std::error_code ec;
    const std::filesystem::path abs = std::filesystem::absolute(path, ec);
    return (ec ? std::filesystem::path(path) : abs).lexically_normal().string();
}

/// An OpenVPN client that only has what the server pushes.
VpnProfile emptyClient(const std::string& file, const std::string& dev) {
    VpnProfile p;
    p.file = file;
    p.client = true;
    p.dev = dev.empty() ? "tun" : dev;
    p.deviceType = p.dev.rfind("tap", 0) == 0 ? DeviceType::Tap : DeviceType::Tun;
    return p;
}

/// What became of the pushed options the client did not take, as diagnostics a person reads.
void addFates(const PushResult& r, std::vector<Diagnostic>& out) {
    for (const auto& item : r.items) {
        Severity sev = Severity::Info;
        switch (item.fate) {
        case PushFate::Accepted:
        case PushFate::Invalid: // applyPushReply already reported why
            continue;
        case PushFate::IgnoredByFilter:
        case PushFate::RefusedByRouteNopull:
        case PushFate::Unknown:
            sev = Severity::Info;
            break;
        case PushFate::RejectedByFilter:
        case PushFate::NotPullable:
        case PushFate::NotProcessed:
            sev = Severity::Warning;
            break;
        }
        out.push_back({sev, std::string("push-") + pushFateName(item.fate),
                       "'" + item.text + "': " + item.message,
                       SourceLocation{kPushedOptionsFile, item.index, 0}});
    }
}

void appendUnique(std::vector<Diagnostic>& out, const std::vector<Diagnostic>& add) {
    for (const auto& d : add) {
        const bool dup = std::any_of(out.begin(), out.end(), [&](const Diagnostic& o) {
            return o.code == d.code && o.message == d.message && o.where.file == d.where.file &&
                   o.where.line == d.where.line && o.where.column == d.where.column;
        });
        if (!dup)
            out.push_back(d);
    }
}

/// The push applied to `base`; its diagnostics and the fates of the options the client did
/// not take join `diags`.
PushResult applyNoting(const VpnProfile& base, const PushReply& reply,
                       std::vector<Diagnostic>& diags) {
    PushResult r = applyPushReply(base, reply);
    appendUnique(diags, r.diagnostics);
    addFates(r, diags);
    return r;
}

/// A connection of `kind` read from `path` (its first file).
Connection started(Connection::Kind kind, const std::string& path) {
    Connection c;
    c.kind = kind;
    c.path = absolutePath(path);
    c.files = {c.path};
    return c;
}

void finish(Connection& c, VpnProfile effective) {
    c.pushed = pushedPrefixes(effective);
    c.profile = std::make_shared<const VpnProfile>(std::move(effective));
}

/// The line of `text` that holds pushed option `index` (the push merges lines, so the
/// option's index alone does not say where it was written).
int lineOfItem(const std::string& text, const PushResult& r, int index) {
    for (const auto& item : r.items)
        if (item.index == index) {
            const std::string_view all(text);
            std::size_t start = 0;
            for (int line = 1;; ++line) {
                const std::size_t end = all.find('\n', start);
                if (all.substr(start, end == std::string_view::npos ? end : end - start)
                        .find(item.text) != std::string_view::npos)
                    return line;
                if (end == std::string_view::npos)
                    break;
                start = end + 1;
            }
        }
    return 0;
}

} // namespace

int Connection::count(Severity s) const {
    return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                          [s](const Diagnostic& d) { return d.severity == s; }));
}

Result<Connection> loadProfileConnection(const std::string& path) {
    auto profile = parseProfileFile(path);
    if (!profile)
        return profile.error();
    Connection c = started(Connection::Kind::Profile, path);
    c.diagnostics = profile->diagnostics;
    // An empty or route-less profile attaches, but not without a word.
    if (auto note = routelessProfileNote(*profile))
        c.diagnostics.push_back(std::move(*note));
    finish(c, std::move(profile.value()));
    return c;
}

std::string serverDefaultCcdDir(const std::string& config) {
    auto text = readFileBytes(config);
    if (!text)
        return {};
    auto parsed = parseServerConfig(*text, config);
    if (!parsed)
        return {};
    return resolvedClientConfigDir(*parsed, config);
}

Result<Connection> loadServerConnection(const ServerConnectionRequest& request) {
    const std::string& path = request.config;
    std::string ccd = request.ccdDir;
    if (ccd.empty())
        ccd = serverDefaultCcdDir(request.config);
    auto s = readServerConfigFile(path, request.ccdDir.empty() ? std::nullopt
                                                               : std::optional<std::string>(ccd));
    if (!s)
        return s.error();
    const ServerClient* client = nullptr;
    if (!request.client.empty()) {
        for (const auto& c : s->clients)
            if (c.commonName == request.client)
                client = &c;
        if (!client)
            return makeError(ErrorCode::NotFound,
                             "no client-config-dir file for '" + request.client + "' in '" + ccd +
                                 "'",
                             {ccd, 0, 0});
    }
    std::vector<Diagnostic> diags = s->profile.diagnostics;
    appendUnique(diags, s->diagnostics);
    if (client) {
        // CCD diagnostics name the client; make them name its file.
        const std::string file = (std::filesystem::path(ccd) / request.client).string();
        std::vector<Diagnostic> own = client->diagnostics;
        for (auto& d : own)
            if (d.where.file == client->commonName || d.where.file.empty())
                d.where.file = file;
        for (const auto& d : own)
            if (d.severity == Severity::Error)
                return makeError(ErrorCode::Parse, d.message, d.where);
        if (client->disabled)
            return makeError(ErrorCode::Forbidden,
                             "the server refuses this client ('disable' in its "
                             "client-config-dir file)",
                             {file, 0, 0});
        appendUnique(diags, own);
    }
    PushReply reply;
    reply.options = client ? client->pushes : s->pushes;
    reply.messages = 1;
    const PushResult r = applyNoting(emptyClient(path, s->profile.dev), reply, diags);

    Connection c = started(Connection::Kind::Server, request.config);
    if (!ccd.empty())
        c.files.push_back(absolutePath(ccd));
    c.server = request;
    c.server.config = c.path;
    c.diagnostics = std::move(diags);
    finish(c, r.effective);
    return c;
}

Result<std::vector<AwsClientVpnEndpoint>> readAwsEndpointsFile(const std::string& path) {
    auto text = readFileBytes(path);
    if (!text)
        return text.error();
    return parseAwsEndpoints(*text, path);
}

Result<Connection> loadAwsConnection(const AwsConnectionRequest& request, const std::string& hint) {
    auto endpoints = readAwsEndpointsFile(request.endpoints);
    if (!endpoints)
        return endpoints.error();
    std::vector<AwsClientVpnRoute> routes;
    if (!request.routes.empty()) {
        auto text = readFileBytes(request.routes);
        if (!text)
            return text.error();
        auto r = parseAwsRoutes(*text, request.routes);
        if (!r)
            return r.error();
        routes = std::move(r.value());
    }
    std::optional<VpnProfile> profile;
    if (!request.profile.empty()) {
        auto p = parseProfileFile(request.profile);
        if (!p)
            return p.error();
        profile = std::move(p.value());
    }
    const std::string& file = request.endpoints;
    auto choice = selectAwsEndpoint(
        *endpoints, {request.endpointId, profile ? &*profile : nullptr, file, hint});
    if (!choice)
        return choice.error();
    const AwsClientVpnEndpoint& ep = (*endpoints)[choice->index];

    AwsPush push = deriveAwsPush(ep, routes);
    std::vector<Diagnostic> diags;
    if (profile)
        diags = profile->diagnostics;
    if (request.routes.empty() && ep.splitTunnel)
        diags.push_back({Severity::Warning,
                         "aws-no-routes",
                         "split tunnel without the output of 'aws ec2 describe-client-vpn-routes':"
                         " the networks the endpoint pushes are unknown",
                         {file, 0, 0}});
    if (profile && profile->aws && profile->awsEndpointId != ep.id)
        diags.push_back({Severity::Warning,
                         "aws-profile-mismatch",
                         "the profile connects to " + profile->awsEndpointId + ", not " + ep.id,
                         {request.profile, 0, 0}});
    appendUnique(diags, push.diagnostics);
    VpnProfile base = profile ? *profile : emptyClient(file, "tun");
    if (!profile) {
        base.aws = true;
        base.awsEndpointId = ep.id;
    }
    const PushResult r = applyNoting(base, push.reply, diags);

    Connection c = started(Connection::Kind::Aws, request.endpoints);
    c.aws.endpoints = c.path;
    if (!request.routes.empty()) {
        c.aws.routes = absolutePath(request.routes);
        c.files.push_back(c.aws.routes);
    }
    if (!request.profile.empty()) {
        c.aws.profile = absolutePath(request.profile);
        c.files.push_back(c.aws.profile);
    }
    c.aws.endpointId = ep.id;
    c.awsDescription = ep.description;
    c.diagnostics = std::move(diags);
    finish(c, r.effective);
    return c;
}

Result<Connection> loadPushConnection(const std::string& text, const std::string& origin,
                                      const Connection* base, const std::string& pastedName,
                                      const std::string& client) {
    const std::string& file = origin;
    auto reply = parsePushInput(text, client);
    if (!reply) {
        Error e = reply.error();
        if (e.where.file.empty() && !file.empty())
            e.where.file = file;
        return e;
    }
    // Pasted text has no file: the profile is named after what it is (views show the name).
    const VpnProfile start = base && base->profile
                                 ? *base->profile
                                 : emptyClient(file.empty() ? pastedName : file, "tun");
    PushResult r = applyPushReply(start, *reply);
    // Broken text (a lexer error in an option) or a push the client refuses changes nothing.
    for (const auto& d : r.diagnostics)
        if (d.severity == Severity::Error && d.code == "bad-pushed-option")
            return makeError(ErrorCode::Parse,
                             "pushed option " + std::to_string(d.where.line) + ": " + d.message,
                             {file, lineOfItem(text, r, d.where.line), 0});
    if (r.rejected)
        for (const auto& item : r.items)
            if (item.fate == PushFate::RejectedByFilter)
                return makeError(ErrorCode::Forbidden, item.message,
                                 {file, lineOfItem(text, r, item.index), 0});
    std::vector<Diagnostic> diags;
    if (base)
        diags = base->diagnostics;
    std::vector<Diagnostic> own = r.diagnostics;
    for (auto& d : own)
        if (d.where.file.empty() && d.where.line > 0)
            d.where.file = file; // a line of the log file (pasted text: stays empty)
    appendUnique(diags, own);
    addFates(r, diags);

    Connection c;
    c.kind = Connection::Kind::Push;
    if (base) {
        c.path = base->path;
        c.files = base->files;
        c.device = base->device;
        c.deviceChosenByUser = base->deviceChosenByUser;
        c.server = base->server;
        c.aws = base->aws;
        c.awsDescription = base->awsDescription;
    }
    if (!origin.empty()) {
        c.path = absolutePath(origin);
        c.files.push_back(c.path);
    }
    c.diagnostics = std::move(diags);
    finish(c, std::move(r.effective));
    return c;
}

std::vector<std::string> tunnelCandidates(const RouteTable* table) {
    std::vector<std::string> out;
    if (!table)
        return out;
    for (const auto& name : table->interfaces())
        if (looksLikeTunnelDevice(name))
            out.push_back(name);
    std::sort(out.begin(), out.end());
    return out;
}

InterfaceName chooseDevice(const Connection& c, const RouteTable* table,
                           const std::vector<InterfaceName>& taken) {
    const std::string dev = c.profile ? c.profile->dev : std::string();
    // "dev tun" asks for the next free tun device; "dev tun1" or "dev company0" names it.
    if (!dev.empty() && dev != "tun" && dev != "tap" && dev != "null")
        return dev;
    const std::vector<std::string> candidates = tunnelCandidates(table);
    if (candidates.empty())
        return {};
    std::vector<std::string> pool;
    for (const auto& cand : candidates)
        if (std::find(taken.begin(), taken.end(), InterfaceName(cand)) == taken.end())
            pool.push_back(cand);
    if (pool.empty()) // every tunnel is taken: share the first one rather than invent one
        pool = candidates;
    const bool fullTunnel = c.profile && c.profile->redirect && !c.profile->redirect->isPrivate &&
                            c.profile->redirect->ipv4;
    if (fullTunnel) {
        const TunnelContext ctx = detectTunnel(*table);
        if (ctx.overrides(Family::V4) &&
            std::find(pool.begin(), pool.end(), ctx.tunnelDevice.str()) != pool.end())
            return ctx.tunnelDevice;
    }
    // The device that already carries most of the networks this connection pushes.
    const std::set<Prefix> pushed(c.pushed.begin(), c.pushed.end());
    std::string best;
    int bestScore = 0;
    for (const auto& d : pool) {
        int score = 0;
        for (const auto& r : table->routes())
            if (r.interface.str() == d && pushed.count(r.destination))
                ++score;
        if (score > bestScore) {
            best = d;
            bestScore = score;
        }
    }
    return best.empty() ? InterfaceName(pool.front()) : InterfaceName(best);
}

Result<Plan> planConnections(const RouteTable& table,
                             const std::vector<ConnectionPlanInput>& connections,
                             const PlanParameters& params, std::size_t* failed) {
    if (connections.empty())
        return makeError(ErrorCode::InvalidArgument, "no connection to plan");
    std::optional<Plan> total;
    const std::vector<std::string> interfaces = table.interfaces();
    for (std::size_t i = 0; i < connections.size(); ++i) {
        const ConnectionPlanInput& c = connections[i];
        PlanParameters p = params;
        if (!c.device.empty() &&
            std::find(interfaces.begin(), interfaces.end(), c.device) != interfaces.end())
            p.tunnelDevice = c.device;
        const SplitPolicy none;
        const RouteTable& on = total ? total->after : table;
        auto plan = makePlan(on, nullptr, c.profile, c.policy ? *c.policy : none, p);
        if (!plan) {
            if (failed)
                *failed = i;
            return plan.error();
        }
        if (!total) {
            total = std::move(plan.value());
            continue;
        }
        Plan& next = plan.value();
        total->changes.changes.insert(total->changes.changes.end(), next.changes.changes.begin(),
                                      next.changes.changes.end());
        total->findings.insert(total->findings.end(), next.findings.begin(), next.findings.end());
        total->resolved.insert(total->resolved.end(), next.resolved.begin(), next.resolved.end());
        total->tunnelled = total->tunnelled.united(next.tunnelled);
        total->after = std::move(next.after);
    }
    total->effective = effectiveDiff(total->before, total->after);
    total->effectiveSummary = total->effective.summary;
    return std::move(*total);
}

} // namespace splitroute::core
