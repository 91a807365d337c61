#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace splitroute::app {

struct TableSource;

/// The Networks tab: what the source's VPN profile routes, one row per network, with the
/// route that carries it in the table. (Read-only: the tunnel/bypass switches need the
/// planner wiring, not in this build.)
class NetworksView : public QWidget {
    Q_OBJECT
public:
    explicit NetworksView(QWidget* parent = nullptr);

    /// Shows the networks of `source` (null: nothing).
    void setSource(const TableSource* source);
    [[nodiscard]] QTreeWidget* list() const { return m_list; }

private:
    QLabel* m_header = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace splitroute::app
