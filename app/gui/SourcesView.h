// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTreeView>

class QAction;

namespace splitroute::app {

class SourcesModel;
class Workspace;

/// The sources dock: a tree view over SourcesModel that follows the workspace's pick and
/// picks in the workspace what the user clicks (choosing "This computer" reads it).
class SourcesView : public QTreeView {
    Q_OBJECT
public:
    explicit SourcesView(Workspace* workspace, QWidget* parent = nullptr);

    [[nodiscard]] SourcesModel* sourcesModel() const { return m_model; }
    /// The actions of the context menu: on a connection, and on a table or the empty space
    /// (`closeTable` added on an opened table). A null action is a separator.
    void setMenuActions(QList<QAction*> onConnection, QList<QAction*> onTable, QAction* closeTable);
    /// Delete: removes the connection picked, or closes the table picked.
    void deleteCurrent();
    /// The tooltip of an item: its full name (the dock may elide it), then the model's.
    [[nodiscard]] QString toolTipFor(const QModelIndex& index) const;
    /// Wide enough for the names, within reason (220 to 340 pixels).
    [[nodiscard]] QSize sizeHint() const override;

protected:
    bool viewportEvent(QEvent* event) override;

private:
    void syncCurrent();
    void onCurrentChanged(const QModelIndex& current);
    void onContextMenu(const QPoint& pos);

    Workspace* m_workspace;
    SourcesModel* m_model;
    bool m_syncing = false;
    QList<QAction*> m_onConnection;
    QList<QAction*> m_onTable;
    QAction* m_closeTable = nullptr;
};

} // namespace splitroute::app
