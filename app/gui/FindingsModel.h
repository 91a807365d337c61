// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analyze/Finding.h"

#include <QAbstractTableModel>

#include <vector>

namespace splitroute::app {

/// A thin table model over the analyzers' findings (core/analyze).
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Title, Routes, Details, ColumnCount };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(std::vector<core::Finding> findings);
    [[nodiscard]] const std::vector<core::Finding>& findings() const { return m_findings; }
    [[nodiscard]] const core::Finding* findingAt(int row) const;

    /// Translated one-line title for a finding code; empty when the code is unknown.
    [[nodiscard]] static QString titleFor(const std::string& code);
    /// The finding in the user's language, built from its code and Finding::args
    /// (core/analyze/FindingCode.h); the English message when the code is unknown or the
    /// arguments do not fit (e.g. a plan written by another version).
    [[nodiscard]] static QString detailsFor(const core::Finding& f);
    /// True when detailsFor() has its own text for this finding (not the English fallback).
    [[nodiscard]] static bool hasDetailsFor(const core::Finding& f);
    [[nodiscard]] static QString severityText(core::Severity s);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Finding> m_findings;
};

} // namespace splitroute::app
