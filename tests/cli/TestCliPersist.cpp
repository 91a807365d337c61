// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli persist, in-process:
// - keyfiles (OpenVPN, WireGuard, ethernet) through the real `nmcli --offline`; the written
//   files go back through NetworkManager's own keyfile parser (`nmcli --offline connection
//   modify` again) and their routes are the plan's;
// - --nm against a stand-in nmcli ($SPLITROUTE_NMCLI, answering from tests/data/nm): the
//   exact calls of --dry-run, the backup, a refused second persist, --undo restoring the
//   saved values, an unknown connection, a connection not on the plan's tunnel device;
// - usage errors (options of other forms, --profile not accepted).

#include "CliRun.h"
#include "FakeNmcli.h"
#include "TestUtil.h"
#include "core/persist/NmSettings.h"
#include "core/plan/Planner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace splitroute::core;
using clitest::cli;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliPersist : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void keyfileOpenVpnAndEthernet();
    void keyfileWireGuard();
    void keyfileErrors();
    void keyfileReadOnlyOutputDir();
    void nmDryRun();
    void nmPersistAndUndo();
    void nmUnknownConnection();
    void nmcliMissing();
    void nmUndoBadBackup();
    void nmNotOnTunnelDevice();
    void nmFailingCallRollsBack();
    void profileWriteReplaceUndo();
    void profileJson();
    void profileRefusals();

private:
    bool haveNmcli() const { return !m_nmcli.isEmpty(); }
    QString writePlan(const char* name, const Plan& p);
    // The keyfile as NetworkManager's parser reads it back: `nmcli --offline connection
    // modify connection.id ID < file` rewrites it from its parsed form.
    QByteArray reparsed(const QString& path, const std::string& id);
    void useFakeNmcli(bool failModify = false);

    QTemporaryDir m_dir;
    QString m_nmcli;
    QString m_plan, m_wgPlan, m_tun5Plan, m_otherPlan;
};

void TestCliPersist::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_nmcli = QStandardPaths::findExecutable("nmcli");
    m_plan = writePlan("plan.json", faketest::sandboxPlan("tun0"));
    m_wgPlan = writePlan("wg-plan.json", faketest::sandboxPlan("wg0"));
    m_tun5Plan = writePlan("tun5-plan.json", faketest::sandboxPlan("tun5"));
    m_otherPlan = writePlan("other-plan.json", faketest::sandboxPlan("tun0", "192.0.2.128/25"));
    qputenv("XDG_STATE_HOME", m_dir.filePath("state").toUtf8());
}

QString TestCliPersist::writePlan(const char* name, const Plan& p) {
    const QString path = m_dir.filePath(name);
    writeFile(path, QByteArray::fromStdString(planToJson(p).dump(2)));
    return path;
}

QByteArray TestCliPersist::reparsed(const QString& path, const std::string& id) {
    QProcess p;
    p.setStandardInputFile(path);
    p.start(m_nmcli,
            {"--offline", "connection", "modify", "connection.id", QString::fromStdString(id)});
    p.waitForFinished(30000);
    if (p.exitCode() != 0)
        qWarning("nmcli --offline: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

void TestCliPersist::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("neither") << QStringList{"--plan", "p"} << "one of --nm CONNECTION, --keyfile";
    QTest::newRow("both") << QStringList{"--plan", "p", "--nm", "x", "--keyfile", "k"}
                          << "one of --nm CONNECTION, --keyfile";
    QTest::newRow("nm and profile") << QStringList{"--plan", "p", "--nm", "x", "--profile", "k"}
                                    << "one of --nm CONNECTION, --keyfile";
    QTest::newRow("no plan") << QStringList{"--nm", "x"} << "persist needs --plan PLAN";
    QTest::newRow("undo with plan")
        << QStringList{"--undo", "--nm", "x", "--plan", "p"} << "--undo takes --nm CONNECTION only";
    QTest::newRow("undo keyfile") << QStringList{"--undo", "--keyfile", "k"}
                                  << "--undo takes --nm CONNECTION only";
    QTest::newRow("no output dir")
        << QStringList{"--plan", "p", "--keyfile", "k"} << "needs --output-dir DIR";
    QTest::newRow("dry-run keyfile")
        << QStringList{"--plan", "p", "--keyfile", "k", "--output-dir", "d", "--dry-run"}
        << "go with --nm";
    QTest::newRow("output-dir nm")
        << QStringList{"--plan", "p", "--nm", "x", "--output-dir", "d"} << "go with --keyfile";
    QTest::newRow("profile without output")
        << QStringList{"--plan", "p", "--profile", "x.ovpn"} << "--profile needs --output FILE";
    QTest::newRow("output with nm") << QStringList{"--plan", "p", "--nm", "x", "--output", "y"}
                                    << "--output goes with --profile";
    QTest::newRow("profile dry-run")
        << QStringList{"--plan", "p", "--profile", "x", "--output", "y", "--dry-run"}
        << "--profile takes --plan and --output only";
    QTest::newRow("profile undo with plan")
        << QStringList{"--undo", "--profile", "x", "--plan", "p"} << "takes no --plan";
    QTest::newRow("unreadable plan")
        << QStringList{"--plan", "/nonexistent/p.json", "--nm", "x"} << "/nonexistent/p.json";
}

void TestCliPersist::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = cli(QStringList{"persist"} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliPersist::keyfileOpenVpnAndEthernet() {
    if (!haveNmcli())
        QSKIP("nmcli is not installed (scripts/setup-deps.sh test installs network-manager)");
    const QString out = m_dir.filePath("out-ovpn");
    QVERIFY(QDir().mkpath(out));
    const QString vpnIn = QString(SPLITROUTE_TEST_DATA_DIR) + "/nm/openvpn.nmconnection";
    const QString lanIn = QString(SPLITROUTE_TEST_DATA_DIR) + "/nm/ethernet.nmconnection";
    const auto r = cli({"persist", "--plan", m_plan, "--keyfile", vpnIn, "--underlying-keyfile",
                        lanIn, "--output-dir", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // the diff it wrote
    QVERIFY2(r.out.contains("--- " + vpnIn + "\n+++ " + out + "/openvpn.nmconnection\n"),
             qPrintable(r.out));
    QVERIFY2(r.out.contains("\n+route1=198.51.100.0/24\n"), qPrintable(r.out));
    QVERIFY2(r.out.contains("+route3=198.19.0.0/16,192.0.2.1,0\n"), qPrintable(r.out));
    QVERIFY(!r.out.contains("-route1")); // the existing routes stay
    for (const char* name : {"openvpn.nmconnection", "ethernet.nmconnection"}) {
        const QString path = out + "/" + name;
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600); // NetworkManager ignores other modes
    }
    // NetworkManager's parser reads them back unchanged, with the plan's routes.
    const QByteArray vpnOut = readFile(out + "/openvpn.nmconnection");
    const QByteArray lanOut = readFile(out + "/ethernet.nmconnection");
    QCOMPARE(reparsed(out + "/openvpn.nmconnection", "nmt-ovpn"), vpnOut);
    QCOMPARE(reparsed(out + "/ethernet.nmconnection", "spare eth"), lanOut);
    auto vpn = parseNmKeyfile(vpnOut.toStdString(), "vpn");
    auto lan = parseNmKeyfile(lanOut.toStdString(), "lan");
    QVERIFY(vpn.ok() && lan.ok());
    QCOMPARE(vpn->uuid, std::string("55ff893b-2d46-4ec2-8781-2bd33e48e896"));
    QCOMPARE(vpn->serviceType, std::string("org.freedesktop.NetworkManager.openvpn"));
    QCOMPARE(vpn->settings.v4.routes, std::string("198.51.100.0/24"));
    QCOMPARE(vpn->settings.v4.neverDefault, std::string("yes"));
    QCOMPARE(lan->settings.v4.routes,
             std::string("10.10.0.0/16 10.9.0.1 50, 10.11.0.0/16, 198.19.0.0/16 192.0.2.1 0"));
    QCOMPARE(lan->settings.v6.routes, std::string("2001:db8:a::/48 2001:db8:9::1"));

    // --json: the same, as data
    const QString out2 = m_dir.filePath("out-ovpn-json");
    QVERIFY(QDir().mkpath(out2));
    const auto j = cli({"persist", "--plan", m_plan, "--keyfile", vpnIn, "--underlying-keyfile",
                        lanIn, "--output-dir", out2, "--json"});
    QCOMPARE(j.code, 0);
    const auto doc = nlohmann::json::parse(j.out.toStdString());
    QCOMPARE(doc["mode"].get<std::string>(), std::string("keyfile"));
    QCOMPARE(doc["files"].size(), std::size_t(2));
    QCOMPARE(doc["files"][0]["role"].get<std::string>(), std::string("vpn"));
    QCOMPARE(doc["files"][1]["output"].get<std::string>(),
             (out2 + "/ethernet.nmconnection").toStdString());
    QVERIFY(doc["files"][0]["diff"].get<std::string>().find("+never-default=true") !=
            std::string::npos);
    QCOMPARE(doc["files"][0]["edits"][0]["changes"][0]["property"].get<std::string>(),
             std::string("ipv4.routes"));
    QCOMPARE(readFile(out2 + "/openvpn.nmconnection"), vpnOut);
}

void TestCliPersist::keyfileWireGuard() {
    if (!haveNmcli())
        QSKIP("nmcli is not installed (scripts/setup-deps.sh test installs network-manager)");
    const QString out = m_dir.filePath("out-wg");
    QVERIFY(QDir().mkpath(out));
    const QString wgIn = QString(SPLITROUTE_TEST_DATA_DIR) + "/nm/wireguard.nmconnection";
    const QString lanIn = QString(SPLITROUTE_TEST_DATA_DIR) + "/nm/ethernet.nmconnection";
    const auto r = cli({"persist", "--plan", m_wgPlan, "--keyfile", wgIn, "--underlying-keyfile",
                        lanIn, "--output-dir", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray wgOut = readFile(out + "/wireguard.nmconnection");
    QCOMPARE(reparsed(out + "/wireguard.nmconnection", "wg: home\\lab"), wgOut);
    QVERIFY(wgOut.contains("[wireguard-peer.xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=]"));
    auto wg = parseNmKeyfile(wgOut.toStdString(), "wg");
    QVERIFY(wg.ok());
    QCOMPARE(wg->settings.v4.routes, std::string("198.51.100.0/24"));
    QCOMPARE(wg->settings.v4.neverDefault, std::string("yes"));
    // the plan's tunnel device must be the keyfile's WireGuard interface
    const auto wrong = cli({"persist", "--plan", m_plan, "--keyfile", wgIn, "--underlying-keyfile",
                            lanIn, "--output-dir", out});
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains("WireGuard interface wg0, but the plan's tunnel device is tun0"),
             qPrintable(wrong.err));
}

void TestCliPersist::keyfileErrors() {
    const QString data = QString(SPLITROUTE_TEST_DATA_DIR) + "/nm/";
    const QString out = m_dir.filePath("out-err");
    QVERIFY(QDir().mkpath(out));
    // bypass routes but no underlying keyfile
    auto r = cli({"persist", "--plan", m_plan, "--keyfile", data + "openvpn.nmconnection",
                  "--output-dir", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("bypass routes (on veth0)") && r.err.contains("--underlying-keyfile"),
             qPrintable(r.err));
    // the ethernet keyfile as the VPN's
    r = cli({"persist", "--plan", m_plan, "--keyfile", data + "ethernet.nmconnection",
             "--output-dir", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("ethernet.nmconnection: a ethernet connection"), qPrintable(r.err));
    // a broken keyfile: file and line
    const QString bad = m_dir.filePath("bad.nmconnection");
    QVERIFY(writeFile(bad, "[connection]\nid=x\ntype=vpn\n[ipv4]\nnever-default=perhaps\n"));
    r = cli({"persist", "--plan", m_plan, "--keyfile", bad, "--output-dir", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(bad + ":5:1: never-default: expected true or false"),
             qPrintable(r.err));
    QVERIFY(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty()); // nothing written
}

void TestCliPersist::keyfileReadOnlyOutputDir() {
    if (!haveNmcli())
        QSKIP("nmcli is not installed (scripts/setup-deps.sh test installs network-manager)");
    // root writes into a 0555 directory anyway; /proc/sys takes no new files from anyone
    QString ro = m_dir.filePath("ro");
    QVERIFY(QDir().mkpath(ro));
    QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner));
    if (::geteuid() == 0)
        ro = "/proc/sys";
    const QString data = QString(SPLITROUTE_TEST_DATA_DIR) + "/nm/";
    const auto r =
        cli({"persist", "--plan", m_plan, "--keyfile", data + "openvpn.nmconnection",
             "--underlying-keyfile", data + "ethernet.nmconnection", "--output-dir", ro});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(ro + ": cannot write there") && r.err.contains("nothing was written"),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(ro + "/openvpn.nmconnection"));
}

void TestCliPersist::useFakeNmcli(bool failModify) {
    const QString error = faketest::installFakeNmcli(m_dir.path(), failModify);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QDir(m_dir.filePath("state")).removeRecursively();
}

void TestCliPersist::nmDryRun() {
    useFakeNmcli();
    const auto r = cli({"persist", "--plan", m_plan, "--nm", "nmt-ovpn", "--dry-run"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("nmcli connection modify 55ff893b-2d46-4ec2-8781-2bd33e48e896 "
                            "ipv4.routes 198.51.100.0/24   # vpn 'nmt-ovpn'\n"
                            "nmcli connection modify 128e19a7-a2e8-4e5f-862a-43569bcb1b76 "
                            "ipv4.routes '203.0.113.0/24 192.0.2.1, 198.19.0.0/16 192.0.2.1 0'"
                            "   # underlying 'nmt-veth0'\n"));
    const QString log = readFile(m_dir.filePath("fake-state/calls.log"));
    QVERIFY2(!log.contains("modify"), qPrintable(log));
    QVERIFY(!QFile::exists(m_dir.filePath("state/splitroute/persist")));
    const auto j = cli({"persist", "--plan", m_plan, "--nm", "nmt-ovpn", "--dry-run", "--json"});
    QCOMPARE(j.code, 0);
    const auto doc = nlohmann::json::parse(j.out.toStdString());
    QCOMPARE(doc["dryRun"].get<bool>(), true);
    QCOMPARE(doc["edits"][0]["call"].get<std::vector<std::string>>(),
             (std::vector<std::string>{"nmcli", "connection", "modify",
                                       "55ff893b-2d46-4ec2-8781-2bd33e48e896", "ipv4.routes",
                                       "198.51.100.0/24"}));
    QCOMPARE(doc["edits"][1]["role"].get<std::string>(), std::string("underlying"));
    QCOMPARE(doc["edits"][1]["changes"][0]["before"].get<std::string>(),
             std::string("203.0.113.0/24 192.0.2.1"));
}

void TestCliPersist::nmPersistAndUndo() {
    useFakeNmcli();
    const QString vpnState = m_dir.filePath("fake-state/55ff893b-2d46-4ec2-8781-2bd33e48e896");
    const QString lanState = m_dir.filePath("fake-state/128e19a7-a2e8-4e5f-862a-43569bcb1b76");
    const QByteArray vpnBefore = readFile(vpnState);
    const auto r = cli({"persist", "--plan", m_plan, "--nm", "nmt-ovpn"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString backup =
        m_dir.filePath("state/splitroute/persist/55ff893b-2d46-4ec2-8781-2bd33e48e896.json");
    QVERIFY2(r.out.contains("saved the previous values to " + backup), qPrintable(r.out));
    QVERIFY(QFile::exists(backup));
    QVERIFY(readFile(vpnState).contains("ipv4.routes:198.51.100.0/24\n"));
    QVERIFY(readFile(lanState).contains(
        "ipv4.routes:203.0.113.0/24 192.0.2.1, 198.19.0.0/16 192.0.2.1 0\n"));
    // the same plan again: nothing to change
    const auto same = cli({"persist", "--plan", m_plan, "--nm", "nmt-ovpn"});
    QCOMPARE(same.code, 0);
    QVERIFY2(same.out.contains("already holds this split"), qPrintable(same.out));
    // another plan would overwrite the backup: refused
    const auto again = cli({"persist", "--plan", m_otherPlan, "--nm", "nmt-ovpn"});
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains("already persisted"), qPrintable(again.err));
    // undo: the saved values, byte for byte; the backup is gone
    const auto u = cli({"persist", "--undo", "--nm", "nmt-ovpn", "--json"});
    QVERIFY2(u.code == 0, qPrintable(u.err));
    const auto doc = nlohmann::json::parse(u.out.toStdString());
    QCOMPARE(doc["mode"].get<std::string>(), std::string("undo"));
    QVERIFY(doc["warnings"].empty());
    QVERIFY(!QFile::exists(backup));
    auto lines = [](const QByteArray& b) {
        QStringList l = QString::fromUtf8(b).split('\n', Qt::SkipEmptyParts);
        l.sort();
        return l;
    };
    QCOMPARE(lines(readFile(vpnState)), lines(vpnBefore));
    QVERIFY(readFile(lanState).contains("ipv4.routes:203.0.113.0/24 192.0.2.1\n"));
    const auto none = cli({"persist", "--undo", "--nm", "nmt-ovpn"});
    QCOMPARE(none.code, 2);
    QVERIFY2(none.err.contains("no persisted split for 'nmt-ovpn'"), qPrintable(none.err));
}

void TestCliPersist::nmUnknownConnection() {
    useFakeNmcli();
    const auto r = cli({"persist", "--plan", m_plan, "--nm", "corp"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no NetworkManager connection 'corp'"), qPrintable(r.err));
    QVERIFY2(r.err.contains("'nmt-ovpn' (vpn on veth0)"), qPrintable(r.err));
    const auto lan = cli({"persist", "--plan", m_plan, "--nm", "nmt-veth0"});
    QCOMPARE(lan.code, 2);
    QVERIFY2(lan.err.contains("'nmt-veth0' is a 802-3-ethernet connection"), qPrintable(lan.err));
}

// A backup that does not read is the input's fault (exit 2) and names the file.
void TestCliPersist::nmUndoBadBackup() {
    useFakeNmcli();
    const QString dir = m_dir.filePath("state/splitroute/persist");
    QVERIFY(QDir().mkpath(dir));
    const QString backup = dir + "/" + faketest::kFakeVpnUuid + ".json";
    QVERIFY(writeFile(backup, "{\"format\": \"splitroute-nm-persist\", \"version\": 7}"));
    const auto r = cli({"persist", "--undo", "--nm", "nmt-ovpn"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(backup), qPrintable(r.err));
    QVERIFY(!readFile(m_dir.filePath("fake-state/calls.log")).contains("modify"));
    QVERIFY(QFile::exists(backup)); // kept: it is the user's to look at
}

void TestCliPersist::nmcliMissing() {
    qputenv("SPLITROUTE_NMCLI", "/nonexistent/nmcli");
    for (const QStringList& a : {QStringList{"persist", "--plan", m_plan, "--nm", "corp"},
                                 QStringList{"persist", "--undo", "--nm", "corp"}}) {
        const auto r = cli(a);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nmcli is not installed") &&
                     r.err.contains("Debian package network-manager"),
                 qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(m_dir.filePath("state/splitroute/persist")));
}

void TestCliPersist::nmNotOnTunnelDevice() {
    useFakeNmcli();
    const auto r = cli({"persist", "--plan", m_tun5Plan, "--nm", "nmt-ovpn"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("'nmt-ovpn' is not the connection on tun5, the plan's tunnel device"),
             qPrintable(r.err));
    const auto wg = cli({"persist", "--plan", m_plan, "--nm", "wg: home\\lab"});
    QCOMPARE(wg.code, 2);
    QVERIFY2(wg.err.contains("'wg: home\\lab' is not active on tun0") &&
                 wg.err.contains("the VPN on tun0 is 'nmt-ovpn'"),
             qPrintable(wg.err));
    const QString log = readFile(m_dir.filePath("fake-state/calls.log"));
    QVERIFY(!log.contains("modify"));
}

void TestCliPersist::nmFailingCallRollsBack() {
    useFakeNmcli(true); // the underlying connection's modify is refused
    const QString vpnState = m_dir.filePath("fake-state/55ff893b-2d46-4ec2-8781-2bd33e48e896");
    const auto r = cli({"persist", "--plan", m_plan, "--nm", "nmt-ovpn"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("call 2 of 2 failed: NetworkManager refused `nmcli connection modify "
                            "128e19a7-a2e8-4e5f-862a-43569bcb1b76 ipv4.routes"),
             qPrintable(r.err));
    QVERIFY2(r.err.contains("rolled back"), qPrintable(r.err));
    QVERIFY(readFile(vpnState).contains("ipv4.routes:\n")); // the VPN's change was undone
    QVERIFY(!QFile::exists(
        m_dir.filePath("state/splitroute/persist/55ff893b-2d46-4ec2-8781-2bd33e48e896.json")));
}

// --profile: the block written into a copy (mode of the source kept), the diff printed; saving
// into the copy again replaces the block; --undo gives back the original bytes (CRLF + BOM).
void TestCliPersist::profileWriteReplaceUndo() {
    const QByteArray original =
        QByteArray::fromStdString(testutil::readData("persist/crlf-bom.ovpn"));
    const QString in = m_dir.filePath("corp.ovpn");
    const QString out = m_dir.filePath("corp-split.ovpn");
    QVERIFY(writeFile(in, original));
    QVERIFY(QFile::setPermissions(in, QFile::ReadOwner | QFile::WriteOwner));
    auto r = cli({"persist", "--plan", m_plan, "--profile", in, "--output", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("+# BEGIN splitroute v1") && r.out.contains("--- " + in) &&
                 r.out.contains("+++ " + out) && r.out.contains("persist --undo --profile " + out),
             qPrintable(r.out));
    QCOMPARE(readFile(in), original); // the source is not touched
    const QByteArray written = readFile(out);
    QVERIFY(written.startsWith(original));
    QVERIFY(written.contains("# BEGIN splitroute v1\r\n"));
    QVERIFY(written.contains("net_gateway"));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777U, 0600U); // as the source: a profile may hold a private key

    // Again into the copy, with another plan: one block, replaced.
    r = cli({"persist", "--plan", m_otherPlan, "--profile", out, "--output", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("replaced the Splitroute block"), qPrintable(r.out));
    const QByteArray again = readFile(out);
    QCOMPARE(again.count("# BEGIN splitroute v1\r\n"), 1); // (the certificate holds a decoy)
    QVERIFY(again.contains("192.0.2.128"));

    r = cli({"persist", "--undo", "--profile", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("-# BEGIN splitroute v1"), qPrintable(r.out));
    QCOMPARE(readFile(out), original);
    // Nothing left to take out: said, nothing written.
    r = cli({"persist", "--undo", "--profile", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("no Splitroute block"), qPrintable(r.err));
    QCOMPARE(readFile(out), original);
}

void TestCliPersist::profileJson() {
    const QString in = m_dir.filePath("plain.ovpn");
    const QString out = m_dir.filePath("plain-split.ovpn");
    QVERIFY(writeFile(in, QByteArray::fromStdString(testutil::readData("persist/plain.ovpn"))));
    auto r = cli({"persist", "--plan", m_plan, "--profile", in, "--output", out, "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto j = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(j.at("mode").get<std::string>(), std::string("profile"));
    QCOMPARE(j.at("input").get<std::string>(), in.toStdString());
    QCOMPARE(j.at("output").get<std::string>(), out.toStdString());
    QCOMPARE(j.at("replacedBlock").get<bool>(), false);
    QVERIFY(j.at("blockLine").get<int>() > 1);
    QVERIFY(j.at("diff").get<std::string>().find("+# END splitroute") != std::string::npos);
    r = cli(
        {"persist", "--undo", "--profile", out, "--output", m_dir.filePath("back.ovpn"), "--json"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(nlohmann::json::parse(r.out.toStdString()).at("mode").get<std::string>(),
             std::string("profile-undo"));
    QCOMPARE(readFile(m_dir.filePath("back.ovpn")), readFile(in));
}

void TestCliPersist::profileRefusals() {
    // An AWS Client VPN profile: the AWS client strips pull-filter; nothing written.
    const QString aws = m_dir.filePath("aws.ovpn");
    QVERIFY(writeFile(aws, "client\ndev tun\nproto udp\nremote "
                           "cvpn-endpoint-0123456789abcdef0.prod.clientvpn.us-east-1.amazonaws.com "
                           "443\nauth-federate\n"));
    const QString out = m_dir.filePath("aws-split.ovpn");
    auto r = cli({"persist", "--plan", m_plan, "--profile", aws, "--output", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("pull-filter") && r.err.contains("keep"), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    // A block somebody else wrote: refused with its line.
    const QString foreign = m_dir.filePath("foreign.ovpn");
    QVERIFY(writeFile(
        foreign, QByteArray::fromStdString(testutil::readData("persist/foreign-version.ovpn"))));
    r = cli({"persist", "--plan", m_plan, "--profile", foreign, "--output", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("foreign.ovpn") && r.err.contains("line"), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    // An earlier `pull-filter accept "redirect-gateway"` would win over the block's ignore
    // line: refused with that line, nothing written.
    const QString defeated = m_dir.filePath("defeat.ovpn");
    QVERIFY(writeFile(defeated,
                      QByteArray::fromStdString(testutil::readData("persist/defeat-accept.ovpn"))));
    r = cli({"persist", "--plan", m_plan, "--profile", defeated, "--output", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("defeat.ovpn line 8: `pull-filter accept \"redirect-gateway\"` comes "
                            "before the Splitroute block"),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    // An output nobody can write (its "directory" is a file; refused to root too): exit 1.
    const QString in = m_dir.filePath("plain2.ovpn");
    QVERIFY(writeFile(in, QByteArray::fromStdString(testutil::readData("persist/plain.ovpn"))));
    r = cli({"persist", "--plan", m_plan, "--profile", in, "--output", in + "/x.ovpn"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("nothing was written"), qPrintable(r.err));
}

QTEST_APPLESS_MAIN(TestCliPersist)
#include "TestCliPersist.moc"
