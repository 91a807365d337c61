// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli plan / export / check / diff --effective, run as a separate process the way a
// user or script runs them: exit codes, JSON documents, errors naming the file.

#include "CliRun.h"
#include "TestUtil.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

namespace {
using clitest::cli;
using clitest::Run;

QString data(const char* rel) {
    return QString::fromStdString(testutil::dataPath(rel));
}

/// Writes `bytes` to `name` in `dir`; the path, or "" when it cannot be written.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}
} // namespace

class TestCliPlan : public QObject {
    Q_OBJECT
private slots:
    void planWithPolicyAndExport();
    void planFromOptions();
    void planSeveralConnections();
    void planErrors_data();
    void planErrors();
    void exportFormats_data();
    void exportFormats();
    void checkFindings();
    void checkServerConfig();
    void checkAwsEndpoints_data();
    void checkAwsEndpoints();
    void effectiveDiffAndLookup();

private:
    QTemporaryDir m_dir;
};

void TestCliPlan::planWithPolicyAndExport() {
    QVERIFY(m_dir.isValid());
    const QString policy = writeFile(
        m_dir, "p.json", R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
        {"network":"203.0.113.0/24","label":"Video","mode":"bypass"}]})");
    QVERIFY(!policy.isEmpty());
    const QString plan = m_dir.filePath("plan.json");
    Run r = cli(
        {"plan", "--table", data("plan/fulltunnel.json"), "--policy", policy, "--output", plan});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("add    203.0.113.0/24 via 192.168.1.1 dev wlan0 proto splitroute"),
             qPrintable(r.out));
    QVERIFY(r.out.contains("Effect: 203.0.113.0/24 now leaves through wlan0"));
    // --json prints the same document --output wrote.
    Run j = cli({"plan", "--table", data("plan/fulltunnel.json"), "--policy", policy, "--json"});
    QCOMPARE(j.code, 0);
    QFile pf(plan);
    QVERIFY(pf.open(QIODevice::ReadOnly));
    QCOMPARE(j.out.toUtf8(), pf.readAll());
    auto doc = nlohmann::json::parse(j.out.toStdString());
    QVERIFY(doc["format"] == "splitroute-plan");
    QCOMPARE(doc["changes"].size(), std::size_t{1});
    QVERIFY(doc["changes"][0]["op"] == "add");
    QVERIFY(doc["changes"][0]["route"]["protocol"] == "splitroute");

    Run sh = cli({"export", "--plan", plan, "--format", "sh"});
    QCOMPARE(sh.code, 0);
    QVERIFY(sh.out.startsWith("#!/bin/sh\n"));
    QVERIFY(sh.out.contains("ip -4 route add 203.0.113.0/24 via 192.168.1.1 dev wlan0 table main "
                            "metric 0 proto 157\n"));
    Run undo = cli({"export", "--plan", plan, "--format", "sh", "--undo"});
    QCOMPARE(undo.code, 0);
    QVERIFY(undo.out.contains("ip -4 route del 203.0.113.0/24 via 192.168.1.1 dev wlan0 table "
                              "main metric 0 proto 157 || rc=1\n"));
}

void TestCliPlan::planFromOptions() {
    Run r = cli({"plan", "--table", data("plan/fulltunnel.json"), "--other", "local", "--tunnel",
                 "10.0.0.0/8", "--bypass", "10.20.0.0/16", "--json", "--no-before"});
    QCOMPARE(r.code, 0);
    auto doc = nlohmann::json::parse(r.out.toStdString());
    QVERIFY(!doc.contains("before"));
    std::vector<std::string> lines;
    for (const auto& c : doc["changes"])
        lines.push_back(c["op"].get<std::string>() + " " +
                        c["route"]["destination"].get<std::string>() + " " +
                        c["route"]["interface"].get<std::string>());
    // 10.20/16 is more specific than 10/8: it wins although given after it.
    QCOMPARE(lines, (std::vector<std::string>{"add 10.0.0.0/8 tun0", "delete 10.20.0.0/16 tun0",
                                              "add 10.20.0.0/16 wlan0", "delete 0.0.0.0/1 tun0",
                                              "delete 128.0.0.0/1 tun0", "delete ::/1 tun0",
                                              "delete 8000::/1 tun0"}));
}

void TestCliPlan::planSeveralConnections() {
    // A primary full tunnel on tun0 and a backup on tun1 (tests/data/sources), planned in turn:
    // the first policy is the primary's, the second the backup's.
    QVERIFY(m_dir.isValid());
    const QString backupPolicy =
        writeFile(m_dir, "backup-policy.json",
                  R"({"format":"splitroute-policy","version":1,"other":"local","rules":[
        {"network":"10.60.0.0/16","label":"Lab","mode":"tunnel"},
        {"network":"10.50.0.0/16","label":"Backup","mode":"as-pushed"},
        {"network":"172.31.0.0/16","label":"Backup","mode":"as-pushed"}]})");
    const QString primaryPolicy =
        writeFile(m_dir, "primary-policy.json",
                  R"({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
        {"network":"203.0.113.0/24","label":"Video","mode":"bypass"}]})");
    QVERIFY(!backupPolicy.isEmpty() && !primaryPolicy.isEmpty());
    const QStringList args{"plan",
                           "--table",
                           data("sources/two-tunnels.ip.txt"),
                           "--connection",
                           data("sources/primary.ovpn") + "@tun0",
                           "--connection",
                           data("sources/backup.ovpn") + "@tun1",
                           "--policy",
                           primaryPolicy,
                           "--policy",
                           backupPolicy};
    Run r = cli(args + QStringList{"--json", "--no-before"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto doc = nlohmann::json::parse(r.out.toStdString());
    QVERIFY(doc["format"] == "splitroute-plan");
    QVERIFY(doc["tunnelDevice"] == "tun0");
    QStringList lines;
    for (const auto& c : doc["changes"])
        lines << QString::fromStdString(c["op"].get<std::string>() + " " +
                                        c["route"]["destination"].get<std::string>() + " " +
                                        c["route"]["interface"].get<std::string>());
    QCOMPARE(lines, (QStringList{"add 203.0.113.0/24 wlan0", "add 10.60.0.0/16 tun1"}));

    // Text: which device each connection got; without @DEVICE the same devices are found.
    Run text = cli({"plan", "--table", data("sources/two-tunnels.ip.txt"), "--connection",
                    data("sources/primary.ovpn"), "--connection", data("sources/backup.ovpn"),
                    "--policy", primaryPolicy, "--policy", backupPolicy});
    QVERIFY2(text.code == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains("primary.ovpn: tunnel tun0\n"), qPrintable(text.out));
    QVERIFY(text.out.contains("backup.ovpn: tunnel tun1\n"));
    QVERIFY(text.out.contains("2 route change(s) (tunnel tun0):"));
    QVERIFY(text.out.contains("add    10.60.0.0/16 via 10.9.0.1 dev tun1"));

    // The backup alone, as pushed (no policy of its own): nothing to change.
    Run alone = cli({"plan", "--table", data("sources/two-tunnels.ip.txt"), "--connection",
                     data("sources/primary.ovpn") + "@tun0", "--connection",
                     data("sources/backup.ovpn") + "@tun1", "--bypass", "203.0.113.0/24"});
    QVERIFY2(alone.code == 0, qPrintable(alone.err));
    QVERIFY2(alone.out.contains("1 route change(s)"), qPrintable(alone.out));
}

void TestCliPlan::planErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString t = data("plan/fulltunnel.json");
    QTest::newRow("no table") << QStringList{"plan", "--bypass", "10.0.0.0/8"} << 2
                              << "needs --table";
    QTest::newRow("no policy") << QStringList{"plan", "--table", t} << 2 << "--policy FILE";
    QTest::newRow("both") << QStringList{"plan", "--table", t, "--policy", t, "--other", "local"}
                          << 2 << "not both";
    QTest::newRow("bad cidr") << QStringList{"plan", "--table", t, "--bypass", "10.0.0.1/8"} << 2
                              << "--bypass 10.0.0.1/8";
    QTest::newRow("missing table file")
        << QStringList{"plan", "--table", "/nonexistent/t.json", "--other", "local"} << 2
        << "/nonexistent/t.json";
    QTest::newRow("policy is not a policy")
        << QStringList{"plan", "--table", t, "--policy", t} << 2 << "fulltunnel.json";
    const QString two = data("sources/two-tunnels.ip.txt");
    const QString primary = data("sources/primary.ovpn");
    QTest::newRow("connection with profile")
        << QStringList{"plan",      "--table", two,       "--connection", primary,
                       "--profile", primary,   "--other", "local"}
        << 2 << "--connection replaces --profile";
    QTest::newRow("connection on a device not in the table")
        << QStringList{"plan",    "--table", two, "--connection", primary + "@tun7",
                       "--other", "local"}
        << 2 << "tun7 is not in the table";
    QTest::newRow("connection without a tunnel in the table")
        << QStringList{"plan",
                       "--table",
                       data("tables/laptop-before.ip.txt"),
                       "--connection",
                       data("sources/backup.ovpn"),
                       "--other",
                       "local"}
        << 2 << "no tunnel device in the table";
    QTest::newRow("more policies than connections")
        << QStringList{"plan", "--table",  two, "--connection", primary, "--policy",
                       t,      "--policy", t}
        << 2 << "more --policy files than --connection";
    QTest::newRow("two policies, no connection")
        << QStringList{"plan", "--table", two, "--policy", t, "--policy", t} << 2
        << "one --policy per --connection";
    QTest::newRow("unknown export format")
        << QStringList{"export", "--plan", t, "--format", "bat"} << 2 << "unknown export format";
    QTest::newRow("table is not a plan")
        << QStringList{"export", "--plan", t, "--format", "sh"} << 2 << "fulltunnel.json";
}

void TestCliPlan::planErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    Run r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliPlan::exportFormats_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expect");
    QTest::newRow("nmcli") << "nmcli"
                           << "ipv4.never-default yes";
    QTest::newRow("powershell") << "powershell"
                                << "Remove-NetRoute -DestinationPrefix '0.0.0.0/1'";
    QTest::newRow("cmd") << "cmd"
                         << "route delete 0.0.0.0 mask 128.0.0.0 10.8.0.1";
    QTest::newRow("openvpn") << "openvpn"
                             << "pull-filter ignore \"redirect-gateway\"";
    QTest::newRow("wireguard") << "wireguard"
                               << "AllowedIPs = 10.0.0.0/8";
    QTest::newRow("macos") << "macos"
                           << "route -n delete -net 0.0.0.0/1 10.8.0.1";
}

void TestCliPlan::exportFormats() {
    QFETCH(QString, format);
    QFETCH(QString, expect);
    const QString plan = m_dir.filePath("local.json");
    Run p = cli({"plan", "--table", data("plan/fulltunnel.json"), "--other", "local", "--tunnel",
                 "10.0.0.0/8", "--output", plan});
    QCOMPARE(p.code, 0);
    Run r = cli({"export", "--plan", plan, "--format", format, "--connection", "Work"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expect), qPrintable(r.out));
}

void TestCliPlan::checkFindings() {
    Run r = cli({"check", "--table", data("analyze/ipv6-leak.json"), "--json"});
    QCOMPARE(r.code, 1);
    auto doc = nlohmann::json::parse(r.out.toStdString());
    QVERIFY(doc["findings"][0]["code"] == "ipv6-leak");
    Run clean =
        cli({"check", "--table", data("analyze/clean.json"), "--vpn-server", "198.51.100.7"});
    QCOMPARE(clean.code, 0);
    QCOMPARE(clean.out, QString("No findings.\n"));
    Run ir = cli(
        {"check", "--table", data("analyze/iroute-missing.json"), "--iroute", "192.168.50.0/24"});
    QCOMPARE(ir.code, 1);
    QVERIFY(ir.out.contains("[iroute-missing]"));
    QVERIFY(ir.out.contains("192.168.60.0/24"));
}

void TestCliPlan::checkServerConfig() {
    const QString table = data("analyze/site-to-site-server.json");
    // The config's own client-config-dir (server/ccd): branch-a and branch-b cover .10 and .20;
    // nobody covers .30, and the disabled client's iroute for .10 does not count.
    Run r =
        cli({"check", "--table", table, "--server", data("server/site-to-site.conf"), "--json"});
    QCOMPARE(r.code, 1);
    auto doc = nlohmann::json::parse(r.out.toStdString());
    std::vector<std::string> missing;
    for (const auto& f : doc["findings"])
        if (f["code"] == "iroute-missing")
            for (const auto& p : f["prefixes"])
                missing.push_back(p.get<std::string>());
    QCOMPARE(missing, (std::vector<std::string>{"192.168.30.0/24"}));

    // --ccd replaces the config's folder: only branch A's file, so .20 is missing too.
    Run ccd = cli({"check", "--table", table, "--server", data("server/site-to-site.conf"), "--ccd",
                   data("analyze/ccd-branch-a-only")});
    QCOMPARE(ccd.code, 1);
    QVERIFY2(ccd.out.contains("192.168.20.0/24") && ccd.out.contains("192.168.30.0/24"),
             qPrintable(ccd.out));
    QVERIFY2(!ccd.out.contains("sends 192.168.10.0/24"), qPrintable(ccd.out));

    // The old forms: bare --server with --iroute.
    Run old = cli({"check", "--table", table, "--server", "--iroute", "192.168.0.0/16"});
    QVERIFY2(!old.out.contains("[iroute-missing]"), qPrintable(old.out));
    Run none = cli({"check", "--table", table, "--server"});
    QCOMPARE(none.code, 1);
    QVERIFY(none.out.contains("192.168.10.0/24"));

    // Errors name the input and exit 2.
    Run bad = cli({"check", "--table", table, "--server", data("server/nope.conf")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("nope.conf"), qPrintable(bad.err));
    Run badCcd = cli({"check", "--table", table, "--server", data("server/site-to-site.conf"),
                      "--ccd", data("analyze/no-such-ccd")});
    QCOMPARE(badCcd.code, 2);
    QVERIFY2(badCcd.err.contains("no-such-ccd"), qPrintable(badCcd.err));
    Run stray = cli({"check", "--table", table, data("server/site-to-site.conf")});
    QCOMPARE(stray.code, 2);
    Run ccdAlone = cli({"check", "--table", table, "--ccd", data("server/ccd")});
    QCOMPARE(ccdAlone.code, 2);
}

void TestCliPlan::checkAwsEndpoints_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("finding");
    const QString split = data("aws/endpoints-split.json");
    QTest::newRow("enforced endpoint") << QStringList{"--aws-endpoints", split, "--aws-endpoint",
                                                      "cvpn-endpoint-0fedcba9876543210"}
                                       << 1 << true;
    QTest::newRow("not enforced endpoint")
        << QStringList{"--aws-endpoints", split, "--aws-endpoint",
                       "cvpn-endpoint-0123456789abcdef0"}
        << 0 << false;
    QTest::newRow("single endpoint, not enforced")
        << QStringList{"--aws-endpoints", data("aws/endpoints-full-tunnel.json")} << 0 << false;
    QTest::newRow("flag still forces it") << QStringList{"--aws-route-enforcement"} << 1 << true;
    QTest::newRow("several endpoints, none picked")
        << QStringList{"--aws-endpoints", split} << 2 << false;
    QTest::newRow("unknown endpoint id")
        << QStringList{"--aws-endpoints", split, "--aws-endpoint", "cvpn-endpoint-nope"} << 2
        << false;
    QTest::newRow("wrong shape") << QStringList{"--aws-endpoints",
                                                data("aws/endpoints-wrong-type.json")}
                                 << 2 << false;
}

void TestCliPlan::checkAwsEndpoints() {
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(bool, finding);
    Run r = cli(QStringList{"check", "--table", data("analyze/clean.json"), "--vpn-server",
                            "198.51.100.7"} +
                extra);
    QCOMPARE(r.code, code);
    QCOMPARE(r.out.contains("[aws-route-enforcement]"), finding);
    if (code == 2)
        QVERIFY2(!r.err.isEmpty(), "an error message on stderr");
}

void TestCliPlan::effectiveDiffAndLookup() {
    const QString plan = m_dir.filePath("eff.json");
    QVERIFY(cli({"plan", "--table", data("plan/fulltunnel.json"), "--bypass", "203.0.113.0/24",
                 "--output", plan})
                .code == 0);
    // The after-table is before + changes; write both as route arrays through the plan JSON.
    QFile pf(plan);
    QVERIFY(pf.open(QIODevice::ReadOnly));
    auto doc = nlohmann::json::parse(pf.readAll().toStdString());
    auto after = doc["before"];
    after.push_back(doc["changes"][0]["route"]);
    const QString afterPath = m_dir.filePath("after.json");
    QFile af(afterPath);
    QVERIFY(af.open(QIODevice::WriteOnly));
    af.write(QByteArray::fromStdString(after.dump()));
    af.close();
    Run r = cli({"diff", "--effective", data("plan/fulltunnel.json"), afterPath, "--lookup",
                 "203.0.113.7", "--json"});
    QCOMPARE(r.code, 0);
    auto d = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(d["changes"].size(), std::size_t{1});
    QVERIFY(d["changes"][0]["prefixes"][0] == "203.0.113.0/24");
    QVERIFY(d["lookups"][0]["changed"] == true);
    QVERIFY(d["lookups"][0]["after"]["interface"] == "wlan0");
    Run text = cli({"diff", "--effective", data("plan/fulltunnel.json"), afterPath});
    QVERIFY(text.out.contains("Summary: 203.0.113.0/24 now leaves through wlan0"));
}

QTEST_APPLESS_MAIN(TestCliPlan)
#include "TestCliPlan.moc"
