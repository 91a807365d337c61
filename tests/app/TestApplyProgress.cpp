// SPDX-License-Identifier: GPL-3.0-or-later
// A long batch through the real splitroute-helper in --simulate mode (no root, no real
// routes): a live table with 3000 pushed /32 routes on tun0 and a policy that bypasses them
// all. The window's progress dialog is shown, its value rises with the helper's progress
// events, it closes, the "Keep these routes?" countdown appears, and Esc reverts: the table is
// as before. HelperSession on its own: progress rises to the total, and cancelling a running
// apply rolls the helper's transaction back.

#include "TestUtil.h"

#include "app/gui/HelperSession.h"
#include "app/gui/KeepChangesDialog.h"
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
#include "app/gui/RouteTableModel.h"
#include "app/gui/TableSource.h"
#include "core/RouteJson.h"

#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace splitroute;
using namespace splitroute::app;

namespace {
constexpr int hostRoutes = 3000; // a long batch: the simulated backend reports every 256

/// Records what the progress dialog does: shown, hidden, the bar's values.
class DialogWatcher : public QObject {
public:
    bool shown = false;
    bool hidden = false;
    QList<int> values;
    bool eventFilter(QObject* o, QEvent* e) override {
        if (e->type() == QEvent::Show)
            shown = true;
        else if (e->type() == QEvent::Hide && shown)
            hidden = true;
        return QObject::eventFilter(o, e);
    }
};

#ifdef SPLITROUTE_HELPER_PATH
platform::HelperClientOptions simulatedHelper(const QString& machineFile, const QString& stateDir) {
    platform::HelperClientOptions o;
    o.helperPath = SPLITROUTE_HELPER_PATH;
    o.elevation = platform::HelperClientOptions::Elevation::Direct;
    o.extraArgs = {"--simulate", machineFile.toStdString(), "--allow-unprivileged", "--state-dir",
                   stateDir.toStdString()};
    o.timeout = std::chrono::seconds(60);
    o.discardStderr = true;
    return o;
}
#endif

std::string hostAddress(int i) {
    return "198.18." + std::to_string(i / 250) + "." + std::to_string(1 + i % 250);
}

/// The demo machine plus `hostRoutes` pushed host routes 198.18.x.y/32 on tun0 (copies of
/// the demo's own tun0 route, so gateway and interface are the VPN's).
QString writeBigMachine(const QString& path) {
    MainWindow demo;
    RecordingSink sink;
    demo.setMessageSink(&sink);
    if (!demo.workspace()->openDemo())
        return {};
    nlohmann::json j = demo.workspace()->demoMachineJson();
    nlohmann::json pushed;
    for (const auto& r : j.at("routes"))
        if (r.value("interface", std::string()) == "tun0" && r.contains("gateway") &&
            r["gateway"].is_string() && r.value("destination", std::string()) != "0.0.0.0/1")
            pushed = r;
    if (pushed.is_null())
        return {};
    for (int i = 0; i < hostRoutes; ++i) {
        nlohmann::json r = pushed;
        r["destination"] = hostAddress(i) + "/32";
        r["protocol"] = "static";
        j["routes"].push_back(r);
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(QByteArray::fromStdString(j.dump()));
    return path;
}

int machineHostRoutes(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const auto j = nlohmann::json::parse(f.readAll().toStdString());
    int n = 0;
    for (const auto& r : j.at("routes")) {
        const auto d = r.value("destination", std::string());
        if (d.rfind("198.18.", 0) == 0 && d.size() > 3 && d.substr(d.size() - 3) == "/32")
            ++n;
    }
    return n;
}
} // namespace

class TestApplyProgress : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void progressDialogDuringLongApply_data();
    void progressDialogDuringLongApply();
    void sessionReportsProgress();
    void cancelRollsBack();

private:
    QTemporaryDir m_dir;
};

void TestApplyProgress::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SplitrouteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_app_applyprogress"));
    QVERIFY(m_dir.isValid());
}

void TestApplyProgress::progressDialogDuringLongApply_data() {
    QTest::addColumn<bool>("cancel");
    QTest::newRow("apply, then revert on the countdown") << false;
    QTest::newRow("cancel in the progress dialog") << true;
}

void TestApplyProgress::progressDialogDuringLongApply() {
    QFETCH(bool, cancel);
#ifndef SPLITROUTE_HELPER_PATH
    QSKIP("splitroute-helper is not built in this configuration");
#else
    QTemporaryDir state;
    const QString machine = writeBigMachine(m_dir.filePath(QStringLiteral("machine-big.json")));
    QVERIFY(!machine.isEmpty());
    QCOMPARE(machineHostRoutes(machine), hostRoutes);
    const QString policy = m_dir.filePath(QStringLiteral("bypass-all.json"));
    {
        QFile f(policy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"splitroute-policy","version":1,"other":"tunnel",
            "rules":[{"network":"198.18.0.0/16","label":"test hosts","mode":"bypass"}]})");
    }
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    w.applyController()->setConfirmSeconds(60);
    w.applyController()->setHelperOptions(simulatedHelper(machine, state.path()));
    QVERIFY(w.workspace()->openLive());
    QTRY_VERIFY_WITH_TIMEOUT(w.workspace()->currentSource() &&
                                 w.workspace()->currentSource()->kind == TableSource::Kind::Live,
                             30000);
    QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    // The policy decides about a VPN connection: the demo's profile describes it.
    QVERIFY(w.workspace()->attachProfile(
        QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo/corporate.ovpn")));
    const int rows = w.routingPage()->model()->rowCount();
    QVERIFY(rows > hostRoutes);
    QVERIFY2(w.workspace()->loadPolicy(policy), qPrintable(sink.joined()));
    QVERIFY(w.workspace()->plan());
    const std::size_t changes = w.workspace()->plan()->changes.size();
    QVERIFY2(changes >= static_cast<std::size_t>(hostRoutes), qPrintable(QString::number(changes)));

    QVERIFY(w.applyController()->apply());
    QPointer<QProgressDialog> progress = w.findChild<QProgressDialog*>();
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), static_cast<int>(changes));
    DialogWatcher watch;
    progress->installEventFilter(&watch);
    auto* bar = progress->findChild<QProgressBar*>();
    QVERIFY(bar);
    connect(bar, &QProgressBar::valueChanged, &watch, [&watch](int v) { watch.values << v; });
    // The window shows the dialog once the apply has taken 500 ms; here at once, so that the
    // test does not depend on how fast this machine applies 3000 routes.
    progress->setMinimumDuration(0);

    if (cancel) {
        // Cancel: the helper finishes the batch and rolls it back at once; no error box, no
        // countdown, the table as before, a word in the status bar.
        auto* cancelButton = progress->findChild<QPushButton*>();
        QVERIFY(cancelButton);
        QCOMPARE(cancelButton->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        // Well before the 60 s countdown could revert it: the rollback comes from the cancel.
        QTRY_COMPARE_WITH_TIMEOUT(w.applyController()->helperSession()->state(),
                                  HelperSession::State::Ready, 30000);
        QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("Cancelled")),
                 qPrintable(w.statusBar()->currentMessage()));
        QTRY_VERIFY(!progress);
        QVERIFY(!w.findChild<KeepChangesDialog*>());
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
        QTRY_COMPARE_WITH_TIMEOUT(w.routingPage()->model()->rowCount(), rows, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(machineHostRoutes(machine), hostRoutes, 30000);
        return;
    }

    // Its value rises with the helper's progress events, then it closes; the countdown follows.
    QTRY_VERIFY_WITH_TIMEOUT(w.findChild<KeepChangesDialog*>(), 120000);
    QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    QVERIFY(watch.shown);
    QVERIFY(watch.hidden || !progress);
    QTRY_VERIFY(!progress); // closed and deleted (WA_DeleteOnClose)
    QList<int> steps;
    for (int v : watch.values)
        if (v > 0)
            steps << v;
    QVERIFY2(steps.size() >= 3, qPrintable(QString::number(steps.size())));
    for (int i = 1; i < steps.size(); ++i)
        QVERIFY(steps[i] > steps[i - 1]);
    QCOMPARE(steps.back(), static_cast<int>(changes));
    qInfo("%zu changes; the dialog's bar went through %s", changes, qPrintable([&steps] {
              QStringList l;
              for (int v : steps)
                  l << QString::number(v);
              return l.join(QStringLiteral(", "));
          }()));
    QCOMPARE(w.applyController()->helperSession()->state(), HelperSession::State::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(machineHostRoutes(machine), 0, 30000);

    // Esc on the countdown reverts: the helper takes the batch back, the table is as before.
    // A progress dialog (no Cancel) follows the revert's progress events, then closes.
    auto* keep = w.findChild<KeepChangesDialog*>();
    QTest::keyClick(keep, Qt::Key_Escape);
    QPointer<QProgressDialog> reverting = w.findChild<QProgressDialog*>();
    QVERIFY(reverting);
    QCOMPARE(reverting->windowTitle(), QStringLiteral("Reverting"));
    QVERIFY(!reverting->findChild<QPushButton*>());
    reverting->setMinimumDuration(0);
    auto* revertBar = reverting->findChild<QProgressBar*>();
    QVERIFY(revertBar);
    int revertMax = 0;
    int revertLast = 0;
    connect(revertBar, &QProgressBar::valueChanged, this, [&, revertBar](int v) {
        revertMax = revertBar->maximum();
        revertLast = v;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!reverting, 60000);
    QCOMPARE(revertMax, static_cast<int>(changes));
    QCOMPARE(revertLast, static_cast<int>(changes));
    QTRY_COMPARE_WITH_TIMEOUT(w.applyController()->helperSession()->state(),
                              HelperSession::State::Ready, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(w.routingPage()->model()->rowCount(), rows, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(machineHostRoutes(machine), hostRoutes, 30000);
    QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
#endif
}

namespace {
/// n host routes 198.19.x.y/32 the way the machine's IPv4 default route goes (outside the
/// tunnel).
core::ChangeSet hostAdds(const QString& machine, int n) {
    core::ChangeSet cs;
    QFile f(machine);
    if (!f.open(QIODevice::ReadOnly))
        return cs;
    const auto j = nlohmann::json::parse(f.readAll().toStdString());
    nlohmann::json physical;
    for (const auto& r : j.at("routes"))
        if (r.value("destination", std::string()) == "0.0.0.0/0")
            physical = r;
    if (physical.is_null())
        return cs;
    for (int i = 0; i < n; ++i) {
        nlohmann::json rj = physical;
        rj["destination"] =
            "198.19." + std::to_string(i / 250) + "." + std::to_string(1 + i % 250) + "/32";
        rj["protocol"] = "splitroute";
        auto r = core::routeFromJson(rj);
        if (!r.ok())
            return {};
        cs.changes.push_back({core::ChangeKind::Add, r.value(), {}});
    }
    return cs;
}

int machineRoutesUnder(const QString& path, const std::string& start) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const auto j = nlohmann::json::parse(f.readAll().toStdString());
    int n = 0;
    for (const auto& r : j.at("routes"))
        if (r.value("destination", std::string()).rfind(start, 0) == 0)
            ++n;
    return n;
}
} // namespace

void TestApplyProgress::sessionReportsProgress() {
#ifndef SPLITROUTE_HELPER_PATH
    QSKIP("splitroute-helper is not built in this configuration");
#else
    QTemporaryDir state;
    const QString machine = writeBigMachine(m_dir.filePath(QStringLiteral("machine-s.json")));
    QVERIFY(!machine.isEmpty());
    HelperSession session(simulatedHelper(machine, state.path()));
    QSignalSpy progress(&session, &HelperSession::progress);
    QSignalSpy applied(&session, &HelperSession::applied);
    const core::ChangeSet cs = hostAdds(machine, hostRoutes);
    QCOMPARE(cs.size(), std::size_t{hostRoutes});
    session.apply(cs, 0); // committed at once
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 120000);
    QVERIFY2(applied[0][0].toBool(), qPrintable(applied[0][1].toString()));
    QVERIFY(progress.size() >= 3);
    qint64 last = 0;
    for (const auto& p : progress) {
        QVERIFY(p[0].toLongLong() > last);
        QCOMPARE(p[1].toLongLong(), qint64{hostRoutes});
        last = p[0].toLongLong();
    }
    QCOMPARE(last, qint64{hostRoutes});
    // The simulated helper saves its machine file after answering.
    QTRY_COMPARE_WITH_TIMEOUT(machineRoutesUnder(machine, "198.19."), hostRoutes, 30000);
    QCOMPARE(session.state(), HelperSession::State::Ready);

    // Reverting it reports progress the same way.
    progress.clear();
    QSignalSpy reverted(&session, &HelperSession::reverted);
    session.revert(QStringLiteral("last"));
    QTRY_COMPARE_WITH_TIMEOUT(reverted.size(), 1, 120000);
    QVERIFY2(reverted[0][0].toBool(), qPrintable(reverted[0][1].toString()));
    QVERIFY(progress.size() >= 3);
    last = 0;
    for (const auto& p : progress) {
        QVERIFY(p[0].toLongLong() > last);
        QCOMPARE(p[1].toLongLong(), qint64{hostRoutes});
        last = p[0].toLongLong();
    }
    QCOMPARE(last, qint64{hostRoutes});
    QTRY_COMPARE_WITH_TIMEOUT(machineRoutesUnder(machine, "198.19."), 0, 30000);
#endif
}

void TestApplyProgress::cancelRollsBack() {
#ifndef SPLITROUTE_HELPER_PATH
    QSKIP("splitroute-helper is not built in this configuration");
#else
    QTemporaryDir state;
    const QString machine = writeBigMachine(m_dir.filePath(QStringLiteral("machine-c.json")));
    QVERIFY(!machine.isEmpty());
    HelperSession session(simulatedHelper(machine, state.path()));
    QSignalSpy applied(&session, &HelperSession::applied);
    const core::ChangeSet cs = hostAdds(machine, hostRoutes);
    QCOMPARE(cs.size(), std::size_t{hostRoutes});
    session.apply(cs, 60);
    QCOMPARE(session.state(), HelperSession::State::Busy);
    session.cancelApply(); // as the dialog's Cancel would, while the batch is on its way
    QVERIFY(session.cancelRequested());
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 120000);
    QVERIFY(!applied[0][0].toBool());
    QVERIFY2(applied[0][1].toString().startsWith(
                 QStringLiteral("Cancelled: the %1 route").arg(hostRoutes)),
             qPrintable(applied[0][1].toString()));
    QCOMPARE(session.state(), HelperSession::State::Ready);
    QTRY_COMPARE_WITH_TIMEOUT(machineRoutesUnder(machine, "198.19."), 0, 30000);
    // Nothing is pending any more: a later apply works as usual.
    session.apply(hostAdds(machine, 10), 0);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 60000);
    QVERIFY2(applied[1][0].toBool(), qPrintable(applied[1][1].toString()));
    QTRY_COMPARE_WITH_TIMEOUT(machineRoutesUnder(machine, "198.19."), 10, 30000);
#endif
}

QTEST_MAIN(TestApplyProgress)
#include "TestApplyProgress.moc"
