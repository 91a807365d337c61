// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "app/gui/AwsConnectionDialog.h"
#include "app/gui/FindingsModel.h"
#include "app/gui/MainWindow.h"
#include "app/RecordingSink.h"
#include "app/gui/ApplyController.h"
#include "app/gui/FindingsPanel.h"
#include "app/gui/MapPage.h"
#include "app/gui/RoutingPage.h"
#include "app/gui/SourcesModel.h"
#include "app/gui/SourcesView.h"
#include "app/gui/WindowActions.h"
#include "app/gui/Workspace.h"
#include "app/gui/NetworksView.h"
#include "app/gui/PushReplyDialog.h"
#include "app/gui/RouteTableModel.h"
#include "app/gui/ServerConnectionDialog.h"
#include "app/gui/VpnConnection.h"

#include <QAbstractItemModelTester>
#include <functional>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QFile>
#include <QIcon>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace splitroute;
using namespace splitroute::app;

namespace {

QString data(const char* rel) {
    return QStringLiteral(SPLITROUTE_TEST_DATA_DIR "/") + QLatin1String(rel);
}

QStringList pushedOf(const VpnConnection& c) {
    QStringList out;
    for (const auto& p : c.pushed)
        out << QString::fromStdString(p.toString());
    return out;
}

/// A window on the two-tunnel laptop table, with messages recorded.
struct Fixture {
    MainWindow w;
    RecordingSink sink;
    Fixture() {
        w.setMessageSink(&sink); // its chooser answers with the first item
    }
    bool openTable() { return w.workspace()->openFile(data("sources/two-tunnels.ip.txt")); }
    const VpnConnection& conn(int i) const {
        return w.workspace()->currentSource()->connections.at(static_cast<std::size_t>(i));
    }
    QString lastError() const {
        for (auto it = sink.messages.crbegin(); it != sink.messages.crend(); ++it)
            if (it->kind == QLatin1String("error"))
                return it->text;
        return {};
    }
};

/// The dock's item of connection `i` of the table on show.
QModelIndex connectionItem(const MainWindow& w, int i) {
    return w.sourcesView()->sourcesModel()->connectionItem(w.workspace()->currentIndex(), i);
}

int ruleRow(NetworksView* n, const QString& startsWith) {
    for (int i = 0; i < n->list()->topLevelItemCount(); ++i)
        if (n->list()->topLevelItem(i)->text(0).startsWith(startsWith))
            return i;
    return -1;
}

bool planHas(const core::Plan* plan, core::ChangeKind kind, const char* destination,
             const char* device) {
    if (!plan)
        return false;
    for (const auto& c : plan->changes.changes)
        if (c.kind == kind && c.route.destination.toString() == destination &&
            c.route.interface.str() == device)
            return true;
    return false;
}

QStringList findingMessages(const MainWindow& w) {
    QStringList out;
    for (const auto& f : w.findingsPanel()->model()->findings())
        out << QString::fromStdString(f.code) + QLatin1Char('|') +
                   QString::fromStdString(f.message);
    return out;
}

} // namespace

class TestSources : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void openEachKind_data();
    void openEachKind();
    void brokenInputs_data();
    void brokenInputs();
    void twoConnectionsPlanOnTheirDevices();
    void deviceFromProfileAndUserChoice();
    void removeConnection();
    void closeTable();
    void closeTableAsksBeforeLosingDecisions();
    void profileWarningsVisible();
    void pushAppliedToProfileShowsFilteredItems();
    void recentReopensConnections();
    void dropLogFile();
    void dialogsBuildRequests();
    void dockModel();

private:
    QTemporaryDir m_dir;
};

void TestSources::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SplitrouteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_app_sources"));
    QVERIFY(m_dir.isValid());
}

void TestSources::openEachKind_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected"); // pushed networks that must be there
    QTest::addColumn<QStringList>("absent");   // and ones that must not
    QTest::addColumn<QString>("device");
    QTest::newRow("ovpn") << "ovpn" << QStringList{"10.50.0.0/16", "172.31.0.0/16"}
                          << QStringList{"0.0.0.0/1"} << "tun1";
    QTest::newRow("server-branch-a")
        << "server-branch-a" << QStringList{"10.0.0.0/8", "192.168.20.0/24"} << QStringList{}
        << "tun0";
    QTest::newRow("server-kiosk (push-reset)")
        << "server-kiosk" << QStringList{"10.0.5.0/24"} << QStringList{"10.0.0.0/8"} << "tun0";
    QTest::newRow("server config opened as a file")
        << "server-file" << QStringList{"10.0.0.0/8", "192.168.10.0/24"}
        << QStringList{"10.0.5.0/24"} << "tun0";
    QTest::newRow("aws split, two endpoints")
        << "aws" << QStringList{"10.1.0.0/16", "10.2.0.0/16", "2600:1f18:abcd::/56"}
        << QStringList{"10.99.0.0/16", "10.3.0.0/16", "0.0.0.0/1"} << "tun0";
    QTest::newRow("aws full tunnel")
        << "aws-full" << QStringList{"0.0.0.0/1", "128.0.0.0/1"} << QStringList{} << "tun0";
    QTest::newRow("pasted PUSH_REPLY")
        << "pasted" << QStringList{"10.70.0.0/16", "0.0.0.0/1", "128.0.0.0/1"} << QStringList{}
        << "tun0";
    QTest::newRow("log file") << "log" << QStringList{"10.20.0.0/16", "10.30.0.0/16"}
                              << QStringList{} << "tun0";
}

void TestSources::openEachKind() {
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QFETCH(QString, device);
    Fixture f;
    QVERIFY(f.openTable());
    QCOMPARE(f.w.workspace()->connectionCount(), 0);
    bool ok = false;
    VpnConnection::Kind wantKind = VpnConnection::Kind::Profile;
    if (kind == QLatin1String("ovpn")) {
        ok = f.w.workspace()->openFile(data("sources/backup.ovpn"));
    } else if (kind == QLatin1String("server-file")) {
        // The chooser answers the first item: a client without a client-config-dir file.
        ok = f.w.workspace()->openFile(data("server/site-to-site.conf"));
        wantKind = VpnConnection::Kind::Server;
    } else if (kind.startsWith(QLatin1String("server"))) {
        ServerRequest r;
        r.config = data("server/site-to-site.conf");
        r.client = kind == QLatin1String("server-kiosk") ? QStringLiteral("laptop-kiosk")
                                                         : QStringLiteral("branch-a");
        ok = f.w.workspace()->openServerConnection(r);
        wantKind = VpnConnection::Kind::Server;
    } else if (kind.startsWith(QLatin1String("aws"))) {
        AwsRequest r;
        if (kind == QLatin1String("aws")) {
            // Two endpoints in the file: the window asks, the chooser answers the first.
            r.endpoints = data("aws/endpoints-split.json");
            r.routes = data("aws/routes-split.json");
        } else {
            r.endpoints = data("aws/endpoints-full-tunnel.json");
            r.routes = data("aws/routes-full-tunnel.json");
        }
        ok = f.w.workspace()->openAwsConnection(r);
        wantKind = VpnConnection::Kind::Aws;
    } else if (kind == QLatin1String("pasted")) {
        ok = f.w.workspace()->openPushText(
            QStringLiteral("PUSH_REPLY,redirect-gateway def1,route 10.70.0.0 255.255.0.0,"
                           "dhcp-option DNS 10.70.0.53,topology subnet"),
            QString());
        wantKind = VpnConnection::Kind::Push;
    } else if (kind == QLatin1String("log")) {
        ok = f.w.workspace()->openFile(data("ovpn/logs/client-split.log"));
        wantKind = VpnConnection::Kind::Push;
    }
    QVERIFY2(ok, qPrintable(f.lastError()));
    QCOMPARE(f.lastError(), QString());
    QCOMPARE(f.w.workspace()->connectionCount(), 1);
    const VpnConnection& c = f.conn(0);
    QCOMPARE(c.kind, wantKind);
    const QStringList pushed = pushedOf(c);
    for (const QString& p : expected)
        QVERIFY2(pushed.contains(p), qPrintable(pushed.join(',')));
    for (const QString& p : absent)
        QVERIFY2(!pushed.contains(p), qPrintable(pushed.join(',')));
    QCOMPARE(QString::fromStdString(c.device.str()), device);
    // It is in the dock under its table, with a tooltip naming its kind and counts.
    const QModelIndex item = connectionItem(f.w, 0);
    QVERIFY(item.isValid());
    QVERIFY(item.data().toString().contains(c.name));
    QVERIFY(item.data().toString().contains(device));
    QVERIFY(!item.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tip = item.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(c.kindText()), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("%1 pushed network").arg(c.pushed.size())),
             qPrintable(tip));
    // The Networks tab decides about it.
    QVERIFY(f.w.networksView()->hasPolicy());
    QCOMPARE(f.w.workspace()->currentSource()->profile, c.profile);
}

void TestSources::brokenInputs_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("where"); // must be in the error text
    QTest::newRow("server config lexer error") << "server-broken"
                                               << "broken-server.conf:3:";
    QTest::newRow("ccd file with host bits") << "ccd-broken"
                                             << "broken-host-bits:1:";
    QTest::newRow("ccd client missing") << "ccd-missing"
                                        << "nobody";
    QTest::newRow("aws routes not JSON") << "aws-routes"
                                         << "routes-not-json.json:";
    QTest::newRow("aws endpoints wrong type") << "aws-endpoints"
                                              << "endpoints-wrong-type.json";
    QTest::newRow("pasted unterminated quote") << "pasted"
                                               << "pasted text, line 2:";
    QTest::newRow("pasted nothing") << "pasted-empty"
                                    << "pasted text:";
    QTest::newRow("broken profile") << "ovpn"
                                    << "broken-unterminated-quote.ovpn:";
}

void TestSources::brokenInputs() {
    QFETCH(QString, kind);
    QFETCH(QString, where);
    Fixture f;
    QVERIFY(f.openTable());
    QVERIFY(f.w.workspace()->openFile(data("sources/backup.ovpn")));
    const auto before = f.w.workspace()->currentSource()->connections.size();
    const auto pushedBefore = f.w.workspace()->currentSource()->pushed;
    bool ok = true;
    if (kind == QLatin1String("server-broken")) {
        const QString path = m_dir.filePath(QStringLiteral("broken-server.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("dev tun\nserver 10.8.0.0 255.255.255.0\npush \"route 10.0.0.0 255.0.0.0\n");
        file.close();
        ServerRequest r;
        r.config = path;
        ok = f.w.workspace()->openServerConnection(r);
    } else if (kind.startsWith(QLatin1String("ccd"))) {
        ServerRequest r;
        r.config = data("server/site-to-site.conf");
        r.client = kind == QLatin1String("ccd-broken") ? QStringLiteral("broken-host-bits")
                                                       : QStringLiteral("nobody");
        ok = f.w.workspace()->openServerConnection(r);
    } else if (kind == QLatin1String("aws-routes")) {
        AwsRequest r;
        r.endpoints = data("aws/endpoints-full-tunnel.json");
        r.routes = data("aws/routes-not-json.json");
        ok = f.w.workspace()->openAwsConnection(r);
    } else if (kind == QLatin1String("aws-endpoints")) {
        AwsRequest r;
        r.endpoints = data("aws/endpoints-wrong-type.json");
        ok = f.w.workspace()->openAwsConnection(r);
    } else if (kind == QLatin1String("pasted")) {
        QFile file(data("sources/push-broken.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ok = f.w.workspace()->openPushText(QString::fromUtf8(file.readAll()), QString());
    } else if (kind == QLatin1String("pasted-empty")) {
        ok = f.w.workspace()->openPushText(QStringLiteral("   \n"), QString());
    } else if (kind == QLatin1String("aws-routes-file")) {
        ok = f.w.workspace()->openFile(data("aws/routes-split.json"));
    } else if (kind == QLatin1String("ovpn")) {
        ok = f.w.workspace()->attachProfile(data("ovpn/broken-unterminated-quote.ovpn"));
    }
    QVERIFY(!ok);
    const QString error = f.lastError();
    QVERIFY2(error.contains(where), qPrintable(error));
    // Nothing changed.
    QCOMPARE(f.w.workspace()->currentSource()->connections.size(), before);
    QCOMPARE(f.w.workspace()->currentSource()->pushed, pushedBefore);
}

void TestSources::twoConnectionsPlanOnTheirDevices() {
    Fixture f;
    QVERIFY(f.openTable());
    QVERIFY(f.w.workspace()->attachProfile(data("sources/primary.ovpn")));
    QVERIFY(f.w.workspace()->attachProfile(data("sources/backup.ovpn")));
    QCOMPARE(f.w.workspace()->connectionCount(), 2);
    QCOMPARE(f.conn(0).device.str(), std::string("tun0"));
    QCOMPARE(f.conn(1).device.str(), std::string("tun1"));
    NetworksView* n = f.w.networksView();

    // The backup (selected, last opened) routes two networks and does not override the
    // default route: its "All other traffic" row says where that traffic goes now — into the
    // primary's override on tun0.
    QCOMPARE(f.w.workspace()->currentSource()->selectedConnection, 1);
    const int otherOfBackup = ruleRow(n, QStringLiteral("All other traffic"));
    QVERIFY(otherOfBackup >= 0);
    QCOMPARE(n->list()->topLevelItem(otherOfBackup)->text(0),
             QStringLiteral("All other traffic — 0.0.0.0/1 + 128.0.0.0/1 via tun0"));
    QVERIFY(ruleRow(n, QStringLiteral("10.50.0.0/16")) >= 0);
    QCOMPARE(f.w.workspace()->currentSource()->tunnelInterfaces.front().str(), std::string("tun1"));
    // Send one more network into the backup tunnel.
    QVERIFY(n->addNetwork(QStringLiteral("10.60.0.0/16"), core::RuleMode::Tunnel));
    QVERIFY(planHas(f.w.workspace()->plan(), core::ChangeKind::Add, "10.60.0.0/16", "tun1"));
    // The backup's plan leaves the primary's tunnel alone.
    for (const auto& c : f.w.workspace()->plan()->changes.changes)
        QVERIFY2(c.route.interface.str() != "tun0", c.route.toString().c_str());

    // The primary: all other traffic around the tunnel (the def1 halves on tun0 go).
    QVERIFY(f.w.workspace()->selectConnection(0));
    QCOMPARE(f.w.workspace()->currentSource()->tunnelInterfaces.front().str(), std::string("tun0"));
    const int other = ruleRow(n, QStringLiteral("All other traffic"));
    QVERIFY(other >= 0);
    n->setRuleMode(other, core::RuleMode::Bypass);
    const core::Plan* plan = f.w.workspace()->plan();
    QVERIFY(plan);
    // Both connections' decisions are in the one plan, each on its own device.
    QVERIFY(planHas(plan, core::ChangeKind::Delete, "0.0.0.0/1", "tun0"));
    QVERIFY(planHas(plan, core::ChangeKind::Delete, "128.0.0.0/1", "tun0"));
    QVERIFY(planHas(plan, core::ChangeKind::Add, "10.60.0.0/16", "tun1"));
    for (const auto& c : plan->changes.changes)
        QVERIFY2(c.route.interface.str() != "tun1" ||
                     c.route.destination.toString() == "10.60.0.0/16",
                 c.route.toString().c_str());
    QVERIFY(f.w.actions()->exportPlan->isEnabled());
    // The after table: 10.60/16 through tun1, the rest of the Internet through wlan0.
    const auto lookup = plan->after.lookup(core::IpAddress::parse("10.60.1.1").value());
    QVERIFY(lookup.chosen);
    QCOMPARE(lookup.chosen->interface.str(), std::string("tun1"));
    const auto web = plan->after.lookup(core::IpAddress::parse("93.184.216.34").value());
    QVERIFY(web.chosen);
    QCOMPARE(web.chosen->interface.str(), std::string("wlan0"));

    // Switching back keeps the backup's decision (and the primary's stays in the plan).
    QVERIFY(f.w.workspace()->selectConnection(1));
    QVERIFY(ruleRow(n, QStringLiteral("10.60.0.0/16")) >= 0);
    QVERIFY(planHas(f.w.workspace()->plan(), core::ChangeKind::Delete, "0.0.0.0/1", "tun0"));
    QVERIFY(planHas(f.w.workspace()->plan(), core::ChangeKind::Add, "10.60.0.0/16", "tun1"));
    QCOMPARE(f.lastError(), QString());
    // For a person to look at (not a check): SPLITROUTE_SHOT_DIR=/tmp/shots.
    const QString shots = qEnvironmentVariable("SPLITROUTE_SHOT_DIR");
    if (!shots.isEmpty()) {
        f.w.resize(1280, 800);
        f.w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.w));
        f.w.setCurrentTab(MainWindow::NetworksTab);
        f.w.sourcesView()->setCurrentIndex(connectionItem(f.w, 1));
        f.w.grab().save(shots + QStringLiteral("/sources-networks.png"));
        f.w.setCurrentTab(MainWindow::ChangesTab);
        f.w.grab().save(shots + QStringLiteral("/sources-changes.png"));
    }
}

void TestSources::deviceFromProfileAndUserChoice() {
    Fixture f;
    QVERIFY(f.openTable());
    // A profile that names its device gets it, whatever the table says.
    const QString path = m_dir.filePath(QStringLiteral("named.ovpn"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("client\ndev tun1\nremote 203.0.113.7 1194\nroute 10.50.0.0 255.255.0.0\n");
    }
    QVERIFY(f.w.workspace()->attachProfile(path));
    QCOMPARE(f.conn(0).device.str(), std::string("tun1"));
    // The full-tunnel primary takes tun0 (the device with the override).
    QVERIFY(f.w.workspace()->attachProfile(data("sources/primary.ovpn")));
    QCOMPARE(f.conn(1).device.str(), std::string("tun0"));
    // The user knows better.
    QVERIFY(f.w.workspace()->setConnectionDevice(1, QStringLiteral("tun1")));
    QCOMPARE(f.conn(1).device.str(), std::string("tun1"));
    QVERIFY(connectionItem(f.w, 1).data().toString().contains(QStringLiteral("tun1")));
    // Reopening the profile keeps the device the user chose.
    QVERIFY(f.w.workspace()->attachProfile(data("sources/primary.ovpn")));
    QCOMPARE(f.w.workspace()->connectionCount(), 2);
    QCOMPARE(f.conn(1).device.str(), std::string("tun1"));
}

void TestSources::removeConnection() {
    Fixture f;
    QVERIFY(f.openTable());
    QVERIFY(f.w.workspace()->attachProfile(data("sources/primary.ovpn")));
    QVERIFY(f.w.workspace()->attachProfile(data("sources/backup.ovpn")));
    f.w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.w));
    // Delete in the dock removes the selected connection.
    QVERIFY(f.w.workspace()->selectConnection(0));
    QCOMPARE(f.w.sourcesView()->currentIndex(), connectionItem(f.w, 0));
    f.w.sourcesView()->setFocus();
    QTest::keyClick(f.w.sourcesView(), Qt::Key_Delete);
    QCOMPARE(f.w.workspace()->connectionCount(), 1);
    QCOMPARE(f.conn(0).name, QStringLiteral("backup.ovpn"));
    QCOMPARE(f.w.workspace()->currentSource()->profile, f.conn(0).profile);
    QCOMPARE(f.w.sourcesView()->model()->rowCount(connectionItem(f.w, 0).parent()), 1);
    // The action removes the last one: no VPN left to decide about.
    f.w.actions()->removeConnection->trigger();
    QCOMPARE(f.w.workspace()->connectionCount(), 0);
    QVERIFY(!f.w.workspace()->currentSource()->profile);
    QVERIFY(!f.w.networksView()->hasPolicy());
    QVERIFY(!f.w.actions()->removeConnection->isEnabled());
}

void TestSources::closeTable() {
    Fixture f;
    QAbstractItemModelTester tester(f.w.sourcesView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(f.w.workspace()->openDemo());
    QVERIFY(f.openTable());
    QVERIFY(f.w.workspace()->attachProfile(data("sources/primary.ovpn")));
    QVERIFY(f.w.workspace()->openFile(data("tables/macos.netstat.txt"))); // a third, no connection
    f.w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.w));
    SourcesView* tree = f.w.sourcesView();
    const QAbstractItemModel* model = tree->model();
    const auto files = [model] {
        return model->index(SourcesModel::FilesRow, 0);
    };
    QCOMPARE(model->rowCount(files()), 3);
    // Ctrl+W closes the table on show; the one before it takes its place.
    QVERIFY(f.w.actions()->closeTable->isEnabled());
    QTest::keySequence(&f.w, QKeySequence::Close);
    QCOMPARE(model->rowCount(files()), 2);
    QCOMPARE(f.w.workspace()->currentSource()->name, QStringLiteral("two-tunnels.ip.txt"));
    QCOMPARE(f.w.workspace()->connectionCount(), 1); // the table with the profile
    QCOMPARE(tree->currentIndex(), model->index(1, 0, files()));
    QVERIFY(f.sink.messages.isEmpty()); // nothing decided: no question
    // Delete on a table item in the dock closes that table; the items still lead to the
    // right tables (their indices moved).
    tree->setFocus();
    tree->setCurrentIndex(model->index(0, 0, files()));
    QCOMPARE(f.w.workspace()->currentSource()->kind, TableSource::Kind::Demo);
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(model->rowCount(files()), 1);
    QCOMPARE(f.w.workspace()->currentSource()->name, QStringLiteral("two-tunnels.ip.txt"));
    QCOMPARE(f.w.routingPage()->model()->rowCount(),
             static_cast<int>(f.w.workspace()->currentSource()->table->size()));
    tree->setCurrentIndex(model->index(0, 0, model->index(0, 0, files())));
    QCOMPARE(f.w.workspace()->currentSource()->selected()->name, QStringLiteral("primary.ovpn"));
    // Delete on a connection item removes only the connection.
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(model->rowCount(files()), 1);
    QCOMPARE(f.w.workspace()->connectionCount(), 0);
    // The last table: nothing left on show, the actions that need a table are off.
    QVERIFY(f.w.workspace()->closeTable(0));
    QCOMPARE(model->rowCount(files()), 0);
    QVERIFY(!f.w.workspace()->currentSource());
    QCOMPARE(f.w.routingPage()->model()->rowCount(), 0);
    QVERIFY(!f.w.actions()->closeTable->isEnabled());
    QVERIFY(!f.w.actions()->exportPlan->isEnabled());
    QVERIFY(!f.w.workspace()->closeTable(0));
    // A table opened afterwards is shown and can be closed again.
    QVERIFY(f.openTable());
    QCOMPARE(model->rowCount(files()), 1);
    QCOMPARE(f.w.workspace()->currentSource()->name, QStringLiteral("two-tunnels.ip.txt"));
    QVERIFY(f.w.actions()->closeTable->isEnabled());
}

void TestSources::closeTableAsksBeforeLosingDecisions() {
    Fixture f;
    QVERIFY(f.openTable());
    QVERIFY(f.w.workspace()->attachProfile(data("sources/primary.ovpn")));
    // Decide something in the Networks tab: the first row goes the other way.
    NetworksView* n = f.w.networksView();
    QVERIFY(n->hasPolicy());
    const core::RuleMode before = n->policy().rules.front().mode;
    n->setRuleMode(0, before == core::RuleMode::Tunnel ? core::RuleMode::Bypass
                                                       : core::RuleMode::Tunnel);
    // "No" keeps everything.
    f.sink.answer = false;
    QVERIFY(!f.w.workspace()->closeTable(0));
    QCOMPARE(f.sink.messages.size(), 1);
    QCOMPARE(f.sink.messages[0].kind, QStringLiteral("question"));
    QVERIFY2(f.sink.messages[0].text.contains(QStringLiteral("two-tunnels.ip.txt")),
             qPrintable(f.sink.messages[0].text));
    QVERIFY(f.w.workspace()->currentSource());
    QVERIFY(f.w.workspace()->currentSource()->connections.front().policy);
    QVERIFY(f.w.workspace()->currentSource()->connections.front().policy->rules.front().mode !=
            before);
    // "Yes" closes it, even when other tables were opened while the question was open (the
    // list of sources may have moved in memory).
    f.sink.answer = true;
    f.sink.onQuestion = [&f] {
        for (const char* t : {"tables/macos.netstat.txt", "tables/ip-v4.txt", "tables/ip-v6.txt",
                              "tables/freebsd.netstat.txt", "tables/ip-multipath.txt"})
            QVERIFY(f.w.workspace()->openFile(data(t)));
    };
    QVERIFY(f.w.workspace()->closeTable(0));
    QCOMPARE(f.sink.messages.size(), 2);
    const QAbstractItemModel* model = f.w.sourcesView()->model();
    const QModelIndex files = model->index(SourcesModel::FilesRow, 0);
    QCOMPARE(model->rowCount(files), 5);
    for (int i = 0; i < model->rowCount(files); ++i)
        QVERIFY(model->index(i, 0, files).data().toString() !=
                QStringLiteral("two-tunnels.ip.txt"));
}

void TestSources::profileWarningsVisible() {
    Fixture f;
    QVERIFY(f.openTable());
    QVERIFY(f.w.workspace()->attachProfile(data("sources/primary.ovpn")));
    // Warnings are not errors: no message box, but findings naming the file and line.
    QCOMPARE(f.lastError(), QString());
    const QStringList findings = findingMessages(f.w);
    bool script = false;
    for (const QString& m : findings)
        if (m.startsWith(QLatin1String("profile-script-option|primary.ovpn:9:")))
            script = true;
    QVERIFY2(script, qPrintable(findings.join('\n')));
    QVERIFY(connectionItem(f.w, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("warning")));
    // The details name them too.
    f.w.actions()->connectionDetails->trigger();
    QCOMPARE(f.sink.messages.size(), 1);
    QCOMPARE(f.sink.messages[0].kind, QStringLiteral("information"));
    QVERIFY2(f.sink.messages[0].text.contains(QStringLiteral("primary.ovpn:9:")),
             qPrintable(f.sink.messages[0].text));
    QVERIFY(f.sink.messages[0].text.contains(QStringLiteral("0.0.0.0/1")));
    // AWS notes: an endpoint with route enforcement and a status other than available.
    AwsRequest r;
    r.endpoints = data("aws/endpoints-split.json");
    r.routes = data("aws/routes-split.json");
    r.endpointId = QStringLiteral("cvpn-endpoint-0fedcba9876543210");
    QVERIFY(f.w.workspace()->openAwsConnection(r));
    bool aws = false;
    for (const QString& m : findingMessages(f.w))
        if (m.contains(QLatin1String("AWS New endpoint")) &&
            m.startsWith(QLatin1String("profile-")))
            aws = true;
    QVERIFY2(aws, qPrintable(findingMessages(f.w).join('\n')));
    // Before the VPN, the connections say nothing about the table.
    f.w.workspace()->setShowBefore(true); // the table has no before: stays on the after view
    QVERIFY(!f.w.workspace()->showingBefore());
}

void TestSources::pushAppliedToProfileShowsFilteredItems() {
    Fixture f;
    QVERIFY(f.openTable());
    QVERIFY(f.w.workspace()->attachProfile(data("ovpn/pull-filter-ignore-redirect.ovpn")));
    QVERIFY(f.w.workspace()->openPushText(
        QStringLiteral("PUSH_REPLY,redirect-gateway def1,route 10.80.0.0 "
                       "255.255.0.0,dhcp-option DNS 10.80.0.53"),
        QString(), 0));
    // The push updated that connection instead of adding one.
    QCOMPARE(f.w.workspace()->connectionCount(), 1);
    const QStringList pushed = pushedOf(f.conn(0));
    QVERIFY2(pushed.contains(QStringLiteral("10.80.0.0/16")), qPrintable(pushed.join(',')));
    QVERIFY2(!pushed.contains(QStringLiteral("0.0.0.0/1")), qPrintable(pushed.join(',')));
    bool filtered = false;
    for (const QString& m : findingMessages(f.w))
        if (m.startsWith(QLatin1String("profile-push-ignored-by-filter|")) &&
            m.contains(QLatin1String("redirect-gateway def1")))
            filtered = true;
    QVERIFY2(filtered, qPrintable(findingMessages(f.w).join('\n')));
}

void TestSources::recentReopensConnections() {
    Fixture f;
    QVERIFY(f.openTable());
    QVERIFY(f.w.workspace()->openFile(data("sources/backup.ovpn")));
    QCOMPARE(f.w.workspace()->recentFiles().value(0),
             QFileInfo(data("sources/backup.ovpn")).absoluteFilePath());
    ServerRequest r;
    r.config = data("server/site-to-site.conf");
    r.client = QStringLiteral("branch-a");
    QVERIFY(f.w.workspace()->openServerConnection(r));
    const QString serverEntry = f.w.workspace()->recentFiles().value(0);
    QVERIFY2(serverEntry.startsWith(QLatin1String("splitroute-server:")), qPrintable(serverEntry));
    AwsRequest a;
    a.endpoints = data("aws/endpoints-full-tunnel.json");
    a.routes = data("aws/routes-full-tunnel.json");
    QVERIFY(f.w.workspace()->openAwsConnection(a));
    const QString awsEntry = f.w.workspace()->recentFiles().value(0);
    QVERIFY2(awsEntry.startsWith(QLatin1String("splitroute-aws:")), qPrintable(awsEntry));
    QCOMPARE(f.w.workspace()->connectionCount(), 3);
    while (f.w.workspace()->connectionCount() > 0)
        QVERIFY(f.w.workspace()->removeConnection(0));

    // A new window reads the list back; each entry brings its connection back.
    Fixture g;
    QVERIFY(g.openTable());
    const QStringList recent = g.w.workspace()->recentFiles();
    QVERIFY(recent.contains(serverEntry) && recent.contains(awsEntry));
    QVERIFY(g.w.workspace()->openRecent(serverEntry));
    QCOMPARE(g.conn(0).kind, VpnConnection::Kind::Server);
    QVERIFY(g.conn(0).name.contains(QStringLiteral("branch-a")));
    QVERIFY(pushedOf(g.conn(0)).contains(QStringLiteral("192.168.20.0/24")));
    QVERIFY(g.w.workspace()->openRecent(awsEntry));
    QCOMPARE(g.conn(1).kind, VpnConnection::Kind::Aws);
    QVERIFY(pushedOf(g.conn(1)).contains(QStringLiteral("0.0.0.0/1")));
    QVERIFY(g.w.workspace()->openRecent(QFileInfo(data("sources/backup.ovpn")).absoluteFilePath()));
    QCOMPARE(g.w.workspace()->connectionCount(), 3);
    // Opening one again reloads it rather than adding a twin.
    QVERIFY(g.w.workspace()->openRecent(serverEntry));
    QCOMPARE(g.w.workspace()->connectionCount(), 3);
    QCOMPARE(g.lastError(), QString());
    QCOMPARE(recentLabel(serverEntry), QStringLiteral("site-to-site.conf as branch-a"));
}

void TestSources::dropLogFile() {
    Fixture f;
    QVERIFY(f.openTable());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(data("ovpn/logs/client-split.log")),
                  QUrl::fromLocalFile(data("sources/primary.ovpn"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.w, &drop);
    QCOMPARE(f.lastError(), QString());
    QCOMPARE(f.w.workspace()->connectionCount(), 2);
    QCOMPARE(f.conn(0).kind, VpnConnection::Kind::Push);
    QCOMPARE(f.conn(1).kind, VpnConnection::Kind::Profile);
    // A routing table dropped alongside is still a table.
    QCOMPARE(f.w.workspace()->currentSource()->name, QStringLiteral("two-tunnels.ip.txt"));
}

void TestSources::dialogsBuildRequests() {
    ServerConnectionDialog server;
    auto* serverOk = server.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!serverOk->isEnabled());
    server.setConfig(data("server/site-to-site.conf"));
    QCOMPARE(QDir(server.ccdEdit()->text()).canonicalPath(),
             QDir(data("server/ccd")).canonicalPath());
    QStringList clients;
    for (int i = 0; i < server.clientCombo()->count(); ++i)
        clients << server.clientCombo()->itemText(i);
    QVERIFY2(clients.contains(QStringLiteral("branch-a")) &&
                 clients.contains(QStringLiteral("laptop-kiosk")),
             qPrintable(clients.join(',')));
    server.clientCombo()->setCurrentText(QStringLiteral("laptop-kiosk"));
    QCOMPARE(server.request().client, QStringLiteral("laptop-kiosk"));
    server.clientCombo()->setCurrentIndex(0);
    QCOMPARE(server.request().client, QString());
    QVERIFY(serverOk->isEnabled());

    AwsConnectionDialog aws;
    aws.setEndpointsFile(data("aws/endpoints-split.json"));
    QCOMPARE(aws.endpointCombo()->count(), 2);
    aws.endpointCombo()->setCurrentIndex(1);
    aws.routesEdit()->setText(data("aws/routes-split.json"));
    const AwsRequest r = aws.request();
    QCOMPARE(r.endpointId, QStringLiteral("cvpn-endpoint-0fedcba9876543210"));
    QCOMPARE(r.routes, data("aws/routes-split.json"));

    PushReplyDialog paste({QStringLiteral("a.ovpn"), QStringLiteral("b.ovpn")}, 1);
    QCOMPARE(paste.baseConnection(), 1);
    const QString shots = qEnvironmentVariable("SPLITROUTE_SHOT_DIR");
    if (!shots.isEmpty()) { // for a person to look at
        server.grab().save(shots + QStringLiteral("/dialog-server.png"));
        aws.grab().save(shots + QStringLiteral("/dialog-aws.png"));
        paste.grab().save(shots + QStringLiteral("/dialog-paste.png"));
    }
    paste.baseCombo()->setCurrentIndex(0);
    QCOMPARE(paste.baseConnection(), -1);
    auto* pasteOk = paste.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!pasteOk->isEnabled());
    paste.textEdit()->setPlainText(QStringLiteral("PUSH_REPLY,route 10.1.0.0 255.255.0.0"));
    QVERIFY(pasteOk->isEnabled());
}

void TestSources::dockModel() {
    Fixture f;
    QAbstractItemModelTester tester(f.w.sourcesView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(f.w.workspace()->openDemo());
    // The demo's profile is a connection of the demo table.
    QCOMPARE(f.w.workspace()->connectionCount(), 1);
    QVERIFY(connectionItem(f.w, 0).isValid());
    QVERIFY(f.openTable());
    QVERIFY(f.w.workspace()->attachProfile(data("sources/primary.ovpn")));
    QVERIFY(f.w.workspace()->attachProfile(data("sources/backup.ovpn")));
    QVERIFY(f.w.workspace()->removeConnection(0));
    // Selecting a connection item shows its table and puts it in the Networks tab.
    SourcesView* tree = f.w.sourcesView();
    const QAbstractItemModel* model = tree->model();
    const QModelIndex files = model->index(SourcesModel::FilesRow, 0);
    QCOMPARE(model->rowCount(files), 2);
    tree->setCurrentIndex(model->index(0, 0, model->index(0, 0, files))); // the demo's connection
    QCOMPARE(f.w.workspace()->currentSource()->kind, TableSource::Kind::Demo);
    tree->setCurrentIndex(model->index(0, 0, model->index(1, 0, files)));
    QCOMPARE(f.w.workspace()->currentSource()->name, QStringLiteral("two-tunnels.ip.txt"));
    QCOMPARE(f.w.workspace()->currentSource()->selected()->name, QStringLiteral("backup.ovpn"));
}

QTEST_MAIN(TestSources)
#include "TestSources.moc"
