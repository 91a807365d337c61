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
#include "app/gui/KeeperWatch.h"
#include "app/Logging.h"
#include "app/RecordingSink.h"
#include "app/gui/ApplyController.h"
#include "app/gui/FindingsPanel.h"
#include "app/gui/MapPage.h"
#include "app/gui/RoutingPage.h"
#include "app/gui/SourcesModel.h"
#include "app/gui/SourcesView.h"
#include "app/gui/StatusLine.h"
#include "app/gui/WindowActions.h"
#include "app/gui/Workspace.h"
#include "app/gui/RouteFilterProxyModel.h"
#include "app/gui/RouteTableModel.h"
#include "core/TableAnnotations.h"
#include "core/plan/KeptPolicy.h"
#include "platform/keeper/KeeperState.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace splitroute;
using namespace splitroute::app;

namespace {
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
    void logFileFromHelpMenu();
    void quitAsksAboutDecisions();
    void quitAsksWhileApplyWaits();
    void decisionsRestoredInSecondWindow();
    void revertAfterKeepOnDemo();
    void initialFocus();
    void exportShortcutInTextFields();
    void tabShortcutsMoveFocus();
    void keepSplitSendsKeep();

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
    QAbstractItemModelTester tester(w.routingPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w.workspace()->openDemo());
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    const RouteTableModel* m = w.routingPage()->model();
    QVERIFY(m->rowCount() > 10);
    QVERIFY(!w.workspace()->showingBefore());
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
    QTableView* view = w.routingPage()->view();
    int marked = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()
                ->index(r, RouteTableModel::Badges)
                .data()
                .toString()
                .contains(QLatin1String("default override")))
            ++marked;
    QCOMPARE(marked, 2);
    QVERIFY(w.statusLine()->text().contains(QStringLiteral("Demo: simulated backend")));
    QVERIFY(w.statusLine()->text().contains(QString::number(m->rowCount())));
}

void TestMainWindow::beforeAfterToggle() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    const int after = w.routingPage()->model()->rowCount();
    w.workspace()->setShowBefore(true);
    QVERIFY(w.workspace()->showingBefore());
    const RouteTableModel* m = w.routingPage()->model();
    QVERIFY(m->rowCount() < after);
    QCOMPARE(rowOf(m, "0.0.0.0/1"), -1);
    const int def = rowOf(m, "0.0.0.0/0");
    QVERIFY(def >= 0);
    QCOMPARE(m->flagsAt(def), 0u); // nothing shadows it before the VPN
    w.workspace()->setShowBefore(false);
    QCOMPARE(w.routingPage()->model()->rowCount(), after);
}

void TestMainWindow::filterFromWindow() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    QTest::keyClicks(w.routingPage()->filterEdit(), QStringLiteral("10.20.1.1"));
    auto* proxy = w.routingPage()->proxy();
    QStringList got;
    for (int r = 0; r < proxy->rowCount(); ++r)
        got << proxy->index(r, 0).data().toString();
    got.sort();
    // The routes that contain the address: the shadowed default, the /1 half, the /16.
    QCOMPARE(got, (QStringList{"0.0.0.0/0", "0.0.0.0/1", "10.20.0.0/16"}));
    w.routingPage()->filterEdit()->clear();
    const int ifc = w.routingPage()->interfaceCombo()->findText(QStringLiteral("tun0"));
    QVERIFY(ifc > 0);
    w.routingPage()->interfaceCombo()->setCurrentIndex(ifc);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, RouteTableModel::Interface).data().toString(),
                 QStringLiteral("tun0"));
    QVERIFY(proxy->rowCount() >= 4);
    w.routingPage()->interfaceCombo()->setCurrentIndex(0);
    w.routingPage()->familyCombo()->setCurrentIndex(w.routingPage()->familyCombo()->findData(6));
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, 0).data().toString().contains(':'));
}

void TestMainWindow::mapClickSelectsRow() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.resize(1200, 800);
    QVERIFY(w.workspace()->openDemo());
    w.show();
    w.setCurrentTab(MainWindow::MapTab);
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    AddressMapWidget* map = w.mapPage()->map();
    const int hi = rowOf(w.routingPage()->model(), "128.0.0.0/1");
    const QRect r = map->routeRect(hi);
    QVERIFY(!r.isEmpty());
    QTest::mouseClick(map, Qt::LeftButton, {}, r.center());
    const QModelIndex cur = w.routingPage()->view()->selectionModel()->currentIndex();
    QVERIFY(cur.isValid());
    QCOMPARE(w.routingPage()->proxy()->mapToSource(cur).row(), hi);
    // And the other way: selecting a row highlights it in the map.
    const int lan = rowOf(w.routingPage()->model(), "192.168.1.0/24");
    w.routingPage()->view()->selectRow(
        w.routingPage()->proxy()->mapFromSource(w.routingPage()->model()->index(lan, 0)).row());
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
    QVERIFY(!w.workspace()->openFile(path));
    QCOMPARE(sink.messages.size(), 1);
    QCOMPARE(sink.messages[0].kind, QStringLiteral("error"));
    QVERIFY2(sink.messages[0].text.contains(QStringLiteral("broken.json:4")),
             qPrintable(sink.messages[0].text));
    QCOMPARE(w.workspace()->currentSource(), nullptr);
}

void TestMainWindow::openFileAndRecent() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    const QString path =
        QStringLiteral(SPLITROUTE_SOURCE_DIR) + QStringLiteral("/resources/demo/before-vpn.json");
    QVERIFY(w.workspace()->openFile(path));
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    QVERIFY(w.workspace()->currentSource());
    QCOMPARE(w.workspace()->currentSource()->name, QStringLiteral("before-vpn.json"));
    QVERIFY(w.routingPage()->model()->rowCount() > 5);
    QCOMPARE(w.workspace()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    // Opening it again reloads it instead of listing it twice.
    QVERIFY(w.workspace()->openFile(path));
    const QAbstractItemModel* sources = w.sourcesView()->model();
    QCOMPARE(sources->rowCount(sources->index(SourcesModel::FilesRow, 0)), 1);
    // A second window reads the recent list back from the settings.
    MainWindow w2;
    QCOMPARE(w2.workspace()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::copyRows() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.routingPage()->filterEdit()->setText(QStringLiteral("128.0.0.0/1"));
    QCOMPARE(w.routingPage()->proxy()->rowCount(), 1);
    w.routingPage()->view()->setFocus();
    w.routingPage()->view()->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keySequence(w.routingPage()->view(), QKeySequence::Copy);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("128.0.0.0/1\t10.8.0.1\ttun0")), qPrintable(text));
}

void TestMainWindow::sourcesModel() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QAbstractItemModelTester tester(w.sourcesView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(w.workspace()->openFile(QStringLiteral(SPLITROUTE_SOURCE_DIR) +
                                    QStringLiteral("/resources/demo/before-vpn.json")));
    QCOMPARE(w.workspace()->currentSource()->name, QStringLiteral("before-vpn.json"));
    // Selecting the demo in the dock shows it again.
    const QAbstractItemModel* model = w.sourcesView()->model();
    const QModelIndex files = model->index(SourcesModel::FilesRow, 0);
    QCOMPARE(model->rowCount(files), 2);
    w.sourcesView()->setCurrentIndex(model->index(0, 0, files));
    QCOMPARE(w.workspace()->currentSource()->kind, TableSource::Kind::Demo);
}

void TestMainWindow::changesTab() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
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
    QVERIFY(w.workspace()->openFile(QStringLiteral(SPLITROUTE_SOURCE_DIR) +
                                    QStringLiteral("/resources/demo/before-vpn.json")));
    QCOMPARE(c->list()->topLevelItemCount(), 0);
    QCOMPARE(c->effectiveList()->topLevelItemCount(), 0);
}

void TestMainWindow::findingsDock() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QAbstractItemModelTester tester(w.findingsPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w.workspace()->openDemo());
    // The demo tunnels IPv4 only while the laptop has an IPv6 default route: a leak.
    FindingsModel* m = w.findingsPanel()->model();
    QStringList codes;
    for (int r = 0; r < m->rowCount(); ++r)
        codes << m->index(r, 0).data(Qt::UserRole).toString();
    QVERIFY2(codes.contains(QStringLiteral("ipv6-leak")), qPrintable(codes.join(',')));
    const int leak = static_cast<int>(codes.indexOf(QStringLiteral("ipv6-leak")));
    QCOMPARE(m->index(leak, FindingsModel::Title).data().toString(),
             QStringLiteral("IPv6 traffic does not go through the tunnel"));
    QVERIFY(!m->index(leak, FindingsModel::Severity).data(Qt::DecorationRole).isNull());
    QVERIFY(w.statusLine()->text().contains(QStringLiteral("finding")));
    // Activating the finding selects its route in the table.
    emit w.findingsPanel()->view()->activated(m->index(leak, 0));
    const QModelIndex cur = w.routingPage()->view()->selectionModel()->currentIndex();
    QVERIFY(cur.isValid());
    QCOMPARE(w.routingPage()->proxy()->mapToSource(cur).row(),
             rowOf(w.routingPage()->model(), "::/0"));
    // Before the VPN there is nothing to leak around.
    w.workspace()->setShowBefore(true);
    QCOMPARE(m->rowCount(), 0);
}

void TestMainWindow::networksTab() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
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
    QVERIFY(!w.actions()->exportPlan->isEnabled());

    // Send the home printer's network around the tunnel: the plan adds a route via wlan0.
    QVERIFY(!n->addNetwork(QStringLiteral("192.168.7.300/24"), core::RuleMode::Bypass));
    QVERIFY(!n->messageLabel()->text().isEmpty());
    QVERIFY(n->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    const core::Plan* plan = w.workspace()->plan();
    QVERIFY(plan);
    QVERIFY(!plan->changes.empty());
    bool found = false;
    for (const auto& c : plan->changes.changes)
        if (c.kind == core::ChangeKind::Add && c.route.destination.toString() == "203.0.113.0/24" &&
            c.route.interface.str() == "wlan0")
            found = true;
    QVERIFY(found);
    QVERIFY(w.actions()->exportPlan->isEnabled());
    // The Changes tab shows the planned route.
    QStringList changed;
    for (int i = 0; i < w.changesView()->list()->topLevelItemCount(); ++i)
        changed << w.changesView()->list()->topLevelItem(i)->text(1);
    QVERIFY2(changed.contains(QStringLiteral("203.0.113.0/24")), qPrintable(changed.join(',')));
    QVERIFY(w.changesView()->summary()->text().contains(QStringLiteral("Planned")));

    // A plain table file has no VPN to decide about.
    QVERIFY(w.workspace()->openFile(QStringLiteral(SPLITROUTE_SOURCE_DIR) +
                                    QStringLiteral("/resources/demo/before-vpn.json")));
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!w.actions()->exportPlan->isEnabled());
}

void TestMainWindow::exportEveryFormat() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.workspace()->plan());
    ExportDialog dialog(*w.workspace()->plan());
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
    QVERIFY2(dialog.noticeText().isEmpty(), qPrintable(dialog.noticeText())); // Linux for Linux
    // The demo is a Linux table: a PowerShell script for it says what to check first.
    QVERIFY(dialog.setFormat(QStringLiteral("powershell")));
    QVERIFY2(dialog.noticeText().contains(QStringLiteral("Linux routing table")),
             qPrintable(dialog.noticeText()));
    QVERIFY(!dialog.setFormat(QStringLiteral("no-such-format")));
    // Save asks where through the sink (the window hands its own to the dialog).
    QVERIFY(dialog.setFormat(QStringLiteral("sh")));
    dialog.setMessageSink(&sink);
    const QString path = m_dir.filePath(QStringLiteral("split.sh"));
    sink.fileAnswers = {path};
    QPushButton* save = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Save…"))
            save = b;
    QVERIFY(save);
    save->click();
    QVERIFY(sink.fileAnswers.isEmpty());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), dialog.script());
}

void TestMainWindow::applyThenCountdownReverts() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.applyController()->setConfirmSeconds(1);
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(!w.actions()->apply->isEnabled());
    const int rows = w.routingPage()->model()->rowCount();
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.actions()->apply->isEnabled());
    QVERIFY(w.applyController()->apply());
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    // The demo machine now has the bypass route...
    QVERIFY(rowOf(w.routingPage()->model(), "203.0.113.0/24") >= 0);
    QVERIFY(w.routingPage()->model()->rowCount() > rows);
    auto* dialog = w.findChild<KeepChangesDialog*>();
    QVERIFY(dialog);
    // ...and nobody confirms: the countdown takes it back.
    QTRY_COMPARE_WITH_TIMEOUT(w.routingPage()->model()->rowCount(), rows, 5000);
    QCOMPARE(rowOf(w.routingPage()->model(), "203.0.113.0/24"), -1);
}

void TestMainWindow::applyAndKeep() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.applyController()->setConfirmSeconds(30);
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.applyController()->apply());
    auto* dialog = w.findChild<KeepChangesDialog*>();
    QVERIFY(dialog);
    dialog->accept();
    QCoreApplication::processEvents();
    const int row = rowOf(w.routingPage()->model(), "203.0.113.0/24");
    QVERIFY(row >= 0);
    QCOMPARE(w.routingPage()->model()->routeAt(row)->interface.str(), std::string("wlan0"));
    QVERIFY(w.routingPage()->model()->flagsAt(row) & core::annotation::AddedBySplitroute);
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
    QVERIFY(w.workspace()->currentSource());
    QCOMPARE(w.workspace()->currentSource()->name, QStringLiteral("after-vpn.json"));
    QVERIFY(w.routingPage()->model()->rowCount() > 20);
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
    if (!demo.workspace()->openDemo())
        return {};
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(QByteArray::fromStdString(demo.workspace()->demoMachineJson().dump()));
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
        QVERIFY(w.workspace()->openDemo());
        QVERIFY(
            w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
        QVERIFY(w.workspace()->savePolicy(path));
        saved = w.networksView()->policy();
        QVERIFY(sink.messages.isEmpty());
    }
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(!(w.networksView()->policy() == saved));
    QVERIFY(w.workspace()->plan() == nullptr || w.workspace()->plan()->changes.empty());
    QVERIFY(w.workspace()->loadPolicy(path));
    QVERIFY(w.networksView()->policy() == saved);
    QVERIFY(w.workspace()->plan() && !w.workspace()->plan()->changes.empty());
    QVERIFY(sink.messages.isEmpty());
    // A broken policy names the file and the line.
    const QString broken = m_dir.filePath(QStringLiteral("broken-policy.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"other\": \"tunnel\",\n  \"rules\": [ {\"network\": \"10.0.0.1/8\"} ]\n}\n");
    }
    QVERIFY(!w.workspace()->loadPolicy(broken));
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
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(!w.workspace()->attachProfile(path));
    QCOMPARE(sink.messages.size(), 1);
    QCOMPARE(sink.messages[0].kind, QStringLiteral("error"));
    QVERIFY2(sink.messages[0].text.contains(QStringLiteral("broken.ovpn:")),
             qPrintable(sink.messages[0].text));
    // A good one feeds the Networks tab.
    QVERIFY(w.workspace()->attachProfile(
        QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo/corporate.ovpn")));
    QVERIFY(!w.workspace()->currentSource()->pushed.empty());
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
    w.applyController()->setConfirmSeconds(1);
    w.applyController()->setHelperOptions(simulatedHelper(machine, state.path()));
    QVERIFY(w.workspace()->openLive());
    QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->currentSource() &&
                                 w.workspace()->currentSource()->kind == TableSource::Kind::Live,
                             15000);
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    QVERIFY(w.statusLine()->text().contains(QStringLiteral("simulated")));
    QVERIFY(w.workspace()->attachProfile(
        QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo/corporate.ovpn")));
    const int rows = w.routingPage()->model()->rowCount();
    QVERIFY(rows > 20);
    QCOMPARE(rowOf(w.routingPage()->model(), "203.0.113.0/24"), -1);
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.actions()->apply->isEnabled());
    QVERIFY(w.applyController()->apply());
    // The helper applied it (the window re-reads the table through it)...
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<KeepChangesDialog*>(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(w.routingPage()->model(), "203.0.113.0/24") >= 0, 15000);
    QVERIFY(machineHas(machine, "203.0.113.0/24"));
    // ...nobody confirms: the countdown sends revert, the helper takes it back.
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(w.routingPage()->model(), "203.0.113.0/24"), -1, 15000);
    QCOMPARE(w.routingPage()->model()->rowCount(), rows);
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
    w.applyController()->setConfirmSeconds(30);
    w.applyController()->setHelperOptions(simulatedHelper(machine, state.path()));
    QVERIFY(w.workspace()->openLive());
    QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->currentSource() &&
                                 w.workspace()->currentSource()->kind == TableSource::Kind::Live,
                             15000);
    QVERIFY(w.workspace()->attachProfile(
        QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo/corporate.ovpn")));
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.applyController()->apply());
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<KeepChangesDialog*>(), 15000);
    QCOMPARE(w.applyController()->helperSession()->state(), HelperSession::State::Pending);
    QVERIFY(w.statusLine()->text().contains(QStringLiteral("confirmation")));
    w.findChild<KeepChangesDialog*>()->accept();
    QTRY_COMPARE_WITH_TIMEOUT(w.applyController()->helperSession()->state(),
                              HelperSession::State::Ready, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(w.routingPage()->model(), "203.0.113.0/24") >= 0, 15000);
    const int row = rowOf(w.routingPage()->model(), "203.0.113.0/24");
    QCOMPARE(w.routingPage()->model()->routeAt(row)->interface.str(), std::string("wlan0"));
    QVERIFY(machineHas(machine, "203.0.113.0/24"));
    // Revert (menu action; the question is answered yes) undoes the confirmed apply.
    QVERIFY(w.actions()->revert->isEnabled());
    w.actions()->revert->trigger();
    QCOMPARE(sink.messages.value(0).kind, QStringLiteral("question"));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(w.routingPage()->model(), "203.0.113.0/24"), -1, 15000);
    QVERIFY(!machineHas(machine, "203.0.113.0/24"));
    QCOMPARE(sink.messages.size(), 1);
#endif
}

void TestMainWindow::saveSnapshotRoundTrip() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    const QString path = m_dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(w.workspace()->saveSnapshot(path));
    const int rows = w.routingPage()->model()->rowCount();
    QVERIFY(w.workspace()->openFile(path));
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.messages.value(0).text));
    QCOMPARE(w.routingPage()->model()->rowCount(), rows);
    QVERIFY(w.workspace()->saveSnapshot(m_dir.filePath(QStringLiteral("no/such/dir/x.json"))) ==
            false);
    QCOMPARE(sink.messages.size(), 1);
}

void TestMainWindow::logFileFromHelpMenu() {
    {
        // Not logging to a file: the menu says so.
        MainWindow w;
        RecordingSink sink;
        w.setMessageSink(&sink);
        w.actions()->openLog->trigger();
        QCOMPARE(sink.opened, QStringList());
        QCOMPARE(sink.messages.value(0).text, QStringLiteral("Nothing has been logged to a file."));
    }
    QTemporaryDir state;
    LogOptions o;
    o.file = state.filePath(QStringLiteral("splitroute/splitroute.log")).toStdString();
    o.stderrLevel = LogLevel::Off;
    QVERIFY(initLogging(o).empty());
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    w.actions()->openLog->trigger();
    const QString path = QString::fromStdString(o.file.string());
    QCOMPARE(sink.opened, QStringList{path});
    w.actions()->about->trigger();
    QVERIFY2(sink.messages.value(0).text.contains(QStringLiteral("Log file: ") + path),
             qPrintable(sink.messages.value(0).text));
    // What the window did is in it.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("opened the demo"));
    shutdownLogging();
}

void TestMainWindow::quitAsksAboutDecisions() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.show();
    // Nothing decided: Ctrl+Q quits without a question.
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(w.close());
    QVERIFY(sink.messages.isEmpty());
    w.show();
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    // Test mode keeps no decisions: quitting would lose them, so it asks; "no" stays.
    sink.answer = false;
    w.actions()->quit->trigger();
    QVERIFY(w.isVisible());
    QCOMPARE(sink.messages.size(), 1);
    QCOMPARE(sink.messages[0].kind, QStringLiteral("question"));
    QVERIFY2(sink.messages[0].text.contains(QStringLiteral("decisions")),
             qPrintable(sink.messages[0].text));
    sink.answer = true;
    QVERIFY(w.close());
    QCOMPARE(sink.messages.size(), 2);
    // With a decision store they are not lost: no question.
    QTemporaryDir store;
    w.show();
    w.workspace()->setDecisionDir(store.path());
    w.workspace()->setDecisions(w.networksView()->policy());
    QVERIFY(w.close());
    QCOMPARE(sink.messages.size(), 2);
}

void TestMainWindow::quitAsksWhileApplyWaits() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QTemporaryDir store;
    w.workspace()->setDecisionDir(store.path()); // the decisions are kept: only the apply asks
    w.show();
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.applyController()->apply());
    QVERIFY(w.applyController()->busy());
    sink.answer = false;
    QVERIFY(!w.close());
    QCOMPARE(sink.messages.size(), 1);
    QVERIFY2(sink.messages[0].text.contains(QStringLiteral("wait for you to keep")),
             qPrintable(sink.messages[0].text));
    w.findChild<KeepChangesDialog*>()->accept();
    QVERIFY(!w.applyController()->busy());
    QVERIFY(w.close());
    QCOMPARE(sink.messages.size(), 1);
}

void TestMainWindow::decisionsRestoredInSecondWindow() {
    QTemporaryDir store;
    core::SplitPolicy decided;
    {
        MainWindow w;
        RecordingSink sink;
        w.setMessageSink(&sink);
        w.workspace()->setDecisionDir(store.path());
        QVERIFY(w.workspace()->openDemo());
        QVERIFY(
            w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
        decided = w.networksView()->policy();
        // No orderly quit: the window is simply gone (a crash keeps what was written).
    }
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.workspace()->setDecisionDir(store.path());
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(w.networksView()->policy() == decided);
    QVERIFY(w.workspace()->plan() && !w.workspace()->plan()->changes.empty());
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("restored")),
             qPrintable(w.statusBar()->currentMessage()));
    QVERIFY(w.actions()->apply->isEnabled());
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.joined()));
}

void TestMainWindow::revertAfterKeepOnDemo() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    const int rows = w.routingPage()->model()->rowCount();
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(!w.actions()->revert->isEnabled());
    w.actions()->apply->trigger();
    QCOMPARE(sink.confirmations.size(), 1);
    w.findChild<KeepChangesDialog*>()->accept();
    QVERIFY(rowOf(w.routingPage()->model(), "203.0.113.0/24") >= 0);
    QVERIFY(w.actions()->revert->isEnabled());
    w.actions()->revert->trigger();
    QCOMPARE(sink.messages.value(0).kind, QStringLiteral("question"));
    QCOMPARE(rowOf(w.routingPage()->model(), "203.0.113.0/24"), -1);
    QCOMPARE(w.routingPage()->model()->rowCount(), rows);
    QVERIFY(!w.actions()->revert->isEnabled());
}

void TestMainWindow::initialFocus() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.sourcesView()));
}

void TestMainWindow::exportShortcutInTextFields() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.actions()->exportPlan->isEnabled());
    // The export dialog is modal: count the action instead of opening it.
    QObject::disconnect(w.actions()->exportPlan, &QAction::triggered, &w, nullptr);
    QSignalSpy exported(w.actions()->exportPlan, &QAction::triggered);
    QLineEdit* filter = w.routingPage()->filterEdit();
    w.actions()->find->trigger();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("wlan"));
    // Under X11 key bindings a line edit claims Ctrl+E ("end of line") by accepting the
    // shortcut override, and the window's shortcut never runs. The window takes the override
    // itself, whatever the platform's bindings (the offscreen platform has none for Ctrl+E).
    QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_E, Qt::ControlModifier);
    override.ignore();
    QApplication::sendEvent(filter, &override);
    QVERIFY(override.isAccepted());
    QCOMPARE(exported.count(), 0); // the override only claims the key; the press runs it
    QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(filter->text(), QStringLiteral("wlan"));
    // The look-up box of the Changes tab too.
    w.setCurrentTab(MainWindow::ChangesTab);
    QLineEdit* lookup = w.changesView()->lookupEdit();
    lookup->setFocus();
    QTRY_VERIFY(lookup->hasFocus());
    QTest::keyClick(lookup, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(exported.count(), 2);
    // Editing keys stay the text field's: Ctrl+A selects its text, no action runs.
    QTest::keyClicks(lookup, QStringLiteral("10.1.2.3"));
    QTest::keyClick(lookup, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(lookup->selectedText(), QStringLiteral("10.1.2.3"));
    QKeyEvent selectAll(QEvent::ShortcutOverride, Qt::Key_A, Qt::ControlModifier);
    selectAll.ignore();
    QApplication::sendEvent(lookup, &selectAll);
    QVERIFY(selectAll.isAccepted()); // the line edit's own
    QCOMPARE(exported.count(), 2);
}

void TestMainWindow::tabShortcutsMoveFocus() {
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.workspace()->openDemo());
    w.actions()->find->trigger();
    QTRY_VERIFY(w.routingPage()->filterEdit()->hasFocus());
    // From the filter box (a text field), Ctrl+2 goes to the Networks list.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.currentTab(), MainWindow::NetworksTab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.networksView()->list()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w.currentTab(), MainWindow::MapTab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.mapPage()->map()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(w.currentTab(), MainWindow::ChangesTab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.changesView()->list()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.currentTab(), MainWindow::RoutingTab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.routingPage()->view()));
}

void TestMainWindow::keepSplitSendsKeep() {
#ifndef SPLITROUTE_HELPER_PATH
    QSKIP("splitroute-helper is not built in this configuration");
#else
    QTemporaryDir state;
    QTemporaryDir keepDir;
    QTemporaryDir keeperState;
    const QString machine = writeDemoMachine(m_dir.filePath(QStringLiteral("machine3.json")));
    QVERIFY(!machine.isEmpty());
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.applyController()->setConfirmSeconds(30);
    auto options = simulatedHelper(machine, state.path());
    options.extraArgs.push_back("--keep-dir");
    options.extraArgs.push_back(keepDir.path().toStdString());
    w.applyController()->setHelperOptions(options);
    w.applyController()->keeperWatch()->setStateDir(keeperState.path());
    // Not offered for the demo (nothing there reconnects).
    QVERIFY(w.workspace()->openDemo());
    QVERIFY(!w.actions()->keepSplit->isEnabled());
    QVERIFY(w.workspace()->openLive());
    QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->currentSource() &&
                                 w.workspace()->currentSource()->kind == TableSource::Kind::Live,
                             15000);
    QVERIFY(w.workspace()->attachProfile(
        QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo/corporate.ovpn")));
    QCOMPARE(w.workspace()->currentSource()->selected()->device.str(), std::string("tun0"));
    QVERIFY(w.actions()->keepSplit->isEnabled());
    QVERIFY(w.statusLine()->text().contains(QStringLiteral("Keeper: not running")));
    QVERIFY(w.networksView()->addNetwork(QStringLiteral("203.0.113.0/24"), core::RuleMode::Bypass));
    QVERIFY(w.applyController()->apply());
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<KeepChangesDialog*>(), 15000);
    // Ticked while the countdown runs: it counts for this apply.
    w.actions()->keepSplit->setChecked(true);
    QVERIFY(w.applyController()->keepSplit());
    w.findChild<KeepChangesDialog*>()->accept();
    // Kept: the helper wrote the kept policy where the keeper reads it, matched by device.
    const QString file = keepDir.filePath(QStringLiteral("corporate.json"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(w.applyController()->helperSession()->state(),
                              HelperSession::State::Ready, 15000);
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.joined()));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto kept = core::KeptPolicy::parse(f.readAll().toStdString(), file.toStdString());
        QVERIFY2(kept.ok(), kept.ok() ? "" : kept.error().toString().c_str());
        QCOMPARE(kept.value().name, std::string("corporate"));
        QCOMPARE(kept.value().match.kind, core::KeptMatch::Kind::Device);
        QCOMPARE(kept.value().match.value, std::string("tun0"));
        QVERIFY(kept.value().policy == *w.workspace()->decisions());
    }
    // The helper's keep reply may be handled after its session reads Ready again.
    QTRY_VERIFY_WITH_TIMEOUT(
        w.statusBar()->currentMessage().contains(QStringLiteral("splitroute-keeper holds")), 15000);
    // The keeper reports it: the status bar says so.
    {
        platform::KeeperStatus status;
        status.pid = 99;
        status.updatedAt = 1;
        platform::KeptStatus p;
        p.name = "corporate";
        p.file = file.toStdString();
        p.match = {{"device", "tun0"}};
        p.state = platform::KeptState::Holding;
        p.device = "tun0";
        status.policies.push_back(p);
        QSaveFile f(keeperState.filePath(QStringLiteral("state.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(platform::toJson(status).dump()));
        QVERIFY(f.commit());
    }
    w.applyController()->keeperWatch()->reload();
    QVERIFY2(w.statusLine()->text().contains(QStringLiteral("Keeper: holding corporate on tun0")),
             qPrintable(w.statusLine()->text()));
    // Unchecked: the helper forgets it.
    w.actions()->keepSplit->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(file), 15000);
    QVERIFY2(sink.messages.isEmpty(), qPrintable(sink.joined()));
#endif
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
