// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/KeeperWatch.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace splitroute::app {

KeeperWatch::KeeperWatch(QObject* parent) : QObject(parent) {
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &KeeperWatch::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &KeeperWatch::reload);
    m_poll = new QTimer(this);
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &KeeperWatch::reload);
    m_dir = QString::fromLatin1(platform::kKeeperStateDir);
}

KeeperWatch::~KeeperWatch() = default;

void KeeperWatch::setStateDir(const QString& dir) {
    m_dir = dir;
    m_status.reset();
    watch();
    reload();
    m_poll->start();
}

void KeeperWatch::setPollInterval(int ms) {
    m_poll->setInterval(ms);
}

void KeeperWatch::watch() {
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (QFileInfo(m_dir).isDir())
        m_watcher->addPath(m_dir);
    const QString file = m_dir + QStringLiteral("/state.json");
    if (QFileInfo::exists(file))
        m_watcher->addPath(file);
}

void KeeperWatch::reload() {
    // A directory made after we started, or a state file replaced by a rename, is watched
    // again.
    if (m_watcher->directories().isEmpty() || m_watcher->files().isEmpty())
        watch();
    auto read = platform::readKeeperStatus(m_dir.toStdString());
    std::optional<platform::KeeperStatus> now;
    if (read.ok())
        now = std::move(read.value());
    else if (read.error().code != core::ErrorCode::NotFound)
        spdlog::debug("keeper state: {}", read.error().toString());
    if (now == m_status)
        return;
    // Notes only for what changed while we watched, not for the state found at start.
    if (now && m_status)
        for (const platform::KeptStatus& p : now->policies) {
            const platform::KeptStatus* before = m_status->find(p.name);
            if (!before)
                continue;
            const QString name = QString::fromStdString(p.name);
            const QString device = QString::fromStdString(p.device);
            if (p.state == platform::KeptState::GaveUp &&
                before->state != platform::KeptState::GaveUp)
                notify(tr("Split no longer kept"),
                       tr("splitroute-keeper gave up holding %1: %2")
                           .arg(name, p.lastError.empty() ? tr("another program keeps undoing it")
                                                          : QString::fromStdString(p.lastError)));
            else if (p.reapplies > before->reapplies)
                notify(tr("Split restored"),
                       tr("splitroute-keeper re-applied %1 on %2 (%3 added, %4 removed).")
                           .arg(name, device.isEmpty() ? tr("its tunnel") : device)
                           .arg(p.lastAdded)
                           .arg(p.lastRemoved));
        }
    m_status = std::move(now);
    emit changed();
}

void KeeperWatch::notify(const QString& title, const QString& text) {
    spdlog::info("{}: {}", title.toStdString(), text.toStdString());
    if (m_notifier) {
        if (m_notifier(title, text))
            return;
    } else if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/splitroute.svg")), this);
            m_tray->setToolTip(tr("Splitroute"));
        }
        m_tray->show();
        m_tray->showMessage(title, text);
        return;
    }
    emit statusMessage(text, 15000);
}

const platform::KeptStatus* KeeperWatch::find(const QString& device, const QString& name) const {
    if (!m_status)
        return nullptr;
    const std::string dev = device.toStdString();
    for (const platform::KeptStatus& p : m_status->policies)
        if (!dev.empty() && p.match.is_object() && p.match.value("device", std::string()) == dev)
            return &p;
    if (!name.isEmpty())
        return m_status->find(name.toStdString());
    return nullptr;
}

QString KeeperWatch::describe(const QString& device, const QString& name) const {
    if (!m_status)
        return tr("Keeper: not running");
    const platform::KeptStatus* p = find(device, name);
    if (!p)
        return tr("Keeper: not holding %1").arg(device);
    const QString policy = QString::fromStdString(p->name);
    switch (p->state) {
    case platform::KeptState::Waiting:
        return tr("Keeper: %1 waits for %2").arg(policy, device);
    case platform::KeptState::Holding:
        return tr("Keeper: holding %1 on %2 (%n re-apply(s))", nullptr,
                  static_cast<int>(p->reapplies))
            .arg(policy,
                 QString::fromStdString(p->device.empty() ? device.toStdString() : p->device));
    case platform::KeptState::GaveUp:
        return tr("Keeper: gave up on %1").arg(policy);
    case platform::KeptState::Refused:
        return tr("Keeper: refused %1: %2").arg(policy, QString::fromStdString(p->lastError));
    case platform::KeptState::Error:
        return tr("Keeper: error in %1: %2").arg(policy, QString::fromStdString(p->lastError));
    }
    return {};
}

} // namespace splitroute::app
