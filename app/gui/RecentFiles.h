// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace splitroute::app {

/// The Recent files list: file paths (absolute) and the compound entries of server and AWS
/// connections (recentEntry() in VpnConnection.h), newest first, at most kMax, kept in
/// QSettings under "recentFiles" as it changes.
class RecentFiles {
public:
    static constexpr int kMax = 8;

    /// Reads the list kept in QSettings.
    RecentFiles();

    [[nodiscard]] const QStringList& entries() const { return m_entries; }
    /// Puts `entry` first (a file path made absolute; once in the list).
    void add(const QString& entry);
    /// Replaces the list (the first kMax entries).
    void set(const QStringList& entries);

private:
    void store() const;

    QStringList m_entries;
};

} // namespace splitroute::app
