#include "app/gui/VpnConnection.h"

#include "core/TableAnnotations.h"
#include "core/plan/TunnelContext.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"
#include "core/vpn/ServerConfigFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <set>
#include <tuple>

namespace splitroute::app {

namespace {

/// Translation context of the texts written here (no QObject of its own).
class Text {
    Q_DECLARE_TR_FUNCTIONS(VpnConnection)
};

const QString kServerScheme = QStringLiteral("splitroute-server");
const QString kAwsScheme = QStringLiteral("splitroute-aws");
const std::string kPushOptions = "[PUSH-OPTIONS]";

core::Result<std::string> readText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return core::makeError(core::ErrorCode::Io,
                               "cannot open '" + path.toStdString() +
                                   "': " + f.errorString().toStdString(),
                               {path.toStdString(), 0, 0});
    return f.readAll().toStdString();
}

/// An OpenVPN client that only has what the server pushes.
core::VpnProfile emptyClient(const std::string& file, const std::string& dev) {
    core::VpnProfile p;
    p.file = file;
    p.client = true;
    p.dev = dev.empty() ? "tun" : dev;
    p.deviceType = p.dev.rfind("tap", 0) == 0 ? core::DeviceType::Tap : core::DeviceType::Tun;
    return p;
}

/// What became of the pushed options the client did not take, as diagnostics a person reads.
void addFates(const core::PushResult& r, std::vector<core::Diagnostic>& out) {
    for (const auto& item : r.items) {
        core::Severity sev = core::Severity::Info;
        switch (item.fate) {
        case core::PushFate::Accepted:
            continue;
        case core::PushFate::Invalid:
            continue; // applyPushReply already reported why
        case core::PushFate::IgnoredByFilter:
        case core::PushFate::RefusedByRouteNopull:
        case core::PushFate::Unknown:
            sev = core::Severity::Info;
            break;
        case core::PushFate::RejectedByFilter:
        case core::PushFate::NotPullable:
        case core::PushFate::NotProcessed:
            sev = core::Severity::Warning;
            break;
        }
        out.push_back({sev, std::string("push-") + core::pushFateName(item.fate),
                       "'" + item.text + "': " + item.message,
                       core::SourceLocation{kPushOptions, item.index, 0}});
    }
}

void appendUnique(std::vector<core::Diagnostic>& out, const std::vector<core::Diagnostic>& add) {
    for (const auto& d : add) {
        const bool dup = std::any_of(out.begin(), out.end(), [&](const core::Diagnostic& o) {
            return o.code == d.code && o.message == d.message && o.where.file == d.where.file &&
                   o.where.line == d.where.line && o.where.column == d.where.column;
        });
        if (!dup)
            out.push_back(d);
    }
}

void finish(VpnConnection& c, core::VpnProfile effective) {
    c.pushed = core::pushedPrefixes(effective);
    c.profile = std::make_shared<const core::VpnProfile>(std::move(effective));
}

/// The line of `text` that holds pushed option `item` (the push merges lines, so the option's
/// index alone does not say where it was written).
int lineOfItem(const QString& text, const core::PushResult& r, int index) {
    for (const auto& item : r.items)
        if (item.index == index) {
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i)
                if (lines[i].contains(QString::fromStdString(item.text)))
                    return i + 1;
        }
    return 0;
}

} // namespace

int VpnConnection::count(core::Severity s) const {
    return static_cast<int>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [s](const core::Diagnostic& d) { return d.severity == s; }));
}

QString VpnConnection::kindText() const {
    switch (kind) {
    case Kind::Profile:
        return Text::tr("OpenVPN profile");
    case Kind::Server:
        return Text::tr("OpenVPN server config and client-config-dir");
    case Kind::Aws:
        return Text::tr("AWS Client VPN endpoint");
    case Kind::Push:
        return path.isEmpty() ? Text::tr("Pasted PUSH_REPLY or OpenVPN log")
                              : Text::tr("OpenVPN log or PUSH_REPLY");
    }
    return {};
}

QString errorText(const core::Error& e, const QString& origin) {
    const QString msg = QString::fromStdString(e.message);
    if (!e.where.file.empty())
        return QStringLiteral("%1: %2").arg(QString::fromStdString(e.where.toString()), msg);
    const QString where = origin.isEmpty() ? Text::tr("pasted text") : origin;
    if (e.where.line > 0)
        return Text::tr("%1, line %2: %3").arg(where).arg(e.where.line).arg(msg);
    return QStringLiteral("%1: %2").arg(where, msg);
}

QString diagnosticText(const core::Diagnostic& d, const QString& origin) {
    const QString msg = QString::fromStdString(d.message);
    if (d.where.file == kPushOptions)
        return Text::tr("pushed option %1: %2").arg(d.where.line).arg(msg);
    if (d.where.file.empty()) {
        if (d.where.line <= 0)
            return msg;
        const QString where = origin.isEmpty() ? Text::tr("pasted text") : origin;
        return Text::tr("%1, line %2: %3").arg(where).arg(d.where.line).arg(msg);
    }
    QString where = QFileInfo(QString::fromStdString(d.where.file)).fileName();
    if (where.isEmpty())
        where = QString::fromStdString(d.where.file);
    if (d.where.line > 0)
        where += QStringLiteral(":%1").arg(d.where.line);
    if (d.where.column > 0)
        where += QStringLiteral(":%1").arg(d.where.column);
    return QStringLiteral("%1: %2").arg(where, msg);
}

core::Result<VpnConnection> loadProfileConnection(const QString& path) {
    auto profile = core::parseProfileFile(path.toStdString());
    if (!profile)
        return profile.error();
    VpnConnection c;
    c.kind = VpnConnection::Kind::Profile;
    c.name = QFileInfo(path).fileName();
    c.path = QFileInfo(path).absoluteFilePath();
    c.files = {c.path};
    c.recentEntry = c.path;
    c.diagnostics = profile->diagnostics;
    finish(c, std::move(profile.value()));
    return c;
}

QString serverDefaultCcdDir(const QString& config) {
    auto text = readText(config);
    if (!text)
        return {};
    auto parsed = core::parseServerConfig(*text, config.toStdString());
    if (!parsed)
        return {};
    return QString::fromStdString(core::resolvedClientConfigDir(*parsed, config.toStdString()));
}

core::Result<QStringList> serverClientNames(const QString& config, const QString& ccdDir) {
    auto s = core::readServerConfigFile(config.toStdString(),
                                        ccdDir.isEmpty() ? std::nullopt
                                                         : std::optional(ccdDir.toStdString()));
    if (!s)
        return s.error();
    QStringList names;
    for (const auto& c : s->clients)
        names << QString::fromStdString(c.commonName);
    return names;
}

core::Result<VpnConnection> loadServerConnection(const ServerRequest& request) {
    const std::string path = request.config.toStdString();
    QString ccd = request.ccdDir;
    if (ccd.isEmpty())
        ccd = serverDefaultCcdDir(request.config);
    auto s = core::readServerConfigFile(
        path, request.ccdDir.isEmpty() ? std::nullopt : std::optional(ccd.toStdString()));
    if (!s)
        return s.error();
    const core::ServerClient* client = nullptr;
    if (!request.client.isEmpty()) {
        for (const auto& c : s->clients)
            if (c.commonName == request.client.toStdString())
                client = &c;
        if (!client)
            return core::makeError(core::ErrorCode::NotFound,
                                   "no client-config-dir file for '" +
                                       request.client.toStdString() + "' in '" + ccd.toStdString() +
                                       "'",
                                   {ccd.toStdString(), 0, 0});
    }
    std::vector<core::Diagnostic> diags = s->profile.diagnostics;
    appendUnique(diags, s->diagnostics);
    if (client) {
        // CCD diagnostics name the client; make them name its file.
        const std::string file = QDir(ccd).filePath(request.client).toStdString();
        std::vector<core::Diagnostic> own = client->diagnostics;
        for (auto& d : own)
            if (d.where.file == client->commonName || d.where.file.empty())
                d.where.file = file;
        for (const auto& d : own)
            if (d.severity == core::Severity::Error) {
                core::Error e = core::makeError(core::ErrorCode::Parse, d.message, d.where);
                return e;
            }
        if (client->disabled)
            return core::makeError(core::ErrorCode::Forbidden,
                                   "the server refuses this client ('disable' in its "
                                   "client-config-dir file)",
                                   {file, 0, 0});
        appendUnique(diags, own);
    }
    core::PushReply reply;
    reply.options = client ? client->pushes : s->pushes;
    reply.messages = 1;
    const core::PushResult r = core::applyPushReply(emptyClient(path, s->profile.dev), reply);
    appendUnique(diags, r.diagnostics);
    addFates(r, diags);

    VpnConnection c;
    c.kind = VpnConnection::Kind::Server;
    const QString cn = request.client.isEmpty() ? Text::tr("any client") : request.client;
    c.name = Text::tr("%1 as %2").arg(QFileInfo(request.config).fileName(), cn);
    c.path = QFileInfo(request.config).absoluteFilePath();
    c.files = {c.path};
    if (!ccd.isEmpty())
        c.files << QDir(ccd).absolutePath();
    ServerRequest saved = request;
    saved.config = c.path;
    c.recentEntry = recentEntry(saved);
    c.diagnostics = std::move(diags);
    finish(c, r.effective);
    return c;
}

core::Result<std::vector<core::AwsClientVpnEndpoint>> readAwsEndpointsFile(const QString& path) {
    auto text = readText(path);
    if (!text)
        return text.error();
    return core::parseAwsEndpoints(*text, path.toStdString());
}

core::Result<VpnConnection> loadAwsConnection(const AwsRequest& request) {
    auto endpoints = readAwsEndpointsFile(request.endpoints);
    if (!endpoints)
        return endpoints.error();
    std::vector<core::AwsClientVpnRoute> routes;
    if (!request.routes.isEmpty()) {
        auto text = readText(request.routes);
        if (!text)
            return text.error();
        auto r = core::parseAwsRoutes(*text, request.routes.toStdString());
        if (!r)
            return r.error();
        routes = std::move(r.value());
    }
    std::optional<core::VpnProfile> profile;
    if (!request.profile.isEmpty()) {
        auto p = core::parseProfileFile(request.profile.toStdString());
        if (!p)
            return p.error();
        profile = std::move(p.value());
    }
    std::string wanted = request.endpointId.toStdString();
    if (wanted.empty() && profile && profile->aws)
        wanted = profile->awsEndpointId;
    const core::AwsClientVpnEndpoint* ep = nullptr;
    for (const auto& e : *endpoints)
        if (wanted.empty() ? endpoints->size() == 1 : e.id == wanted)
            ep = &e;
    const std::string file = request.endpoints.toStdString();
    if (!ep && endpoints->empty())
        return core::makeError(core::ErrorCode::NotFound, "no endpoint in the file", {file, 0, 0});
    if (!ep && wanted.empty())
        return core::makeError(core::ErrorCode::InvalidArgument, "several endpoints: choose one",
                               {file, 0, 0});
    if (!ep)
        return core::makeError(core::ErrorCode::NotFound,
                               "endpoint " + wanted + " is not in the file", {file, 0, 0});

    core::AwsPush push = core::deriveAwsPush(*ep, routes);
    std::vector<core::Diagnostic> diags;
    if (profile)
        diags = profile->diagnostics;
    if (request.routes.isEmpty() && ep->splitTunnel)
        diags.push_back({core::Severity::Warning,
                         "aws-no-routes",
                         "split tunnel without the output of 'aws ec2 describe-client-vpn-routes':"
                         " the networks the endpoint pushes are unknown",
                         {file, 0, 0}});
    if (profile && profile->aws && profile->awsEndpointId != ep->id)
        diags.push_back({core::Severity::Warning,
                         "aws-profile-mismatch",
                         "the profile connects to " + profile->awsEndpointId + ", not " + ep->id,
                         {request.profile.toStdString(), 0, 0}});
    appendUnique(diags, push.diagnostics);
    core::VpnProfile base = profile ? *profile : emptyClient(file, "tun");
    if (!profile) {
        base.aws = true;
        base.awsEndpointId = ep->id;
    }
    const core::PushResult r = core::applyPushReply(base, push.reply);
    appendUnique(diags, r.diagnostics);
    addFates(r, diags);

    VpnConnection c;
    c.kind = VpnConnection::Kind::Aws;
    c.name = ep->description.empty()
                 ? Text::tr("AWS %1").arg(QString::fromStdString(ep->id))
                 : Text::tr("AWS %1").arg(QString::fromStdString(ep->description));
    c.path = QFileInfo(request.endpoints).absoluteFilePath();
    AwsRequest saved;
    saved.endpoints = c.path;
    c.files = {c.path};
    if (!request.routes.isEmpty()) {
        saved.routes = QFileInfo(request.routes).absoluteFilePath();
        c.files << saved.routes;
    }
    if (!request.profile.isEmpty()) {
        saved.profile = QFileInfo(request.profile).absoluteFilePath();
        c.files << saved.profile;
    }
    saved.endpointId = QString::fromStdString(ep->id);
    c.recentEntry = recentEntry(saved);
    c.diagnostics = std::move(diags);
    finish(c, r.effective);
    return c;
}

core::Result<VpnConnection> loadPushConnection(const QString& text, const QString& origin,
                                               const VpnConnection* base) {
    const std::string file = origin.toStdString();
    auto reply = core::parsePushInput(text.toStdString());
    if (!reply) {
        core::Error e = reply.error();
        if (e.where.file.empty() && !file.empty())
            e.where.file = file;
        return e;
    }
    // Pasted text has no file: the profile is named after what it is (views show the name).
    const core::VpnProfile start =
        base && base->profile
            ? *base->profile
            : emptyClient(file.empty() ? Text::tr("pasted push").toStdString() : file, "tun");
    core::PushResult r = core::applyPushReply(start, *reply);
    // Broken text (a lexer error in an option) or a push the client refuses changes nothing.
    for (const auto& d : r.diagnostics)
        if (d.severity == core::Severity::Error && d.code == "bad-pushed-option") {
            core::Error e =
                core::makeError(core::ErrorCode::Parse,
                                "pushed option " + std::to_string(d.where.line) + ": " + d.message,
                                {file, lineOfItem(text, r, d.where.line), 0});
            return e;
        }
    if (r.rejected)
        for (const auto& item : r.items)
            if (item.fate == core::PushFate::RejectedByFilter)
                return core::makeError(core::ErrorCode::Forbidden, item.message,
                                       {file, lineOfItem(text, r, item.index), 0});
    std::vector<core::Diagnostic> diags;
    if (base)
        diags = base->diagnostics;
    std::vector<core::Diagnostic> own = r.diagnostics;
    for (auto& d : own)
        if (d.where.file.empty() && d.where.line > 0)
            d.where.file = file; // a line of the log file (pasted text: stays empty)
    appendUnique(diags, own);
    addFates(r, diags);

    VpnConnection c;
    c.kind = VpnConnection::Kind::Push;
    if (base) {
        c.name = base->name;
        c.path = base->path;
        c.files = base->files;
        c.recentEntry = base->recentEntry;
        c.device = base->device;
        c.deviceChosenByUser = base->deviceChosenByUser;
    }
    if (origin.isEmpty()) {
        c.name = base ? Text::tr("%1 + pasted push").arg(base->name) : Text::tr("Pasted push");
    } else {
        const QString abs = QFileInfo(origin).absoluteFilePath();
        c.name = base ? Text::tr("%1 + %2").arg(base->name, QFileInfo(origin).fileName())
                      : QFileInfo(origin).fileName();
        c.path = abs;
        c.files << abs;
        if (!base)
            c.recentEntry = abs;
    }
    c.diagnostics = std::move(diags);
    finish(c, std::move(r.effective));
    return c;
}

QString recentEntry(const ServerRequest& r) {
    QUrl u;
    u.setScheme(kServerScheme);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("config"), r.config);
    if (!r.ccdDir.isEmpty())
        q.addQueryItem(QStringLiteral("ccd"), r.ccdDir);
    if (!r.client.isEmpty())
        q.addQueryItem(QStringLiteral("client"), r.client);
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded);
}

QString recentEntry(const AwsRequest& r) {
    QUrl u;
    u.setScheme(kAwsScheme);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("endpoints"), r.endpoints);
    if (!r.routes.isEmpty())
        q.addQueryItem(QStringLiteral("routes"), r.routes);
    if (!r.endpointId.isEmpty())
        q.addQueryItem(QStringLiteral("endpoint"), r.endpointId);
    if (!r.profile.isEmpty())
        q.addQueryItem(QStringLiteral("profile"), r.profile);
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded);
}

std::optional<ServerRequest> serverRequestFromRecent(const QString& entry) {
    const QUrl u(entry, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != kServerScheme)
        return std::nullopt;
    const QUrlQuery q(u);
    ServerRequest r;
    r.config = q.queryItemValue(QStringLiteral("config"), QUrl::FullyDecoded);
    r.ccdDir = q.queryItemValue(QStringLiteral("ccd"), QUrl::FullyDecoded);
    r.client = q.queryItemValue(QStringLiteral("client"), QUrl::FullyDecoded);
    if (r.config.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<AwsRequest> awsRequestFromRecent(const QString& entry) {
    const QUrl u(entry, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != kAwsScheme)
        return std::nullopt;
    const QUrlQuery q(u);
    AwsRequest r;
    r.endpoints = q.queryItemValue(QStringLiteral("endpoints"), QUrl::FullyDecoded);
    r.routes = q.queryItemValue(QStringLiteral("routes"), QUrl::FullyDecoded);
    r.endpointId = q.queryItemValue(QStringLiteral("endpoint"), QUrl::FullyDecoded);
    r.profile = q.queryItemValue(QStringLiteral("profile"), QUrl::FullyDecoded);
    if (r.endpoints.isEmpty())
        return std::nullopt;
    return r;
}

QString recentLabel(const QString& entry) {
    if (auto s = serverRequestFromRecent(entry))
        return Text::tr("%1 as %2")
            .arg(QFileInfo(s->config).fileName(),
                 s->client.isEmpty() ? Text::tr("any client") : s->client);
    if (auto a = awsRequestFromRecent(entry))
        return Text::tr("AWS %1").arg(a->endpointId.isEmpty() ? QFileInfo(a->endpoints).fileName()
                                                              : a->endpointId);
    return QFileInfo(entry).fileName();
}

bool looksLikePushInput(const QByteArray& text) {
    if (text.contains("PUSH: Received control message"))
        return true;
    const QByteArray start = text.left(4096).trimmed();
    return start.startsWith("PUSH_REPLY");
}

bool looksLikeAwsEndpoints(const QByteArray& text) {
    const QByteArray head = text.left(4096);
    return head.contains("\"ClientVpnEndpoints\"");
}

bool looksLikeAwsRoutes(const QByteArray& text) {
    const QByteArray head = text.left(4096);
    return head.contains("\"Routes\"") && head.contains("\"ClientVpnEndpointId\"");
}

QStringList tunnelCandidates(const core::RouteTable* table) {
    QStringList out;
    if (!table)
        return out;
    for (const auto& name : table->interfaces())
        if (core::looksLikeTunnelDevice(name))
            out << QString::fromStdString(name);
    out.sort();
    return out;
}

core::InterfaceName chooseDevice(const VpnConnection& c, const core::RouteTable* table,
                                 const std::vector<core::InterfaceName>& taken) {
    const std::string dev = c.profile ? c.profile->dev : std::string();
    // "dev tun" asks for the next free tun device; "dev tun1" or "dev company0" names it.
    if (!dev.empty() && dev != "tun" && dev != "tap" && dev != "null")
        return dev;
    const QStringList candidates = tunnelCandidates(table);
    if (candidates.isEmpty())
        return {};
    std::vector<std::string> pool;
    for (const auto& cand : candidates)
        if (std::find(taken.begin(), taken.end(), core::InterfaceName(cand.toStdString())) ==
            taken.end())
            pool.push_back(cand.toStdString());
    if (pool.empty()) // every tunnel is taken: share the first one rather than invent one
        for (const auto& cand : candidates)
            pool.push_back(cand.toStdString());
    const bool fullTunnel = c.profile && c.profile->redirect && !c.profile->redirect->isPrivate &&
                            c.profile->redirect->ipv4;
    if (fullTunnel) {
        const core::TunnelContext ctx = core::detectTunnel(*table);
        if (ctx.overrides(core::Family::V4) &&
            std::find(pool.begin(), pool.end(), ctx.tunnelDevice.str()) != pool.end())
            return ctx.tunnelDevice;
    }
    // The device that already carries most of the networks this connection pushes.
    const std::set<core::Prefix> pushed(c.pushed.begin(), c.pushed.end());
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
    return best.empty() ? core::InterfaceName(pool.front()) : core::InterfaceName(best);
}

} // namespace splitroute::app
