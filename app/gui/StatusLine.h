// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace splitroute::app {

class ApplyController;
class Workspace;

/// The permanent part of the status bar: where the table comes from, the helper's state, the
/// number of routes on show and of findings, and (this computer) what splitroute-keeper does
/// for the connection on show.
class StatusLine : public QObject {
    Q_OBJECT
public:
    explicit StatusLine(QStatusBar* bar);

    void update(const Workspace& workspace, const ApplyController& apply, int findings);
    /// The texts, " | " between them.
    [[nodiscard]] QString text() const;

private:
    QLabel* m_backend = nullptr;
    QLabel* m_helper = nullptr;
    QLabel* m_routes = nullptr;
    QLabel* m_findings = nullptr;
    QLabel* m_keeper = nullptr; ///< splitroute-keeper's state for the connection on show
};

} // namespace splitroute::app
