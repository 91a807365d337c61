// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"
#include "core/plan/Resolver.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeWidget;

namespace splitroute::app {

/// The Changes tab: the row diff of the before and after tables (core/TableDiff.h) and a
/// lookup box that shows the route an address takes before and after.
class ChangesView : public QWidget {
    Q_OBJECT
public:
    explicit ChangesView(QWidget* parent = nullptr);

    /// Shows the difference; a null `before` shows a hint instead. `note` (e.g. the effective
    /// diff's summary) is shown under the counts.
    void setTables(std::shared_ptr<const core::RouteTable> before,
                   std::shared_ptr<const core::RouteTable> after, const QString& note = {});

    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    /// The effective diff (core/plan/EffectiveDiff.h): one row per (old next hop → new next
    /// hop) with the networks that move.
    [[nodiscard]] QTreeWidget* effectiveList() const { return m_effective; }
    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] QLineEdit* lookupEdit() const { return m_lookup; }
    [[nodiscard]] QLabel* lookupResult() const { return m_lookupResult; }

    /// How many addresses, as a person reads them in the UI language: exact (grouped) below
    /// 10 million; an exact power of two as "2^k addresses (a /n)" (or all / half of the
    /// family); otherwise rounded ("about 4.3 billion", with the share of IPv4), and beyond
    /// a trillion as "about 2^x addresses".
    [[nodiscard]] static QString addressCountText(core::Family family, long double count);

    /// Resolves host names typed into the lookup box (on Enter, off the GUI thread). The
    /// default is the system resolver (getaddrinfo); tests inject their own.
    void setResolver(core::Resolver resolver);

signals:
    /// A host name lookup started with Enter has finished (its result is in lookupResult()).
    void hostLookupFinished();

private slots:
    void onLookup();
    void onLookupEntered();

private:
    void showHostLookup(const QString& host,
                        const core::Result<std::vector<core::IpAddress>>& result);

    std::shared_ptr<const core::RouteTable> m_before;
    std::shared_ptr<const core::RouteTable> m_after;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QTreeWidget* m_effective = nullptr;
    QLineEdit* m_lookup = nullptr;
    QLabel* m_lookupResult = nullptr;
    core::Resolver m_resolver;
    quint64 m_lookupGeneration = 0; ///< a newer lookup makes older answers stale
};

} // namespace splitroute::app
