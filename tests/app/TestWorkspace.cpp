// SPDX-License-Identifier: GPL-3.0-or-later
// The window's state without a widget: sources, connections, decisions, plan (app/gui/Workspace).
#include "TestUtil.h"

#include "app/RecordingSink.h"
#include "app/gui/Workspace.h"
#include "core/TableAnnotations.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace splitroute;
using namespace splitroute::app;

namespace {
QString data(const char* rel) {
    return QStringLiteral(SPLITROUTE_TEST_DATA_DIR "/") + QLatin1String(rel);
}

/// The selected connection's starting decisions with `network` bypassed first.
core::SplitPolicy withBypass(const Workspace& ws, const char* network) {
    core::SplitPolicy p = ws.decisionsOnShow().value();
    core::PolicyRule r;
    r.network = core::Prefix::parse(network).value();
    r.mode = core::RuleMode::Bypass;
    p.rules.insert(p.rules.begin(), r);
    return p;
}

bool planAdds(const core::Plan* plan, const char* destination) {
    if (!plan)
        return false;
    for (const auto& c : plan->changes.changes)
        if (c.kind == core::ChangeKind::Add && c.route.destination.toString() == destination)
            return true;
    return false;
}
} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SplitrouteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_workspace"));
    }

    void demoWithoutDecisions() {
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        QSignalSpy sources(&ws, &Workspace::sourcesChanged);
        QSignalSpy current(&ws, &Workspace::currentChanged);
        QSignalSpy planned(&ws, &Workspace::planChanged);
        QVERIFY(ws.openDemo());
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
        QCOMPARE(ws.sourceCount(), 1);
        QCOMPARE(ws.currentIndex(), 0);
        QCOMPARE(ws.currentSource()->kind, TableSource::Kind::Demo);
        QVERIFY(sources.count() >= 1);
        QVERIFY(current.count() >= 1);
        QVERIFY(planned.count() >= 1);
        QCOMPARE(ws.connectionCount(), 1);
        QVERIFY(ws.canDecide());
        // Nothing decided: no plan, but the Networks tab has the profile's policy to start from.
        QVERIFY(!ws.decisions());
        QVERIFY(!ws.plan());
        QVERIFY(ws.decisionsOnShow());
        QVERIFY(ws.demoBackend());
        QVERIFY(ws.demoMachineJson().contains("routes"));
        // core's marks of the table on show: the two /1 halves override the default route.
        const auto flags = ws.shownAnnotations();
        QCOMPARE(flags.size(), ws.shownTable()->size());
        int overrides = 0;
        for (auto f : flags)
            if (f & core::annotation::DefaultOverride)
                ++overrides;
        QCOMPARE(overrides, 2);
        QVERIFY(!ws.findings().empty());
    }

    void decisionsMakeThePlan() {
        Workspace ws;
        QVERIFY(ws.openDemo());
        QSignalSpy planned(&ws, &Workspace::planChanged);
        ws.setDecisions(withBypass(ws, "203.0.113.0/24"));
        QCOMPARE(planned.count(), 1);
        QVERIFY(ws.decisions());
        QVERIFY(planAdds(ws.plan(), "203.0.113.0/24"));
        QVERIFY2(ws.planMessage().contains(QStringLiteral("planned")),
                 qPrintable(ws.planMessage()));
        // The table before has nothing to decide about; the decisions stay for after.
        ws.setShowBefore(true);
        QVERIFY(ws.showingBefore());
        QVERIFY(!ws.canDecide());
        QVERIFY(!ws.plan());
        QCOMPARE(ws.shownTable(), ws.currentSource()->before);
        ws.setShowBefore(false);
        QVERIFY(planAdds(ws.plan(), "203.0.113.0/24"));
        // A table with decisions asks before it closes; "No" keeps it.
        RecordingSink sink;
        ws.setMessageSink(&sink);
        QVERIFY(ws.hasDecisions(0));
        sink.answer = false;
        QVERIFY(!ws.closeTable(0));
        QCOMPARE(sink.messages.size(), 1);
        QCOMPARE(sink.messages[0].kind, QStringLiteral("question"));
        QCOMPARE(ws.sourceCount(), 1);
        sink.answer = true;
        QVERIFY(ws.closeTable(0));
        QCOMPARE(ws.sourceCount(), 0);
        QVERIFY(!ws.currentSource());
        QVERIFY(!ws.plan());
    }

    void twoConnectionsPlannedInTurn() {
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        QVERIFY(ws.openFile(data("sources/two-tunnels.ip.txt")));
        QVERIFY(!ws.canDecide()); // no VPN yet
        QVERIFY(ws.attachProfile(data("sources/primary.ovpn")));
        QVERIFY(ws.attachProfile(data("sources/backup.ovpn")));
        QCOMPARE(ws.connectionCount(), 2);
        QVERIFY(ws.connectionFocused());
        QCOMPARE(ws.currentSource()->selectedConnection, 1);
        // With several tunnels, each connection starts from a policy for its own device.
        QVERIFY(ws.decisions());
        const std::string backupDevice = ws.currentSource()->connections[1].device.str();
        QVERIFY(!backupDevice.empty());
        QVERIFY(ws.selectConnection(0));
        QVERIFY(ws.decisions());
        ws.setDecisions(withBypass(ws, "203.0.113.0/24"));
        QVERIFY(planAdds(ws.plan(), "203.0.113.0/24"));
        // Back to the backup: its own decisions, and the plan still has the primary's bypass.
        QVERIFY(ws.selectConnection(1));
        QVERIFY(planAdds(ws.plan(), "203.0.113.0/24"));
        QCOMPARE(ws.plan()->tunnelDevice, backupDevice);
        // A device chosen by the user forgets the decisions made for the other device.
        QVERIFY(ws.setConnectionDevice(1, QStringLiteral("tun9")));
        QCOMPARE(ws.currentSource()->connections[1].device.str(), std::string("tun9"));
        QVERIFY(ws.currentSource()->connections[1].deviceChosenByUser);
        QVERIFY(ws.connectionDetails(1).contains(QStringLiteral("tun9")));
        QVERIFY(!ws.deviceChoices().isEmpty());
        QVERIFY(ws.removeConnection(1));
        QCOMPARE(ws.connectionCount(), 1);
        QVERIFY(!ws.connectionFocused());
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    }

    void policyFileRoundTrip() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.json"));
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        QVERIFY(!ws.savePolicy(path)); // nothing to decide about
        QCOMPARE(sink.messages.value(0).title, QStringLiteral("No policy"));
        sink.messages.clear();
        QVERIFY(ws.openDemo());
        ws.setDecisions(withBypass(ws, "198.18.0.0/15"));
        QVERIFY(ws.savePolicy(path));
        Workspace other;
        other.setMessageSink(&sink);
        QVERIFY(other.openDemo());
        QSignalSpy loaded(&other, &Workspace::decisionsLoaded);
        QVERIFY(other.loadPolicy(path));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(*other.decisions() == *ws.decisions());
        QVERIFY(planAdds(other.plan(), "198.18.0.0/15"));
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    }

    void errorsGoToTheSink() {
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        QVERIFY(!ws.attachProfile(data("sources/primary.ovpn")));
        QCOMPARE(sink.messages.value(0).text, QStringLiteral("Open a routing table first."));
        QVERIFY(ws.openDemo());
        QVERIFY(!ws.openPushText(
            QStringLiteral("PUSH_REPLY,route \"10.41.0.0 255.255.0.0,push-continuation 1\n"),
            QString()));
        QCOMPARE(sink.messages.value(1).title, QStringLiteral("Cannot read the pushed options"));
        QVERIFY(!ws.openFile(data("sources/does-not-exist.txt")));
        QCOMPARE(sink.messages.value(2).title, QStringLiteral("Cannot open file"));
    }

    void serverLogAsksWhichClient() {
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        QVERIFY(ws.openDemo());
        const QString log = QStringLiteral(
            "Tue Aug  1 23:17:40 2017 a/203.0.113.5:1 SENT CONTROL [alice]: 'PUSH_REPLY,route "
            "10.1.0.0 255.255.0.0,topology subnet' (status=1)\n"
            "Tue Aug  1 23:18:40 2017 b/203.0.113.6:1 SENT CONTROL [bob]: 'PUSH_REPLY,route "
            "10.2.0.0 255.255.0.0,topology subnet' (status=1)\n");
        QStringList offered;
        sink.chooser = [&](const QStringList& items) {
            offered = items;
            return std::optional<QString>(QStringLiteral("bob"));
        };
        const int before = ws.connectionCount();
        QVERIFY2(ws.openPushText(log, QString()), qPrintable(sink.joined()));
        QCOMPARE(offered, (QStringList{"alice", "bob"}));
        QCOMPARE(ws.connectionCount(), before + 1);
        const auto& added = ws.currentSource()->connections.back();
        QCOMPARE(added.pushed, std::vector<core::Prefix>{*core::Prefix::parse("10.2.0.0/16")});
        // Cancelled: nothing is added.
        sink.chooser = [](const QStringList&) {
            return std::optional<QString>();
        };
        QVERIFY(!ws.openPushText(log, QString()));
        QCOMPARE(ws.connectionCount(), before + 1);
    }

    void recentFiles() {
        QTemporaryDir dir;
        Workspace ws;
        ws.clearRecentFiles();
        QSignalSpy changed(&ws, &Workspace::recentFilesChanged);
        QVERIFY(ws.openFile(data("sources/two-tunnels.ip.txt")));
        QVERIFY(ws.openFile(data("sources/primary.ovpn")));
        QCOMPARE(ws.recentFiles().size(), 2);
        QVERIFY(ws.recentFiles().front().endsWith(QStringLiteral("primary.ovpn")));
        QVERIFY(changed.count() >= 2);
        // A second workspace reads the list back from the settings.
        Workspace again;
        QCOMPARE(again.recentFiles(), ws.recentFiles());
        ws.clearRecentFiles();
        QVERIFY(ws.recentFiles().isEmpty());
    }
    // Decisions are saved as they change and come back when the same connection is opened
    // again (DecisionStore); in test mode only where a test names the directory.
    void decisionsSavedAndRestored() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        core::SplitPolicy demoDecisions;
        core::SplitPolicy fileDecisions;
        {
            Workspace ws;
            RecordingSink sink;
            ws.setMessageSink(&sink);
            QCOMPARE(ws.decisionDir(), QString()); // test mode: nothing kept by default
            ws.setDecisionDir(dir.path());
            QVERIFY(ws.openDemo());
            QVERIFY(!ws.decisionsWouldBeLost());
            demoDecisions = withBypass(ws, "203.0.113.0/24");
            ws.setDecisions(demoDecisions);
            QVERIFY(ws.hasDecisions(0));
            QVERIFY(!ws.decisionsWouldBeLost()); // they are in the store
            // A table file with a profile attached: keyed by the file and the profile.
            QVERIFY(ws.openFile(data("sources/two-tunnels.ip.txt")));
            QVERIFY(ws.openFile(data("sources/primary.ovpn")));
            fileDecisions = withBypass(ws, "198.18.0.0/15");
            ws.setDecisions(fileDecisions);
            QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}).size(), 2);
            QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
        }
        Workspace ws;
        RecordingSink sink;
        ws.setMessageSink(&sink);
        ws.setDecisionDir(dir.path());
        QSignalSpy status(&ws, &Workspace::statusMessage);
        QVERIFY(ws.openDemo());
        QVERIFY(ws.decisions());
        QVERIFY(*ws.decisions() == demoDecisions);
        QVERIFY(planAdds(ws.plan(), "203.0.113.0/24"));
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().at(0).toString().contains(QStringLiteral("restored")),
                 qPrintable(status.last().at(0).toString()));
        QVERIFY(ws.openFile(data("sources/two-tunnels.ip.txt")));
        QVERIFY(!ws.decisions()); // the table alone has no connection yet
        QVERIFY(ws.openFile(data("sources/primary.ovpn")));
        QVERIFY(ws.decisions());
        QVERIFY(*ws.decisions() == fileDecisions);
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
        // A store that cannot be written keeps nothing: quitting would lose them.
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ws.setDecisionDir(blocker.fileName());
        QVERIFY(!ws.decisionsWouldBeLost());
        status.clear();
        ws.setDecisions(withBypass(ws, "198.51.100.0/24"));
        QVERIFY(ws.decisionsWouldBeLost());
        QCOMPARE(status.size(), 1);
        QVERIFY2(
            status[0].at(0).toString().startsWith(QStringLiteral("Cannot save the decisions: ")),
            qPrintable(status[0].at(0).toString()));
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
        // Without a store, the same decisions would be lost on quitting.
        ws.setDecisionDir(QString());
        QVERIFY(ws.decisionsWouldBeLost());
        QVERIFY(ws.decisionsWouldBeLost(0));
    }

    void brokenDecisionFileIsIgnored() {
        QTemporaryDir dir;
        QString file;
        {
            Workspace ws;
            ws.setDecisionDir(dir.path());
            QVERIFY(ws.openDemo());
            ws.setDecisions(withBypass(ws, "203.0.113.0/24"));
            const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.json")});
            QCOMPARE(files.size(), 1);
            file = dir.filePath(files.front());
        }
        for (const QByteArray& text :
             {QByteArray("{ not json"),
              QByteArray(R"({"format": "splitroute-decisions", "version": 1, "identity": "x",)"
                         R"( "policy": {}})"),
              QByteArray(R"({"format": "other", "version": 1})")}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
            f.close();
            Workspace ws;
            RecordingSink sink;
            ws.setMessageSink(&sink);
            ws.setDecisionDir(dir.path());
            QVERIFY(ws.openDemo());
            QVERIFY(!ws.decisions());
            QVERIFY(!ws.plan() || ws.plan()->changes.empty());
            QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
