// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SourcesView.h"

#include "app/gui/SourcesModel.h"
#include "app/gui/Workspace.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QToolTip>

#include <algorithm>

namespace splitroute::app {

namespace {
/// Adds `actions` to `menu`, a null one as a separator.
void addMenuActions(QMenu& menu, const QList<QAction*>& actions) {
    for (QAction* a : actions)
        if (a)
            menu.addAction(a);
        else
            menu.addSeparator();
}
} // namespace

SourcesView::SourcesView(Workspace* workspace, QWidget* parent)
    : QTreeView(parent), m_workspace(workspace), m_model(new SourcesModel(workspace, this)) {
    setObjectName(QStringLiteral("sources"));
    setHeaderHidden(true);
    setIndentation(14); // the dock is narrow: room for the names
    setTextElideMode(Qt::ElideRight);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setModel(m_model);
    expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        syncCurrent();
    });
    connect(m_workspace, &Workspace::selectionChanged, this, &SourcesView::syncCurrent);
    connect(m_workspace, &Workspace::currentChanged, this, &SourcesView::syncCurrent);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(this, &QWidget::customContextMenuRequested, this, &SourcesView::onContextMenu);
}

void SourcesView::setMenuActions(QList<QAction*> onConnection, QList<QAction*> onTable,
                                 QAction* closeTable) {
    m_onConnection = std::move(onConnection);
    m_onTable = std::move(onTable);
    m_closeTable = closeTable;
}

void SourcesView::syncCurrent() {
    const QModelIndex want = m_model->currentItem();
    if (want == currentIndex())
        return;
    m_syncing = true;
    if (want.isValid())
        selectionModel()->setCurrentIndex(want, QItemSelectionModel::ClearAndSelect);
    else
        selectionModel()->clear();
    m_syncing = false;
}

void SourcesView::onCurrentChanged(const QModelIndex& current) {
    if (m_syncing || !current.isValid())
        return;
    const int source = current.data(SourcesModel::SourceIndexRole).toInt();
    if (source == -1) { // "This computer" not read yet
        m_workspace->openLive();
        return;
    }
    if (source < 0)
        return;
    const QVariant connection = current.data(SourcesModel::ConnectionIndexRole);
    m_workspace->select(source, connection.isValid() ? connection.toInt() : -1);
}

void SourcesView::deleteCurrent() {
    const QModelIndex item = currentIndex();
    if (!item.isValid())
        return;
    const int source = item.data(SourcesModel::SourceIndexRole).toInt();
    const QVariant connection = item.data(SourcesModel::ConnectionIndexRole);
    if (connection.isValid() && source == m_workspace->currentIndex())
        m_workspace->removeConnection(connection.toInt());
    else if (!connection.isValid() && source >= 0)
        m_workspace->closeTable(source); // refuses "This computer"
}

QString SourcesView::toolTipFor(const QModelIndex& index) const {
    if (!index.isValid())
        return {};
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (tip.isEmpty() || tip == name)
        return name;
    return tip.startsWith(name + QLatin1Char('\n')) ? tip : name + QLatin1Char('\n') + tip;
}

QSize SourcesView::sizeHint() const {
    const QSize base = QTreeView::sizeHint();
    const int content = sizeHintForColumn(0) + indentation() * 2 + frameWidth() * 2;
    return {std::clamp(content, 220, 340), base.height()};
}

bool SourcesView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* he = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipFor(indexAt(he->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(he->globalPos(), tip, viewport());
        return true;
    }
    return QTreeView::viewportEvent(event);
}

void SourcesView::onContextMenu(const QPoint& pos) {
    const QModelIndex item = indexAt(pos);
    QMenu menu(this);
    if (item.isValid() && item.data(SourcesModel::ConnectionIndexRole).isValid()) {
        setCurrentIndex(item);
        addMenuActions(menu, m_onConnection);
    } else {
        addMenuActions(menu, m_onTable);
        const int source = item.data(SourcesModel::SourceIndexRole).toInt();
        if (item.isValid() && item.parent().isValid() && source >= 0 && m_closeTable) {
            setCurrentIndex(item);
            menu.addSeparator();
            menu.addAction(m_closeTable);
        }
    }
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace splitroute::app
