// SPDX-License-Identifier: GPL-3.0-or-later
// What splitroute-keeper reports, as the window follows it (app/gui/KeeperWatch): the status
// bar's line for a tunnel device, and the notifications when a split was re-applied or given
// up. The state file is written by the test, as the keeper writes it (KeeperState.h).
#include "TestUtil.h"

#include "app/gui/KeeperWatch.h"

#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace splitroute;
using namespace splitroute::app;

namespace {
platform::KeptStatus corp(platform::KeptState state, std::uint64_t reapplies) {
    platform::KeptStatus p;
    p.name = "corp";
    p.file = "/etc/splitroute/keep.d/corp.json";
    p.match = {{"device", "tun0"}};
    p.state = state;
    p.device = "tun0";
    p.reapplies = reapplies;
    p.lastAdded = 2;
    p.lastRemoved = 1;
    return p;
}

/// Writes STATE_DIR/state.json the way the keeper does (a new file renamed into place).
bool writeState(const QString& dir, std::vector<platform::KeptStatus> policies,
                std::int64_t updatedAt) {
    platform::KeeperStatus status;
    status.pid = 4242;
    status.updatedAt = updatedAt;
    status.policies = std::move(policies);
    QSaveFile f(dir + QStringLiteral("/state.json"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray::fromStdString(platform::toJson(status).dump()));
    return f.commit();
}
} // namespace

class TestKeeperWatch : public QObject {
    Q_OBJECT
private slots:
    void noKeeper() {
        QTemporaryDir dir;
        KeeperWatch watch;
        watch.setStateDir(dir.path());
        QVERIFY(!watch.status());
        QCOMPARE(watch.describe(QStringLiteral("tun0")), QStringLiteral("Keeper: not running"));
        QVERIFY(!watch.find(QStringLiteral("tun0")));
    }

    void followsTheStateFile() {
        QTemporaryDir dir;
        QVERIFY(writeState(dir.path(), {corp(platform::KeptState::Holding, 3)}, 1000));
        KeeperWatch watch;
        QList<QPair<QString, QString>> notes;
        watch.setNotifier([&notes](const QString& title, const QString& text) {
            notes.append({title, text});
            return true;
        });
        watch.setPollInterval(100);
        QSignalSpy changed(&watch, &KeeperWatch::changed);
        watch.setStateDir(dir.path());
        QCOMPARE(changed.count(), 1);
        QVERIFY(watch.status());
        // (The source text: the English numerus forms come with the translation.)
        QCOMPARE(watch.describe(QStringLiteral("tun0")),
                 QStringLiteral("Keeper: holding corp on tun0 (3 re-apply(s))"));
        QCOMPARE(watch.describe(QStringLiteral("tun9")),
                 QStringLiteral("Keeper: not holding tun9"));
        // Found by name when the device differs.
        QVERIFY(watch.find(QStringLiteral("tun9"), QStringLiteral("corp")));
        QVERIFY(notes.isEmpty()); // what was there at start is not news
        // The keeper re-applied: a notification, and the line follows.
        QVERIFY(writeState(dir.path(), {corp(platform::KeptState::Holding, 4)}, 2000));
        QTRY_COMPARE(notes.size(), 1);
        QCOMPARE(notes[0].first, QStringLiteral("Split restored"));
        QVERIFY2(notes[0].second.contains(QStringLiteral("re-applied corp on tun0")),
                 qPrintable(notes[0].second));
        QVERIFY(watch.describe(QStringLiteral("tun0")).contains(QStringLiteral("4 re-appl")));
        // It gave up: said once.
        auto gaveUp = corp(platform::KeptState::GaveUp, 4);
        gaveUp.lastError = "undone 5 times in 60 s";
        QVERIFY(writeState(dir.path(), {gaveUp}, 3000));
        QTRY_COMPARE(notes.size(), 2);
        QCOMPARE(notes[1].first, QStringLiteral("Split no longer kept"));
        QVERIFY2(notes[1].second.contains(QStringLiteral("undone 5 times")),
                 qPrintable(notes[1].second));
        QCOMPARE(watch.describe(QStringLiteral("tun0")), QStringLiteral("Keeper: gave up on corp"));
        QVERIFY(writeState(dir.path(), {gaveUp}, 4000));
        QTRY_COMPARE(watch.status()->updatedAt, std::int64_t{4000});
        QCOMPARE(notes.size(), 2);
    }

    // Without a tray (and a notifier that cannot show it), the note goes to the status bar.
    void notesWithoutATrayGoToTheStatusBar() {
        QTemporaryDir dir;
        QVERIFY(writeState(dir.path(), {corp(platform::KeptState::Holding, 1)}, 1000));
        KeeperWatch watch;
        watch.setNotifier([](const QString&, const QString&) { return false; });
        QSignalSpy status(&watch, &KeeperWatch::statusMessage);
        watch.setStateDir(dir.path());
        QVERIFY(writeState(dir.path(), {corp(platform::KeptState::Holding, 2)}, 2000));
        watch.reload();
        QCOMPARE(status.count(), 1);
        QVERIFY(status[0].at(0).toString().contains(QStringLiteral("re-applied corp")));
    }

    // A broken state file is no state (and no crash).
    void brokenStateFile() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"splitroute-keeper-state\", \"version\": 1, \"extra\": 1}");
        f.close();
        KeeperWatch watch;
        watch.setStateDir(dir.path());
        QVERIFY(!watch.status());
        QCOMPARE(watch.describe(QStringLiteral("tun0")), QStringLiteral("Keeper: not running"));
    }
};

QTEST_GUILESS_MAIN(TestKeeperWatch)
#include "TestKeeperWatch.moc"
