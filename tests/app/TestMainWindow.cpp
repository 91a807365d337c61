// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "app/gui/AddressMapWidget.h"
#include "app/gui/ChangesView.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/FindingsModel.h"
#include "app/gui/KeepChangesDialog.h"
#include "core/export/Exporter.h"
#include "app/gui/NetworksView.h"
#include "app/gui/MainWindow.h"
#include "app/gui/HelperSession.h"
#include "app/gui/MessageSink.h"
#include "app/gui/RouteFilterProxyModel.h"
#include "app/gui/RouteTableModel.h"
#include "core/TableAnnotations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace splitroute;
using namespace splitroute::app;

namespace {
/// Records what the window would have shown in modal dialogs.
class RecordingSink final : public MessageSink {
public:
    struct Message {
        QString kind, title, text;
    };
    QList<Message> messages;
    bool answer = true;
    void error(QWidget*, const QString& title, const QString& text) override {
        messages.append({QStringLiteral("error"), title, text});
    }
    void information(QWidget*, const QString& title, const QString& text) override {
        messages.append({QStringLiteral("information"), title, text});
    }
    bool question(QWidget*, const QString& title, const QString& text) override {
        messages.append({QStringLiteral("question"), title, text});
        return answer;
    }
};

int rowOf(const RouteTableModel* m, const char* destination, const char* table = "main") {
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->routeAt(r)->destination.toString() == destination &&
            core::tableName(m->routeAt(r)->table) == table)
            return r;
    return -1;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void demoMarksOverride();
    void beforeAfterToggle();
    void filterFromWindow();
    void mapClickSelectsRow();
    void brokenFileShowsLine();
    void openFileAndRecent();
    void copyRows();
    void sourcesModel();
    void changesTab();
    void findingsDock();
    void networksTab();
    void exportEveryFormat();
    void applyThenCountdownReverts();
    void applyAndKeep();
    void dropOpensFiles();
    void brokenProfileShowsLine();
    void savePolicyAndLoadIt();
    void helperApplyCountdownReverts();
    void helperApplyKeepThenRevert();
    void saveSnapshotRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SplitrouteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_app_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::demoMarksOverride() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QAbstractItemModelTester tester(w.routeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w.openDemo());
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    const RouteTableModel* m = w.routeModel();
    QVERIFY(m->rowCount() > 10);
    QVERIFY(!w.showingBefore());
    const int lo = rowOf(m, "0.0.0.0/1");
    const int hi = rowOf(m, "128.0.0.0/1");
    const int def = rowOf(m, "0.0.0.0/0");
    const int lan = rowOf(m, "192.168.1.0/24");
    QVERIFY(lo >= 0 && hi >= 0 && def >= 0 && lan >= 0);
    QVERIFY(m->flagsAt(lo) & core::annotation::DefaultOverride);
    QVERIFY(m->flagsAt(hi) & core::annotation::DefaultOverride);
    QVERIFY(m->flagsAt(def) & core::annotation::Shadowed);
    QCOMPARE(m->flagsAt(lan), 0u);
    QCOMPARE(m->index(def, RouteTableModel::Badges).data().toString(), QStringLiteral("shadowed"));
    QCOMPARE(m->index(lo, RouteTableModel::Badges).data().toString(),
             QStringLiteral("default override, pushed"));
    // The corporate network comes from the demo profile; the LAN and the server route do not.
    QCOMPARE(m->flagsAt(rowOf(m, "10.20.0.0/16")), core::annotation::Pushed);
    QCOMPARE(m->flagsAt(rowOf(m, "198.51.100.10/32")), 0u);
    // What the table view shows (through the proxy) carries the same marks.
    QTableView* view = w.tableView();
    int marked = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()
                ->index(r, RouteTableModel::Badges)
                .data()
                .toString()
                .contains(QLatin1String("default override")))
            ++marked;
    QCOMPARE(marked, 2);
    QVERIFY(w.statusText().contains(QStringLiteral("Demo: simulated backend")));
    QVERIFY(w.statusText().contains(QString::number(m->rowCount())));
}

void TestMainWindow::beforeAfterToggle() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.openDemo());
    const int after = w.routeModel()->rowCount();
    w.setShowBefore(true);
    QVERIFY(w.showingBefore());
    const RouteTableModel* m = w.routeModel();
    QVERIFY(m->rowCount() < after);
    QCOMPARE(rowOf(m, "0.0.0.0/1"), -1);
    const int def = rowOf(m, "0.0.0.0/0");
    QVERIFY(def >= 0);
    QCOMPARE(m->flagsAt(def), 0u); // nothing shadows it before the VPN
    w.setShowBefore(false);
    QCOMPARE(w.routeModel()->rowCount(), after);
}

void TestMainWindow::filterFromWindow() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.openDemo());
    QTest::keyClicks(w.filterEdit(), QStringLiteral("10.20.1.1"));
    auto* proxy = w.routeProxy();
    QStringList got;
    for (int r = 0; r < proxy->rowCount(); ++r)
        got << proxy->index(r, 0).data().toString();
    got.sort();
    // The routes that contain the address: the shadowed default, the /1 half, the /16.
    QCOMPARE(got, (QStringList{"0.0.0.0/0", "0.0.0.0/1", "10.20.0.0/16"}));
    w.filterEdit()->clear();
    const int ifc = w.interfaceCombo()->findText(QStringLiteral("tun0"));
    QVERIFY(ifc > 0);
    w.interfaceCombo()->setCurrentIndex(ifc);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, RouteTableModel::Interface).data().toString(),
                 QStringLiteral("tun0"));
    QVERIFY(proxy->rowCount() >= 4);
    w.interfaceCombo()->setCurrentIndex(0);
    w.familyCombo()->setCurrentIndex(w.familyCombo()->findData(6));
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, 0).data().toString().contains(':'));
}

void TestMainWindow::mapClickSelectsRow() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.resize(1200, 800);
    QVERIFY(w.openDemo());
    w.show();
    w.tabs()->setCurrentIndex(MainWindow::MapTab);
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    AddressMapWidget* map = w.mapWidget();
    const int hi = rowOf(w.routeModel(), "128.0.0.0/1");
    const QRect r = map->routeRect(hi);
    QVERIFY(!r.isEmpty());
    QTest::mouseClick(map, Qt::LeftButton, {}, r.center());
    const QModelIndex cur = w.tableView()->selectionModel()->currentIndex();
    QVERIFY(cur.isValid());
    QCOMPARE(w.routeProxy()->mapToSource(cur).row(), hi);
    // And the other way: selecting a row highlights it in the map.
    const int lan = rowOf(w.routeModel(), "192.168.1.0/24");
    w.tableView()->selectRow(w.routeProxy()->mapFromSource(w.routeModel()->index(lan, 0)).row());
    QCOMPARE(map->selectedRoute(), long(lan));
}

void TestMainWindow::brokenFileShowsLine() {
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": \"splitroute-snapshot\",\n  \"version\": 1,\n"
            "  \"routes\": [ {\"destination\": \"10.0.0.0/8\",, } ]\n}\n");
    f.close();
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(!w.openFile(path));
    QCOMPARE(sink.messages.size(), 1);
    QCOMPARE(sink.messages[0].kind, QStringLiteral("error"));
    QVERIFY2(sink.messages[0].text.contains(QStringLiteral("broken.json:4")),
             qPrintable(sink.messages[0].text));
    QCOMPARE(w.currentSource(), nullptr);
}

void TestMainWindow::openFileAndRecent() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    const QString path =
        QStringLiteral(SPLITROUTE_SOURCE_DIR) + QStringLiteral("/resources/demo/before-vpn.json");
    QVERIFY(w.openFile(path));
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    QVERIFY(w.currentSource());
    QCOMPARE(w.currentSource()->name, QStringLiteral("before-vpn.json"));
    QVERIFY(w.routeModel()->rowCount() > 5);
    QCOMPARE(w.recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    // Opening it again reloads it instead of listing it twice.
    QVERIFY(w.openFile(path));
    QCOMPARE(w.sourcesTree()->topLevelItem(1)->childCount(), 1);
    // A second window reads the recent list back from the settings.
    MainWindow w2;
    QCOMPARE(w2.recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::copyRows() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.openDemo());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.filterEdit()->setText(QStringLiteral("128.0.0.0/1"));
    QCOMPARE(w.routeProxy()->rowCount(), 1);
    w.tableView()->setFocus();
    w.tableView()->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keySequence(w.tableView(), QKeySequence::Copy);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("128.0.0.0/1\t10.8.0.1\ttun0")), qPrintable(text));
}

void TestMainWindow::sourcesModel() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QAbstractItemModelTester tester(w.sourcesTree()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w.openDemo());
    QVERIFY(w.openFile(QStringLiteral(SPLITROUTE_SOURCE_DIR) +
                       QStringLiteral("/resources/demo/before-vpn.json")));
    QCOMPARE(w.currentSource()->name, QStringLiteral("before-vpn.json"));
    // Selecting the demo in the dock shows it again.
    QTreeWidgetItem* files = w.sourcesTree()->topLevelItem(1);
    QCOMPARE(files->childCount(), 2);
    w.sourcesTree()->setCurrentItem(files->child(0));
    QCOMPARE(w.currentSource()->kind, TableSource::Kind::Demo);
}

void TestMainWindow::changesTab() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.openDemo());
    ChangesView* c = w.changesView();
    QStringList added;
    for (int i = 0; i < c->list()->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = c->list()->topLevelItem(i);
        QCOMPARE(item->text(0), QStringLiteral("added"));
        added << item->text(1);
    }
    added.sort();
    QCOMPARE(added, (QStringList{"0.0.0.0/1", "10.20.0.0/16", "10.8.0.0/24", "10.8.0.255/32",
                                 "10.8.0.6/32", "128.0.0.0/1", "198.51.100.10/32"}));
    QVERIFY(c->summary()->text().startsWith(QStringLiteral("7 added, 0 removed, 0 changed")));
    // The effective diff: what used to leave through wlan0 now goes through the tunnel.
    QVERIFY(c->effectiveList()->topLevelItemCount() > 0);
    bool wlanToTun = false;
    for (int i = 0; i < c->effectiveList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = c->effectiveList()->topLevelItem(i);
        if (item->text(0).contains(QStringLiteral("dev wlan0")) &&
            item->text(1).contains(QStringLiteral("dev tun0")) && !item->text(2).isEmpty())
            wlanToTun = true;
    }
    QVERIFY(wlanToTun);
    c->lookupEdit()->setText(QStringLiteral("93.184.216.34"));
    const QString result = c->lookupResult()->text();
    QVERIFY2(result.contains(QStringLiteral("Before: default via 192.168.1.1 dev wlan0")),
             qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("After: 0.0.0.0/1 via 10.8.0.1 dev tun0")),
             qPrintable(result));
    // A single table has no changes to show.
    QVERIFY(w.openFile(QStringLiteral(SPLITROUTE_SOURCE_DIR) +
                       QStringLiteral("/resources/demo/before-vpn.json")));
    QCOMPARE(c->list()->topLevelItemCount(), 0);
    QCOMPARE(c->effectiveList()->topLevelItemCount(), 0);
}

void TestMainWindow::findingsDock() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QAbstractItemModelTester tester(w.findingsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w.openDemo());
    // The demo tunnels IPv4 only while the laptop has an IPv6 default route: a leak.
    FindingsModel* m = w.findingsModel();
    QStringList codes;
    for (int r = 0; r < m->rowCount(); ++r)
        codes << m->index(r, 0).data(Qt::UserRole).toString();
    QVERIFY2(codes.contains(QStringLiteral("ipv6-leak")), qPrintable(codes.join(',')));
    const int leak = static_cast<int>(codes.indexOf(QStringLiteral("ipv6-leak")));
    QCOMPARE(m->index(leak, FindingsModel::Title).data().toString(),
             QStringLiteral("IPv6 traffic does not go through the tunnel"));
    QVERIFY(!m->index(leak, FindingsModel::Severity).data(Qt::DecorationRole).isNull());
    QVERIFY(w.statusText().contains(QStringLiteral("finding")));
    // Activating the finding selects its route in the table.
    emit w.findingsView()->activated(m->index(leak, 0));
    const QModelIndex cur = w.tableView()->selectionModel()->currentIndex();
    QVERIFY(cur.isValid());
    QCOMPARE(w.routeProxy()->mapToSource(cur).row(), rowOf(w.routeModel(), "::/0"));
    // Before the VPN there is nothing to leak around.
    w.setShowBefore(true);
    QCOMPARE(m->rowCount(), 0);
}

void TestMainWindow::networksTab() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.openDemo());
    NetworksView* n = w.networksView();
    QTreeWidget* list = n->list();
    QVERIFY(n->hasPolicy());
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows << list->topLevelItem(i)->text(0) + '|' + list->topLevelItem(i)->text(2);
    QVERIFY2(rows.contains(QStringLiteral("10.20.0.0/16|tun0")), qPrintable(rows.join(';')));
    QVERIFY2(
        rows.contains(QStringLiteral("All other traffic — 0.0.0.0/1 + 128.0.0.0/1 via tun0|tun0")),
        qPrintable(rows.join(';')));
    QVERIFY(!w.exportAction()->isEnabled());

    // Send the home printer's network around the tunnel: the plan adds a route via wlan0.
    QVERIFY(!n->addNetwork(QStringLiteral("192.168.7.300/24"), core::RuleMode::Bypass));
    QVERIFY(!n->messageLabel()->text().isEmpty());
    QVERIFY(n->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    const core::Plan* plan = w.plan();
    QVERIFY(plan);
    QVERIFY(!plan->changes.empty());
    bool found = false;
    for (const auto& c : plan->changes.changes)
        if (c.kind == core::ChangeKind::Add && c.route.destination.toString() == "203.0.113.0/24" &&
            c.route.interface.str() == "wlan0")
            found = true;
    QVERIFY(found);
    QVERIFY(w.exportAction()->isEnabled());
    // The Changes tab shows the planned route.
    QStringList changed;
    for (int i = 0; i < w.changesView()->list()->topLevelItemCount(); ++i)
        changed << w.changesView()->list()->topLevelItem(i)->text(1);
    QVERIFY2(changed.contains(QStringLiteral("203.0.113.0/24")), qPrintable(changed.join(',')));
    QVERIFY(w.changesView()->summary()->text().contains(QStringLiteral("Planned")));

    // A plain table file has no VPN to decide about.
    QVERIFY(w.openFile(QStringLiteral(SPLITROUTE_SOURCE_DIR) +
                       QStringLiteral("/resources/demo/before-vpn.json")));
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!w.exportAction()->isEnabled());
}

void TestMainWindow::exportEveryFormat() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.openDemo());
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.plan());
    ExportDialog dialog(*w.plan());
    dialog.connectionEdit()->setText(QStringLiteral("corporate"));
    for (const auto& f : core::exportFormats()) {
        QVERIFY(dialog.setFormat(QString::fromStdString(f)));
        QVERIFY2(dialog.errorText().isEmpty(),
                 qPrintable(QString::fromStdString(f) + ": " + dialog.errorText()));
        QVERIFY2(!dialog.script().isEmpty(), f.c_str());
        QVERIFY2(!dialog.undoScript().isEmpty(), f.c_str());
    }
    QVERIFY(dialog.setFormat(QStringLiteral("sh")));
    QVERIFY2(dialog.script().contains(QStringLiteral("203.0.113.0/24")),
             qPrintable(dialog.script()));
    QVERIFY(!dialog.setFormat(QStringLiteral("no-such-format")));
}

void TestMainWindow::applyThenCountdownReverts() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.setConfirmSeconds(1);
    QVERIFY(w.openDemo());
    QVERIFY(!w.applyAction()->isEnabled());
    const int rows = w.routeModel()->rowCount();
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.applyAction()->isEnabled());
    QVERIFY(w.applyPlan());
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    // The demo machine now has the bypass route...
    QVERIFY(rowOf(w.routeModel(), "203.0.113.0/24") >= 0);
    QVERIFY(w.routeModel()->rowCount() > rows);
    auto* dialog = w.findChild<KeepChangesDialog*>();
    QVERIFY(dialog);
    // ...and nobody confirms: the countdown takes it back.
    QTRY_COMPARE_WITH_TIMEOUT(w.routeModel()->rowCount(), rows, 5000);
    QCOMPARE(rowOf(w.routeModel(), "203.0.113.0/24"), -1);
}

void TestMainWindow::applyAndKeep() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.setConfirmSeconds(30);
    QVERIFY(w.openDemo());
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.applyPlan());
    auto* dialog = w.findChild<KeepChangesDialog*>();
    QVERIFY(dialog);
    dialog->accept();
    QCoreApplication::processEvents();
    const int row = rowOf(w.routeModel(), "203.0.113.0/24");
    QVERIFY(row >= 0);
    QCOMPARE(w.routeModel()->routeAt(row)->interface.str(), std::string("wlan0"));
    QVERIFY(w.routeModel()->flagsAt(row) & core::annotation::AddedBySplitroute);
}

void TestMainWindow::dropOpensFiles() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(SPLITROUTE_SOURCE_DIR) +
                                      QStringLiteral("/resources/demo/after-vpn.json"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(w.currentSource());
    QCOMPARE(w.currentSource()->name, QStringLiteral("after-vpn.json"));
    QVERIFY(w.routeModel()->rowCount() > 20);
}

#ifdef SPLITROUTE_HELPER_PATH
namespace {
/// A splitroute-helper on a copy of the demo machine (--simulate): no root, no real routes.
platform::HelperClientOptions simulatedHelper(const QString& machineFile, const QString& stateDir) {
    platform::HelperClientOptions o;
    o.helperPath = SPLITROUTE_HELPER_PATH;
    o.elevation = platform::HelperClientOptions::Elevation::Direct;
    o.extraArgs = {"--simulate", machineFile.toStdString(), "--allow-unprivileged", "--state-dir",
                   stateDir.toStdString()};
    o.timeout = std::chrono::seconds(30);
    o.discardStderr = true;
    return o;
}

QString writeDemoMachine(const QString& path) {
    MainWindow demo;
    RecordingSink sink;
    demo.setMessageSink(&sink);
    if (!demo.openDemo())
        return {};
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(QByteArray::fromStdString(demo.demoMachineJson().dump()));
    return path;
}

bool machineHas(const QString& path, const char* destination) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const auto j = nlohmann::json::parse(f.readAll().toStdString());
    for (const auto& r : j.at("routes"))
        if (r.value("destination", std::string()) == destination)
            return true;
    return false;
}
} // namespace
#endif

void TestMainWindow::savePolicyAndLoadIt() {
    const QString path = m_dir.filePath(QStringLiteral("policy.json"));
    core::SplitPolicy saved;
    {
        MainWindow w;
        RecordingSink sink;
        w.setMessageSink(&sink);
        QVERIFY(w.openDemo());
        QVERIFY(
            w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
        QVERIFY(w.savePolicy(path));
        saved = w.networksView()->policy();
        QVERIFY(sink.messages.isEmpty());
    }
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.openDemo());
    QVERIFY(!(w.networksView()->policy() == saved));
    QVERIFY(w.plan() == nullptr || w.plan()->changes.empty());
    QVERIFY(w.loadPolicy(path));
    QVERIFY(w.networksView()->policy() == saved);
    QVERIFY(w.plan() && !w.plan()->changes.empty());
    QVERIFY(sink.messages.isEmpty());
    // A broken policy names the file and the line.
    const QString broken = m_dir.filePath(QStringLiteral("broken-policy.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"other\": \"tunnel\",\n  \"rules\": [ {\"network\": \"10.0.0.1/8\"} ]\n}\n");
    }
    QVERIFY(!w.loadPolicy(broken));
    QCOMPARE(sink.messages.size(), 1);
    QVERIFY2(sink.messages[0].text.contains(QStringLiteral("broken-policy.json:")),
             qPrintable(sink.messages[0].text));
    QVERIFY(w.networksView()->policy() == saved);
}

void TestMainWindow::brokenProfileShowsLine() {
    const QString path = m_dir.filePath(QStringLiteral("broken.ovpn"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("client\ndev tun\nremote vpn.example.com 1194 udp\n<ca>\nnot closed\n");
    }
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.openDemo());
    QVERIFY(!w.attachProfile(path));
    QCOMPARE(sink.messages.size(), 1);
    QCOMPARE(sink.messages[0].kind, QStringLiteral("error"));
    QVERIFY2(sink.messages[0].text.contains(QStringLiteral("broken.ovpn:")),
             qPrintable(sink.messages[0].text));
    // A good one feeds the Networks tab.
    QVERIFY(
        w.attachProfile(QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo/corporate.ovpn")));
    QVERIFY(!w.currentSource()->pushed.empty());
    QCOMPARE(sink.messages.size(), 1);
}

void TestMainWindow::helperApplyCountdownReverts() {
#ifndef SPLITROUTE_HELPER_PATH
    QSKIP("splitroute-helper is not built in this configuration");
#else
    QTemporaryDir state;
    const QString machine = writeDemoMachine(m_dir.filePath(QStringLiteral("machine1.json")));
    QVERIFY(!machine.isEmpty());
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.setConfirmSeconds(1);
    w.setHelperOptions(simulatedHelper(machine, state.path()));
    QVERIFY(w.openLive());
    QTRY_VERIFY_WITH_TIMEOUT(
        w.currentSource() && w.currentSource()->kind == TableSource::Kind::Live, 15000);
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    QVERIFY(w.statusText().contains(QStringLiteral("simulated")));
    QVERIFY(
        w.attachProfile(QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo/corporate.ovpn")));
    const int rows = w.routeModel()->rowCount();
    QVERIFY(rows > 20);
    QCOMPARE(rowOf(w.routeModel(), "203.0.113.0/24"), -1);
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.applyAction()->isEnabled());
    QVERIFY(w.applyPlan());
    // The helper applied it (the window re-reads the table through it)...
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<KeepChangesDialog*>(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(w.routeModel(), "203.0.113.0/24") >= 0, 15000);
    QVERIFY(machineHas(machine, "203.0.113.0/24"));
    // ...nobody confirms: the countdown sends revert, the helper takes it back.
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(w.routeModel(), "203.0.113.0/24"), -1, 15000);
    QCOMPARE(w.routeModel()->rowCount(), rows);
    QVERIFY(!machineHas(machine, "203.0.113.0/24"));
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
#endif
}

void TestMainWindow::helperApplyKeepThenRevert() {
#ifndef SPLITROUTE_HELPER_PATH
    QSKIP("splitroute-helper is not built in this configuration");
#else
    QTemporaryDir state;
    const QString machine = writeDemoMachine(m_dir.filePath(QStringLiteral("machine2.json")));
    QVERIFY(!machine.isEmpty());
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.setConfirmSeconds(30);
    w.setHelperOptions(simulatedHelper(machine, state.path()));
    QVERIFY(w.openLive());
    QTRY_VERIFY_WITH_TIMEOUT(
        w.currentSource() && w.currentSource()->kind == TableSource::Kind::Live, 15000);
    QVERIFY(
        w.attachProfile(QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo/corporate.ovpn")));
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.applyPlan());
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<KeepChangesDialog*>(), 15000);
    QCOMPARE(w.helperSession()->state(), HelperSession::State::Pending);
    QVERIFY(w.statusText().contains(QStringLiteral("confirmation")));
    w.findChild<KeepChangesDialog*>()->accept();
    QTRY_COMPARE_WITH_TIMEOUT(w.helperSession()->state(), HelperSession::State::Ready, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(w.routeModel(), "203.0.113.0/24") >= 0, 15000);
    const int row = rowOf(w.routeModel(), "203.0.113.0/24");
    QCOMPARE(w.routeModel()->routeAt(row)->interface.str(), std::string("wlan0"));
    QVERIFY(machineHas(machine, "203.0.113.0/24"));
    // Revert (menu action; the question is answered yes) undoes the confirmed apply.
    QVERIFY(w.revertAction()->isEnabled());
    w.revertAction()->trigger();
    QCOMPARE(sink.messages.value(0).kind, QStringLiteral("question"));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(w.routeModel(), "203.0.113.0/24"), -1, 15000);
    QVERIFY(!machineHas(machine, "203.0.113.0/24"));
    QCOMPARE(sink.messages.size(), 1);
#endif
}

void TestMainWindow::saveSnapshotRoundTrip() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.openDemo());
    const QString path = m_dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(w.saveSnapshot(path));
    const int rows = w.routeModel()->rowCount();
    QVERIFY(w.openFile(path));
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    QCOMPARE(w.routeModel()->rowCount(), rows);
    QVERIFY(w.saveSnapshot(m_dir.filePath(QStringLiteral("no/such/dir/x.json"))) == false);
    QCOMPARE(sink.messages.size(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
