// SPDX-License-Identifier: GPL-3.0-or-later
// core/persist/NmSettings: a plan becomes NetworkManager routing settings (VPN connection and
// the underlying one), their nmcli argument vectors and exact undo, a backup document, and
// the same properties read from keyfiles.

#include "TestUtil.h"
#include "core/persist/NmSettings.h"

#include <QTest>

using namespace splitroute::core;

namespace {

Route route(const char* dest, const char* gw, const char* dev, std::uint32_t metric,
            std::uint8_t protocol = proto::Boot) {
    Route r;
    r.destination = Prefix::parse(dest).value();
    if (gw)
        r.gateway = IpAddress::parse(gw).value();
    r.interface = dev;
    r.metric = metric;
    r.protocol = protocol;
    return r;
}

// A full tunnel (def1 on tun0, two pushed routes) split: other traffic local, 198.51.100.0/24
// tunnelled, 203.0.113.0/24 and 2001:db8:5::/48 bypass via eth0, pushed 10.20.0.0/16 dropped.
Plan splitPlan() {
    Plan p;
    p.tunnelDevice = "tun0";
    p.before = RouteTable({route("0.0.0.0/0", "192.168.1.1", "eth0", 100, proto::Dhcp),
                           route("0.0.0.0/1", "10.8.0.1", "tun0", 0),
                           route("128.0.0.0/1", "10.8.0.1", "tun0", 0),
                           route("10.8.0.0/24", nullptr, "tun0", 0, proto::Kernel),
                           route("10.20.0.0/16", "10.8.0.1", "tun0", 0),
                           route("10.30.0.0/16", "10.8.0.1", "tun0", 0)});
    p.changes.changes = {
        {ChangeKind::Delete, route("0.0.0.0/1", "10.8.0.1", "tun0", 0), "other: local"},
        {ChangeKind::Delete, route("128.0.0.0/1", "10.8.0.1", "tun0", 0), "other: local"},
        {ChangeKind::Add, route("198.51.100.0/24", "10.8.0.1", "tun0", 0, proto::Splitroute),
         "tunnel"},
        {ChangeKind::Delete, route("10.20.0.0/16", "10.8.0.1", "tun0", 0), "bypass"},
        {ChangeKind::Add, route("203.0.113.0/24", "192.168.1.1", "eth0", 0, proto::Splitroute),
         "bypass"},
        {ChangeKind::Add, route("2001:db8:5::/48", "fe80::1", "eth0", 0, proto::Splitroute),
         "bypass"},
    };
    return p;
}

} // namespace

class TestNmSettings : public QObject {
    Q_OBJECT
private slots:
    void routesSplitAndJoin();
    void routeEntry();
    void planToSettings();
    void existingEntriesKept();
    void addingOverrideBackIsNeverDefaultNo();
    void planErrors();
    void editsPerFamily();
    void editsNothingChanged();
    void backupRoundTrip();
    void backupRejectsBadInput_data();
    void backupRejectsBadInput();
    void keyfileEthernet();
    void keyfileVpnAndWireGuard();
    void keyfileErrors_data();
    void keyfileErrors();
};

void TestNmSettings::routesSplitAndJoin() {
    const auto e = splitNmRoutes("10.10.0.0/16 10.9.0.1 50, 10.11.0.0/16");
    QCOMPARE(e.size(), std::size_t(2));
    QCOMPARE(e[0], std::string("10.10.0.0/16 10.9.0.1 50"));
    QCOMPARE(e[1], std::string("10.11.0.0/16"));
    QCOMPARE(joinNmRoutes(e), std::string("10.10.0.0/16 10.9.0.1 50, 10.11.0.0/16"));
    QVERIFY(splitNmRoutes("").empty());
    QVERIFY(splitNmRoutes(" ").empty());
    QCOMPARE(nmRouteDestination("10.0.0.0/8 1.2.3.4"), std::string("10.0.0.0/8"));
    QCOMPARE(nmRouteDestination("192.0.2.7"), std::string("192.0.2.7/32"));
    QCOMPARE(nmRouteDestination("2001:db8::1 fe80::1"), std::string("2001:db8::1/128"));
}

void TestNmSettings::routeEntry() {
    QCOMPARE(nmRouteEntry(route("198.51.100.0/24", "10.8.0.1", "tun0", 0), true),
             std::string("198.51.100.0/24"));
    QCOMPARE(nmRouteEntry(route("203.0.113.0/24", "192.168.1.1", "eth0", 0), false),
             std::string("203.0.113.0/24 192.168.1.1 0"));
    QCOMPARE(nmRouteEntry(route("203.0.113.0/24", nullptr, "eth0", 20), false),
             std::string("203.0.113.0/24 0.0.0.0 20"));
    QCOMPARE(nmRouteEntry(route("2001:db8:5::/48", "fe80::1", "eth0", 0), false),
             std::string("2001:db8:5::/48 fe80::1 1024"));
}

void TestNmSettings::planToSettings() {
    NmRoutingSettings vpn, lan;
    lan.v4.routes = "10.9.0.0/16 192.168.1.254";
    auto t = nmTargetFromPlan(splitPlan(), vpn, lan);
    QVERIFY2(t.ok(), t.ok() ? "" : t.error().message.c_str());
    QCOMPARE(t->vpn.v4.neverDefault, std::string("yes"));
    QCOMPARE(t->vpn.v6.neverDefault, std::string("no"));
    QCOMPARE(t->vpn.v4.ignoreAutoRoutes, std::string("yes"));
    QCOMPARE(t->vpn.v6.ignoreAutoRoutes, std::string("no"));
    // the tunnelled network, then the pushed route that stays (10.20/16 is dropped, the
    // kernel's own 10.8.0.0/24 is not a pushed route)
    QCOMPARE(t->vpn.v4.routes, std::string("198.51.100.0/24, 10.30.0.0/16"));
    QCOMPARE(t->vpn.v6.routes, std::string());
    QVERIFY(t->touchesUnderlying);
    QCOMPARE(t->bypassDevices, std::set<std::string>{"eth0"});
    QCOMPARE(t->underlying.v4.routes,
             std::string("10.9.0.0/16 192.168.1.254, 203.0.113.0/24 192.168.1.1 0"));
    QCOMPARE(t->underlying.v6.routes, std::string("2001:db8:5::/48 fe80::1 1024"));
    QCOMPARE(t->underlying.v4.neverDefault, std::string("no"));
}

void TestNmSettings::existingEntriesKept() {
    NmRoutingSettings vpn;
    vpn.v4.routes = "198.51.100.0/24";
    vpn.v4.neverDefault = "yes";
    NmRoutingSettings lan;
    lan.v4.routes = "203.0.113.0/24 192.168.1.1 0"; // spacing as nmcli prints it
    Plan p = splitPlan();
    p.changes.changes.erase(p.changes.changes.begin() + 3); // keep 10.20/16
    p.changes.changes.pop_back();                           // no IPv6 bypass
    auto t = nmTargetFromPlan(p, vpn, lan);
    QVERIFY(t.ok());
    QCOMPARE(t->vpn.v4.routes, std::string("198.51.100.0/24"));
    QCOMPARE(t->vpn.v4.ignoreAutoRoutes, std::string("no"));
    QCOMPARE(t->underlying, lan);
    // a route an earlier persist wrote is removed from the list, not "dropped as pushed"
    Plan undoTunnel;
    undoTunnel.tunnelDevice = "tun0";
    undoTunnel.changes.changes = {
        {ChangeKind::Delete, route("198.51.100.0/24", "10.8.0.1", "tun0", 0), ""}};
    auto u = nmTargetFromPlan(undoTunnel, vpn, {});
    QVERIFY(u.ok());
    QCOMPARE(u->vpn.v4.routes, std::string());
    QCOMPARE(u->vpn.v4.ignoreAutoRoutes, std::string("no"));
    QVERIFY(!u->touchesUnderlying);
}

void TestNmSettings::addingOverrideBackIsNeverDefaultNo() {
    Plan p;
    p.tunnelDevice = "tun0";
    p.changes.changes = {{ChangeKind::Add, route("::/1", "fd00::1", "tun0", 0), ""},
                         {ChangeKind::Add, route("8000::/1", "fd00::1", "tun0", 0), ""}};
    NmRoutingSettings vpn;
    vpn.v6.neverDefault = "yes";
    auto t = nmTargetFromPlan(p, vpn, {});
    QVERIFY(t.ok());
    QCOMPARE(t->vpn.v6.neverDefault, std::string("no"));
    QCOMPARE(t->vpn.v4.neverDefault, std::string("no"));
}

void TestNmSettings::planErrors() {
    Plan p = splitPlan();
    p.tunnelDevice.clear();
    auto t = nmTargetFromPlan(p, {}, {});
    QVERIFY(!t.ok());
    QVERIFY(t.error().message.find("tunnel device") != std::string::npos);

    Plan d;
    d.tunnelDevice = "tun0";
    d.changes.changes = {
        {ChangeKind::Delete, route("172.16.0.0/12", "192.168.1.1", "eth0", 0, proto::Dhcp), ""}};
    auto e = nmTargetFromPlan(d, {}, {});
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, ErrorCode::Unsupported);
    QVERIFY(e.error().message.find("172.16.0.0/12 on eth0") != std::string::npos);
}

void TestNmSettings::editsPerFamily() {
    NmRoutingSettings before;
    before.v6.routes = "2001:db8:a::/48 2001:db8:9::1";
    auto t = nmTargetFromPlan(splitPlan(), before, before);
    QVERIFY(t.ok());
    const auto vpnEdits = nmEdits(NmRole::Vpn, "uuid-v", "corp", before, t->vpn);
    QCOMPARE(vpnEdits.size(), std::size_t(1)); // IPv6 of the VPN does not change
    const auto& e = vpnEdits[0];
    QCOMPARE(e.modifyArgs(),
             (std::vector<std::string>{"connection", "modify", "uuid-v", "ipv4.routes",
                                       "198.51.100.0/24, 10.30.0.0/16", "ipv4.never-default", "yes",
                                       "ipv4.ignore-auto-routes", "yes"}));
    QCOMPARE(e.modifyArgs(true), (std::vector<std::string>{"connection", "modify", "uuid-v",
                                                           "ipv4.routes", "", "ipv4.never-default",
                                                           "no", "ipv4.ignore-auto-routes", "no"}));
    QCOMPARE(e.propertyArgs().front(), std::string("ipv4.routes"));
    const auto lanEdits = nmEdits(NmRole::Underlying, "uuid-l", "lan", before, t->underlying);
    QCOMPARE(lanEdits.size(), std::size_t(2));
    QCOMPARE(lanEdits[1].changes.size(), std::size_t(1));
    QCOMPARE(lanEdits[1].changes[0],
             (NmPropertyChange{"ipv6.routes", "2001:db8:a::/48 2001:db8:9::1",
                               "2001:db8:a::/48 2001:db8:9::1, 2001:db8:5::/48 fe80::1 1024"}));
}

void TestNmSettings::editsNothingChanged() {
    NmRoutingSettings s;
    s.v4.routes = "10.0.0.0/8";
    QVERIFY(nmEdits(NmRole::Vpn, "u", "n", s, s).empty());
}

void TestNmSettings::backupRoundTrip() {
    NmRoutingSettings before;
    before.v4.routes = "10.0.0.0/8 192.0.2.1 50, 10.1.0.0/16";
    auto t = nmTargetFromPlan(splitPlan(), before, before);
    QVERIFY(t.ok());
    auto edits = nmEdits(NmRole::Vpn, "uuid-v", "Büro: VPN", before, t->vpn);
    auto lan = nmEdits(NmRole::Underlying, "uuid-l", "lan", before, t->underlying);
    edits.insert(edits.end(), lan.begin(), lan.end());
    const std::string text = nmBackupToJson("uuid-v", edits).dump(2);
    auto back = nmBackupFromJson(text, "b.json");
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QCOMPARE(back->size(), edits.size());
    for (std::size_t i = 0; i < edits.size(); ++i) {
        QCOMPARE((*back)[i].role, edits[i].role);
        QCOMPARE((*back)[i].modifyArgs(true), edits[i].modifyArgs(true));
        QCOMPARE((*back)[i].modifyArgs(), edits[i].modifyArgs());
        QCOMPARE((*back)[i].name, edits[i].name);
    }
}

void TestNmSettings::backupRejectsBadInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << "{"
                              << "not a JSON object";
    QTest::newRow("format") << R"({"format":"x","version":1,"edits":[]})"
                            << "\"format\"";
    QTest::newRow("edits") << R"({"format":"splitroute-nm-persist","version":1})"
                           << "\"edits\" must be an array";
    QTest::newRow("role") << R"({"format":"splitroute-nm-persist","version":1,"edits":[
        {"role":"x","uuid":"u","changes":[]}]})"
                          << "\"role\"";
    QTest::newRow("property") << R"({"format":"splitroute-nm-persist","version":1,"edits":[
        {"role":"vpn","uuid":"u","changes":[{"property":"ipv4.dns","before":"","after":""}]}]})"
                              << "unknown property \"ipv4.dns\"";
    QTest::newRow("value type") << R"({"format":"splitroute-nm-persist","version":1,"edits":[
        {"role":"vpn","uuid":"u","changes":[{"property":"ipv4.routes","before":1,"after":""}]}]})"
                                << "string \"property\"";
}

void TestNmSettings::backupRejectsBadInput() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto r = nmBackupFromJson(text.toStdString(), "state/u.json");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where.file, std::string("state/u.json"));
    QVERIFY2(r.error().message.find(message.toStdString()) != std::string::npos,
             r.error().message.c_str());
}

void TestNmSettings::keyfileEthernet() {
    auto k = parseNmKeyfile(testutil::readData("nm/ethernet.nmconnection"), "e.nmconnection");
    QVERIFY2(k.ok(), k.ok() ? "" : k.error().toString().c_str());
    QCOMPARE(k->id, std::string("spare eth"));
    QCOMPARE(k->type, std::string("ethernet"));
    QCOMPARE(k->interfaceName, std::string("eth9"));
    // the same strings nmcli prints for this connection (settings-spare-eth.txt)
    QCOMPARE(k->settings.v4.routes, std::string("10.10.0.0/16 10.9.0.1 50, 10.11.0.0/16"));
    QCOMPARE(k->settings.v6.routes, std::string("2001:db8:a::/48 2001:db8:9::1"));
    QCOMPARE(k->settings.v4.neverDefault, std::string("no"));
    QCOMPARE(k->settings.v4.routeMetric, std::string("-1"));
}

void TestNmSettings::keyfileVpnAndWireGuard() {
    auto v = parseNmKeyfile(testutil::readData("nm/openvpn.nmconnection"), "v");
    QVERIFY(v.ok());
    QCOMPARE(v->type, std::string("vpn"));
    QCOMPARE(v->serviceType, std::string("org.freedesktop.NetworkManager.openvpn"));
    QCOMPARE(v->settings.v4.neverDefault, std::string("no"));
    QCOMPARE(v->settings.v4.routes, std::string());
    auto w = parseNmKeyfile(testutil::readData("nm/wireguard.nmconnection"), "w");
    QVERIFY(w.ok());
    QCOMPARE(w->id, std::string("wg: home\\lab")); // keyfile "\\" is one backslash
    QCOMPARE(w->type, std::string("wireguard"));
    QCOMPARE(w->interfaceName, std::string("wg0"));
    auto o = parseNmKeyfile("[connection]\nid=x\n[ipv4]\nroute1=10.0.0.0/8,192.0.2.1,7\n"
                            "route1_options=table=200,onlink=true\nroutes2=10.1.0.0/16\n"
                            "ignore-auto-routes=true\nroute-metric=20\n",
                            "o");
    QVERIFY(o.ok());
    QCOMPARE(o->settings.v4.routes,
             std::string("10.0.0.0/8 192.0.2.1 7 table=200 onlink=true, 10.1.0.0/16"));
    QCOMPARE(o->settings.v4.ignoreAutoRoutes, std::string("yes"));
    QCOMPARE(o->settings.v4.routeMetric, std::string("20"));
}

void TestNmSettings::keyfileErrors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("no group") << "id=x\n" << 1 << "before the first [group]";
    QTest::newRow("no equals") << "[connection]\nid=x\nbroken\n" << 3 << "expected KEY=VALUE";
    QTest::newRow("header") << "[connection\n" << 1 << "group header";
    QTest::newRow("bool") << "[connection]\nid=x\n[ipv4]\nnever-default=maybe\n"
                          << 4 << "never-default: expected true or false";
    QTest::newRow("no id") << "[ipv4]\nmethod=auto\n" << 0 << "no [connection] id";
    QTest::newRow("route") << "[connection]\nid=x\n[ipv6]\nroute1=nonsense\n"
                           << 0 << "[ipv6] route1: expected DEST";
}

void TestNmSettings::keyfileErrors() {
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    auto r = parseNmKeyfile(text.toStdString(), "bad.nmconnection");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where.file, std::string("bad.nmconnection"));
    QCOMPARE(r.error().where.line, line);
    QVERIFY2(r.error().message.find(message.toStdString()) != std::string::npos,
             r.error().message.c_str());
}

QTEST_APPLESS_MAIN(TestNmSettings)
#include "TestNmSettings.moc"
