#include "app/gui/NetworksView.h"

#include "app/gui/TableSource.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace splitroute::app {

namespace {
constexpr core::RuleMode kModes[] = {core::RuleMode::Tunnel, core::RuleMode::Bypass,
                                     core::RuleMode::AsPushed};
} // namespace

NetworksView::NetworksView(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("networksList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Network"), tr("Decision"), tr("Goes through now"), tr("Route in the table")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* add = new QHBoxLayout;
    m_addEdit = new QLineEdit(this);
    m_addEdit->setPlaceholderText(tr("Add a network, e.g. 192.168.1.0/24"));
    m_addMode = new QComboBox(this);
    for (auto m : kModes)
        m_addMode->addItem(modeText(m), static_cast<int>(m));
    m_addMode->setCurrentIndex(1); // bypass: why one adds a network
    m_addButton = new QPushButton(tr("&Add"), this);
    add->addWidget(m_addEdit, 1);
    add->addWidget(m_addMode);
    add->addWidget(m_addButton);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    lay->addWidget(m_header);
    lay->addWidget(m_list, 1);
    lay->addLayout(add);
    lay->addWidget(m_message);
    auto onAdd = [this] {
        if (addNetwork(m_addEdit->text(),
                       static_cast<core::RuleMode>(m_addMode->currentData().toInt())))
            m_addEdit->clear();
    };
    connect(m_addButton, &QPushButton::clicked, this, onAdd);
    connect(m_addEdit, &QLineEdit::returnPressed, this, onAdd);
    setSource(nullptr);
}

QString NetworksView::modeText(core::RuleMode m) {
    switch (m) {
    case core::RuleMode::Tunnel:
        return tr("Tunnel");
    case core::RuleMode::Bypass:
        return tr("Bypass");
    case core::RuleMode::AsPushed:
        return tr("As pushed");
    }
    return {};
}

void NetworksView::setSource(const TableSource* source) {
    m_source = source;
    m_active = source && source->profile && source->table;
    m_message->clear();
    if (!m_active) {
        m_policy = {};
        m_header->setText(tr("This source has no VPN connection to decide about. The demo shows "
                             "the networks its profile routes through the tunnel."));
        m_list->clear();
        m_list->setEnabled(false);
        m_addEdit->setEnabled(false);
        m_addButton->setEnabled(false);
        return;
    }
    m_list->setEnabled(true);
    m_addEdit->setEnabled(true);
    m_addButton->setEnabled(true);
    m_policy = core::SplitPolicy::fromProfileAndTable(source->profile.get(), *source->table);
    m_header->setText(
        tr("Decide network by network what goes through the tunnel of %1. The Changes tab shows "
           "the routes that make it so; Export writes them as a script.")
            .arg(QFileInfo(QString::fromStdString(source->profile->file)).fileName()));
    rebuildRows();
}

void NetworksView::rebuildRows() {
    m_list->clear();
    const core::RouteTable* table = m_source ? m_source->table.get() : nullptr;
    for (int i = 0; i < static_cast<int>(m_policy.rules.size()); ++i) {
        const core::PolicyRule& rule = m_policy.rules[static_cast<std::size_t>(i)];
        QString name = QString::fromStdString(rule.target());
        if (rule.network && rule.network->isDefault())
            name =
                tr("All other traffic (%1)").arg(QString::fromStdString(rule.network->toString()));
        QString via, route;
        if (table && rule.network) {
            // What carries this network now: the route chosen for its first address.
            const auto l = table->lookup(rule.network->first());
            if (l.chosen) {
                via = QString::fromStdString(l.chosen->interface.str());
                route = QString::fromStdString(l.chosen->destination.toString() + " " +
                                               l.chosen->nextHopText());
            }
        }
        auto* item = new QTreeWidgetItem(m_list, {name, QString(), via, route});
        if (!rule.label.empty())
            item->setToolTip(0, QString::fromStdString(rule.label));
        if (rule.network && rule.network->isDefault()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        auto* combo = new QComboBox(m_list);
        for (auto m : kModes)
            combo->addItem(modeText(m), static_cast<int>(m));
        combo->setCurrentIndex(combo->findData(static_cast<int>(rule.mode)));
        connect(combo, &QComboBox::activated, this, [this, i, combo] {
            setRuleMode(i, static_cast<core::RuleMode>(combo->currentData().toInt()));
        });
        m_list->setItemWidget(item, 1, combo);
    }
}

void NetworksView::setRuleMode(int row, core::RuleMode mode) {
    if (row < 0 || row >= static_cast<int>(m_policy.rules.size()))
        return;
    auto& rule = m_policy.rules[static_cast<std::size_t>(row)];
    if (rule.mode == mode)
        return;
    rule.mode = mode;
    if (auto* combo = qobject_cast<QComboBox*>(m_list->itemWidget(m_list->topLevelItem(row), 1)))
        combo->setCurrentIndex(combo->findData(static_cast<int>(mode)));
    emit policyChanged();
}

bool NetworksView::setPolicy(core::SplitPolicy policy) {
    if (!m_active)
        return false;
    m_policy = std::move(policy);
    m_message->clear();
    rebuildRows();
    emit policyChanged();
    return true;
}

bool NetworksView::addNetwork(const QString& text, core::RuleMode mode) {
    if (!m_active)
        return false;
    auto p = core::Prefix::parse(text.trimmed().toStdString());
    if (!p.ok()) {
        m_message->setText(tr("Not a network: %1").arg(QString::fromStdString(p.error().message)));
        return false;
    }
    m_message->clear();
    core::PolicyRule rule;
    rule.network = p.value();
    rule.mode = mode;
    // First match wins: a network the user adds goes before the VPN's broader ones.
    m_policy.rules.insert(m_policy.rules.begin(), rule);
    rebuildRows();
    emit policyChanged();
    return true;
}

} // namespace splitroute::app
