#pragma once

#include "core/RouteTable.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace splitroute::app {

/// The Changes tab: the row diff of the before and after tables (core's table diff).
class ChangesView : public QWidget {
    Q_OBJECT
public:
    explicit ChangesView(QWidget* parent = nullptr);

    /// Shows the difference; a null `before` shows a hint instead.
    void setTables(std::shared_ptr<const core::RouteTable> before,
                   std::shared_ptr<const core::RouteTable> after);
    /// Whether this build can compute the diff (core/TableDiff.h present).
    [[nodiscard]] static bool available();
    [[nodiscard]] QTreeWidget* list() const { return m_list; }

private:
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace splitroute::app
