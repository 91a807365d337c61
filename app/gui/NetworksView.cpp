// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/NetworksView.h"

#include "app/gui/TableSource.h"
#include "core/plan/Planner.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <optional>

namespace splitroute::app {

namespace {
constexpr core::RuleMode kModes[] = {core::RuleMode::Tunnel, core::RuleMode::Bypass,
                                     core::RuleMode::AsPushed};

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString joined(const std::vector<core::Prefix>& ps, const QString& sep) {
    QStringList l;
    for (const auto& p : ps)
        l << qs(p.toString());
    return l.join(sep);
}

/// "tun0 via 10.8.0.1", "wlan0", "blackhole".
QString hopText(const core::InterfaceName& dev, const core::IpAddress& gw, core::RouteType type) {
    if (dev.empty())
        return QString::fromLatin1(core::routeTypeName(type));
    if (gw.isNull())
        return qs(dev.str());
    return NetworksView::tr("%1 via %2").arg(qs(dev.str()), qs(gw.toString()));
}

QString carriersText(const std::vector<core::Carrier>& cs) {
    if (cs.empty())
        return NetworksView::tr("— (no route)");
    if (cs.size() == 1)
        return hopText(cs[0].device, cs[0].gateway, cs[0].type);
    QStringList l;
    for (const auto& c : cs) {
        const double pct = static_cast<double>(c.share * 100);
        l << NetworksView::tr("%1 (%2%)")
                 .arg(hopText(c.device, c.gateway, c.type))
                 .arg(pct < 1 ? QStringLiteral("<1") : QString::number(pct, 'f', 0));
    }
    return l.join(QStringLiteral(", "));
}

QString devicesText(const std::vector<core::Carrier>& cs) {
    QStringList l;
    for (const auto& c : cs) {
        const QString d = c.device.empty() ? QString::fromLatin1(core::routeTypeName(c.type))
                                           : qs(c.device.str());
        if (!l.contains(d))
            l << d;
    }
    return l.join(QStringLiteral(", "));
}

/// The "All other traffic" row's title, from how the table sends that traffic.
QString otherTrafficText(core::Family f, const core::OtherTrafficRoute& o) {
    const QString title = f == core::Family::V6 ? NetworksView::tr("All other IPv6 traffic")
                                                : NetworksView::tr("All other traffic");
    switch (o.kind) {
    case core::OtherTrafficRoute::Kind::Override:
        return NetworksView::tr("%1 — %2 via %3")
            .arg(title, joined(o.prefixes, QStringLiteral(" + ")), qs(o.device.str()));
    case core::OtherTrafficRoute::Kind::Default:
        if (o.viaTunnel)
            return NetworksView::tr("%1 — default via %2").arg(title, qs(o.device.str()));
        return NetworksView::tr("%1 — default via %2 (not overridden)")
            .arg(title, o.device.empty() ? QStringLiteral("?") : qs(o.device.str()));
    case core::OtherTrafficRoute::Kind::None:
        break;
    }
    return NetworksView::tr("%1 — not routed anywhere").arg(title);
}

const std::vector<core::NetworkHint> kNoHints;
} // namespace

NetworksView::NetworksView(QWidget* parent) : QWidget(parent) {
    auto* lay = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("networksList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Network"), tr("Decision"), tr("Goes through now"),
                             tr("Route in the table"), tr("Will use"), tr("Hint")});
    // Widths are fitted to the view (fitColumns): long texts elide, their tooltip says all.
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    for (int c = 0; c < ColumnCount; ++c)
        m_list->headerItem()->setToolTip(c, m_list->headerItem()->text(c));
    // Shown as: Network, Decision, Will use, Goes through now, Hint, Route in the table.
    m_list->header()->moveSection(WillUseColumn, DecisionColumn + 1);
    m_list->header()->moveSection(m_list->header()->visualIndex(HintColumn),
                                  m_list->header()->visualIndex(RouteColumn));
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    m_list->setWhatsThis(tr("Space switches the current network between tunnel and bypass; "
                            "Enter opens its decision; Delete removes a network you added."));
    auto* add = new QHBoxLayout;
    m_addEdit = new QLineEdit(this);
    m_addEdit->setPlaceholderText(tr("Add a network, address or host name, e.g. 192.168.1.0/24"));
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
    m_bottom = new QHBoxLayout;
    m_bottom->addWidget(m_message, 1);
    lay->addLayout(m_bottom);
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

QString NetworksView::hintText(const core::NetworkHint& h) {
    using core::HintKind;
    const QString prefix = h.prefixes.empty() ? QString() : qs(h.prefixes.front().toString());
    const QString dev = qs(h.device.str());
    switch (h.kind) {
    case HintKind::DecidedByEarlierRule:
        return tr("decided by the rows above it: %1").arg(joined(h.prefixes, QStringLiteral(", ")));
    case HintKind::NotRouted:
        return tr("not routed anywhere: no route covers it");
    case HintKind::VpnServerInside: {
        const QString server = h.addresses.empty() ? QString() : qs(h.addresses[0].toString());
        if (h.prefixes.empty())
            return tr("the VPN server %1 is inside this network — the planner leaves the route "
                      "to it as it is")
                .arg(server);
        return tr("the VPN server %1 is inside this network — the planner keeps its host route")
            .arg(server);
    }
    case HintKind::AlreadyLocal:
        return tr("already local: the connected route %1 on %2 is more specific").arg(prefix, dev);
    case HintKind::PartlyOutside:
        return tr("partly outside the tunnel: %1 via %2 is more specific").arg(prefix, dev);
    case HintKind::CoveredByOtherTraffic:
        return tr("covered by All other traffic (%1 via %2)")
            .arg(joined(h.prefixes, QStringLiteral(" + ")), dev);
    case HintKind::TunnelLacksFamily:
        return (!h.prefixes.empty() && h.prefixes[0].family() == core::Family::V6
                    ? tr("%1 carries no IPv6 traffic: sending it through the tunnel has no effect")
                    : tr("%1 carries no IPv4 traffic: sending it through the tunnel has no "
                         "effect"))
            .arg(dev);
    case HintKind::HostResolvedWhenPlanning:
        return tr("host name: resolved to addresses when planning");
    case HintKind::HostResolved: {
        QStringList l;
        for (const auto& a : h.addresses)
            l << qs(a.toString());
        return tr("host name: resolved to %1").arg(l.join(QStringLiteral(", ")));
    }
    case HintKind::HostUnresolved:
        return tr("host name: cannot be resolved (%1); the plan leaves it out").arg(qs(h.text));
    }
    return {};
}

void NetworksView::setPersistAction(QAction* action) {
    if (!m_persistButton) {
        m_persistButton = new QToolButton(this);
        m_persistButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_bottom->addWidget(m_persistButton, 0, Qt::AlignRight | Qt::AlignTop);
    }
    m_persistButton->setDefaultAction(action);
}

void NetworksView::setSource(const TableSource* source) {
    m_source = source;
    m_plan = nullptr;
    m_active = source && source->profile && source->table;
    m_message->clear();
    if (!m_active) {
        m_policy = {};
        m_userAdded.clear();
        m_hints.clear();
        // Menu paths in the window's own words (and language), without their mnemonics.
        auto menuText = [](const char* context, const char* text) {
            static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)|&(?=[^&])"));
            return QCoreApplication::translate(context, text).remove(mnemonic).trimmed();
        };
        const QString vpnMenu = menuText("splitroute::app::MainWindow", "V&PN");
        m_header->setText(
            tr("This table has no VPN connection yet. To decide what goes through the tunnel, "
               "attach the VPN's profile (%1 → %2), paste the server's PUSH_REPLY or a client "
               "log (%1 → %3), or drop an .ovpn file on the window.")
                .arg(vpnMenu, menuText("splitroute::app::WindowActions", "Attach &VPN Profile…"),
                     menuText("splitroute::app::WindowActions", "&Paste PUSH_REPLY or Log…")));
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
    m_userAdded.assign(m_policy.rules.size(), false);
    m_header->setText(
        tr("Decide network by network what goes through the tunnel of %1. The Changes tab shows "
           "the routes that make it so; Export writes them as a script.")
            .arg(QFileInfo(QString::fromStdString(source->profile->file)).fileName()));
    rebuildRows();
}

void NetworksView::rebuildRows() {
    const int current = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_list->clear();
    for (int i = 0; i < static_cast<int>(m_policy.rules.size()); ++i) {
        const core::PolicyRule& rule = m_policy.rules[static_cast<std::size_t>(i)];
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NetworkColumn, qs(rule.target()));
        if (!rule.label.empty())
            item->setToolTip(NetworkColumn, qs(rule.label));
        if (rule.network && rule.network->isDefault()) {
            QFont bold = item->font(NetworkColumn);
            bold.setBold(true);
            item->setFont(NetworkColumn, bold);
        }
        auto* combo = new QComboBox(m_list);
        combo->setFocusPolicy(Qt::ClickFocus); // Tab moves between widgets, arrows between rows
        for (auto m : kModes)
            combo->addItem(modeText(m), static_cast<int>(m));
        combo->setCurrentIndex(combo->findData(static_cast<int>(rule.mode)));
        connect(combo, &QComboBox::activated, this, [this, i, combo] {
            setRuleMode(i, static_cast<core::RuleMode>(combo->currentData().toInt()));
            m_list->setFocus();
        });
        m_list->setItemWidget(item, DecisionColumn, combo);
    }
    updateRowTexts();
    if (m_list->topLevelItemCount() > 0)
        selectRow(std::clamp(current, 0, m_list->topLevelItemCount() - 1));
}

void NetworksView::updateRowTexts() {
    m_hints.assign(m_policy.rules.size(), {});
    const core::RouteTable* table = m_source ? m_source->table.get() : nullptr;
    if (!table || !m_source->profile)
        return;
    const core::VpnProfile* profile = m_source->profile.get();
    const core::NetworkHints now(*table, {}, profile);
    std::optional<core::NetworkHints> planned;
    if (m_plan)
        planned.emplace(*table, std::string(), profile, m_plan);
    const core::NetworkHints& will = planned ? *planned : now;
    const std::vector<core::Prefix> local = core::localNetworks(*table);
    m_hints = will.allHints(m_policy);
    for (int i = 0; i < static_cast<int>(m_policy.rules.size()); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (!item)
            break;
        const core::PolicyRule& rule = m_policy.rules[static_cast<std::size_t>(i)];
        QString nowText, route, willUse;
        if (rule.network && rule.network->isDefault()) {
            const core::Family f = rule.network->family();
            const core::OtherTrafficRoute o = now.otherTraffic(f);
            item->setText(NetworkColumn, otherTrafficText(f, o));
            nowText = o.device.empty() ? tr("— (no route)") : qs(o.device.str());
            if (!o.prefixes.empty())
                if (const core::Route* r = table->lookup(o.prefixes.front().first()).chosen)
                    route = joined(o.prefixes, QStringLiteral(", ")) + ' ' + qs(r->nextHopText());
            const core::OtherTrafficRoute w = will.otherTraffic(f);
            willUse = w.kind == core::OtherTrafficRoute::Kind::None
                          ? tr("— (no route)")
                          : hopText(w.device, w.gateway, core::RouteType::Unicast);
        } else if (rule.network) {
            const auto cs = now.carriers(*rule.network);
            nowText = cs.empty() ? tr("— (no route)") : devicesText(cs);
            // The route chosen for its first address, as the OS would say.
            const auto l = table->lookup(rule.network->first());
            if (l.chosen)
                route = qs(l.chosen->destination.toString() + " " + l.chosen->nextHopText());
            willUse = carriersText(will.carriers(*rule.network));
            if (std::binary_search(local.begin(), local.end(), *rule.network))
                for (const auto& r : table->routes())
                    if (r.destination == *rule.network && r.isOnLink() &&
                        r.table == core::table::Main && !r.interface.empty()) {
                        item->setText(NetworkColumn,
                                      tr("%1 — local network on %2")
                                          .arg(qs(rule.target()), qs(r.interface.str())));
                        break;
                    }
        } else { // a host name: known once a plan resolved it
            nowText = tr("—");
            const auto cs = will.carriers(rule);
            willUse = m_plan && !cs.empty() ? carriersText(cs) : tr("— (resolved when planning)");
        }
        item->setText(NowColumn, nowText);
        item->setText(RouteColumn, route);
        item->setText(WillUseColumn, willUse);
        const auto& hs = m_hints[static_cast<std::size_t>(i)];
        QStringList all;
        for (const auto& h : hs)
            all << hintText(h);
        item->setText(HintColumn, all.value(0));
        item->setToolTip(HintColumn, all.join('\n'));
        // Every cell's full text in its tooltip: the columns may be too narrow for it.
        for (int c : {NowColumn, RouteColumn, WillUseColumn})
            item->setToolTip(c, item->text(c));
        const QString label = qs(rule.label);
        item->setToolTip(NetworkColumn, label.isEmpty() || label == item->text(NetworkColumn)
                                            ? item->text(NetworkColumn)
                                            : item->text(NetworkColumn) + '\n' + label);
    }
    fitColumns();
}

void NetworksView::fitColumns() {
    QHeaderView* h = m_list->header();
    const int avail = m_list->viewport()->width();
    if (avail <= 0)
        return;
    std::array<int, ColumnCount> want{};
    for (int c = 0; c < ColumnCount; ++c)
        want[static_cast<std::size_t>(c)] = std::max(
            static_cast<QAbstractItemView*>(m_list)->sizeHintForColumn(c), h->sectionSizeHint(c));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (QWidget* w = m_list->itemWidget(m_list->topLevelItem(i), DecisionColumn))
            want[DecisionColumn] = std::max(want[DecisionColumn], w->sizeHint().width());
    std::array<int, ColumnCount> width = want;
    int total = 0;
    for (int w : want)
        total += w;
    if (total > avail) {
        // Too wide: the network, its decision and "will use" keep what they need (within
        // reason); "goes through now", the hint and the route share the rest.
        constexpr std::array<int, 3> elastic{NowColumn, HintColumn, RouteColumn};
        constexpr int kMinElastic = 70;
        width[NetworkColumn] = std::min(want[NetworkColumn], std::max(140, avail * 30 / 100));
        width[WillUseColumn] = std::min(want[WillUseColumn], std::max(90, avail * 18 / 100));
        const int fixed = width[NetworkColumn] + width[DecisionColumn] + width[WillUseColumn];
        // Each gets a floor first — its header when there is room for every header, else up
        // to kMinElastic — then the rest in proportion to what it wants beyond that.
        auto floorsFor = [&](bool headers) {
            std::array<int, 3> f{};
            for (std::size_t k = 0; k < elastic.size(); ++k) {
                const int c = elastic[k];
                const int w = want[static_cast<std::size_t>(c)];
                f[k] = std::min(w, headers ? std::max(kMinElastic, h->sectionSizeHint(c))
                                           : kMinElastic);
            }
            return f;
        };
        std::array<int, 3> least = floorsFor(true);
        int base = least[0] + least[1] + least[2];
        if (base > avail - fixed) {
            least = floorsFor(false);
            base = least[0] + least[1] + least[2];
        }
        int extraWant = 0;
        for (std::size_t k = 0; k < elastic.size(); ++k)
            extraWant += want[static_cast<std::size_t>(elastic[k])] - least[k];
        const int room = std::max(avail - fixed, base);
        for (std::size_t k = 0; k < elastic.size(); ++k) {
            const auto i = static_cast<std::size_t>(elastic[k]);
            width[i] = least[k] + static_cast<int>(static_cast<long long>(room - base) *
                                                   (want[i] - least[k]) / std::max(1, extraWant));
        }
    }
    for (int c = 0; c < ColumnCount; ++c)
        h->resizeSection(c, width[static_cast<std::size_t>(c)]);
}

void NetworksView::selectRow(int row) {
    if (QTreeWidgetItem* item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

const std::vector<core::NetworkHint>& NetworksView::hints(int row) const {
    if (row < 0 || row >= static_cast<int>(m_hints.size()))
        return kNoHints;
    return m_hints[static_cast<std::size_t>(row)];
}

void NetworksView::setPlan(const core::Plan* plan) {
    m_plan = m_active ? plan : nullptr;
    updateRowTexts();
}

void NetworksView::setRuleMode(int row, core::RuleMode mode) {
    if (row < 0 || row >= static_cast<int>(m_policy.rules.size()))
        return;
    auto& rule = m_policy.rules[static_cast<std::size_t>(row)];
    if (rule.mode == mode)
        return;
    rule.mode = mode;
    if (auto* combo =
            qobject_cast<QComboBox*>(m_list->itemWidget(m_list->topLevelItem(row), DecisionColumn)))
        combo->setCurrentIndex(combo->findData(static_cast<int>(mode)));
    m_plan = nullptr; // made for the old policy; the owner sends the new one
    updateRowTexts();
    emit policyChanged();
}

void NetworksView::toggleRule(int row) {
    if (row < 0 || row >= static_cast<int>(m_policy.rules.size()) || !m_source || !m_source->table)
        return;
    const core::PolicyRule& rule = m_policy.rules[static_cast<std::size_t>(row)];
    core::RuleMode next = core::RuleMode::Tunnel;
    if (rule.mode == core::RuleMode::Tunnel) {
        next = core::RuleMode::Bypass;
    } else if (rule.mode == core::RuleMode::AsPushed) {
        // Away from where it goes now: a tunnelled network is bypassed and vice versa.
        const core::NetworkHints now(*m_source->table, {}, m_source->profile.get());
        bool tunnelled = false;
        if (rule.network && rule.network->isDefault()) {
            tunnelled = now.otherTraffic(rule.network->family()).viaTunnel;
        } else if (rule.network) {
            const auto cs = now.carriers(*rule.network);
            tunnelled = !cs.empty() && cs.front().device == now.tunnel().tunnelDevice;
        }
        next = tunnelled ? core::RuleMode::Bypass : core::RuleMode::Tunnel;
    }
    setRuleMode(row, next);
}

bool NetworksView::isUserAdded(int row) const {
    return row >= 0 && row < static_cast<int>(m_userAdded.size()) &&
           m_userAdded[static_cast<std::size_t>(row)];
}

bool NetworksView::removeRule(int row) {
    if (!isUserAdded(row)) {
        if (row >= 0 && row < static_cast<int>(m_policy.rules.size()))
            m_message->setText(tr("Only networks you added can be removed; set this one to "
                                  "\"As pushed\" to leave it as the VPN has it."));
        return false;
    }
    const QString target = qs(m_policy.rules[static_cast<std::size_t>(row)].target());
    m_policy.rules.erase(m_policy.rules.begin() + row);
    m_userAdded.erase(m_userAdded.begin() + row);
    m_plan = nullptr;
    m_message->setText(tr("Removed %1.").arg(target));
    rebuildRows();
    if (m_list->topLevelItemCount() > 0)
        selectRow(std::min(row, m_list->topLevelItemCount() - 1));
    emit policyChanged();
    return true;
}

bool NetworksView::setPolicy(core::SplitPolicy policy) {
    if (!m_active)
        return false;
    // Rules the VPN or the table would not have brought are the user's: removable.
    const core::SplitPolicy generated =
        core::SplitPolicy::fromProfileAndTable(m_source->profile.get(), *m_source->table);
    m_policy = std::move(policy);
    m_userAdded.clear();
    for (const auto& r : m_policy.rules)
        m_userAdded.push_back(std::none_of(
            generated.rules.begin(), generated.rules.end(),
            [&](const core::PolicyRule& g) { return g.network == r.network && g.host == r.host; }));
    m_plan = nullptr;
    m_message->clear();
    rebuildRows();
    emit policyChanged();
    return true;
}

bool NetworksView::addNetwork(const QString& text, core::RuleMode mode) {
    if (!m_active)
        return false;
    const std::string t = text.trimmed().toStdString();
    core::PolicyRule rule;
    rule.mode = mode;
    if (auto p = core::Prefix::parse(t); p.ok()) {
        rule.network = p.value();
    } else if (t.find_first_of("/:") == std::string::npos && core::isValidHostName(t)) {
        rule.host = t;
    } else {
        m_message->setText(tr("Not a network: %1").arg(qs(p.error().message)));
        return false;
    }
    for (const auto& r : m_policy.rules)
        if (r.network == rule.network && r.host == rule.host) {
            m_message->setText(tr("%1 is already in the list.").arg(qs(rule.target())));
            return false;
        }
    m_message->clear();
    // First match wins: a network the user adds goes before the VPN's broader ones.
    m_policy.rules.insert(m_policy.rules.begin(), rule);
    m_userAdded.insert(m_userAdded.begin(), true);
    m_plan = nullptr;
    rebuildRows();
    selectRow(0);
    emit policyChanged();
    return true;
}

bool NetworksView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_list && event->type() == QEvent::KeyPress && m_active) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0 && key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Space:
                toggleRule(row);
                return true;
            case Qt::Key_Delete:
                removeRule(row);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_F2:
                if (auto* combo = qobject_cast<QComboBox*>(
                        m_list->itemWidget(m_list->currentItem(), DecisionColumn))) {
                    combo->setFocus();
                    combo->showPopup();
                    return true;
                }
                break;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace splitroute::app
