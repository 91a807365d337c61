// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "app/gui/NetworksView.h"
#include "app/gui/TableSource.h"
#include "core/plan/Planner.h"
#include "core/TableAnnotations.h"
#include "core/vpn/ProfileParser.h"

#include <QStandardPaths>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace splitroute;
using namespace splitroute::app;

namespace {
/// The demo's source as MainWindow::openDemo builds it: the table after connecting the
/// full-tunnel corporate VPN on home Wi-Fi, and its profile.
bool demoSource(TableSource& s) {
    const QString dir = QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo");
    auto after = loadTableFile(dir + QStringLiteral("/after-vpn.json"));
    auto before = loadTableFile(dir + QStringLiteral("/before-vpn.json"));
    auto profile = core::parseProfileFile((dir + QStringLiteral("/corporate.ovpn")).toStdString());
    if (!after.ok() || !before.ok() || !profile.ok())
        return false;
    s.kind = TableSource::Kind::Demo;
    s.name = QStringLiteral("demo");
    s.table = std::make_shared<const core::RouteTable>(std::move(after.value().table));
    s.before = std::make_shared<const core::RouteTable>(std::move(before.value().table));
    s.tunnelInterfaces = {"tun0"};
    s.pushed = core::pushedPrefixes(profile.value());
    s.profile = std::make_shared<const core::VpnProfile>(std::move(profile.value()));
    return true;
}

int rowOf(const NetworksView& v, const QString& network) {
    for (int i = 0; i < v.list()->topLevelItemCount(); ++i)
        if (v.list()->topLevelItem(i)->text(NetworksView::NetworkColumn).section(" — ", 0, 0) ==
            network)
            return i;
    return -1;
}

QString cell(const NetworksView& v, int row, int column) {
    QTreeWidgetItem* item = v.list()->topLevelItem(row);
    return item ? item->text(column) : QStringLiteral("<no row %1>").arg(row);
}

QString rows(const NetworksView& v) {
    QStringList out;
    for (int i = 0; i < v.list()->topLevelItemCount(); ++i)
        out << cell(v, i, NetworksView::NetworkColumn);
    return out.join(QStringLiteral("; "));
}

QString comboText(const NetworksView& v, int row) {
    auto* combo = qobject_cast<QComboBox*>(
        v.list()->itemWidget(v.list()->topLevelItem(row), NetworksView::DecisionColumn));
    return combo ? combo->currentText() : QString();
}

const QString kOverride = QStringLiteral("All other traffic — 0.0.0.0/1 + 128.0.0.0/1 via tun0");
const QString kIpv6 = QStringLiteral("All other IPv6 traffic — default via wlan0 (not overridden)");
} // namespace

class TestNetworksView : public QObject {
    Q_OBJECT
private slots:
    // The workspace keeps decisions and recent files: in test mode, never the user's own.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void demoRows();
    void homeLanRow();
    void spaceToggles();
    void addAndDelete();
    void hostName();
    void planFeedsWillUse();
    void loadedPolicyRowsAreRemovable();
    void noSource();

private:
    TableSource m_source;
};

void TestNetworksView::init() {
    m_source = {};
    QVERIFY(demoSource(m_source));
}

void TestNetworksView::demoRows() {
    NetworksView v;
    QAbstractItemModelTester tester(v.list()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    v.setSource(&m_source);
    QVERIFY(v.hasPolicy());
    // The override as one row, the IPv6 default it leaves alone, the home LAN, the pushed
    // corporate network.
    QCOMPARE(rows(v),
             kOverride + "; " + kIpv6 + "; 192.168.1.0/24 — local network on wlan0; 10.20.0.0/16");
    QCOMPARE(cell(v, 0, NetworksView::NowColumn), QStringLiteral("tun0"));
    QCOMPARE(cell(v, 0, NetworksView::WillUseColumn), QStringLiteral("tun0 via 10.8.0.1"));
    QCOMPARE(cell(v, 0, NetworksView::RouteColumn),
             QStringLiteral("0.0.0.0/1, 128.0.0.0/1 via 10.8.0.1 dev tun0"));
    QCOMPARE(cell(v, 0, NetworksView::HintColumn), QString());
    QCOMPARE(cell(v, 1, NetworksView::WillUseColumn), QStringLiteral("wlan0 via fe80::1"));
    QCOMPARE(cell(v, 1, NetworksView::HintColumn),
             QStringLiteral("tun0 carries no IPv6 traffic: sending it through the tunnel has no "
                            "effect"));
    const int corp = rowOf(v, QStringLiteral("10.20.0.0/16"));
    QCOMPARE(cell(v, corp, NetworksView::NowColumn), QStringLiteral("tun0"));
    QCOMPARE(cell(v, corp, NetworksView::WillUseColumn), QStringLiteral("tun0 via 10.8.0.1"));
    QCOMPARE(cell(v, corp, NetworksView::RouteColumn),
             QStringLiteral("10.20.0.0/16 via 10.8.0.1 dev tun0"));
    for (int i = 0; i < v.list()->topLevelItemCount(); ++i) {
        QCOMPARE(comboText(v, i), QStringLiteral("As pushed"));
        QVERIFY(!v.isUserAdded(i));
    }
    // Shown as Network, Decision, Will use, Goes through now, Hint, Route in the table.
    const QHeaderView* h = v.list()->header();
    QCOMPARE(h->visualIndex(NetworksView::WillUseColumn), 2);
    QCOMPARE(h->visualIndex(NetworksView::NowColumn), 3);
    QCOMPARE(h->visualIndex(NetworksView::HintColumn), 4);
    QCOMPARE(h->visualIndex(NetworksView::RouteColumn), 5);
}

void TestNetworksView::homeLanRow() {
    NetworksView v;
    v.setSource(&m_source);
    const int lan = rowOf(v, QStringLiteral("192.168.1.0/24"));
    QVERIFY2(lan >= 0, qPrintable(rows(v)));
    QCOMPARE(cell(v, lan, NetworksView::HintColumn),
             QStringLiteral("already local: the connected route 192.168.1.0/24 on wlan0 is more "
                            "specific"));
    QCOMPARE(v.hints(lan).size(), std::size_t(1));
    QCOMPARE(v.hints(lan)[0].kind, core::HintKind::AlreadyLocal);
    QCOMPARE(cell(v, lan, NetworksView::NowColumn), QStringLiteral("wlan0"));
    QCOMPARE(cell(v, lan, NetworksView::WillUseColumn), QStringLiteral("wlan0"));
    // The tooltip holds the full text (the column may elide it), then the rule's label.
    QCOMPARE(v.list()->topLevelItem(lan)->toolTip(NetworksView::NetworkColumn),
             cell(v, lan, NetworksView::NetworkColumn) +
                 QStringLiteral("\nLocal network on wlan0"));
}

void TestNetworksView::spaceToggles() {
    NetworksView v;
    v.setSource(&m_source);
    QSignalSpy changed(&v, &NetworksView::policyChanged);
    QVERIFY(v.list()->focusPolicy() & Qt::TabFocus);
    const int lan = rowOf(v, QStringLiteral("192.168.1.0/24"));
    v.list()->setCurrentItem(v.list()->topLevelItem(lan));
    // As pushed, the LAN stays local: Space sends it the other way, through the tunnel.
    QTest::keyClick(v.list(), Qt::Key_Space);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(v.policy().rules[static_cast<std::size_t>(lan)].mode, core::RuleMode::Tunnel);
    QCOMPARE(comboText(v, lan), QStringLiteral("Tunnel"));
    QTest::keyClick(v.list(), Qt::Key_Space);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(v.policy().rules[static_cast<std::size_t>(lan)].mode, core::RuleMode::Bypass);
    QCOMPARE(comboText(v, lan), QStringLiteral("Bypass"));
    // The override row goes through the tunnel now: Space makes it bypass.
    QTest::keyClick(v.list(), Qt::Key_Home);
    QCOMPARE(v.list()->indexOfTopLevelItem(v.list()->currentItem()), 0);
    QTest::keyClick(v.list(), Qt::Key_Space);
    QCOMPARE(v.policy().rules[0].mode, core::RuleMode::Bypass);
    QCOMPARE(changed.count(), 3);
    // Arrow keys move between rows.
    QTest::keyClick(v.list(), Qt::Key_Down);
    QCOMPARE(v.list()->indexOfTopLevelItem(v.list()->currentItem()), 1);
}

void TestNetworksView::addAndDelete() {
    NetworksView v;
    v.setSource(&m_source);
    QSignalSpy changed(&v, &NetworksView::policyChanged);
    const int before = v.list()->topLevelItemCount();
    // A row the VPN brought cannot be deleted.
    v.list()->setCurrentItem(v.list()->topLevelItem(rowOf(v, QStringLiteral("10.20.0.0/16"))));
    QTest::keyClick(v.list(), Qt::Key_Delete);
    QCOMPARE(v.list()->topLevelItemCount(), before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!v.messageLabel()->text().isEmpty());

    // Invalid input: a message, no change.
    QTest::keyClicks(v.addEdit(), QStringLiteral("192.168.7.300/24"));
    QTest::keyClick(v.addEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 0);
    QVERIFY(v.messageLabel()->text().startsWith(QStringLiteral("Not a network")));
    QCOMPARE(v.addEdit()->text(), QStringLiteral("192.168.7.300/24"));
    v.addEdit()->clear();
    QTest::keyClicks(v.addEdit(), QStringLiteral("192.168.7.300"));
    QTest::keyClick(v.addEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 0);

    // Enter in the add box adds (bypass by default) at the top, where it wins.
    v.addEdit()->clear();
    QTest::keyClicks(v.addEdit(), QStringLiteral("203.0.113.0/24"));
    QTest::keyClick(v.addEdit(), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QVERIFY(v.addEdit()->text().isEmpty());
    QCOMPARE(v.list()->topLevelItemCount(), before + 1);
    QCOMPARE(cell(v, 0, NetworksView::NetworkColumn), QStringLiteral("203.0.113.0/24"));
    QCOMPARE(v.policy().rules[0].mode, core::RuleMode::Bypass);
    QVERIFY(v.isUserAdded(0));
    QCOMPARE(cell(v, 0, NetworksView::HintColumn),
             QStringLiteral("covered by All other traffic (128.0.0.0/1 via tun0)"));
    // The same network twice: refused.
    QVERIFY(!v.addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Tunnel));
    QCOMPARE(changed.count(), 1);

    // Delete removes it again; the current row stays on a row.
    QCOMPARE(v.list()->indexOfTopLevelItem(v.list()->currentItem()), 0);
    QTest::keyClick(v.list(), Qt::Key_Delete);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(v.list()->topLevelItemCount(), before);
    QCOMPARE(rowOf(v, QStringLiteral("203.0.113.0/24")), -1);
    QVERIFY(v.list()->currentItem());
    QCOMPARE(v.policy().rules.size(), std::size_t(before));
}

void TestNetworksView::hostName() {
    NetworksView v;
    v.setSource(&m_source);
    QVERIFY(v.addNetwork(QStringLiteral("meet.example.com"), core::RuleMode::Bypass));
    QCOMPARE(v.policy().rules[0].host, std::string("meet.example.com"));
    QCOMPARE(cell(v, 0, NetworksView::HintColumn),
             QStringLiteral("host name: resolved to addresses when planning"));
    // A bare address is a /32.
    QVERIFY(v.addNetwork(QStringLiteral("192.168.1.20"), core::RuleMode::Tunnel));
    QCOMPARE(cell(v, 0, NetworksView::NetworkColumn), QStringLiteral("192.168.1.20/32"));
    QCOMPARE(cell(v, 0, NetworksView::HintColumn),
             QStringLiteral("already local: the connected route 192.168.1.0/24 on wlan0 is more "
                            "specific"));
}

void TestNetworksView::planFeedsWillUse() {
    NetworksView v;
    v.setSource(&m_source);
    QVERIFY(v.addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    v.setRuleMode(rowOf(v, QStringLiteral("192.168.1.0/24")), core::RuleMode::Tunnel);
    QCOMPARE(cell(v, 0, NetworksView::WillUseColumn), QStringLiteral("tun0 via 10.8.0.1"));
    auto plan = core::makePlan(*m_source.table, nullptr, m_source.profile.get(), v.policy(), {});
    QVERIFY(plan.ok());
    v.setPlan(&plan.value());
    // The plan sends the added network around the tunnel and the LAN into it.
    QCOMPARE(cell(v, 0, NetworksView::WillUseColumn), QStringLiteral("wlan0 via 192.168.1.1"));
    QCOMPARE(cell(v, 0, NetworksView::NowColumn), QStringLiteral("tun0"));
    QCOMPARE(cell(v, 0, NetworksView::HintColumn), QString());
    const int lan = rowOf(v, QStringLiteral("192.168.1.0/24"));
    QCOMPARE(cell(v, lan, NetworksView::WillUseColumn), QStringLiteral("tun0 via 10.8.0.1"));
    QCOMPARE(cell(v, lan, NetworksView::NowColumn), QStringLiteral("wlan0"));
    QCOMPARE(cell(v, lan, NetworksView::HintColumn), QString());
    // Changing the policy forgets the plan made for the old one.
    v.setRuleMode(0, core::RuleMode::Tunnel);
    QCOMPARE(cell(v, 0, NetworksView::WillUseColumn), QStringLiteral("tun0 via 10.8.0.1"));
    QCOMPARE(cell(v, lan, NetworksView::WillUseColumn), QStringLiteral("wlan0"));
}

void TestNetworksView::loadedPolicyRowsAreRemovable() {
    NetworksView v;
    v.setSource(&m_source);
    core::SplitPolicy p = v.policy();
    p.rules.insert(p.rules.begin(), core::PolicyRule{core::Prefix::parse("198.18.0.0/15").value(),
                                                     {},
                                                     "lab",
                                                     core::RuleMode::Bypass});
    QSignalSpy changed(&v, &NetworksView::policyChanged);
    QVERIFY(v.setPolicy(p));
    QCOMPARE(changed.count(), 1);
    QVERIFY(v.isUserAdded(0));
    QVERIFY(!v.isUserAdded(rowOf(v, QStringLiteral("10.20.0.0/16"))));
    QVERIFY(v.removeRule(0));
    QCOMPARE(v.policy().rules.size(), p.rules.size() - 1);
}

void TestNetworksView::noSource() {
    NetworksView v;
    v.setSource(&m_source);
    v.setSource(nullptr);
    QVERIFY(!v.hasPolicy());
    QCOMPARE(v.list()->topLevelItemCount(), 0);
    QVERIFY(!v.addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QTest::keyClick(v.list(), Qt::Key_Space); // nothing to toggle, nothing breaks
    v.setPlan(nullptr);
}

QTEST_MAIN(TestNetworksView)
#include "TestNetworksView.moc"
