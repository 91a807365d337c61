// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/vpn/ServerConfig.h"

#include <QDir>
#include <QStringList>

using namespace splitroute::core;

namespace {

std::vector<CcdFile> readCcd(const char* dir) {
    std::vector<CcdFile> out;
    QDir d(QString::fromStdString(testutil::dataPath(dir)));
    for (const auto& f : d.entryList(QDir::Files, QDir::Name)) {
        const std::string rel = std::string(dir) + "/" + f.toStdString();
        out.push_back(CcdFile{f.toStdString(), testutil::readData(rel.c_str())});
    }
    return out;
}

ServerConfig server(const char* file, const char* ccdDir = nullptr, ServerConfigOptions opts = {}) {
    auto s = parseServerConfig(testutil::readData(file), file,
                               ccdDir ? readCcd(ccdDir) : std::vector<CcdFile>{}, opts);
    if (!s)
        qFatal("%s", s.error().toString().c_str());
    return *s;
}

QStringList list(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v)
        out << QString::fromStdString(s);
    return out;
}

const ServerClient* client(const ServerConfig& s, const std::string& cn) {
    for (const auto& c : s.clients)
        if (c.commonName == cn)
            return &c;
    return nullptr;
}

QStringList codes(const std::vector<Diagnostic>& ds) {
    QStringList out;
    for (const auto& d : ds)
        out << QString::fromStdString(d.code);
    return out;
}

} // namespace

class TestServerConfig : public QObject {
    Q_OBJECT
private slots:
    void helperExpansion_data();
    void helperExpansion();
    void siteToSite();
    void ccdClients();
    void crossChecks();
    void ipv6();
    void pushErrors();
    void fatal();
    void ipv6NetworkInPlainIroute();
};

void TestServerConfig::helperExpansion_data() {
    QTest::addColumn<QString>("config");
    QTest::addColumn<bool>("subnetDefault");
    QTest::addColumn<QStringList>("pushes");
    QTest::addColumn<QString>("kernelRoutes");
    QTest::addColumn<QString>("pool");
    QTest::newRow("2.6 default net30")
        << "dev tun\nserver 10.8.0.0 255.255.255.0\nkeepalive 10 120" << false
        << QStringList{"route 10.8.0.1", "topology net30", "ping 10", "ping-restart 120"}
        << "10.8.0.0/24 via 10.8.0.2"
        << "10.8.0.4-10.8.0.251";
    QTest::newRow("2.7 default subnet")
        << "dev tun\nserver 10.8.0.0 255.255.255.0" << true
        << QStringList{"route-gateway 10.8.0.1", "topology subnet"} << ""
        << "10.8.0.2-10.8.0.254";
    QTest::newRow("net30 client-to-client")
        << "dev tun\ntopology net30\nclient-to-client\nserver 10.8.0.0 255.255.255.0" << false
        << QStringList{"route 10.8.0.0 255.255.255.0", "topology net30"}
        << "10.8.0.0/24 via 10.8.0.2"
        << "10.8.0.4-10.8.0.251";
    QTest::newRow("p2p") << "dev tun\ntopology p2p\nserver 10.8.0.0 255.255.255.0" << false
                         << QStringList{"topology p2p"} << "10.8.0.0/24 via 10.8.0.2"
                         << "10.8.0.4-10.8.0.251";
    QTest::newRow("subnet nopool")
        << "dev tun\ntopology subnet\nserver 10.8.0.0 255.255.0.0 nopool" << false
        << QStringList{"route-gateway 10.8.0.1", "topology subnet"} << ""
        << "-";
    QTest::newRow("/29 keeps the pool end")
        << "dev tun\nserver 10.8.0.0 255.255.255.248" << false
        << QStringList{"route 10.8.0.1", "topology net30"} << "10.8.0.0/29 via 10.8.0.2"
        << "10.8.0.4-10.8.0.7";
    QTest::newRow("tap") << "dev tap\nserver 10.8.0.0 255.255.255.0" << false
                         << QStringList{"route-gateway 10.8.0.1"} << ""
                         << "10.8.0.2-10.8.0.254";
    QTest::newRow("config pushes first")
        << "dev tun\npush \"redirect-gateway def1\"\ntopology subnet\nserver 10.8.0.0 "
           "255.255.255.0\npush \"dhcp-option DNS 10.8.0.1\""
        << false
        << QStringList{"redirect-gateway def1", "dhcp-option DNS 10.8.0.1",
                       "route-gateway 10.8.0.1", "topology subnet"}
        << ""
        << "10.8.0.2-10.8.0.254";
    QTest::newRow("server route default gateway is network+2")
        << "dev tun\ntopology subnet\nserver 10.8.0.0 255.255.255.0\nroute 192.168.5.0 "
           "255.255.255.0"
        << false << QStringList{"route-gateway 10.8.0.1", "topology subnet"}
        << "192.168.5.0/24 via 10.8.0.2"
        << "10.8.0.2-10.8.0.254";
}

void TestServerConfig::helperExpansion() {
    QFETCH(QString, config);
    QFETCH(bool, subnetDefault);
    QFETCH(QStringList, pushes);
    QFETCH(QString, kernelRoutes);
    QFETCH(QString, pool);
    ServerConfigOptions opts;
    opts.subnetDefault = subnetDefault;
    auto s = parseServerConfig(config.toStdString(), "s.conf", {}, opts);
    QVERIFY(s.ok());
    QCOMPARE(list(s->pushes), pushes);
    QStringList kr;
    for (const auto& k : s->kernelRoutes)
        kr << QString::fromStdString(k.network.toString() + " via " + k.gateway.toString());
    QCOMPARE(kr.join(", "), kernelRoutes);
    QCOMPARE(QString::fromStdString(s->poolFirst + "-" + s->poolLast), pool);
    QCOMPARE(s->serverAddress->toString(), std::string("10.8.0.1"));
}

void TestServerConfig::siteToSite() {
    auto s = server("server/site-to-site.conf", "server/ccd");
    QCOMPARE(s.topology, Topology::Subnet);
    QVERIFY(s.clientToClient);
    QCOMPARE(s.clientConfigDir, std::string("ccd"));
    QCOMPARE(
        list(s.pushes),
        (QStringList{"route 10.0.0.0 255.0.0.0", "route 192.168.10.0 255.255.255.0",
                     "route 192.168.20.0 255.255.255.0", "dhcp-option DNS 10.0.0.53",
                     "route-gateway 10.8.0.1", "topology subnet", "ping 10", "ping-restart 120"}));
    QCOMPARE(s.kernelRoutes.size(), std::size_t(3));
    QStringList internal;
    for (const auto& r : s.internalRoutes)
        internal << QString::fromStdString(r.network.toString() + "=" + r.client + "(" + r.source +
                                           ")");
    QCOMPARE(
        internal,
        (QStringList{"192.168.10.0/24=branch-a(iroute)", "10.8.0.10/32=branch-a(ifconfig-push)",
                     "192.168.20.0/24=branch-b(iroute)", "172.16.5.0/24=branch-b(iroute)",
                     "10.8.0.20/32=branch-b(ifconfig-push)",
                     "10.8.0.99/32=laptop-kiosk(ifconfig-push)"}));
}

void TestServerConfig::ccdClients() {
    auto s = server("server/site-to-site.conf", "server/ccd");
    QCOMPARE(s.clients.size(), std::size_t(5));
    const auto* a = client(s, "branch-a");
    QVERIFY(a);
    QCOMPARE(list(a->pushes).mid(8), (QStringList{"route 192.168.20.0 255.255.255.0 vpn_gateway",
                                                  "ifconfig 10.8.0.10 255.255.255.0"}));
    const auto* b = client(s, "branch-b");
    QVERIFY(b);
    QVERIFY(!list(b->pushes).contains("route 192.168.20.0 255.255.255.0")); // push-remove
    QCOMPARE(b->pushes.size(), std::size_t(8));
    QCOMPARE(b->iroutes.size(), std::size_t(2));
    QCOMPARE(b->iroutes[1].where.line, 2);
    const auto* k = client(s, "laptop-kiosk");
    QVERIFY(k);
    QVERIFY(k->pushReset);
    QCOMPARE(list(k->pushes),
             (QStringList{"route 10.0.5.0 255.255.255.0", "ifconfig 10.8.0.99 255.255.255.0"}));
    const auto* broken = client(s, "broken-host-bits");
    QVERIFY(broken);
    QVERIFY(broken->iroutes.empty());
    QVERIFY(codes(broken->diagnostics).contains("bad-network"));
    QVERIFY(codes(broken->diagnostics).contains("ccd-option")); // route in a CCD file
    const auto* revoked = client(s, "revoked");
    QVERIFY(revoked && revoked->disabled);
}

void TestServerConfig::crossChecks() {
    auto s = server("server/site-to-site.conf", "server/ccd");
    QStringList found;
    for (const auto& d : s.diagnostics)
        if (d.code == "route-without-iroute" || d.code == "iroute-without-route")
            found << QString("%1 %2").arg(QString::fromStdString(d.code)).arg(d.where.line);
    // 192.168.30.0/24 (line 17) has no iroute; branch-b's 172.16.5.0/24 (line 2) has no route.
    QCOMPARE(found, (QStringList{"iroute-without-route 2", "route-without-iroute 17"}));
    // The disabled client's iroute does not conflict with branch-a's.
    QVERIFY(!codes(s.diagnostics).contains("iroute-conflict"));
    QVERIFY(codes(s.profile.diagnostics).contains("file-option")); // status
}

void TestServerConfig::ipv6() {
    std::vector<CcdFile> ccd{{"v6client", "iroute-ipv6 fd00:99::/64\nifconfig-ipv6-push "
                                          "fd00:10::50/64 fd00:10::1\n"},
                             {"other", "iroute-ipv6 fd00:99::/64\n"}};
    auto s = parseServerConfig(testutil::readData("server/ipv6.conf"), "ipv6.conf", ccd);
    QVERIFY(s.ok());
    QCOMPARE(s->network6->toString(), std::string("fd00:10::/64"));
    QCOMPARE(list(s->pushes),
             (QStringList{"route-ipv6 fd00:99::/64", "redirect-gateway ipv6", "tun-ipv6",
                          "route-gateway 10.10.0.1", "topology subnet"}));
    const auto* c = client(*s, "v6client");
    QVERIFY(c);
    QCOMPARE(list(c->pushes).last(), QString("ifconfig-ipv6 fd00:10::50/64 fd00:10::1"));
    QVERIFY(codes(s->diagnostics).contains("iroute-conflict"));
    QVERIFY(!codes(s->diagnostics).contains("iroute-without-route"));
}

void TestServerConfig::pushErrors() {
    auto s = parseServerConfig("dev tun\npush route 10.0.0.0 255.0.0.0\npush \"dhcp-option "
                               "DOMAIN a,b\"\niroute 10.0.0.0 255.0.0.0\n",
                               "e.conf");
    QVERIFY(s.ok());
    const QStringList c = codes(s->diagnostics);
    QVERIFY(c.contains("bad-arguments"));
    QVERIFY(c.contains("push-comma"));
    QVERIFY(c.contains("ccd-only-option"));
    auto bad = parseServerConfig("dev tun\nserver 10.8.0.1 255.255.255.0\n", "b.conf");
    QVERIFY(bad.ok());
    QVERIFY(codes(bad->diagnostics).contains("bad-network"));
    QVERIFY(bad->pushes.empty());
}

void TestServerConfig::fatal() {
    auto s = parseServerConfig("dev tun\npush \"route 10.0.0.0\n", "f.conf");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where.line, 2);
    // A CCD lexer error refuses that client only.
    auto c = parseServerConfig("dev tun\nclient-config-dir x\n", "g.conf",
                               {{"bad", "push \"route 10.0.0.0\n"}});
    QVERIFY(c.ok());
    QVERIFY(c->clients[0].disabled);
    QVERIFY(codes(c->clients[0].diagnostics).contains("ccd-unreadable"));
}

void TestServerConfig::ipv6NetworkInPlainIroute() {
    // A CCD file that writes an IPv6 network with `iroute`: say what to write instead.
    auto s = parseServerConfig("server 10.8.0.0 255.255.255.0\nclient-config-dir ccd\n", "s.conf",
                               {CcdFile{"client1", "iroute 2001:db8:10:30::/64\n"}});
    QVERIFY(s.ok());
    QCOMPARE(s->clients.size(), std::size_t{1});
    const auto& ds = s->clients[0].diagnostics;
    QCOMPARE(ds.size(), std::size_t{1});
    QCOMPARE(ds[0].code, std::string("bad-network"));
    QVERIFY2(ds[0].message.find("iroute takes IPv4") != std::string::npos, ds[0].message.c_str());
    QVERIFY2(ds[0].message.find("iroute-ipv6 2001:db8:10:30::/64") != std::string::npos,
             ds[0].message.c_str());
    QVERIFY(ds[0].message.find("not a valid") == std::string::npos);
}

QTEST_APPLESS_MAIN(TestServerConfig)
#include "TestServerConfig.moc"
