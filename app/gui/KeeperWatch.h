// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/keeper/KeeperState.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QFileSystemWatcher;
class QSystemTrayIcon;
class QTimer;

namespace splitroute::app {

/// Follows what splitroute-keeper reports in its state file (platform/keeper/KeeperState.h):
/// watches the state directory (the keeper replaces state.json by a rename) and reads it
/// again on a slow timer too (the directory may appear later). Says when a kept policy was
/// re-applied or given up, through the notifier: a tray message when the desktop has a tray,
/// else statusMessage().
class KeeperWatch : public QObject {
    Q_OBJECT
public:
    /// (title, text) → whether it was shown.
    using Notifier = std::function<bool(const QString& title, const QString& text)>;

    explicit KeeperWatch(QObject* parent = nullptr);
    ~KeeperWatch() override;

    /// Where state.json is (tests: a temporary directory). Reads it at once.
    void setStateDir(const QString& dir);
    [[nodiscard]] QString stateDir() const { return m_dir; }
    /// How often the file is read without a change notice (milliseconds).
    void setPollInterval(int ms);
    /// Replaces how notifications are shown (tests).
    void setNotifier(Notifier notifier) { m_notifier = std::move(notifier); }

    /// The last state read; nullopt when there is none (no keeper has run, or unreadable).
    [[nodiscard]] const std::optional<platform::KeeperStatus>& status() const { return m_status; }
    /// The policy the keeper holds for a tunnel device (matched by device, else by name).
    [[nodiscard]] const platform::KeptStatus* find(const QString& device,
                                                   const QString& name = {}) const;
    /// One line for the status bar about the policy for `device` / `name`.
    [[nodiscard]] QString describe(const QString& device, const QString& name = {}) const;

    /// Reads the state file again; emits changed() when it differs, and notifies re-applies
    /// and give-ups since the last read.
    void reload();

signals:
    void changed();
    /// A note for the status bar (a notification without a tray).
    void statusMessage(const QString& text, int timeoutMs);

private:
    void notify(const QString& title, const QString& text);
    void watch();

    QString m_dir;
    std::optional<platform::KeeperStatus> m_status;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_poll = nullptr;
    Notifier m_notifier;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace splitroute::app
