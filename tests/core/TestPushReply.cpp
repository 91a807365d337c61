// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"

#include <QStringList>

using namespace splitroute::core;

namespace {

VpnProfile profile(const std::string& text) {
    auto p = parseProfile(text, "p.ovpn");
    if (!p)
        qFatal("bad test profile: %s", p.error().toString().c_str());
    return *p;
}

// "fate:text" for every item.
QStringList fates(const PushResult& r) {
    QStringList out;
    for (const auto& i : r.items)
        out << QString("%1:%2").arg(pushFateName(i.fate), QString::fromStdString(i.text));
    return out;
}

} // namespace

class TestPushReply : public QObject {
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void continuation();
    void log();
    void logErrors();
    void apply_data();
    void apply();
    void merged();
    void rejected();
    void filterDetails();
    void serverLog();
};

void TestPushReply::split_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("aws full tunnel")
        << "PUSH_REPLY,redirect-gateway def1 bypass-dhcp,dhcp-option DNS 192.168.0.2,"
           "route-gateway 10.0.0.97,topology subnet,ping 1,ping-restart 20,auth-token,"
           "ifconfig 10.0.0.98 255.255.255.224,peer-id 0"
        << QStringList{"redirect-gateway def1 bypass-dhcp",
                       "dhcp-option DNS 192.168.0.2",
                       "route-gateway 10.0.0.97",
                       "topology subnet",
                       "ping 1",
                       "ping-restart 20",
                       "auth-token",
                       "ifconfig 10.0.0.98 255.255.255.224",
                       "peer-id 0"};
    QTest::newRow("empty items kept") << "PUSH_REPLY,a,,b" << QStringList{"a", "", "b"};
    QTest::newRow("bare list") << "route 10.0.0.0 255.0.0.0, redirect-gateway def1"
                               << QStringList{"route 10.0.0.0 255.0.0.0", " redirect-gateway def1"};
    QTest::newRow("crlf line") << "PUSH_REPLY,ping 10\r\n" << QStringList{"ping 10"};
    QTest::newRow("only prefix") << "PUSH_REPLY" << QStringList{};
}

void TestPushReply::split() {
    QFETCH(QString, input);
    QFETCH(QStringList, options);
    auto r = parsePushReply(input.toStdString());
    QVERIFY(r.ok());
    QStringList got;
    for (const auto& o : r->options)
        got << QString::fromStdString(o);
    QCOMPARE(got, options);
}

void TestPushReply::continuation() {
    auto r = parsePushReply("PUSH_REPLY,route 10.1.0.0 255.255.0.0,push-continuation 2\n"
                            "PUSH_REPLY,route 10.2.0.0 255.255.0.0,push-continuation 2\n"
                            "PUSH_REPLY,route 10.3.0.0 255.255.0.0,ifconfig 10.8.0.2 "
                            "255.255.255.0,push-continuation 1\n");
    QVERIFY(r.ok());
    QCOMPARE(r->messages, 3);
    QVERIFY(r->complete);
    QCOMPARE(r->options.size(), std::size_t(4));
    QCOMPARE(r->options[2], std::string("route 10.3.0.0 255.255.0.0"));

    auto partial = parsePushReply("PUSH_REPLY,route 10.1.0.0 255.255.0.0,push-continuation 2\n");
    QVERIFY(partial.ok());
    QVERIFY(!partial->complete);
    bool warned = false;
    for (const auto& d : partial->diagnostics)
        warned = warned || d.code == "push-incomplete";
    QVERIFY(warned);

    // Two complete pushes (a reconnect): the last one counts.
    auto two = parsePushReply("PUSH_REPLY,route 10.1.0.0 255.255.0.0\nPUSH_REPLY,ping 5\n");
    QVERIFY(two.ok());
    QCOMPARE(two->options, std::vector<std::string>{"ping 5"});
}

void TestPushReply::log() {
    const std::string log =
        "2024-03-01 10:00:00 OpenVPN 2.6.3 x86_64-pc-linux-gnu\n"
        "2024-03-01 10:00:01 SENT CONTROL [server]: 'PUSH_REQUEST' (status=1)\n"
        "2024-03-01 10:00:01 PUSH: Received control message: 'PUSH_REPLY,dhcp-option DNS "
        "10.2.0.2,route 10.2.0.0 255.255.0.0,route 10.1.0.0 255.255.0.0,route-gateway "
        "172.16.0.129,topology subnet,ping 1,ping-restart 20,echo,echo,echo,ifconfig 172.16.0.130 "
        "255.255.255.224,peer-id 0,cipher AES-256-GCM,push-continuation 2'\r\n"
        "Fri Mar  1 10:00:01 2024 PUSH: Received control message: 'PUSH_REPLY,route 10.3.0.0 "
        "255.255.0.0,push-continuation 1'\n"
        "2024-03-01 10:00:01 OPTIONS IMPORT: timers and/or timeouts modified\n";
    auto r = parsePushLog(log);
    QVERIFY(r.ok());
    QCOMPARE(r->messages, 2);
    QCOMPARE(r->options.size(), std::size_t(14));
    QCOMPARE(r->options.front(), std::string("dhcp-option DNS 10.2.0.2"));
    QCOMPARE(r->options.back(), std::string("route 10.3.0.0 255.255.0.0"));
    auto viaInput = parsePushInput(log);
    QVERIFY(viaInput.ok());
    QCOMPARE(viaInput->options, r->options);
}

void TestPushReply::logErrors() {
    auto none = parsePushLog("just a log\nwithout pushes\n");
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    auto empty = parsePushReply("  \n");
    QVERIFY(!empty.ok());
}

void TestPushReply::apply_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("push");
    QTest::addColumn<QStringList>("expected");
    const QString aws = "PUSH_REPLY,redirect-gateway def1 bypass-dhcp,dhcp-option DNS 192.168.0.2,"
                        "route-gateway 10.0.0.97,topology subnet,ping 1,auth-token,"
                        "ifconfig 10.0.0.98 255.255.255.224";
    QTest::newRow("all accepted") << "client" << aws
                                  << QStringList{"accepted:redirect-gateway def1 bypass-dhcp",
                                                 "accepted:dhcp-option DNS 192.168.0.2",
                                                 "accepted:route-gateway 10.0.0.97",
                                                 "accepted:topology subnet",
                                                 "accepted:ping 1",
                                                 "accepted:auth-token",
                                                 "accepted:ifconfig 10.0.0.98 255.255.255.224"};
    QTest::newRow("route-nopull")
        << "client\nroute-nopull"
        << "PUSH_REPLY,route 10.0.0.0 255.0.0.0,route-ipv6 2001:db8::/32,redirect-gateway def1,"
           "redirect-private,route-metric 5,block-ipv6,dhcp-option DNS 10.0.0.2,dns server 0 "
           "address 10.0.0.3,block-outside-dns,ifconfig 10.8.0.2 255.255.255.0,topology subnet,"
           "route-gateway 10.8.0.1,ifconfig-ipv6 fd00::2/64 fd00::1,route-delay 2"
        << QStringList{"refused-by-route-nopull:route 10.0.0.0 255.0.0.0",
                       "refused-by-route-nopull:route-ipv6 2001:db8::/32",
                       "refused-by-route-nopull:redirect-gateway def1",
                       "refused-by-route-nopull:redirect-private",
                       "refused-by-route-nopull:route-metric 5",
                       "refused-by-route-nopull:block-ipv6",
                       "refused-by-route-nopull:dhcp-option DNS 10.0.0.2",
                       "refused-by-route-nopull:dns server 0 address 10.0.0.3",
                       "refused-by-route-nopull:block-outside-dns",
                       "accepted:ifconfig 10.8.0.2 255.255.255.0",
                       "accepted:topology subnet",
                       "accepted:route-gateway 10.8.0.1",
                       "accepted:ifconfig-ipv6 fd00::2/64 fd00::1",
                       "accepted:route-delay 2"};
    QTest::newRow("ignore route is a prefix match")
        << "client\npull-filter ignore \"route\""
        << "PUSH_REPLY,route 10.0.0.0 255.0.0.0,route-gateway 10.8.0.1,route-ipv6 ::/0,"
           "redirect-gateway def1"
        << QStringList{"ignored-by-filter:route 10.0.0.0 255.0.0.0",
                       "ignored-by-filter:route-gateway 10.8.0.1",
                       "ignored-by-filter:route-ipv6 ::/0", "accepted:redirect-gateway def1"};
    QTest::newRow("first match wins: accept before ignore")
        << "client\npull-filter accept \"route 10.1.\"\npull-filter ignore \"route \""
        << "PUSH_REPLY,route 10.1.0.0 255.255.0.0,route 10.2.0.0 255.255.0.0,route-gateway 1.1.1.1"
        << QStringList{"accepted:route 10.1.0.0 255.255.0.0",
                       "ignored-by-filter:route 10.2.0.0 255.255.0.0",
                       "accepted:route-gateway 1.1.1.1"};
    QTest::newRow("first match wins: ignore before accept")
        << "client\npull-filter ignore \"route \"\npull-filter accept \"route 10.1.\""
        << "PUSH_REPLY,route 10.1.0.0 255.255.0.0"
        << QStringList{"ignored-by-filter:route 10.1.0.0 255.255.0.0"};
    QTest::newRow("leading spaces skipped before matching")
        << "client\npull-filter ignore redirect-gateway"
        << "PUSH_REPLY,   redirect-gateway def1"
        << QStringList{"ignored-by-filter:redirect-gateway def1"};
    QTest::newRow("filter matches raw text, not tokens")
        << "client\npull-filter ignore \"route 10.0.0.0  \""
        << "PUSH_REPLY,route 10.0.0.0 255.0.0.0"
        << QStringList{"accepted:route 10.0.0.0 255.0.0.0"};
    QTest::newRow("filter is case sensitive") << "client\npull-filter ignore \"dhcp-option dns\""
                                              << "PUSH_REPLY,dhcp-option DNS 10.0.0.1"
                                              << QStringList{"accepted:dhcp-option DNS 10.0.0.1"};
    QTest::newRow("filter before route-nopull")
        << "client\nroute-nopull\npull-filter ignore route"
        << "PUSH_REPLY,route 10.0.0.0,dhcp-option DNS 1.1.1.1"
        << QStringList{"ignored-by-filter:route 10.0.0.0",
                       "refused-by-route-nopull:dhcp-option DNS 1.1.1.1"};
    QTest::newRow("reject stops processing")
        << "client\npull-filter reject redirect-gateway"
        << "PUSH_REPLY,route 10.0.0.0,redirect-gateway def1,ping 5"
        << QStringList{"accepted:route 10.0.0.0", "rejected-by-filter:redirect-gateway def1",
                       "not-processed:ping 5"};
    QTest::newRow("not pullable") << "client"
                                  << "PUSH_REPLY,up /bin/sh,script-security 3,remote evil.example,"
                                     "pull-filter accept x,route-nopull,dev tap9"
                                  << QStringList{"not-pullable:up /bin/sh",
                                                 "not-pullable:script-security 3",
                                                 "not-pullable:remote evil.example",
                                                 "not-pullable:pull-filter accept x",
                                                 "not-pullable:route-nopull",
                                                 "not-pullable:dev tap9"};
    QTest::newRow("unknown and invalid")
        << "client"
        << "PUSH_REPLY,frobnicate 1,route 10.0.0.0 255.0.255.0,route 10.0.0.0 24,"
           "route 10.0.0.0 \"255.0.0.0,redirect-gateway bogus"
        << QStringList{"unknown:frobnicate 1", "invalid:route 10.0.0.0 255.0.255.0",
                       "invalid:route 10.0.0.0 24", "invalid:route 10.0.0.0 \"255.0.0.0",
                       "invalid:redirect-gateway bogus"};
    QTest::newRow("pushed fqdn needs allow-pull-fqdn")
        << "client"
        << "PUSH_REPLY,route intranet.example.com"
        << QStringList{"invalid:route intranet.example.com"};
    QTest::newRow("pushed fqdn allowed") << "client\nallow-pull-fqdn"
                                         << "PUSH_REPLY,route intranet.example.com"
                                         << QStringList{"accepted:route intranet.example.com"};
    QTest::newRow("redacted echo and auth-token")
        << "client"
        << "PUSH_REPLY,echo,echo,auth-token"
        << QStringList{"accepted:echo", "accepted:echo", "accepted:auth-token"};
    QTest::newRow("pushed double dash is not stripped")
        << "client"
        << "PUSH_REPLY,--ping 5" << QStringList{"unknown:--ping 5"};
}

void TestPushReply::apply() {
    QFETCH(QString, profile);
    QFETCH(QString, push);
    QFETCH(QStringList, expected);
    auto reply = parsePushReply(push.toStdString());
    QVERIFY(reply.ok());
    auto res = applyPushReply(::profile(profile.toStdString()), *reply);
    QCOMPARE(fates(res), expected);
}

void TestPushReply::merged() {
    auto p = ::profile("client\nroute 192.168.50.0 255.255.255.0 net_gateway\n"
                       "redirect-gateway bypass-dhcp\n");
    auto reply = parsePushReply(
        "PUSH_REPLY,redirect-gateway def1,route 10.2.0.0 255.255.0.0,route-gateway 172.16.0.129,"
        "topology subnet,dhcp-option DNS 10.2.0.2,ifconfig 172.16.0.130 255.255.255.224,"
        "route-metric 7");
    QVERIFY(reply.ok());
    auto res = applyPushReply(p, *reply);
    const VpnProfile& e = res.effective;
    QCOMPARE(e.routes.size(), std::size_t(2));
    QCOMPARE(e.routes[0].origin, OptionOrigin::Config);
    QCOMPARE(e.routes[1].origin, OptionOrigin::Pushed);
    QCOMPARE(*e.routes[1].prefix, *Prefix::parse("10.2.0.0/16"));
    QCOMPARE(e.routes[1].where.file, std::string("[PUSH-OPTIONS]"));
    QCOMPARE(e.routes[1].where.line, 2);
    QVERIFY(e.redirect);
    QVERIFY(e.redirect->def1);
    QVERIFY(e.redirect->bypassDhcp); // config and pushed flags are merged
    QCOMPARE(e.redirect->origin, OptionOrigin::Pushed);
    QCOMPARE(*e.routeGateway, *IpAddress::parse("172.16.0.129"));
    QCOMPARE(e.topology, Topology::Subnet);
    QCOMPARE(e.ifconfig->origin, OptionOrigin::Pushed);
    QCOMPARE(*e.routeMetric, 7u);
    QCOMPARE(e.dhcpOptions.size(), std::size_t(1));
    QCOMPARE(e.dhcpOptions[0].origin, OptionOrigin::Pushed);
    QCOMPARE(e.options.size(), p.options.size() + 7);
    QCOMPARE(e.options.back().origin, OptionOrigin::Pushed);
    // The input profile is untouched.
    QCOMPARE(p.routes.size(), std::size_t(1));
    QVERIFY(!p.redirect->def1);
}

void TestPushReply::rejected() {
    auto p = ::profile("client\npull-filter reject \"route 0.0.0.0\"\n");
    auto reply = parsePushReply("PUSH_REPLY,route 10.0.0.0 255.0.0.0,route 0.0.0.0 0.0.0.0");
    QVERIFY(reply.ok());
    auto res = applyPushReply(p, *reply);
    QVERIFY(res.rejected);
    QVERIFY(res.effective.routes.empty()); // the push failed as a whole
}

void TestPushReply::filterDetails() {
    auto p = ::profile("client\n\npull-filter ignore \"dhcp-option\"\n");
    auto reply = parsePushReply("PUSH_REPLY,dhcp-option DNS 10.0.0.1");
    QVERIFY(reply.ok());
    auto res = applyPushReply(p, *reply);
    QCOMPARE(res.items.size(), std::size_t(1));
    QVERIFY(res.items[0].filter);
    QCOMPARE(res.items[0].filter->where.line, 3);
    QCOMPARE(res.items[0].filter->text, std::string("dhcp-option"));
    QVERIFY(res.effective.dhcpOptions.empty());
}

void TestPushReply::serverLog() {
    // A server's log: the push it sent, per client (verb-5 packet markers glued to the front),
    // besides the PUSH_REQUEST it received.
    const std::string log =
        "Tue Aug  1 23:17:40 2017 client1/203.0.113.5:60414 PUSH: Received control message: "
        "'PUSH_REQUEST'\n"
        "WRRTue Aug  1 23:17:40 2017 client1/203.0.113.5:60414 SENT CONTROL [client1]: "
        "'PUSH_REPLY,route 10.0.0.0 255.0.0.0,redirect-gateway,topology net30' (status=1)\n"
        "Tue Aug  1 23:18:02 2017 laptop/198.51.100.9:1194 SENT CONTROL [laptop]: "
        "'PUSH_REPLY,route 192.168.50.0 255.255.255.0,topology subnet' (status=1)\n";
    QCOMPARE(pushLogClients(log), (std::vector<std::string>{"client1", "laptop"}));
    auto none = parsePushInput(log);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.find("client1, laptop") != std::string::npos,
             none.error().message.c_str());
    auto one = parsePushInput(log, "laptop");
    QVERIFY2(one.ok(), one.ok() ? "" : one.error().message.c_str());
    QCOMPARE(one->client, std::string("laptop"));
    QCOMPARE(one->options,
             (std::vector<std::string>{"route 192.168.50.0 255.255.255.0", "topology subnet"}));
    auto first = parsePushLog(log, "client1");
    QVERIFY(first.ok());
    QCOMPARE(first->options.front(), std::string("route 10.0.0.0 255.0.0.0"));
    auto unknown = parsePushLog(log, "nobody");
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.find("nobody") != std::string::npos);
    // One client: no name needed.
    const std::string single = log.substr(0, log.find("Tue Aug  1 23:18:02"));
    auto only = parsePushInput(single);
    QVERIFY(only.ok());
    QCOMPARE(only->client, std::string("client1"));
    // A client log ignores the name.
    auto clientLog = parsePushLog(
        "x PUSH: Received control message: 'PUSH_REPLY,route 10.1.0.0 255.255.0.0'\n", "laptop");
    QVERIFY(clientLog.ok());
    QCOMPARE(clientLog->client, std::string());
}

QTEST_APPLESS_MAIN(TestPushReply)
#include "TestPushReply.moc"
