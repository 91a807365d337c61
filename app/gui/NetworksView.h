// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/NetworkHints.h"
#include "core/plan/SplitPolicy.h"

#include <QWidget>

#include <vector>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace splitroute::app {

struct TableSource;

/// The Networks tab: the split policy of the source's VPN connection — one row per network
/// the VPN routes, the default override as one "All other traffic" row, the local networks
/// the VPN could affect (the home LAN), plus networks and host names the user adds. Each row
/// has a mode (tunnel, bypass, as pushed), the interface the plan gives it, what carries it
/// now, and a hint computed in core (core::NetworkHints).
///
/// Keyboard: the rows take the focus; Space toggles the current row between tunnel and bypass,
/// Delete removes a row the user added, Enter in the add box adds.
class NetworksView : public QWidget {
    Q_OBJECT
public:
    /// Logical columns (the header shows "Will use" right after "Decision").
    enum Column {
        NetworkColumn,
        DecisionColumn,
        NowColumn,   ///< the interface(s) that carry it in the table now
        RouteColumn, ///< the route that carries its first address now
        WillUseColumn,
        HintColumn,
        ColumnCount
    };

    explicit NetworksView(QWidget* parent = nullptr);

    /// Shows the policy for `source` (null or no VPN: nothing to decide). Forgets the plan.
    void setSource(const TableSource* source);
    [[nodiscard]] const core::SplitPolicy& policy() const { return m_policy; }
    [[nodiscard]] bool hasPolicy() const { return m_active; }
    /// Replaces the policy (a loaded policy file); false when there is nothing to decide.
    bool setPolicy(core::SplitPolicy policy);
    /// The plan made from policy() (null: none). Not owned: call again (or with null) before
    /// it goes away. "Will use" and the hints then describe the table after the plan; any
    /// change of the policy forgets it until the next call.
    void setPlan(const core::Plan* plan);

    /// Sets the mode of rule `row` (as the combo box in that row does).
    void setRuleMode(int row, core::RuleMode mode);
    /// Space: tunnel ↔ bypass; an as-pushed row goes the other way from where it goes now.
    void toggleRule(int row);
    /// Delete: removes a rule the user added (not one the VPN or the table brought); false
    /// otherwise.
    bool removeRule(int row);
    [[nodiscard]] bool isUserAdded(int row) const;
    /// Adds a rule for a network ("203.0.113.0/24"), an address (a /32 or /128) or a host
    /// name ("meet.example.com"); false with a message when invalid or already listed.
    bool addNetwork(const QString& text, core::RuleMode mode);

    /// The hints of rule `row` as shown (first in the Hint column, all in its tooltip).
    [[nodiscard]] const std::vector<core::NetworkHint>& hints(int row) const;
    /// The sentence shown for a hint.
    [[nodiscard]] static QString hintText(const core::NetworkHint& hint);

    /// Shows `action` (Make Permanent…) as a button under the list.
    void setPersistAction(QAction* action);
    [[nodiscard]] QToolButton* persistButton() const { return m_persistButton; }

    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QLineEdit* addEdit() const { return m_addEdit; }
    [[nodiscard]] QLabel* messageLabel() const { return m_message; }

signals:
    /// The user changed the policy.
    void policyChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildRows();
    void updateRowTexts();
    /// Fits the columns to the view: natural widths when they fit, else the long ones share
    /// what is left (they elide; tooltips hold the full texts).
    void fitColumns();
    void selectRow(int row);
    [[nodiscard]] static QString modeText(core::RuleMode m);

    const TableSource* m_source = nullptr;
    const core::Plan* m_plan = nullptr;
    core::SplitPolicy m_policy;
    std::vector<bool> m_userAdded; ///< per rule
    std::vector<std::vector<core::NetworkHint>> m_hints;
    bool m_active = false;
    QLabel* m_header = nullptr;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_addEdit = nullptr;
    QComboBox* m_addMode = nullptr;
    QPushButton* m_addButton = nullptr;
    QLabel* m_message = nullptr;
    QHBoxLayout* m_bottom = nullptr;
    QToolButton* m_persistButton = nullptr;
};

} // namespace splitroute::app
