// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/StatusLine.h"

#include "app/gui/ApplyController.h"
#include "app/gui/Workspace.h"
#include "app/gui/Translations.h"
#include "platform/RouteBackend.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

namespace splitroute::app {

StatusLine::StatusLine(QStatusBar* bar) : QObject(bar) {
    m_backend = new QLabel(bar);
    m_helper = new QLabel(bar);
    m_routes = new QLabel(bar);
    m_findings = new QLabel(bar);
    m_keeper = new QLabel(bar);
    m_keeper->setVisible(false);
    for (QLabel* l : {m_backend, m_helper, m_keeper, m_routes, m_findings})
        bar->addPermanentWidget(l);
}

void StatusLine::update(const Workspace& workspace, const ApplyController& apply, int findings) {
    const TableSource* s = workspace.currentSource();
    QString backend;
    if (!s)
        backend = tr("No table");
    else if (s->kind == TableSource::Kind::Live)
        backend = tr("Live: %1").arg(s->format);
    else if (s->kind == TableSource::Kind::Demo)
        backend = workspace.demoBackend() ? tr("Demo: %1 backend")
                                                .arg(backendDisplayName(QString::fromStdString(
                                                    workspace.demoBackend()->name())))
                                          : tr("Demo data");
    else
        backend = tr("File: %1").arg(QFileInfo(s->path).fileName());
    m_backend->setText(backend);
    m_helper->setText(apply.helperStateText());
    const auto table = workspace.shownTable();
    m_routes->setText(tr("%n route(s)", nullptr, table ? static_cast<int>(table->size()) : 0));
    m_findings->setText(tr("%n finding(s)", nullptr, findings));
    m_keeper->setText(apply.keeperText());
    m_keeper->setVisible(!m_keeper->text().isEmpty());
}

QString StatusLine::text() const {
    QStringList parts{m_backend->text(), m_helper->text()};
    if (!m_keeper->text().isEmpty())
        parts << m_keeper->text();
    parts << m_routes->text() << m_findings->text();
    return parts.join(QStringLiteral(" | "));
}

} // namespace splitroute::app
