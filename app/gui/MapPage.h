// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QToolBar;
class QToolButton;

namespace splitroute::app {

class AddressMapWidget;

/// The "Address map" tab: the map with its toolbar (IPv4 or IPv6 global unicast, the
/// before/after switch, zoom) and a line of help. The toolbar's shared actions come from
/// the window's actions; the map's own buttons live here.
class MapPage : public QWidget {
    Q_OBJECT
public:
    explicit MapPage(QWidget* parent = nullptr);

    /// Adds an action of the window to the toolbar (null: a separator).
    void addToolBarAction(QAction* action);
    /// Connects the zoom actions to the map.
    void setZoomActions(QAction* zoomIn, QAction* zoomOut, QAction* zoomReset);

    [[nodiscard]] AddressMapWidget* map() const { return m_map; }
    [[nodiscard]] QToolBar* toolBar() const { return m_bar; }

private:
    QToolBar* m_bar = nullptr;
    QToolButton* m_v4 = nullptr;
    QToolButton* m_v6 = nullptr;
    AddressMapWidget* m_map = nullptr;
};

} // namespace splitroute::app
