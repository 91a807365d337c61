// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Prefix.h"

#include <QWidget>

#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QToolBar;

namespace splitroute::app {

class AddressMapWidget;
class Workspace;

/// The "Address map" tab: the map with its toolbar (IPv4 or IPv6 global unicast; the Before /
/// Planned / After views of the plan; the window's before/after switch and zoom) and a line
/// of help. Before: the table on show. Planned: the plan's changes over the table after it
/// (added routes outlined, removed ones hatched, the rest faded). After: the table after the
/// plan. Every view marks the ranges whose next hop the plan changes. Alt+B, Alt+L, Alt+A
/// switch views; the toolbar folds into its extension menu when the window is narrow.
class MapPage : public QWidget {
    Q_OBJECT
public:
    enum class View { Before, Planned, After };

    explicit MapPage(QWidget* parent = nullptr);

    /// Follows the workspace's table on show and plan (not owned; null: none).
    void setWorkspace(Workspace* workspace);
    /// Adds an action of the window to the toolbar (null: a separator). Actions with an
    /// icon show only it (their text is the tooltip): the toolbar fits small screens.
    void addToolBarAction(QAction* action);
    /// Connects the zoom actions to the map.
    void setZoomActions(QAction* zoomIn, QAction* zoomOut, QAction* zoomReset);

    /// The view asked for; the one shown falls back to Before while there is no plan.
    void setView(View view);
    [[nodiscard]] View view() const { return m_view; }
    [[nodiscard]] View shownView() const;
    [[nodiscard]] QAction* viewAction(View view) const;
    [[nodiscard]] QAction* ipv4Action() const { return m_v4; }
    [[nodiscard]] QAction* ipv6Action() const { return m_v6; }

    /// Shows this page in its tab widget and saves the window with the Planned view as
    /// DIR/map-planned-SUFFIX.png (--screenshot). Without decisions (the demo as it opens)
    /// it decides one first: 203.0.113.0/24 around the tunnel. False when there is no plan
    /// or saving failed.
    bool saveViewScreenshots(const QString& dir, const QString& suffix);

    [[nodiscard]] AddressMapWidget* map() const { return m_map; }
    [[nodiscard]] QToolBar* toolBar() const { return m_bar; }
    [[nodiscard]] QLabel* viewLabel() const { return m_viewLabel; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onPlanChanged();
    void refresh();

    Workspace* m_workspace = nullptr;
    View m_view = View::Before;
    std::vector<core::Prefix> m_changed; ///< of the current plan
    bool m_changedStale = true;          ///< m_changed not worked out for the current plan
    bool m_refreshPending = false;       ///< refresh() skipped while hidden
    QToolBar* m_bar = nullptr;
    QAction* m_v4 = nullptr;
    QAction* m_v6 = nullptr;
    QAction* m_before = nullptr;
    QAction* m_planned = nullptr;
    QAction* m_after = nullptr;
    QLabel* m_viewLabel = nullptr;
    AddressMapWidget* m_map = nullptr;
};

} // namespace splitroute::app
