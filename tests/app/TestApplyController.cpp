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
