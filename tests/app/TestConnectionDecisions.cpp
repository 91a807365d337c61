// SPDX-License-Identifier: GPL-3.0-or-later
// The decisions per VPN connection without a window or a Workspace (app/gui/ConnectionDecisions):
// kept and given back through the DecisionStore, "would be lost", the policy a connection
// starts from, policy files.
#include "TestUtil.h"

#include "app/gui/ConnectionDecisions.h"
#include "app/gui/TableConnections.h"
#include "app/gui/TableSource.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace splitroute;
using namespace splitroute::app;

namespace {
QString data(const char* rel) {
    return QStringLiteral(SPLITROUTE_TEST_DATA_DIR "/") + QLatin1String(rel);
}

/// The two-tunnel table file with `profiles` attached (tests/data/sources), the last selected.
TableSource tableWith(std::initializer_list<const char*> profiles) {
    auto loaded = loadTableFile(data("sources/two-tunnels.ip.txt"));
    if (!loaded.ok())
        qFatal("%s", loaded.error().toString().c_str());
    TableSource s;
    s.kind = TableSource::Kind::File;
    s.path = data("sources/two-tunnels.ip.txt");
    s.table = std::make_shared<const core::RouteTable>(std::move(loaded.value().table));
    for (const char* profile : profiles) {
        auto c = loadProfileConnection(data(profile));
        if (!c.ok())
            qFatal("%s", c.error().toString().c_str());
        placeConnection(s, std::move(c.value()));
    }
    s.mirrorSelected();
    return s;
}

VpnConnection& selected(TableSource& s) {
    return s.connections.at(static_cast<std::size_t>(s.selectedConnection));
}

/// Where the selected connection starts, with `network` bypassed first.
core::SplitPolicy withBypass(const TableSource& s, const char* network) {
    core::SplitPolicy p = ConnectionDecisions::onShow(s);
    core::PolicyRule r;
    r.network = core::Prefix::parse(network).value();
    r.mode = core::RuleMode::Bypass;
    p.rules.insert(p.rules.begin(), r);
    return p;
}
} // namespace

class TestConnectionDecisions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keptAndRestored() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TableSource s = tableWith({"sources/primary.ovpn"});
        const core::SplitPolicy decided = withBypass(s, "203.0.113.0/24");
        {
            ConnectionDecisions decisions;
            decisions.setDir(dir.path());
            QCOMPARE(decisions.dir(), dir.path());
            QString error;
            QVERIFY(decisions.keep(s, selected(s), decided, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(selected(s).policy && *selected(s).policy == decided);
            QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}).size(), 1);
            QVERIFY(!decisions.wouldBeLost(s)); // in the store
        }
        // The same connection opened again (another session) gets them back...
        TableSource again = tableWith({"sources/primary.ovpn"});
        ConnectionDecisions decisions;
        QVERIFY(!decisions.restore(again, selected(again))); // no store: nothing
        decisions.setDir(dir.path());
        QVERIFY(decisions.restore(again, selected(again)));
        QVERIFY(*selected(again).policy == decided);
        // ...but never over decisions it already has.
        const core::SplitPolicy other = withBypass(again, "198.51.100.0/24");
        selected(again).policy = other;
        QVERIFY(!decisions.restore(again, selected(again)));
        QVERIFY(*selected(again).policy == other);
        // Another connection, or the same one on another device, has none saved.
        TableSource backup = tableWith({"sources/backup.ovpn"});
        QVERIFY(!decisions.restore(backup, selected(backup)));
        selected(again).policy.reset();
        selected(again).device = "wg9";
        QVERIFY(!decisions.restore(again, selected(again)));
        QVERIFY(!selected(again).policy);
    }

    void differFromStart() {
        TableSource s = tableWith({"sources/primary.ovpn"});
        QVERIFY(!ConnectionDecisions::differFromStart(s)); // nothing decided
        // The policy on show, unchanged, is not a decision.
        selected(s).policy = ConnectionDecisions::onShow(s);
        QVERIFY(!ConnectionDecisions::differFromStart(s));
        selected(s).policy = withBypass(s, "203.0.113.0/24");
        QVERIFY(ConnectionDecisions::differFromStart(s));
        // A source without a table holds none.
        TableSource noTable = s;
        noTable.table.reset();
        QVERIFY(!ConnectionDecisions::differFromStart(noTable));
    }

    void wouldBeLost() {
        TableSource s = tableWith({"sources/primary.ovpn"});
        ConnectionDecisions decisions; // test mode: not kept
        QString error;
        QVERIFY(decisions.keep(s, selected(s), ConnectionDecisions::onShow(s), &error));
        QVERIFY(!decisions.wouldBeLost(s)); // unchanged from the start: nothing to lose
        QVERIFY(decisions.keep(s, selected(s), withBypass(s, "203.0.113.0/24"), &error));
        QVERIFY(decisions.wouldBeLost(s)); // not kept anywhere

        QTemporaryDir dir;
        decisions.setDir(dir.path());
        QVERIFY(decisions.keep(s, selected(s), withBypass(s, "203.0.113.0/24"), &error));
        QVERIFY(!decisions.wouldBeLost(s));
        // A connection without a stable identity (pasted text) cannot be kept.
        selected(s).recentEntry.clear();
        selected(s).files.clear();
        QVERIFY(decisions.wouldBeLost(s));
    }

    void saveFailureIsSaid() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        TableSource s = tableWith({"sources/primary.ovpn"});
        ConnectionDecisions decisions;
        decisions.setDir(blocker.fileName());
        const core::SplitPolicy decided = withBypass(s, "203.0.113.0/24");
        QString error;
        QVERIFY(!decisions.keep(s, selected(s), decided, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(*selected(s).policy == decided); // kept in the connection all the same
        QVERIFY(decisions.wouldBeLost(s));
        // A store that works again makes them safe at the next save.
        decisions.setDir(dir.path());
        error.clear();
        QVERIFY(decisions.keep(s, selected(s), decided, &error));
        QVERIFY(!decisions.wouldBeLost(s));
    }

    void startSelected() {
        // One connection: the Networks tab starts from the profile's own policy, unsaved.
        TableSource one = tableWith({"sources/primary.ovpn"});
        ConnectionDecisions::startSelected(one);
        QVERIFY(!selected(one).policy);
        // Two: the selected one starts from a policy made for its own device.
        TableSource two = tableWith({"sources/primary.ovpn", "sources/backup.ovpn"});
        QCOMPARE(two.connections.size(), std::size_t(2));
        QVERIFY(two.connections[0].device != two.connections[1].device);
        ConnectionDecisions::startSelected(two);
        const VpnConnection& c = selected(two);
        QVERIFY(c.policy);
        QVERIFY(*c.policy == core::SplitPolicy::fromProfileAndTable(c.profile.get(), *two.table,
                                                                    c.device.str()));
        QVERIFY(!two.connections[0].policy); // the other one is not touched
        QVERIFY(ConnectionDecisions::onShow(two) == *c.policy);
        // Decisions made are kept.
        const core::SplitPolicy decided = withBypass(two, "203.0.113.0/24");
        selected(two).policy = decided;
        ConnectionDecisions::startSelected(two);
        QVERIFY(*selected(two).policy == decided);
    }

    void policyFiles() {
        QTemporaryDir dir;
        TableSource s = tableWith({"sources/primary.ovpn"});
        const core::SplitPolicy policy = withBypass(s, "203.0.113.0/24");
        const QString path = dir.filePath(QStringLiteral("policy.json"));
        QString error;
        QVERIFY(ConnectionDecisions::writePolicyFile(path, policy, &error));
        const auto read = ConnectionDecisions::readPolicyFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(*read == policy);
        // The house's own example reads too.
        QVERIFY(ConnectionDecisions::readPolicyFile(data("policy/home.json"), &error));

        // Where it cannot write: the path and the reason.
        error.clear();
        QVERIFY(!ConnectionDecisions::writePolicyFile(dir.path(), policy, &error));
        QVERIFY2(error.startsWith(dir.path() + QStringLiteral(": ")), qPrintable(error));
        // A missing file and a broken one: which file, and where in it.
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(!ConnectionDecisions::readPolicyFile(missing, &error));
        QVERIFY2(error.startsWith(missing + QStringLiteral(": ")), qPrintable(error));
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"splitroute-policy\",\n  \"rules\": [,]\n}\n");
        f.close();
        QVERIFY(!ConnectionDecisions::readPolicyFile(broken, &error));
        QVERIFY2(error.contains(broken + QStringLiteral(":3:")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConnectionDecisions)
#include "TestConnectionDecisions.moc"
