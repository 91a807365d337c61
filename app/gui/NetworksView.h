#pragma once

#include "core/plan/SplitPolicy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace splitroute::app {

struct TableSource;

/// The Networks tab: the split policy of the source's VPN connection — one row per network
/// the VPN routes (the default override as "All other traffic"), each with a mode (tunnel,
/// bypass, as pushed), the route that carries it now, plus networks the user adds.
class NetworksView : public QWidget {
    Q_OBJECT
public:
    explicit NetworksView(QWidget* parent = nullptr);

    /// Shows the policy for `source` (null or no VPN: nothing to decide).
    void setSource(const TableSource* source);
    [[nodiscard]] const core::SplitPolicy& policy() const { return m_policy; }
    [[nodiscard]] bool hasPolicy() const { return m_active; }
    /// Replaces the policy (a loaded policy file); false when there is nothing to decide.
    bool setPolicy(core::SplitPolicy policy);

    /// Sets the mode of rule `row` (as the combo box in that row does).
    void setRuleMode(int row, core::RuleMode mode);
    /// Adds a rule for a network ("203.0.113.0/24"); false with a message when invalid.
    bool addNetwork(const QString& text, core::RuleMode mode);

    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QLineEdit* addEdit() const { return m_addEdit; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }

signals:
    /// The user changed the policy.
    void policyChanged();

private:
    void rebuildRows();
    [[nodiscard]] static QString modeText(core::RuleMode m);

    const TableSource* m_source = nullptr;
    core::SplitPolicy m_policy;
    bool m_active = false;
    QLabel* m_header = nullptr;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_addEdit = nullptr;
    QComboBox* m_addMode = nullptr;
    QPushButton* m_addButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace splitroute::app
