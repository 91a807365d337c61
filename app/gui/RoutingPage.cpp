// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/RoutingPage.h"

#include "app/gui/BadgeDelegate.h"
#include "app/gui/RouteFilterProxyModel.h"
#include "app/gui/RouteTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace splitroute::app {

RoutingPage::RoutingPage(QWidget* parent) : QWidget(parent) {
    auto* tl = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: text, or an address to see the routes that match it"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_familyCombo = new QComboBox(this);
    m_familyCombo->addItem(tr("IPv4 and IPv6"), 0);
    m_familyCombo->addItem(tr("IPv4"), 4);
    m_familyCombo->addItem(tr("IPv6"), 6);
    m_interfaceCombo = new QComboBox(this);
    m_interfaceCombo->addItem(tr("All interfaces"), QString());
    m_interfaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_countLabel = new QLabel(this);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_familyCombo);
    bar->addWidget(m_interfaceCombo);
    bar->addWidget(m_countLabel);
    tl->addLayout(bar);

    m_model = new RouteTableModel(this);
    m_proxy = new RouteFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("routeTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(RouteTableModel::Badges, new BadgeDelegate(m_view));
    tl->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, this, &RoutingPage::onFilterChanged);
    connect(m_familyCombo, &QComboBox::currentIndexChanged, this, &RoutingPage::onFilterChanged);
    connect(m_interfaceCombo, &QComboBox::currentIndexChanged, this, &RoutingPage::onFilterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndex cur = m_view->selectionModel()->currentIndex();
        if (!cur.isValid())
            return;
        const QModelIndex src = m_proxy->mapToSource(cur);
        emit routeSelected(src.isValid() ? src.row() : -1);
    });
    updateCount();
}

void RoutingPage::addTableAction(QAction* action) {
    m_view->addAction(action);
}

void RoutingPage::setTable(std::shared_ptr<const core::RouteTable> table,
                           const std::vector<std::uint32_t>& annotations) {
    m_model->setTable(std::move(table), annotations);
    m_view->resizeColumnsToContents();
    updateInterfaceCombo();
    updateCount();
    emit shownChanged();
}

void RoutingPage::updateInterfaceCombo() {
    const QString keep = m_interfaceCombo->currentData().toString();
    QSignalBlocker block(m_interfaceCombo);
    while (m_interfaceCombo->count() > 1)
        m_interfaceCombo->removeItem(1);
    if (const core::RouteTable* t = m_model->table())
        for (const auto& name : t->interfaces())
            m_interfaceCombo->addItem(QString::fromStdString(name), QString::fromStdString(name));
    const int i = m_interfaceCombo->findData(keep);
    m_interfaceCombo->setCurrentIndex(i < 0 ? 0 : i);
    m_proxy->setInterface(m_interfaceCombo->currentData().toString());
}

void RoutingPage::onFilterChanged() {
    m_proxy->setFilterText(m_filter->text());
    const int fam = m_familyCombo->currentData().toInt();
    m_proxy->setFamily(fam == 4   ? core::Family::V4
                       : fam == 6 ? core::Family::V6
                                  : core::Family::None);
    m_proxy->setInterface(m_interfaceCombo->currentData().toString());
    updateCount();
    emit shownChanged();
}

QString RoutingPage::countText() const {
    return m_countLabel->text();
}

void RoutingPage::updateCount() {
    const core::RouteTable* t = m_model->table();
    const int total = t ? static_cast<int>(t->size()) : 0;
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n route(s)", nullptr, total)
                                         : tr("%1 of %2 routes").arg(shown).arg(total));
}

void RoutingPage::showRoute(long row) {
    const QModelIndex src = m_model->index(static_cast<int>(row), 0);
    QModelIndex proxyIndex = m_proxy->mapFromSource(src);
    if (!proxyIndex.isValid()) { // filtered out: clear the filter so the route can be shown
        m_filter->clear();
        m_familyCombo->setCurrentIndex(0);
        m_interfaceCombo->setCurrentIndex(0);
        onFilterChanged();
        proxyIndex = m_proxy->mapFromSource(src);
    }
    if (!proxyIndex.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
}

void RoutingPage::copySelection() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<int> sourceRows;
    for (const auto& r : rows)
        sourceRows << m_proxy->mapToSource(r).row();
    std::sort(sourceRows.begin(), sourceRows.end());
    QApplication::clipboard()->setText(m_model->rowsAsText(sourceRows));
}

void RoutingPage::focusFilter() {
    m_filter->setFocus();
    m_filter->selectAll();
}

} // namespace splitroute::app
