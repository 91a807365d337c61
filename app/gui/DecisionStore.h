// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/SplitPolicy.h"

#include <QString>

#include <optional>

namespace splitroute::app {

struct TableSource;
struct VpnConnection;

/// The decisions made per VPN connection, kept across sessions (and crashes): one small JSON
/// file per connection in $XDG_STATE_HOME/splitroute/decisions/, written atomically
/// (QSaveFile) each time they change, named by a hash of a stable identity of the connection
/// — its table (this computer, the demo, or the table file) and its input (profile path or
/// Recent entry) and tunnel device.
///
///   {"format": "splitroute-decisions", "version": 1, "identity": "…",
///    "policy": {splitroute-policy, core/plan/SplitPolicy.h}}
class DecisionStore {
public:
    /// $XDG_STATE_HOME/splitroute/decisions (default ~/.local/state/…); empty (nothing kept)
    /// in QStandardPaths' test mode, where tests name a directory themselves.
    [[nodiscard]] static QString defaultDir();

    /// Empty: decisions are not kept.
    void setDir(const QString& dir) { m_dir = dir; }
    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] bool enabled() const { return !m_dir.isEmpty(); }

    /// "table\nconnection\ndevice"; empty when the connection has no stable identity (pasted
    /// text).
    [[nodiscard]] static QString identity(const TableSource& source,
                                          const VpnConnection& connection);
    /// The file of an identity.
    [[nodiscard]] QString fileFor(const QString& identity) const;

    /// Writes the decisions (atomically); false with `error` set when it could not.
    bool save(const QString& identity, const core::SplitPolicy& policy, QString* error) const;
    /// The decisions saved for an identity; nullopt when none (or the file is unreadable,
    /// which is logged).
    [[nodiscard]] std::optional<core::SplitPolicy> load(const QString& identity) const;

private:
    QString m_dir;
};

} // namespace splitroute::app
