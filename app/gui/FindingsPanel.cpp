// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/FindingsPanel.h"

#include "app/gui/FindingsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace splitroute::app {

FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent) {
    auto* bl = new QVBoxLayout(this);
    bl->setContentsMargins(0, 0, 0, 0);
    m_model = new FindingsModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("findings"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    const auto activate = [this](const QModelIndex& index) {
        if (const core::Finding* f = m_model->findingAt(index.row()))
            emit findingActivated(*f);
    };
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::clicked, this, activate);
    m_placeholder = new QLabel(this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    bl->addWidget(m_view);
    bl->addWidget(m_placeholder);
}

void FindingsPanel::setFindings(std::vector<core::Finding> findings, bool hasTable) {
    m_model->setFindings(std::move(findings));
    m_placeholder->setText(hasTable ? tr("No findings for this table.")
                                    : tr("Open a table to see findings."));
    const bool any = m_model->rowCount() > 0;
    m_view->setVisible(any);
    m_placeholder->setVisible(!any);
    for (int c = 0; c < FindingsModel::Details; ++c)
        m_view->resizeColumnToContents(c);
}

} // namespace splitroute::app
