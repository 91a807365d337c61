// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/analyze/Finding.h"

#include <vector>

class QLabel;
class QTreeView;

namespace splitroute::app {

class FindingsModel;

/// The findings dock's content: the list of findings, or a line saying there are none.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    /// Shows `findings`; `hasTable`: whether a table is on show (for the empty text).
    void setFindings(std::vector<core::Finding> findings, bool hasTable);
    [[nodiscard]] FindingsModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* view() const { return m_view; }

signals:
    /// The user activated (or clicked) a finding.
    void findingActivated(const core::Finding& finding);

private:
    FindingsModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_placeholder = nullptr;
};

} // namespace splitroute::app
