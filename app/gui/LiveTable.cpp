// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/LiveTable.h"

#include "app/gui/SourceLoader.h"
#include "app/gui/Translations.h"
#include "platform/SystemBackend.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace splitroute::app {

namespace {
/// The texts here are the Workspace's (their translations live under its name).
class LiveText {
    Q_DECLARE_TR_FUNCTIONS(splitroute::app::Workspace)
};
} // namespace

LiveTable::LiveTable(QObject* parent) : QObject(parent) {}

LiveTable::~LiveTable() = default;

std::optional<LiveTable::Reading> LiveTable::read(MessageSink* sink) {
    if (!m_backend)
        m_backend = platform::createSystemBackend();
    if (!m_backend) {
        emit statusMessage(
            LiveText::tr("Reading this computer's routing table is not supported on this system."),
            8000);
        return std::nullopt;
    }
    auto routes = m_backend->listRoutes();
    if (!routes.ok()) {
        showError(sink, LiveText::tr("Cannot read this computer's routes"),
                  QString::fromStdString(routes.error().toString()));
        return std::nullopt;
    }
    spdlog::debug("read {} route(s) of this computer", routes.value().size());
    return Reading{std::make_shared<const core::RouteTable>(std::move(routes.value())),
                   backendDisplayName(QString::fromStdString(m_backend->name()))};
}

void LiveTable::follow() {
    if (m_monitor || !m_backend)
        return;
    auto monitor = m_backend->watch();
    if (!monitor.ok()) {
        emit statusMessage(LiveText::tr("Not following route changes: %1")
                               .arg(QString::fromStdString(monitor.error().toString())),
                           8000);
        return;
    }
    m_monitor = std::move(monitor.value());
    m_notifier = new QSocketNotifier(m_monitor->fd(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LiveTable::onEvents);
    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(250);
    connect(m_reload, &QTimer::timeout, this, &LiveTable::changed);
}

void LiveTable::onEvents() {
    auto events = m_monitor->readEvents();
    if (!events.ok()) {
        // An overrun or a broken socket: stop following, keep the last table.
        m_notifier->setEnabled(false);
        spdlog::warn("stopped following route changes: {}", events.error().toString());
        emit statusMessage(LiveText::tr("Stopped following route changes: %1")
                               .arg(QString::fromStdString(events.error().toString())),
                           8000);
        return;
    }
    if (!events.value().empty())
        m_reload->start();
}

} // namespace splitroute::app
