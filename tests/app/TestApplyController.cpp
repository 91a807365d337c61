// SPDX-License-Identifier: GPL-3.0-or-later
// Apply, then keep or revert, on the demo's simulated backend (app/gui/ApplyController), and
// the window's actions following it (app/gui/WindowActions).
#include "TestUtil.h"

#include "app/RecordingSink.h"
#include "app/gui/ApplyController.h"
#include "app/gui/KeepChangesDialog.h"
#include "app/gui/WindowActions.h"
#include "app/gui/Workspace.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QWidget>

using namespace splitroute;
using namespace splitroute::app;

namespace {
core::SplitPolicy withBypass(const Workspace& ws, const char* network) {
    core::SplitPolicy p = ws.decisionsOnShow().value();
    core::PolicyRule r;
    r.network = core::Prefix::parse(network).value();
    r.mode = core::RuleMode::Bypass;
    p.rules.insert(p.rules.begin(), r);
    return p;
}

/// The routes of a table as text, sorted (a revert may put routes back in another order).
QStringList routeLines(const core::RouteTable& table) {
    QStringList lines;
    for (const auto& r : table.routes())
        lines << QString::fromStdString(r.toString());
    lines.sort();
    return lines;
}

bool hasRoute(const Workspace& ws, const char* destination) {
    for (const auto& r : ws.currentSource()->table->routes())
        if (r.destination.toString() == destination)
            return true;
    return false;
}
} // namespace

class TestApplyController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SplitrouteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_applycontroller"));
    }

    void demoKeepOrRevert_data() {
        QTest::addColumn<bool>("keep");
        QTest::newRow("keep") << true;
        QTest::newRow("revert") << false;
    }
    void demoKeepOrRevert() {
        QFETCH(bool, keep);
        QWidget window;
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        ApplyController apply(&ws, &window);
        apply.setMessageSink(&sink);
        apply.setConfirmSeconds(60);
        QCOMPARE(apply.target(), ApplyController::Target::None);
        QVERIFY(!apply.apply()); // nothing on show
        QVERIFY(ws.openDemo());
        QCOMPARE(apply.target(), ApplyController::Target::Demo);
        QVERIFY(!apply.canApply());  // nothing decided
        QVERIFY(!apply.canRevert()); // the helper reverts this computer only
        ws.setDecisions(withBypass(ws, "203.0.113.0/24"));
        QVERIFY(apply.canApply());
        QSignalSpy state(&apply, &ApplyController::stateChanged);
        QSignalSpy status(&apply, &ApplyController::statusMessage);
        QVERIFY(apply.apply());
        QVERIFY(apply.busy());
        QVERIFY(!apply.apply()); // one apply at a time
        QVERIFY(hasRoute(ws, "203.0.113.0/24"));
        QVERIFY(status.count() == 1);
        auto* dialog = window.findChild<KeepChangesDialog*>();
        QVERIFY(dialog);
        if (keep)
            dialog->accept();
        else
            dialog->reject();
        QVERIFY(!apply.busy());
        QVERIFY(state.count() >= 2);
        QCOMPARE(hasRoute(ws, "203.0.113.0/24"), keep);
        // The run is gone with its dialog.
        QTRY_VERIFY(!window.findChild<KeepChangesDialog*>());
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    }

    // After Keep, Revert takes the demo's table back to where it was before the apply.
    void demoRevertAfterKeep() {
        QWidget window;
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        ApplyController apply(&ws, &window);
        apply.setMessageSink(&sink);
        QVERIFY(ws.openDemo());
        const core::RouteTable before = *ws.currentSource()->table;
        ws.setDecisions(withBypass(ws, "203.0.113.0/24"));
        QVERIFY(!apply.canRevert());
        QVERIFY(apply.apply());
        QVERIFY(!apply.canRevert()); // not while the countdown runs
        window.findChild<KeepChangesDialog*>()->accept();
        QVERIFY(hasRoute(ws, "203.0.113.0/24"));
        QVERIFY(apply.canRevert());
        WindowActions actions({QStringLiteral("One")}, &window);
        actions.update(ws, apply);
        QVERIFY(actions.revert->isEnabled());
        QSignalSpy status(&apply, &ApplyController::statusMessage);
        // The question is asked first; "no" leaves the table as kept.
        sink.answer = false;
        apply.requestRevert();
        QCOMPARE(sink.messages.size(), 1);
        QCOMPARE(sink.messages[0].kind, QStringLiteral("question"));
        QVERIFY(sink.messages[0].text.contains(QStringLiteral("demo machine")));
        QVERIFY(hasRoute(ws, "203.0.113.0/24"));
        sink.answer = true;
        apply.requestRevert();
        QVERIFY(!hasRoute(ws, "203.0.113.0/24"));
        QVERIFY(routeLines(*ws.currentSource()->table) == routeLines(before));
        QVERIFY(!apply.canRevert()); // once
        QVERIFY(!apply.revertLast());
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("undone")));
        // A new demo does not revert what was kept on the old one.
        QVERIFY(apply.apply());
        window.findChild<KeepChangesDialog*>()->accept();
        QVERIFY(apply.canRevert());
        QVERIFY(ws.openDemo());
        QVERIFY(!apply.canRevert());
        QCOMPARE(sink.messages.size(), 2);
    }

    // Apply first shows what will happen; Cancel changes nothing.
    void previewCancelChangesNothing() {
        QWidget window;
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        ApplyController apply(&ws, &window);
        apply.setMessageSink(&sink);
        QVERIFY(ws.openDemo());
        const core::RouteTable before = *ws.currentSource()->table;
        ws.setDecisions(withBypass(ws, "203.0.113.0/24"));
        const std::size_t planned = ws.plan()->changes.size();
        sink.confirmAnswer = false;
        QSignalSpy state(&apply, &ApplyController::stateChanged);
        QVERIFY(!apply.apply());
        QCOMPARE(sink.confirmations.size(), 1);
        const QString preview = sink.confirmations[0];
        QVERIFY2(preview.contains(QStringLiteral("to the demo machine")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("+ 203.0.113.0/24")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("Apply %1 route change").arg(planned)),
                 qPrintable(preview));
        QVERIFY(!apply.busy());
        QCOMPARE(state.count(), 0);
        QVERIFY(!window.findChild<KeepChangesDialog*>());
        QVERIFY(routeLines(*ws.currentSource()->table) == routeLines(before));
        QVERIFY(sink.noMessages());
        // Apply goes ahead.
        sink.confirmAnswer = true;
        QVERIFY(apply.apply());
        QCOMPARE(sink.confirmations.size(), 2);
        QVERIFY(hasRoute(ws, "203.0.113.0/24"));
        window.findChild<KeepChangesDialog*>()->reject();
    }

    void previewText() {
        core::ChangeSet changes;
        for (int i = 0; i < 12; ++i) {
            core::RouteChange c;
            c.kind = i < 9 ? core::ChangeKind::Add : core::ChangeKind::Delete;
            c.route.destination =
                core::Prefix::parse(QStringLiteral("10.%1.0.0/16").arg(i).toStdString()).value();
            changes.changes.push_back(c);
        }
        const QString text = ApplyController::previewText(changes);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 12); // the counts, 10 changes, "and 2 more"
        // (The source text: the English numerus forms come with the translation.)
        QCOMPARE(lines[0], QStringLiteral("9 addition(s), 3 deletion(s):"));
        QVERIFY2(lines[1].startsWith(QStringLiteral("+ 10.0.0.0/16")), qPrintable(lines[1]));
        QVERIFY2(lines[10].startsWith(QStringLiteral("− 10.9.0.0/16")), qPrintable(lines[10]));
        QCOMPARE(lines[11], QStringLiteral("… and 2 more"));
        changes.changes.resize(1);
        QCOMPARE(ApplyController::previewText(changes).split(QLatin1Char('\n')).size(), 2);
    }

    void keptNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("kept");
        QTest::newRow("profile") << "corporate.ovpn"
                                 << "tun0"
                                 << "corporate";
        QTest::newRow("spaces") << "AWS: my endpoint"
                                << "tun1"
                                << "AWS-my-endpoint";
        QTest::newRow("dots first") << "..x.conf"
                                    << "tun0"
                                    << "x";
        QTest::newRow("nothing usable") << "日本"
                                        << "tun2"
                                        << "tun2";
    }
    void keptNames() {
        QFETCH(QString, name);
        QFETCH(QString, device);
        QFETCH(QString, kept);
        VpnConnection c;
        c.name = name;
        c.device = device.toStdString();
        QCOMPARE(ApplyController::keptNameFor(c), kept);
    }

    // The keeper's check box is offered only where it can work (the live table).
    void keepSplitOnlyForThisComputer() {
        QWidget window;
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        ApplyController apply(&ws, &window);
        apply.setMessageSink(&sink);
        WindowActions actions({QStringLiteral("One")}, &window);
        QVERIFY(ws.openDemo());
        ws.setDecisions(withBypass(ws, "203.0.113.0/24"));
        actions.update(ws, apply);
        QVERIFY(!apply.canKeepSplit());
        QVERIFY(!actions.keepSplit->isEnabled());
        QVERIFY(!apply.keptPolicyOnShow());
        QCOMPARE(apply.keeperText(), QString());
    }

    void actionsFollowTheParts() {
        QWidget window;
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        ApplyController apply(&ws, &window);
        WindowActions actions({QStringLiteral("One"), QStringLiteral("Two")}, &window);
        QCOMPARE(actions.tabs.size(), std::size_t(2));
        QCOMPARE(actions.tabs[1]->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        actions.update(ws, apply);
        for (QAction* a : {actions.apply, actions.revert, actions.exportPlan, actions.closeTable,
                           actions.saveSnapshot, actions.before, actions.removeConnection,
                           actions.attachProfile})
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(actions.open->isEnabled());
        QVERIFY(ws.openDemo());
        actions.update(ws, apply);
        for (QAction* a : {actions.closeTable, actions.saveSnapshot, actions.before,
                           actions.removeConnection, actions.attachProfile})
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        QVERIFY(!actions.apply->isEnabled());
        QVERIFY(!actions.exportPlan->isEnabled());
        QCOMPARE(actions.exportPlan->toolTip(),
                 QStringLiteral("Decide something in the Networks tab first"));
        ws.setDecisions(withBypass(ws, "203.0.113.0/24"));
        actions.update(ws, apply);
        QVERIFY(actions.apply->isEnabled());
        QVERIFY(actions.exportPlan->isEnabled());
        QCOMPARE(actions.apply->toolTip(),
                 QStringLiteral("Apply the planned changes to the demo machine"));
        // The before switch follows the workspace (a new demo starts on the table after).
        ws.setShowBefore(true);
        actions.update(ws, apply);
        QVERIFY(actions.before->isChecked());
        QVERIFY(!actions.apply->isEnabled()); // no plan for the table before
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    }
};

QTEST_MAIN(TestApplyController)
#include "TestApplyController.moc"
