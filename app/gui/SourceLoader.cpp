// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SourceLoader.h"

#include "app/gui/MessageSink.h"
#include "core/vpn/AwsEndpointSelector.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iterator>
#include <utility>

namespace splitroute::app {

namespace {
/// The texts here are the Workspace's (their translations live under its name).
class LoaderText {
    Q_DECLARE_TR_FUNCTIONS(splitroute::app::Workspace)
};
} // namespace

void showError(MessageSink* sink, const QString& title, const QString& text) {
    spdlog::warn("{}: {}", title.toStdString(), text.toStdString());
    if (sink)
        sink->error(nullptr, title, text);
}

void SourceLoader::showError(const QString& title, const QString& text) const {
    app::showError(m_sink, title, text);
}

SourceLoader::Input SourceLoader::classify(const QString& path, QByteArray* text) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ovpn") || suffix == QLatin1String("conf"))
        return Input::Profile;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Input::Table;
    *text = f.readAll();
    if (looksLikePushInput(*text))
        return Input::PushText;
    if (suffix == QLatin1String("json") && looksLikeAwsEndpoints(*text))
        return Input::AwsEndpoints;
    if (suffix == QLatin1String("json") && looksLikeAwsRoutes(*text))
        return Input::AwsRoutes;
    return Input::Table;
}

void SourceLoader::refuseAwsRoutes(const QString& path) const {
    showError(LoaderText::tr("Cannot open file"),
              LoaderText::tr("%1 holds the routes of an AWS Client VPN endpoint. Open it with "
                             "VPN → Open AWS Client VPN…, together with the endpoints JSON.")
                  .arg(QFileInfo(path).fileName()));
}

std::optional<TableSource> SourceLoader::readTableFile(const QString& path) const {
    auto loaded = loadTableFile(path);
    QFile file(path);
    if (!loaded.ok() && loaded.error().code != core::ErrorCode::Io && m_sink &&
        file.open(QIODevice::ReadOnly) &&
        core::detectTableFormat(core::decodeTextBytes(file.readAll().toStdString())) ==
            core::TableFormat::Auto) {
        // Not a table Splitroute recognises: let the person say which command wrote it (what
        // --format does on the command line). A file of a known format that fails to read
        // gets its error, with the line, below.
        const QString reason = LoaderText::tr("Splitroute cannot tell which kind of file %1 is.")
                                   .arg(QFileInfo(path).fileName());
        const std::pair<core::TableFormat, QString> formats[] = {
            {core::TableFormat::IpRoute, LoaderText::tr("ip route show (Linux)")},
            {core::TableFormat::IpJson, LoaderText::tr("ip -j route show, JSON (Linux)")},
            {core::TableFormat::RoutePrint, LoaderText::tr("route print (Windows)")},
            {core::TableFormat::Netstat, LoaderText::tr("netstat -rn (macOS, BSD)")},
            {core::TableFormat::Snapshot, LoaderText::tr("Splitroute snapshot (JSON)")},
        };
        QStringList items;
        for (const auto& format : formats)
            items << format.second;
        const auto choice = m_sink->chooseItem(
            nullptr, LoaderText::tr("Cannot open file"),
            reason + QStringLiteral("\n\n") +
                LoaderText::tr("If it is a routing table, choose the command that wrote it and "
                               "Splitroute reads it as that:"),
            items);
        if (!choice)
            return std::nullopt;
        const auto chosen =
            std::find_if(std::begin(formats), std::end(formats),
                         [&](const auto& format) { return format.second == *choice; });
        if (chosen == std::end(formats))
            return std::nullopt;
        loaded = loadTableFile(path, chosen->first);
        if (!loaded.ok()) {
            const core::Error& e = loaded.error();
            const QString where = QString::fromStdString(e.where.toString());
            showError(LoaderText::tr("Cannot open file"),
                      LoaderText::tr("%1 cannot be read as %2.\n%3: %4")
                          .arg(QFileInfo(path).fileName(), *choice, where.isEmpty() ? path : where,
                               QString::fromStdString(e.message)));
            return std::nullopt;
        }
    }
    if (!loaded.ok()) {
        const core::Error& e = loaded.error();
        QString where = QString::fromStdString(e.where.toString());
        if (where.isEmpty())
            where = path;
        showError(LoaderText::tr("Cannot open file"),
                  LoaderText::tr("%1: %2").arg(where, QString::fromStdString(e.message)));
        return std::nullopt;
    }
    TableSource s;
    s.kind = TableSource::Kind::File;
    s.name = QFileInfo(path).fileName();
    s.path = QFileInfo(path).absoluteFilePath();
    s.format = loaded.value().format;
    s.table = std::make_shared<const core::RouteTable>(std::move(loaded.value().table));
    s.diagnostics = std::move(loaded.value().diagnostics);
    spdlog::info("opened {}: {} route(s) ({})", s.path.toStdString(), s.table->size(),
                 s.format.toStdString());
    return s;
}

void SourceLoader::reportUnreadLines(const std::vector<core::Diagnostic>& diagnostics) const {
    if (diagnostics.empty() || !m_sink)
        return;
    QStringList lines;
    for (std::size_t i = 0; i < diagnostics.size() && i < 20; ++i)
        lines << QString::fromStdString(diagnostics[i].toString());
    if (diagnostics.size() > 20)
        lines << LoaderText::tr("… and %n more", nullptr,
                                static_cast<int>(diagnostics.size() - 20));
    m_sink->information(nullptr, LoaderText::tr("Some lines were not read"), lines.join('\n'));
}

std::optional<ServerRequest> SourceLoader::askServerClient(const QString& path) const {
    ServerRequest request;
    request.config = QFileInfo(path).absoluteFilePath();
    auto names = serverClientNames(request.config, QString());
    if (!names.ok()) {
        showError(LoaderText::tr("Cannot read the server config"), errorText(names.error(), path));
        return std::nullopt;
    }
    if (names.value().isEmpty())
        return request;
    if (!m_sink)
        return std::nullopt;
    QStringList items{LoaderText::tr("(any client without a file)")};
    items << names.value();
    const auto pick = m_sink->chooseItem(
        nullptr, LoaderText::tr("OpenVPN Server"),
        LoaderText::tr("Show %1 as seen by the client:").arg(QFileInfo(path).fileName()), items);
    if (!pick)
        return std::nullopt;
    if (*pick != items.front())
        request.client = *pick;
    return request;
}

bool SourceLoader::pickAwsEndpoint(AwsRequest& request) const {
    if (!request.endpointId.isEmpty())
        return true;
    auto endpoints = readAwsEndpointsFile(request.endpoints);
    if (!endpoints.ok()) {
        showError(LoaderText::tr("Cannot read the AWS endpoints"),
                  errorText(endpoints.error(), request.endpoints));
        return false;
    }
    // A downloaded AWS profile names its endpoint (core::selectAwsEndpoint); when nothing
    // picks one of several, ask which.
    std::optional<core::VpnProfile> profile;
    if (!request.profile.isEmpty())
        if (auto p = core::parseProfileFile(request.profile.toStdString()); p.ok())
            profile = std::move(p.value());
    const auto choice = core::selectAwsEndpoint(
        endpoints.value(),
        {{}, profile ? &*profile : nullptr, request.endpoints.toStdString(), {}});
    if (choice.ok() || choice.error().code != core::ErrorCode::InvalidArgument)
        return true; // one picked, or none fits: loading the connection says why
    if (!m_sink)
        return false;
    QStringList ids;
    for (const auto& e : endpoints.value())
        ids << QString::fromStdString(e.id);
    const auto pick =
        m_sink->chooseItem(nullptr, LoaderText::tr("AWS Client VPN"),
                           LoaderText::tr("The file holds several endpoints. Which one?"), ids);
    if (!pick)
        return false;
    request.endpointId = *pick;
    return true;
}

std::optional<QString> SourceLoader::askPushClient(const QString& text) const {
    // A server's log that pushed to several clients: whose push is the user's to choose.
    const auto clients = core::pushLogClients(text.toStdString());
    if (clients.size() <= 1)
        return QString();
    if (!m_sink)
        return std::nullopt;
    QStringList items;
    for (const auto& c : clients)
        items << QString::fromStdString(c);
    return m_sink->chooseItem(
        nullptr, LoaderText::tr("OpenVPN Server Log"),
        LoaderText::tr("The log pushed options to %n clients. Show the push to:", "",
                       static_cast<int>(items.size())),
        items);
}

} // namespace splitroute::app
