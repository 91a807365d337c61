// SPDX-License-Identifier: GPL-3.0-or-later
// core::Connection: loading a connection, the choice of its tunnel device, and planning
// several connections in turn (a primary full tunnel on tun0, a backup on tun1) — what the
// window and `splitroute-cli plan --connection` share.

#include "TestUtil.h"

#include "core/TableAnnotations.h"
#include "core/import/TableImport.h"
#include "core/plan/EffectiveDiff.h"
#include "core/vpn/Connection.h"
#include "core/vpn/ProfileParser.h"

#include <QStringList>
#include <QFile>
#include <QTemporaryDir>

using namespace splitroute::core;

namespace {

RouteTable loadTable(const char* file) {
    auto t = importTable(testutil::readData(file), TableFormat::IpRoute, file);
    if (!t)
        qFatal("bad test table %s", file);
    return std::move(t->table);
}

RouteTable tableFromText(const QString& text) {
    auto t = importTable(text.toStdString(), TableFormat::IpRoute, "table.txt");
    if (!t)
        qFatal("bad test table");
    return std::move(t->table);
}

/// A connection of an OpenVPN profile given as text.
Connection connection(const QString& profileText) {
    auto p = parseProfile(profileText.toStdString(), "test.ovpn");
    if (!p)
        qFatal("bad test profile: %s", p.error().toString().c_str());
    Connection c;
    c.pushed = pushedPrefixes(*p);
    c.profile = std::make_shared<const VpnProfile>(std::move(p.value()));
    return c;
}

Connection loaded(const char* file) {
    auto c = loadProfileConnection(testutil::dataPath(file));
    if (!c)
        qFatal("cannot load %s: %s", file, c.error().toString().c_str());
    return std::move(c.value());
}

QStringList changeLines(const Plan& p) {
    QStringList out;
    for (const auto& c : p.changes.changes)
        out << QString::fromStdString((c.kind == ChangeKind::Add ? "add " : "delete ") +
                                      c.route.destination.toString() + " " +
                                      c.route.interface.str());
    return out;
}

SplitPolicy policy(OtherTraffic other, const std::vector<std::pair<const char*, RuleMode>>& rules) {
    SplitPolicy p;
    p.other = other;
    for (const auto& [net, mode] : rules) {
        PolicyRule r;
        r.network = *Prefix::parse(net);
        r.mode = mode;
        p.rules.push_back(r);
    }
    return p;
}

const char* const kTwoTunnels = "sources/two-tunnels.ip.txt";

} // namespace

class TestConnection : public QObject {
    Q_OBJECT
private slots:
    void chooseDevice_data();
    void chooseDevice();
    void tunnelCandidatesAreSorted();
    void loadProfile();
    void pushOnABaseKeepsItsDevice();
    void brokenPushNamesItsLine();
    void planOneConnectionIsMakePlan();
    void planPrimaryAndBackup();
    void planNothing();
};

void TestConnection::chooseDevice_data() {
    QTest::addColumn<QString>("tableText"); ///< "" for sources/two-tunnels.ip.txt
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("device");
    const QString fullTunnel = "client\ndev tun\nremote 198.51.100.10\nredirect-gateway def1\n";
    const QString backup = "client\ndev tun\nremote 203.0.113.7\nroute 10.50.0.0 255.255.0.0\n"
                           "route 172.31.0.0 255.255.0.0\n";
    const QString other = "client\ndev tun\nremote 192.0.2.1\nroute 10.99.0.0 255.255.0.0\n";
    QTest::newRow("the profile names its device") << ""
                                                  << "client\ndev company0\nremote 192.0.2.1\n"
                                                  << QStringList{} << "company0";
    QTest::newRow("named even when taken") << ""
                                           << "client\ndev tun1\nremote 192.0.2.1\n"
                                           << QStringList{"tun1"} << "tun1";
    QTest::newRow("full tunnel: the device of the override")
        << "" << fullTunnel << QStringList{} << "tun0";
    QTest::newRow("full tunnel, override's device taken: a free one")
        << "" << fullTunnel << QStringList{"tun0"} << "tun1";
    QTest::newRow("split tunnel: the device carrying its networks")
        << "" << backup << QStringList{} << "tun1";
    QTest::newRow("networks nowhere: the first free one") << "" << other << QStringList{} << "tun0";
    QTest::newRow("networks nowhere, tun0 taken") << "" << other << QStringList{"tun0"} << "tun1";
    QTest::newRow("every tunnel taken: shared, by its networks")
        << "" << backup << QStringList{"tun0", "tun1"} << "tun1";
    QTest::newRow("every tunnel taken, networks nowhere: the first")
        << "" << other << QStringList{"tun0", "tun1"} << "tun0";
    QTest::newRow("no tunnel-like device")
        << "default via 192.168.1.1 dev wlan0\n192.168.1.0/24 dev wlan0 scope link\n"
        << backup << QStringList{} << "";
    QTest::newRow("dev tap asks for any tap: wg0 and tap3 are candidates")
        << "default via 192.168.1.1 dev wlan0\n10.7.0.0/24 dev wg0 scope link\n"
           "10.50.0.0/16 dev tap3 scope link\n"
        << "client\ndev tap\nremote 192.0.2.1\nroute 10.50.0.0 255.255.0.0\n"
        << QStringList{} << "tap3";
}

void TestConnection::chooseDevice() {
    QFETCH(QString, tableText);
    QFETCH(QString, profile);
    QFETCH(QStringList, taken);
    QFETCH(QString, device);
    const RouteTable t = tableText.isEmpty() ? loadTable(kTwoTunnels) : tableFromText(tableText);
    std::vector<InterfaceName> takenNames;
    for (const auto& n : taken)
        takenNames.emplace_back(n.toStdString());
    QCOMPARE(QString::fromStdString(
                 splitroute::core::chooseDevice(connection(profile), &t, takenNames).str()),
             device);
}

void TestConnection::tunnelCandidatesAreSorted() {
    const RouteTable t = loadTable(kTwoTunnels);
    QCOMPARE(tunnelCandidates(&t), (std::vector<std::string>{"tun0", "tun1"}));
    QVERIFY(tunnelCandidates(nullptr).empty());
}

void TestConnection::loadProfile() {
    const Connection c = loaded("sources/backup.ovpn");
    QCOMPARE(c.kind, Connection::Kind::Profile);
    QCOMPARE(c.path, testutil::dataPath("sources/backup.ovpn"));
    QCOMPARE(c.files, std::vector<std::string>{c.path});
    QCOMPARE(c.pushed, (std::vector<Prefix>{*Prefix::parse("10.50.0.0/16"),
                                            *Prefix::parse("172.31.0.0/16")}));
    QVERIFY(c.device.empty()); // chosen on a table, not when read
    // The primary's `up` script is a warning a person reads.
    const Connection primary = loaded("sources/primary.ovpn");
    QVERIFY(primary.count(Severity::Warning) > 0);
    QCOMPARE(primary.count(Severity::Error), 0);

    // A profile without routes, and an empty file, attach with a note that says so.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto noteOf = [&](const char* name, const QByteArray& text) -> std::string {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return "cannot write";
        f.close();
        auto attached = loadProfileConnection(dir.filePath(name).toStdString());
        if (!attached)
            return "error: " + attached.error().message;
        std::string codes;
        for (const auto& d : attached->diagnostics)
            if (d.code.rfind("profile-", 0) == 0)
                codes += d.code + " ";
        return codes;
    };
    QCOMPARE(noteOf("routeless.ovpn", "client\ndev tun\nremote 192.0.2.1\n"),
             std::string("profile-no-routes "));
    QCOMPARE(noteOf("empty.ovpn", "# nothing here\n"), std::string("profile-empty "));
    QCOMPARE(noteOf("routed.ovpn", "client\ndev tun\nremote 192.0.2.1\nroute 10.1.0.0 "
                                   "255.255.0.0\n"),
             std::string());

    auto missing = loadProfileConnection("/nonexistent/x.ovpn");
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Io);
}

void TestConnection::pushOnABaseKeepsItsDevice() {
    Connection base = loaded("sources/backup.ovpn");
    base.device = InterfaceName("tun1");
    base.deviceChosenByUser = true;
    auto c = loadPushConnection("PUSH_REPLY,route 10.60.0.0 255.255.0.0", "", &base);
    QVERIFY2(c.ok(), c.ok() ? "" : c.error().message.c_str());
    QCOMPARE(c->kind, Connection::Kind::Push);
    QCOMPARE(c->device.str(), std::string("tun1"));
    QVERIFY(c->deviceChosenByUser);
    QCOMPARE(c->files, base.files); // pasted: no file of its own
    QVERIFY(std::find(c->pushed.begin(), c->pushed.end(), *Prefix::parse("10.60.0.0/16")) !=
            c->pushed.end());
    // Without a base, pasted text makes a profile named as asked.
    auto pasted =
        loadPushConnection("PUSH_REPLY,route 10.60.0.0 255.255.0.0", "", nullptr, "pasted here");
    QVERIFY(pasted.ok());
    QCOMPARE(pasted->profile->file, std::string("pasted here"));
    QVERIFY(pasted->path.empty());
}

void TestConnection::brokenPushNamesItsLine() {
    const std::string file = testutil::dataPath("sources/push-broken.txt");
    auto c = loadPushConnection(testutil::readData("sources/push-broken.txt"), file, nullptr);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().where.file, file);
    QCOMPARE(c.error().where.line, 2);
}

void TestConnection::planOneConnectionIsMakePlan() {
    const RouteTable t = loadTable(kTwoTunnels);
    const Connection primary = loaded("sources/primary.ovpn");
    const SplitPolicy p = policy(OtherTraffic::Tunnel, {{"203.0.113.0/24", RuleMode::Bypass}});
    PlanParameters params;
    params.tunnelDevice = "tun0";
    auto direct = makePlan(t, nullptr, primary.profile.get(), p, params);
    auto chained = planConnections(t, {{primary.profile.get(), "tun0", &p}}, {});
    QVERIFY(direct.ok() && chained.ok());
    QCOMPARE(changeLines(*chained), changeLines(*direct));
    QCOMPARE(chained->after.routes(), direct->after.routes());
    QCOMPARE(chained->tunnelDevice, std::string("tun0"));
    QCOMPARE(chained->effectiveSummary, direct->effectiveSummary);
}

void TestConnection::planPrimaryAndBackup() {
    // The laptop of tests/data/sources: a full tunnel on tun0, a backup on tun1.
    const RouteTable t = loadTable(kTwoTunnels);
    Connection primary = loaded("sources/primary.ovpn");
    Connection backup = loaded("sources/backup.ovpn");
    primary.device = splitroute::core::chooseDevice(primary, &t, {});
    backup.device = splitroute::core::chooseDevice(backup, &t, {primary.device});
    QCOMPARE(primary.device.str(), std::string("tun0"));
    QCOMPARE(backup.device.str(), std::string("tun1"));
    // Primary: 203.0.113.0/24 stays local. Backup: 10.60.0.0/16 goes through it too.
    const SplitPolicy first = policy(OtherTraffic::Tunnel, {{"203.0.113.0/24", RuleMode::Bypass}});
    SplitPolicy second = SplitPolicy::fromProfileAndTable(backup.profile.get(), t, "tun1");
    PolicyRule extra;
    extra.network = *Prefix::parse("10.60.0.0/16");
    extra.mode = RuleMode::Tunnel;
    second.rules.insert(second.rules.begin(), extra);

    auto plan = planConnections(t,
                                {{primary.profile.get(), primary.device.str(), &first},
                                 {backup.profile.get(), backup.device.str(), &second}},
                                {});
    QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
    // The backup is planned on the table the primary's plan leaves.
    PlanParameters p0;
    p0.tunnelDevice = "tun0";
    auto one = makePlan(t, nullptr, primary.profile.get(), first, p0);
    QVERIFY(one.ok());
    PlanParameters p1;
    p1.tunnelDevice = "tun1";
    auto two = makePlan(one->after, nullptr, backup.profile.get(), second, p1);
    QVERIFY(two.ok());
    QCOMPARE(changeLines(*plan), changeLines(*one) + changeLines(*two));
    QCOMPARE(changeLines(*plan),
             (QStringList{"add 203.0.113.0/24 wlan0", "add 10.60.0.0/16 tun1"}));
    QCOMPARE(plan->before.routes(), t.routes());
    QCOMPARE(plan->after.routes(), two->after.routes());
    QCOMPARE(plan->tunnelDevice, std::string("tun0"));
    QCOMPARE(plan->effectiveSummary, effectiveDiff(t, two->after).summary);
    // Each lookup lands where its connection's decision sends it.
    QCOMPARE(plan->after.lookup(*IpAddress::parse("203.0.113.5")).chosen->interface.str(),
             std::string("wlan0"));
    QCOMPARE(plan->after.lookup(*IpAddress::parse("10.60.1.1")).chosen->interface.str(),
             std::string("tun1"));
    QCOMPARE(plan->after.lookup(*IpAddress::parse("10.50.1.1")).chosen->interface.str(),
             std::string("tun1"));
    QCOMPARE(plan->after.lookup(*IpAddress::parse("8.8.8.8")).chosen->interface.str(),
             std::string("tun0"));
}

void TestConnection::planNothing() {
    const RouteTable t = loadTable(kTwoTunnels);
    auto plan = planConnections(t, {}, {});
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::InvalidArgument);
}

QTEST_APPLESS_MAIN(TestConnection)
#include "TestConnection.moc"
