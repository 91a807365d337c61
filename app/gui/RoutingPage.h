// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/RouteTable.h"

#include <cstdint>
#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace splitroute::app {

class RouteFilterProxyModel;
class RouteTableModel;

/// The "Routing table" tab: the filter box, the family and interface choices, the count, and
/// the table itself (RouteTableModel through RouteFilterProxyModel, badges drawn).
class RoutingPage : public QWidget {
    Q_OBJECT
public:
    explicit RoutingPage(QWidget* parent = nullptr);

    /// Shows `table` with core's annotations; keeps the filter, and the interface if the new
    /// table has it.
    void setTable(std::shared_ptr<const core::RouteTable> table,
                  const std::vector<std::uint32_t>& annotations);
    /// Selects and shows route `row` of the model, clearing the filter when it hides it.
    void showRoute(long row);
    /// Copies the selected rows as text (Copy Rows).
    void copySelection() const;
    /// Puts the focus in the filter box with its text selected (Filter Routes).
    void focusFilter();
    /// The Copy action works while the table has the focus.
    void addTableAction(QAction* action);

    [[nodiscard]] RouteTableModel* model() const { return m_model; }
    [[nodiscard]] RouteFilterProxyModel* proxy() const { return m_proxy; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox* familyCombo() const { return m_familyCombo; }
    [[nodiscard]] QComboBox* interfaceCombo() const { return m_interfaceCombo; }
    [[nodiscard]] QString countText() const;

signals:
    /// The current row changed: route `row` of the model (-1: none).
    void routeSelected(int row);
    /// What is shown changed (the filter, or a new table).
    void shownChanged();

private:
    void onFilterChanged();
    void updateInterfaceCombo();
    void updateCount();

    RouteTableModel* m_model = nullptr;
    RouteFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_familyCombo = nullptr;
    QComboBox* m_interfaceCombo = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace splitroute::app
