// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include "core/RouteTable.h"

#include <memory>
#include <optional>

class QSocketNotifier;
class QTimer;

namespace splitroute::platform {
class RouteBackend;
class RouteMonitor;
} // namespace splitroute::platform

namespace splitroute::app {

class MessageSink;

/// This computer's routing table, read through the system backend (no privilege), and the
/// kernel's route and link events followed so that it can be read again when it changes.
class LiveTable : public QObject {
    Q_OBJECT
public:
    explicit LiveTable(QObject* parent = nullptr);
    ~LiveTable() override;

    struct Reading {
        std::shared_ptr<const core::RouteTable> table;
        QString format; ///< the backend's name, for the sources dock
    };
    /// Reads the table. Nullopt when this system has no backend (a status message) or the
    /// backend failed (an error through `sink`).
    [[nodiscard]] std::optional<Reading> read(MessageSink* sink);
    /// From now on (once started, it stays), follows the kernel's events: changed() a
    /// moment after a burst of them. Not following is said in a status message.
    void follow();

signals:
    /// The kernel's routes or links changed: read again.
    void changed();
    void statusMessage(const QString& text, int timeoutMs);

private:
    void onEvents();

    std::unique_ptr<platform::RouteBackend> m_backend;
    std::unique_ptr<platform::RouteMonitor> m_monitor;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_reload = nullptr;
};

} // namespace splitroute::app
