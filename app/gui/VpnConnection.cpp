// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/VpnConnection.h"

#include "core/vpn/ServerConfigFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace splitroute::app {

namespace {

/// Translation context of the texts written here (no QObject of its own).
class Text {
    Q_DECLARE_TR_FUNCTIONS(VpnConnection)
};

const QString kServerScheme = QStringLiteral("splitroute-server");
const QString kAwsScheme = QStringLiteral("splitroute-aws");
core::ServerConnectionRequest toCore(const ServerRequest& r) {
    return {r.config.toStdString(), r.ccdDir.toStdString(), r.client.toStdString()};
}

/// The connection core read, with its name in the dock and its Recent files entry.
VpnConnection withName(core::Connection c, QString name, QString entry) {
    VpnConnection v;
    static_cast<core::Connection&>(v) = std::move(c);
    v.name = std::move(name);
    v.recentEntry = std::move(entry);
    return v;
}

} // namespace

QString VpnConnection::kindText() const {
    switch (kind) {
    case Kind::Profile:
        return Text::tr("OpenVPN profile");
    case Kind::Server:
        return Text::tr("OpenVPN server config and client-config-dir");
    case Kind::Aws:
        return Text::tr("AWS Client VPN endpoint");
    case Kind::Push:
        return path.empty() ? Text::tr("Pasted PUSH_REPLY or OpenVPN log")
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
    if (d.where.file == core::kPushedOptionsFile)
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
    auto c = core::loadProfileConnection(path.toStdString());
    if (!c)
        return c.error();
    const QString abs = QString::fromStdString(c->path);
    return withName(std::move(c.value()), QFileInfo(path).fileName(), abs);
}

QString serverDefaultCcdDir(const QString& config) {
    return QString::fromStdString(core::serverDefaultCcdDir(config.toStdString()));
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
    auto c = core::loadServerConnection(toCore(request));
    if (!c)
        return c.error();
    const QString cn = request.client.isEmpty() ? Text::tr("any client") : request.client;
    ServerRequest saved = request;
    saved.config = QString::fromStdString(c->server.config);
    return withName(std::move(c.value()),
                    Text::tr("%1 as %2").arg(QFileInfo(request.config).fileName(), cn),
                    recentEntry(saved));
}

core::Result<std::vector<core::AwsClientVpnEndpoint>> readAwsEndpointsFile(const QString& path) {
    return core::readAwsEndpointsFile(path.toStdString());
}

core::Result<VpnConnection> loadAwsConnection(const AwsRequest& request) {
    auto c =
        core::loadAwsConnection({request.endpoints.toStdString(), request.routes.toStdString(),
                                 request.endpointId.toStdString(), request.profile.toStdString()});
    if (!c)
        return c.error();
    AwsRequest saved;
    saved.endpoints = QString::fromStdString(c->aws.endpoints);
    saved.routes = QString::fromStdString(c->aws.routes);
    saved.endpointId = QString::fromStdString(c->aws.endpointId);
    saved.profile = QString::fromStdString(c->aws.profile);
    const QString name = Text::tr("AWS %1").arg(
        QString::fromStdString(c->awsDescription.empty() ? c->aws.endpointId : c->awsDescription));
    return withName(std::move(c.value()), name, recentEntry(saved));
}

core::Result<VpnConnection> loadPushConnection(const QString& text, const QString& origin,
                                               const VpnConnection* base, const QString& client) {
    auto c = core::loadPushConnection(text.toStdString(), origin.toStdString(), base,
                                      Text::tr("pasted push").toStdString(), client.toStdString());
    if (!c)
        return c.error();
    QString name;
    QString entry = base ? base->recentEntry : QString();
    if (origin.isEmpty()) {
        name = base ? Text::tr("%1 + pasted push").arg(base->name) : Text::tr("Pasted push");
    } else {
        name = base ? Text::tr("%1 + %2").arg(base->name, QFileInfo(origin).fileName())
                    : QFileInfo(origin).fileName();
        if (!base)
            entry = QFileInfo(origin).absoluteFilePath();
    }
    return withName(std::move(c.value()), name, entry);
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

} // namespace splitroute::app
