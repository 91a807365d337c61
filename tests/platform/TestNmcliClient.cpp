// SPDX-License-Identifier: GPL-3.0-or-later
// platform/linux/NmcliClient: parsing recorded `nmcli -t -e yes` output (tests/data/nm),
// finding the VPN that owns a tunnel device, error messages for a missing nmcli, a stopped
// NetworkManager and a refusal, and the rollback when a later modify call fails. The nmcli
// runs are faked from recordings; one test runs the real `nmcli --offline` when installed.

#include "TestUtil.h"
#include "core/FileBytes.h"
#include "platform/linux/NmPersist.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <map>
#include <set>

#include <sys/stat.h>

using namespace splitroute;
using namespace splitroute::core;
using namespace splitroute::platform;

namespace {

const std::string kVpn = "55ff893b-2d46-4ec2-8781-2bd33e48e896";
const std::string kLan = "128e19a7-a2e8-4e5f-862a-43569bcb1b76";
const std::string kFields = "ipv4.routes,ipv4.never-default,ipv4.ignore-auto-routes,"
                            "ipv4.route-metric,ipv6.routes,ipv6.never-default,"
                            "ipv6.ignore-auto-routes,ipv6.route-metric";

std::string key(const std::vector<std::string>& args) {
    std::string k;
    for (const auto& a : args)
        k += a + "\x1f";
    return k;
}

// Answers nmcli calls from recordings; counts `connection modify` calls and fails the ones
// listed in failModify (1-based).
struct FakeNmcli {
    std::map<std::string, NmcliRun> answers;
    std::vector<std::vector<std::string>> calls;
    std::set<int> failModify;
    int modifies = 0;

    void answer(const std::vector<std::string>& args, const std::string& out, int code = 0,
                const std::string& err = {}) {
        answers[key(args)] = NmcliRun{true, code, out, err};
    }
    NmcliRunner runner() {
        return [this](const std::vector<std::string>& args, const std::string&) {
            calls.push_back(args);
            if (args.size() > 1 && args[0] == "connection" && args[1] == "modify") {
                if (failModify.count(++modifies))
                    return NmcliRun{true, 2, "",
                                    "Error: failed to modify ipv4.routes: invalid route\n"};
                return NmcliRun{true, 0, "", ""};
            }
            auto it = answers.find(key(args));
            if (it == answers.end())
                return NmcliRun{true, 10, "", "Error: no such thing (unrecorded call)\n"};
            return it->second;
        };
    }
    // The recorded sandbox: nmt-ovpn (OpenVPN) active on veth0 with tun0, nmt-veth0 on veth0.
    void recorded(const char* list = "nm/connections.txt") {
        answer({"-t", "-e", "yes", "-f", "NAME,UUID,TYPE,DEVICE,ACTIVE", "connection", "show"},
               testutil::readData(list));
        answer({"-t", "-e", "yes", "-f", "vpn.service-type", "connection", "show", kVpn},
               testutil::readData("nm/vpn-service-type.txt"));
        answer({"-t", "-e", "yes", "-f", "IP4,IP6", "connection", "show", "--active", kVpn},
               testutil::readData("nm/vpn-active-ip.txt"));
        answer({"-t", "-e", "yes", "-f", "IP4,IP6", "device", "show", "tun0"},
               testutil::readData("nm/device-tun0-ip.txt"));
        answer({"-t", "-e", "yes", "-f", kFields, "connection", "show", kVpn},
               testutil::readData("nm/settings-vpn.txt"));
        answer({"-t", "-e", "yes", "-f", kFields, "connection", "show", kLan},
               testutil::readData("nm/settings-veth0.txt"));
    }
};

NmConnectionEdit edit(const std::string& uuid, const std::string& prop, const std::string& before,
                      const std::string& after) {
    return NmConnectionEdit{NmRole::Vpn, uuid, "n", {{prop, before, after}}};
}

} // namespace

class TestNmcliClient : public QObject {
    Q_OBJECT
private slots:
    void terseEscaping_data();
    void terseEscaping();
    void connectionList();
    void connectionListNothingActive();
    void connectionListBadLine();
    void settings();
    void settingsMissingProperty();
    void listWithServiceType();
    void findConnection();
    void vpnOwnsTunnel();
    void wireGuardOwnsItsDevice();
    void connectionOnDevice();
    void errors_data();
    void errors();
    void rollbackAfterSecondOfThree();
    void rollbackFailsToo();
    void undoRunsReversed();
    void persistKeepsBackupWhenRollbackFails();
    void undoSkipsDeletedConnection();
    void formatCall();
    void realRunner();
    void privateFile();
};

void TestNmcliClient::terseEscaping_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << "a:b:c" << QStringList{"a", "b", "c"};
    QTest::newRow("colon and backslash")
        << "wg\\: home\\\\lab:u:wireguard::no"
        << QStringList{"wg: home\\lab", "u", "wireguard", "", "no"};
    QTest::newRow("non-ascii and spaces") << "Café wifi:u" << QStringList{"Café wifi", "u"};
    QTest::newRow("empty fields") << "::" << QStringList{"", "", ""};
    QTest::newRow("trailing backslash kept") << "a\\" << QStringList{"a\\"};
}

void TestNmcliClient::terseEscaping() {
    QFETCH(QString, line);
    QFETCH(QStringList, fields);
    QStringList got;
    for (const auto& f : splitNmcliTerse(line.toStdString()))
        got << QString::fromStdString(f);
    QCOMPARE(got, fields);
}

void TestNmcliClient::connectionList() {
    auto l = parseNmcliConnectionList(testutil::readData("nm/connections.txt"));
    QVERIFY(l.ok());
    QCOMPARE(l->size(), std::size_t(7));
    const auto& v = (*l)[0];
    QCOMPARE(v.name, std::string("nmt-ovpn"));
    QCOMPARE(v.uuid, kVpn);
    QCOMPARE(v.type, std::string("vpn"));
    QCOMPARE(v.device, std::string("veth0")); // a VPN lists its base device
    QVERIFY(v.active);
    QCOMPARE((*l)[2].type, std::string("tun"));
    QCOMPARE((*l)[3].type, std::string("802-3-ethernet"));
    QCOMPARE((*l)[4].name, std::string("Café wifi"));
    QCOMPARE((*l)[4].type, std::string("802-11-wireless"));
    QCOMPARE((*l)[4].device, std::string());
    QVERIFY(!(*l)[4].active);
    QCOMPARE((*l)[5].name, std::string("spare eth"));
    QCOMPARE((*l)[6].name, std::string("wg: home\\lab"));
    QCOMPARE((*l)[6].type, std::string("wireguard"));
}

void TestNmcliClient::connectionListNothingActive() {
    auto l = parseNmcliConnectionList(testutil::readData("nm/connections-none-active.txt"));
    QVERIFY(l.ok());
    QCOMPARE(l->size(), std::size_t(3));
    for (const auto& c : *l) {
        QVERIFY(!c.active);
        QVERIFY(c.device.empty());
    }
    FakeNmcli fake;
    fake.recorded("nm/connections-none-active.txt");
    NmcliClient nm(fake.runner());
    auto v = nm.vpnForDevice("tun0");
    QVERIFY(!v.ok());
    QVERIFY2(v.error().message.find("active connections: none") != std::string::npos,
             v.error().message.c_str());
}

void TestNmcliClient::connectionListBadLine() {
    auto l = parseNmcliConnectionList("a:b:c:d:yes\nbroken:line\n");
    QVERIFY(!l.ok());
    QVERIFY(l.error().message.find("line 2") != std::string::npos);
    QVERIFY(l.error().message.find("broken:line") != std::string::npos);
}

void TestNmcliClient::settings() {
    auto s = parseNmcliSettings(testutil::readData("nm/settings-spare-eth.txt"));
    QVERIFY(s.ok());
    QCOMPARE(s->v4.routes, std::string("10.10.0.0/16 10.9.0.1 50, 10.11.0.0/16"));
    QCOMPARE(s->v6.routes, std::string("2001:db8:a::/48 2001:db8:9::1")); // colons not escaped
    QCOMPARE(s->v4.neverDefault, std::string("no"));
    QCOMPARE(s->v4.routeMetric, std::string("-1"));
    auto v = parseNmcliSettings(testutil::readData("nm/settings-vpn.txt"));
    QVERIFY(v.ok());
    QCOMPARE(v->v4.neverDefault, std::string("yes"));
    QCOMPARE(v->v4.routes, std::string());
}

void TestNmcliClient::settingsMissingProperty() {
    auto s = parseNmcliSettings("ipv4.routes:\nipv4.never-default:no\n");
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.find("ipv4.ignore-auto-routes") != std::string::npos);
}

void TestNmcliClient::listWithServiceType() {
    FakeNmcli fake;
    fake.recorded();
    NmcliClient nm(fake.runner());
    auto l = nm.listConnections();
    QVERIFY2(l.ok(), l.ok() ? "" : l.error().message.c_str());
    QCOMPARE((*l)[0].serviceType, std::string("org.freedesktop.NetworkManager.openvpn"));
    QCOMPARE((*l)[3].serviceType, std::string());
    QCOMPARE(fake.calls.size(), std::size_t(2)); // the list, then the one VPN's service type
}

void TestNmcliClient::findConnection() {
    FakeNmcli fake;
    fake.recorded();
    NmcliClient nm(fake.runner());
    auto byName = nm.findConnection("wg: home\\lab");
    QVERIFY(byName.ok());
    QCOMPARE(byName->type, std::string("wireguard"));
    auto byUuid = nm.findConnection(kLan);
    QVERIFY(byUuid.ok());
    QCOMPARE(byUuid->name, std::string("nmt-veth0"));
    auto none = nm.findConnection("corp");
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    QVERIFY2(none.error().message.find("no NetworkManager connection 'corp'") != std::string::npos,
             none.error().message.c_str());
    QVERIFY(none.error().message.find("'Café wifi' (802-11-wireless)") != std::string::npos);
}

void TestNmcliClient::vpnOwnsTunnel() {
    FakeNmcli fake;
    fake.recorded();
    NmcliClient nm(fake.runner());
    auto v = nm.vpnForDevice("tun0");
    QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
    QCOMPARE(v->name, std::string("nmt-ovpn"));
    auto lan = nm.findConnection("nmt-veth0");
    QVERIFY(lan.ok());
    auto own = nm.ownsDevice(*lan, "tun0");
    QVERIFY(own.ok());
    QVERIFY(!*own); // not a VPN and not on tun0
    // another device with other addresses: the VPN does not own it
    fake.answer({"-t", "-e", "yes", "-f", "IP4,IP6", "device", "show", "tun1"},
                "IP4.ADDRESS[1]:10.9.0.2/24\nIP4.GATEWAY:\n");
    auto other = nm.ownsDevice(*v, "tun1");
    QVERIFY(other.ok());
    QVERIFY(!*other);
    // a device NetworkManager does not know (exit 10)
    auto gone = nm.vpnForDevice("tun7");
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().message.find("no active NetworkManager VPN connection owns tun7") !=
                 std::string::npos,
             gone.error().message.c_str());
    QVERIFY(gone.error().message.find("'nmt-ovpn' (vpn on veth0)") != std::string::npos);
}

void TestNmcliClient::wireGuardOwnsItsDevice() {
    FakeNmcli fake;
    fake.answer({"-t", "-e", "yes", "-f", "NAME,UUID,TYPE,DEVICE,ACTIVE", "connection", "show"},
                "eth:u1:802-3-ethernet:eth0:yes\nwg\\: home:u2:wireguard:wg0:yes\n");
    NmcliClient nm(fake.runner());
    auto v = nm.vpnForDevice("wg0");
    QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
    QCOMPARE(v->name, std::string("wg: home"));
    QCOMPARE(fake.calls.size(), std::size_t(1)); // no address comparison for WireGuard
    QVERIFY(!nm.vpnForDevice("tun0").ok());
}

void TestNmcliClient::connectionOnDevice() {
    FakeNmcli fake;
    fake.recorded();
    NmcliClient nm(fake.runner());
    auto c = nm.connectionOnDevice("veth0");
    QVERIFY(c.ok());
    QCOMPARE(c->uuid, kLan); // the VPN also lists veth0, but is not the underlying one
    QVERIFY(!nm.connectionOnDevice("eth9").ok()); // "spare eth" is not active
}

void TestNmcliClient::errors_data() {
    QTest::addColumn<bool>("started");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << false << -1 << "" << int(ErrorCode::NotFound)
                             << "nmcli could not be run (Debian package network-manager)";
    QTest::newRow("not running") << true << 8 << "Error: NetworkManager is not running.\n"
                                 << int(ErrorCode::NotFound) << "NetworkManager is not running";
    QTest::newRow("refused") << true << 1
                             << "Error: Failed to modify connection 'corp': Insufficient "
                                "privileges\n"
                             << int(ErrorCode::PermissionDenied) << "NetworkManager refused";
    QTest::newRow("polkit") << true << 1 << "Error: Not authorized to control networking.\n"
                            << int(ErrorCode::PermissionDenied) << "Not authorized";
    QTest::newRow("other") << true << 2 << "Error: invalid value\n"
                           << int(ErrorCode::System)
                           << "failed (exit status 2): Error: invalid value";
}

void TestNmcliClient::errors() {
    QFETCH(bool, started);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    QFETCH(int, code);
    QFETCH(QString, message);
    int calls = 0;
    NmcliClient nm([&](const std::vector<std::string>&, const std::string&) {
        ++calls;
        return NmcliRun{started, exitCode, "", err.toStdString()};
    });
    auto l = nm.listConnections();
    QVERIFY(!l.ok());
    QCOMPARE(int(l.error().code), code);
    QVERIFY2(l.error().message.find(message.toStdString()) != std::string::npos,
             l.error().message.c_str());
    QVERIFY(l.error().message.find("nmcli -t -e yes -f NAME,UUID,TYPE,DEVICE,ACTIVE") !=
            std::string::npos);
    QCOMPARE(calls, 1);
}

void TestNmcliClient::rollbackAfterSecondOfThree() {
    FakeNmcli fake;
    fake.failModify = {2};
    NmcliClient nm(fake.runner());
    const std::vector<NmConnectionEdit> edits{
        edit("u-vpn", "ipv4.never-default", "no", "yes"),
        edit("u-vpn", "ipv6.routes", "", "2001:db8::/32"),
        edit("u-lan", "ipv4.routes", "", "203.0.113.0/24 192.0.2.1 0")};
    auto r = applyNmEdits(nm, edits);
    QVERIFY(!r.ok());
    const std::string& m = r.error().message;
    QVERIFY2(m.find("call 2 of 3 failed") != std::string::npos, m.c_str());
    QVERIFY(m.find("nmcli connection modify u-vpn ipv6.routes 2001:db8::/32") != std::string::npos);
    QVERIFY(m.find("invalid route") != std::string::npos);
    QVERIFY(m.find("the 1 change(s) before it were rolled back") != std::string::npos);
    QCOMPARE(fake.calls.size(), std::size_t(3)); // first, second (failed), first undone
    QCOMPARE(fake.calls[2], (std::vector<std::string>{"connection", "modify", "u-vpn",
                                                      "ipv4.never-default", "no"}));
}

void TestNmcliClient::rollbackFailsToo() {
    FakeNmcli fake;
    fake.failModify = {2, 3};
    NmcliClient nm(fake.runner());
    auto r = applyNmEdits(nm, {edit("a", "ipv4.routes", "", "10.0.0.0/8"),
                               edit("b", "ipv4.routes", "", "10.1.0.0/16")});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.find("rolling back `nmcli connection modify a ipv4.routes ''` "
                                    "failed too") != std::string::npos,
             r.error().message.c_str());
    FakeNmcli first;
    first.failModify = {1};
    NmcliClient nm1(first.runner());
    auto f = applyNmEdits(nm1, {edit("a", "ipv4.routes", "", "10.0.0.0/8")});
    QVERIFY(!f.ok());
    QVERIFY(f.error().message.find("nothing was changed") != std::string::npos);
    QCOMPARE(first.calls.size(), std::size_t(1));
    bool rolledBack = false;
    FakeNmcli again;
    again.failModify = {2, 3};
    NmcliClient nm2(again.runner());
    QVERIFY(!applyNmEdits(nm2,
                          {edit("a", "ipv4.routes", "", "10.0.0.0/8"),
                           edit("b", "ipv4.routes", "", "10.1.0.0/16")},
                          false, &rolledBack)
                 .ok());
    QVERIFY(!rolledBack);
}

// A write whose rollback fails leaves part of the split in NetworkManager: the backup that
// undo needs stays, and the error says where. A rollback that works removes it.
void TestNmcliClient::persistKeepsBackupWhenRollbackFails() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NmPersistPreview p;
    p.vpn = {"corp", "a", "vpn", "eth0", true, ""};
    p.edits = {edit("a", "ipv4.routes", "", "10.0.0.0/8"),
               edit("b", "ipv4.routes", "", "10.1.0.0/16")};
    p.backup = dir.filePath("a.json").toStdString();
    FakeNmcli fails;
    fails.failModify = {2, 3};
    NmcliClient nm(fails.runner());
    auto r = applyNmPersist(nm, p);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.find("the values before are kept in " + p.backup) !=
                 std::string::npos,
             r.error().message.c_str());
    QVERIFY(QFile::exists(QString::fromStdString(p.backup)));
    auto saved = nmBackupFromJson(readFileBytes(p.backup).value(), p.backup);
    QVERIFY(saved.ok());
    QCOMPARE(saved->size(), std::size_t(2));
    QVERIFY(QFile::remove(QString::fromStdString(p.backup)));
    FakeNmcli rollsBack;
    rollsBack.failModify = {2};
    NmcliClient nm2(rollsBack.runner());
    QVERIFY(!applyNmPersist(nm2, p).ok());
    QVERIFY(!QFile::exists(QString::fromStdString(p.backup)));
}

// Undo after the underlying connection was deleted: its edits are left out, with a warning.
void TestNmcliClient::undoSkipsDeletedConnection() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string state = dir.path().toStdString();
    std::vector<NmConnectionEdit> edits{edit(kVpn, "ipv4.routes", "", "198.51.100.0/24"),
                                        edit("gone-uuid", "ipv4.routes", "", "10.1.0.0/16")};
    edits[1].name = "old lan";
    QVERIFY(writePrivateFile(nmBackupPath(state, kVpn), nmBackupToJson(kVpn, edits).dump()).ok());
    FakeNmcli fake;
    fake.recorded();
    NmcliClient nm(fake.runner());
    auto u = previewNmUndo(nm, "nmt-ovpn", state);
    QVERIFY2(u.ok(), u.ok() ? "" : u.error().message.c_str());
    QCOMPARE(u->edits.size(), std::size_t(1));
    QCOMPARE(u->edits[0].uuid, kVpn);
    QVERIFY(!u->warnings.empty());
    QVERIFY2(u->warnings[0].find("'old lan' (gone-uuid) no longer exists") != std::string::npos,
             u->warnings[0].c_str());
}

void TestNmcliClient::undoRunsReversed() {
    FakeNmcli fake;
    NmcliClient nm(fake.runner());
    QVERIFY(applyNmEdits(
                nm, {edit("a", "ipv4.routes", "x", "y"), edit("b", "ipv4.routes", "p", "q")}, true)
                .ok());
    QCOMPARE(fake.calls.size(), std::size_t(2));
    QCOMPARE(fake.calls[0],
             (std::vector<std::string>{"connection", "modify", "b", "ipv4.routes", "p"}));
    QCOMPARE(fake.calls[1],
             (std::vector<std::string>{"connection", "modify", "a", "ipv4.routes", "x"}));
}

void TestNmcliClient::formatCall() {
    QCOMPARE(formatNmcliCall({"connection", "modify", "Büro VPN", "ipv4.routes",
                              "10.0.0.0/8, 10.1.0.0/16", "x", "it's", ""}),
             std::string("nmcli connection modify 'Büro VPN' ipv4.routes '10.0.0.0/8, "
                         "10.1.0.0/16' x 'it'\\''s' ''"));
}

void TestNmcliClient::realRunner() {
    const char* old = std::getenv("SPLITROUTE_NMCLI");
    const std::string saved = old ? old : "";
    ::setenv("SPLITROUTE_NMCLI", "/nonexistent/nmcli", 1);
    NmcliClient missing(systemNmcliRunner());
    auto m = missing.listConnections();
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message.find("nmcli is not installed") != std::string::npos,
             m.error().message.c_str());
    if (old)
        ::setenv("SPLITROUTE_NMCLI", saved.c_str(), 1);
    else
        ::unsetenv("SPLITROUTE_NMCLI");
    if (QStandardPaths::findExecutable("nmcli").isEmpty())
        QSKIP("nmcli is not installed (scripts/setup-deps.sh test installs network-manager)");
    // The real nmcli through Boost.Process, with a keyfile on stdin: no daemon, no bus.
    NmcliClient nm(systemNmcliRunner());
    auto out = nm.offlineModify(testutil::readData("nm/ethernet.nmconnection"),
                                {"+ipv4.routes", "203.0.113.0/24 10.9.0.1 0"});
    QVERIFY2(out.ok(), out.ok() ? "" : out.error().message.c_str());
    auto k = parseNmKeyfile(*out, "out");
    QVERIFY(k.ok());
    QCOMPARE(k->uuid, std::string("5e6ccefc-a424-4157-97f0-6cc91ba9e1a5"));
    QCOMPARE(k->settings.v4.routes,
             std::string("10.10.0.0/16 10.9.0.1 50, 10.11.0.0/16, 203.0.113.0/24 10.9.0.1 0"));
    auto bad = nm.offlineModify("[connection]\nid=x\n", {"ipv4.never-default", "maybe"});
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.find("nmcli --offline connection modify ipv4.never-default "
                                      "maybe") != std::string::npos,
             bad.error().message.c_str());
}

void TestNmcliClient::privateFile() {
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString() + "/a/b/u.json";
    QVERIFY(writePrivateFile(path, "{}").ok());
    struct stat st {};
    QCOMPARE(::stat(path.c_str(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QVERIFY(!writePrivateFile("/proc/nonexistent/u.json", "{}").ok());
    ::setenv("XDG_STATE_HOME", "/x/state", 1);
    QCOMPARE(nmPersistStateDir(), std::string("/x/state/splitroute/persist"));
    ::setenv("XDG_STATE_HOME", "relative", 1); // the spec says: ignore a relative path
    ::setenv("HOME", "/home/u", 1);
    QCOMPARE(nmPersistStateDir(), std::string("/home/u/.local/state/splitroute/persist"));
    QCOMPARE(nmBackupPath("/d", "u"), std::string("/d/u.json"));
}

QTEST_APPLESS_MAIN(TestNmcliClient)
#include "TestNmcliClient.moc"
