// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RecentFiles.h"

#include "app/gui/VpnConnection.h"

#include <QFileInfo>
#include <QSettings>

namespace splitroute::app {

namespace {
const QString kSettingsKey = QStringLiteral("recentFiles");
} // namespace

RecentFiles::RecentFiles() : m_entries(QSettings().value(kSettingsKey).toStringList()) {}

void RecentFiles::add(const QString& entry) {
    // Server and AWS connections are remembered as entries naming all their files.
    const bool compound = serverRequestFromRecent(entry) || awsRequestFromRecent(entry);
    const QString abs = compound ? entry : QFileInfo(entry).absoluteFilePath();
    m_entries.removeAll(abs);
    m_entries.prepend(abs);
    while (m_entries.size() > kMax)
        m_entries.removeLast();
    store();
}

void RecentFiles::set(const QStringList& entries) {
    m_entries = entries.mid(0, kMax);
    store();
}

void RecentFiles::store() const {
    QSettings().setValue(kSettingsKey, m_entries);
}

} // namespace splitroute::app
