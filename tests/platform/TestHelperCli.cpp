// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli apply / revert end to end: the real CLI starts the real helper (directly,
// on a simulated table given by --simulate), asks "Keep these routes?" and keeps or reverts.
// No root and no namespace needed: nothing touches a real routing table.

#include "HelperTestUtil.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using nlohmann::json;
using splitroute::platform::SimulatedBackend;

#ifndef SPLITROUTE_HELPER_PATH
#define SPLITROUTE_HELPER_PATH ""
#endif

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestHelperCli : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sim;
    json m_before;

    QString path(const char* name) const { return m_dir->path() + "/" + name; }

    /// Runs splitroute-cli ARGS with the helper options; `input` is written to stdin, which
    /// is closed unless keepStdinOpen.
    Run cli(QStringList args, const QByteArray& input = {}, bool keepStdinOpen = false) {
        args << "--helper" << SPLITROUTE_HELPER_PATH << "--direct"
             << "--helper-arg=--state-dir"
             << "--helper-arg=" + path("state") << "--helper-arg=--simulate"
             << "--helper-arg=" + m_sim << "--helper-arg=--allow-unprivileged";
        QProcess p;
        p.start(SPLITROUTE_CLI_PATH, args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        if (!keepStdinOpen)
            p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    /// The simulated table now, in the canonical form of SimulatedBackend::toJson.
    json simulated() {
        auto b = SimulatedBackend::fromJson(testutil::loadJsonFile(m_sim.toStdString()));
        return b ? (*b)->toJson() : json();
    }
    void writePlan(const char* name, const json& j) {
        std::ofstream(path(name).toStdString()) << j.dump(1);
    }
    static json plan() {
        json changes = json::array();
        changes.push_back(
            {{"op", "delete"},
             {"route",
              {{"destination", "0.0.0.0/1"}, {"gateway", "10.8.0.1"}, {"interface", "tun0"}}}});
        changes.push_back({{"op", "add"},
                           {"route",
                            {{"destination", "203.0.113.0/24"},
                             {"gateway", "192.168.1.1"},
                             {"interface", "eth0"},
                             {"protocol", "splitroute"}}},
                           {"reason", "home printer"}});
        return {
            {"format", "splitroute-plan"}, {"version", 1}, {"changes", changes}, {"summary", "x"}};
    }

private slots:
    void init() {
        if (std::string(SPLITROUTE_HELPER_PATH).empty())
            QSKIP("splitroute-helper is not built");
        m_dir = std::make_unique<QTemporaryDir>();
        m_sim = path("sim.json");
        QVERIFY(QFile::copy(QString(SPLITROUTE_TEST_DATA_DIR) + "/helper/sim-table.json", m_sim));
        QFile::setPermissions(m_sim, QFile::ReadOwner | QFile::WriteOwner);
        m_before = simulated();
        QVERIFY(!m_before.is_null());
        writePlan("plan.json", plan());
    }

    /// The simulation's write-back never follows a link planted at its temporary name or at
    /// the file itself (it used to open FILE.tmp with O_CREAT|O_TRUNC, following links), and
    /// refuses a directory others can write to.
    void simulationWriteBackFollowsNoLink() {
        const std::string victim = path("victim.txt").toStdString();
        std::ofstream(victim) << "keep me\n";
        auto victimIntact = [&] {
            std::ifstream f(victim);
            std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
            return text == "keep me\n";
        };
        QVERIFY(QFile::link(path("victim.txt"), m_sim + ".tmp"));
        Run r = cli({"apply", "--plan", path("plan.json")}, "y\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(victimIntact());
        QVERIFY(simulated().dump().find("203.0.113.0/24") != std::string::npos);
        QVERIFY(!QFileInfo::exists(m_sim + ".tmp") && !QFileInfo(m_sim + ".tmp").isSymLink());

        // The simulation file itself a link: replaced by a file, its target untouched.
        const QString real = path("real-sim.json");
        QVERIFY(QFile::rename(m_sim, real));
        QVERIFY(QFile::link(real, m_sim));
        Run v = cli({"revert"});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(!QFileInfo(m_sim).isSymLink());
        QVERIFY(simulated() == m_before);
        auto untouched = SimulatedBackend::fromJson(testutil::loadJsonFile(real.toStdString()));
        QVERIFY(untouched && (*untouched)->toJson() != m_before); // still the applied table

        // A directory others can write to: nothing is written there.
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::Permissions(0x7777)));
        const json now = simulated();
        Run w = cli({"apply", "--plan", path("plan.json")}, "y\n");
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);
        QVERIFY2(w.err.contains("others can write"), qPrintable(w.err));
        QVERIFY(simulated() == now);
        QVERIFY(victimIntact());
    }

    void answerNoReverts() {
        Run r = cli({"apply", "--plan", path("plan.json")}, "n\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Keep these routes? [y/N]"), qPrintable(r.err));
        QVERIFY2(r.out.contains("Reverted"), qPrintable(r.out));
        QVERIFY(simulated() == m_before);
    }

    void answerYesKeepsThenRevertUndoes() {
        Run r = cli({"apply", "--plan", path("plan.json")}, "y\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Kept"), qPrintable(r.out + r.err));
        const json kept = simulated();
        QVERIFY(kept != m_before);
        QVERIFY(kept.dump().find("203.0.113.0/24") != std::string::npos);
        Run v = cli({"revert"});
        QCOMPARE(v.exitCode, 0);
        QVERIFY2(v.out.contains("verified"), qPrintable(v.out + v.err));
        QVERIFY(simulated() == m_before);
        Run again = cli({"revert"});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(simulated() == m_before);
    }

    /// A long plan shows "done / total" lines on stderr while it is applied, and again while
    /// `revert` undoes it; --json output has none.
    void longApplyAndRevertShowProgress() {
        json changes = json::array();
        for (int i = 0; i < 3000; ++i)
            changes.push_back({{"op", "add"},
                               {"route",
                                {{"destination", "203.0." + std::to_string(i / 256) + "." +
                                                     std::to_string(i % 256) + "/32"},
                                 {"gateway", "192.168.1.1"},
                                 {"interface", "eth0"},
                                 {"protocol", "splitroute"}}}});
        writePlan("long.json", changes);
        auto progressLines = [](const QString& err, int total) {
            int n = 0;
            for (const QString& line : err.split('\n'))
                n += line.trimmed().endsWith(QString(" / %1").arg(total));
            return n;
        };
        Run r = cli({"apply", "--plan", path("long.json"), "--confirm-timeout", "0"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(progressLines(r.err, 3000) >= 2, qPrintable(r.err));
        Run v = cli({"revert"});
        QCOMPARE(v.exitCode, 0);
        QVERIFY2(progressLines(v.err, 3000) >= 2, qPrintable(v.out + v.err));
        QVERIFY2(v.out.contains("3000 change(s) undone"), qPrintable(v.out));
        QVERIFY(simulated() == m_before);
        Run j = cli({"apply", "--plan", path("long.json"), "--confirm-timeout", "0", "--json"});
        QCOMPARE(j.exitCode, 0);
        Run jv = cli({"revert", "--json"});
        QCOMPARE(jv.exitCode, 0);
        QCOMPARE(progressLines(j.err + jv.err, 3000), 0);
        QVERIFY(simulated() == m_before);
    }

    void revertAfterAKilledApplyUndoesOnlyThatOne() {
        // T1 applied and kept.
        QCOMPARE(cli({"apply", "--plan", path("plan.json"), "--yes"}).exitCode, 0);
        const json afterT1 = simulated();
        // T2 applied by a helper that is then killed before anyone confirms.
        QProcess helper;
        helper.start(SPLITROUTE_HELPER_PATH,
                     {"--state-dir", path("state"), "--simulate", m_sim, "--allow-unprivileged"});
        QVERIFY(helper.waitForStarted());
        json change{{"op", "add"},
                    {"route",
                     {{"destination", "192.0.2.0/24"},
                      {"gateway", "192.168.1.1"},
                      {"interface", "eth0"},
                      {"protocol", "splitroute"}}}};
        helper.write(QByteArray::fromStdString(
            json{{"id", 1}, {"method", "hello"}, {"version", 1}}.dump() + "\n" +
            json{{"id", 2}, {"method", "apply"}, {"changes", {change}}, {"confirmTimeout", 600}}
                .dump() +
            "\n"));
        while (helper.state() == QProcess::Running &&
               !helper.readAllStandardOutput().contains("\"id\":2"))
            helper.waitForReadyRead(10000);
        // The simulation is written back just after the answer.
        for (int i = 0; i < 1000 && simulated() == afterT1; ++i)
            QTest::qSleep(10);
        helper.kill();
        helper.waitForFinished();
        QVERIFY(simulated() != afterT1);
        Run r = cli({"revert"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Rolled back unfinished transaction"), qPrintable(r.out + r.err));
        QVERIFY(simulated() == afterT1);
        // The next revert undoes T1.
        QCOMPARE(cli({"revert"}).exitCode, 0);
        QVERIFY(simulated() == m_before);
    }

    void noAnswerBeforeTheDeadlineReverts() {
        // stdin stays open and silent: the prompt times out after one second.
        Run r = cli({"apply", "--plan", path("plan.json"), "--confirm-timeout", "1"}, {}, true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Reverted"), qPrintable(r.out + r.err));
        QVERIFY(simulated() == m_before);
    }

    void endOfInputReverts() {
        Run r = cli({"apply", "--plan", path("plan.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(simulated() == m_before);
    }

    void yesAndZeroTimeoutKeepWithoutAsking_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("--yes") << QStringList{"--yes"};
        QTest::newRow("--confirm-timeout 0") << QStringList{"--confirm-timeout", "0"};
    }
    void yesAndZeroTimeoutKeepWithoutAsking() {
        QFETCH(QStringList, extra);
        Run r = cli(QStringList{"apply", "--plan", path("plan.json")} + extra);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.err.contains("Keep these routes?"));
        QVERIFY(simulated() != m_before);
    }

    void bareArrayPlanAndJsonOutput() {
        writePlan("bare.json", plan()["changes"]);
        Run r = cli({"apply", "--plan", path("bare.json"), "--yes", "--json"});
        QCOMPARE(r.exitCode, 0);
        json j = json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY2(j.is_object(), qPrintable(r.out));
        QCOMPARE(j["result"].get<std::string>(), std::string("kept"));
        QCOMPARE(j["applied"].get<int>(), 2);
        QCOMPARE(j["verify"]["verified"].get<bool>(), true);
    }

    void refusedPlanChangesNothing() {
        json p = plan();
        p["changes"].push_back({{"op", "delete"},
                                {"route",
                                 {{"destination", "10.0.0.0/8"},
                                  {"gateway", "192.168.1.254"},
                                  {"interface", "eth0"}}}});
        writePlan("bad.json", p);
        Run r = cli({"apply", "--plan", path("bad.json"), "--yes", "--json"});
        QCOMPARE(r.exitCode, 1);
        json j = json::parse(r.out.toStdString(), nullptr, false);
        QCOMPARE(j["error"]["code"].get<std::string>(), std::string("forbidden"));
        QCOMPARE(j["error"]["index"].get<int>(), 2);
        QVERIFY(simulated() == m_before);
    }

    void badUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no plan") << QStringList{"apply"};
        QTest::newRow("missing file") << QStringList{"apply", "--plan", "/nonexistent/plan.json"};
        QTest::newRow("negative timeout")
            << QStringList{"apply", "--plan", "PLAN", "--confirm-timeout", "-1"};
        QTest::newRow("huge timeout")
            << QStringList{"apply", "--plan", "PLAN", "--confirm-timeout", "99999"};
        QTest::newRow("not a plan") << QStringList{"apply", "--plan", "NOTPLAN"};
    }
    void badUsage() {
        QFETCH(QStringList, args);
        writePlan("notplan.json",
                  json{{"format", "splitroute-policy"}, {"changes", json::array()}});
        args.replaceInStrings("NOTPLAN", path("notplan.json"));
        args.replaceInStrings("PLAN", path("plan.json"));
        Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(simulated() == m_before);
    }
};

QTEST_APPLESS_MAIN(TestHelperCli)
#include "TestHelperCli.moc"
