// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/vpn/OvpnOptions.h"
#include "core/vpn/ProfileJson.h"
#include "core/vpn/ProfileParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <set>

using namespace splitroute::core;
using nlohmann::json;

class TestProfileParser : public QObject {
    Q_OBJECT
private slots:
    void fields_data();
    void fields();
    void diagnostics_data();
    void diagnostics();
    void noDiagnostics_data();
    void noDiagnostics();
    void routeModel();
    void connectionBlocks();
    void awsHosts_data();
    void awsHosts();
    void fatal();
    void readFile();
    void invalidUtf8();
    void corpus_data();
    void corpus();
    // applyOption's dispatch: unknown options, context, arity, then one handler per option.
    void dispatchTable();
    void dispatch_data();
    void dispatch();
};

// Each row: a profile, a JSON pointer into profileToJson(), and the expected JSON value.
void TestProfileParser::fields_data() {
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    // route
    QTest::newRow("route host default mask") << "route 10.1.2.3"
                                             << "/routes/0/prefix"
                                             << "\"10.1.2.3/32\"";
    QTest::newRow("route with mask") << "route 10.0.0.0 255.0.0.0"
                                     << "/routes/0/prefix"
                                     << "\"10.0.0.0/8\"";
    QTest::newRow("route default gateway kind") << "route 10.0.0.0 255.0.0.0"
                                                << "/routes/0/gatewayKind"
                                                << "\"default\"";
    QTest::newRow("route mask 'default'") << "route 10.1.1.1 default"
                                          << "/routes/0/prefix"
                                          << "\"10.1.1.1/32\"";
    QTest::newRow("route gateway 'default'") << "route 10.0.0.0 255.0.0.0 default 5"
                                             << "/routes/0/gatewayKind"
                                             << "\"default\"";
    QTest::newRow("route metric after default gw") << "route 10.0.0.0 255.0.0.0 default 5"
                                                   << "/routes/0/metric"
                                                   << "5";
    QTest::newRow("route metric 'default'") << "route 10.0.0.0 255.0.0.0 vpn_gateway default"
                                            << "/routes/0/metric"
                                            << "null";
    QTest::newRow("route vpn_gateway") << "route 10.0.0.0 255.0.0.0 vpn_gateway"
                                       << "/routes/0/gatewayKind"
                                       << "\"vpn_gateway\"";
    QTest::newRow("route net_gateway") << "route 192.168.1.0 255.255.255.0 net_gateway"
                                       << "/routes/0/gatewayKind"
                                       << "\"net_gateway\"";
    QTest::newRow("route remote_host gw") << "route 1.2.3.4 255.255.255.255 remote_host"
                                          << "/routes/0/gatewayKind"
                                          << "\"remote_host\"";
    QTest::newRow("route remote_host network") << "route remote_host 255.255.255.255 net_gateway"
                                               << "/routes/0/prefix"
                                               << "null";
    QTest::newRow("route remote_host network kept")
        << "route remote_host 255.255.255.255 net_gateway"
        << "/routes/0/network"
        << "\"remote_host\"";
    QTest::newRow("route address gw") << "route 10.0.0.0 255.0.0.0 192.168.1.1 10"
                                      << "/routes/0/gateway"
                                      << "\"192.168.1.1\"";
    QTest::newRow("route hostname gw") << "route 10.0.0.0 255.0.0.0 gw.example.com"
                                       << "/routes/0/gatewayKind"
                                       << "\"hostname\"";
    QTest::newRow("route hostname network") << "route intranet.example.com"
                                            << "/routes/0/network"
                                            << "\"intranet.example.com\"";
    QTest::newRow("route hostname network no prefix") << "route intranet.example.com"
                                                      << "/routes/0/prefix"
                                                      << "null";
    QTest::newRow("route text") << "route  10.0.0.0   255.0.0.0 # c"
                                << "/routes/0/text"
                                << "\"route 10.0.0.0 255.0.0.0\"";
    QTest::newRow("route line") << "client\n\nroute 10.0.0.0"
                                << "/routes/0/line"
                                << "3";
    QTest::newRow("route host bits masked") << "route 10.1.2.3 255.255.0.0"
                                            << "/routes/0/prefix"
                                            << "\"10.1.0.0/16\"";
    QTest::newRow("route 0/0") << "route 0.0.0.0 0.0.0.0"
                               << "/routes/0/prefix"
                               << "\"0.0.0.0/0\"";
    QTest::newRow("bad netmask: route dropped") << "route 10.0.0.0 255.0.255.0"
                                                << "/routes"
                                                << "[]";
    // route-ipv6
    QTest::newRow("route-ipv6") << "route-ipv6 2001:db8::/32"
                                << "/routesIpv6/0/prefix"
                                << "\"2001:db8::/32\"";
    QTest::newRow("route-ipv6 no bits is /64") << "route-ipv6 2001:db8::"
                                               << "/routesIpv6/0/prefix"
                                               << "\"2001:db8::/64\"";
    QTest::newRow("route-ipv6 host without bits masked") << "route-ipv6 2001:db8::1"
                                                         << "/routesIpv6/0/prefix"
                                                         << "\"2001:db8::/64\"";
    QTest::newRow("route-ipv6 /128") << "route-ipv6 2001:db8::1/128"
                                     << "/routesIpv6/0/prefix"
                                     << "\"2001:db8::1/128\"";
    QTest::newRow("ifconfig-ipv6 no bits is /64") << "ifconfig-ipv6 fd00::2 fd00::1"
                                                  << "/ifconfigIpv6/prefixLength"
                                                  << "64";
    QTest::newRow("route-ipv6 gw") << "route-ipv6 2000::/3 fd00::1 7"
                                   << "/routesIpv6/0/gateway"
                                   << "\"fd00::1\"";
    QTest::newRow("route-ipv6 metric") << "route-ipv6 2000::/3 default 7"
                                       << "/routesIpv6/0/metric"
                                       << "7";
    // gateways, metrics
    QTest::newRow("route-gateway") << "route-gateway 10.8.0.1"
                                   << "/routeGateway"
                                   << "\"10.8.0.1\"";
    QTest::newRow("route-gateway dhcp") << "route-gateway dhcp"
                                        << "/routeGateway"
                                        << "\"dhcp\"";
    QTest::newRow("route-ipv6-gateway") << "route-ipv6-gateway fd00::1"
                                        << "/routeIpv6Gateway"
                                        << "\"fd00::1\"";
    QTest::newRow("route-metric") << "route-metric 50"
                                  << "/routeMetric"
                                  << "50";
    QTest::newRow("route-delay") << "route-delay 5 30"
                                 << "/routeDelay"
                                 << "5";
    QTest::newRow("route-delay bare") << "route-delay"
                                      << "/routeDelay"
                                      << "0";
    QTest::newRow("route-table") << "route-table 100"
                                 << "/routeTable"
                                 << "100";
    QTest::newRow("route-noexec") << "route-noexec"
                                  << "/routeNoexec"
                                  << "true";
    QTest::newRow("route-nopull") << "route-nopull"
                                  << "/routeNopull"
                                  << "true";
    QTest::newRow("max-routes ignored") << "max-routes 1000"
                                        << "/optionCount"
                                        << "1";
    // redirect-gateway
    QTest::newRow("redirect plain")
        << "redirect-gateway"
        << "/redirectGateway"
        << R"({"option":"redirect-gateway","ipv4":true,"def1":false,"local":false,"autolocal":false,"bypassDhcp":false,"bypassDns":false,"blockLocal":false,"ipv6":false,"origin":"config","line":1})";
    QTest::newRow("redirect all flags")
        << "redirect-gateway local autolocal def1 bypass-dhcp bypass-dns block-local ipv6"
        << "/redirectGateway"
        << R"({"option":"redirect-gateway","ipv4":true,"def1":true,"local":true,"autolocal":true,"bypassDhcp":true,"bypassDns":true,"blockLocal":true,"ipv6":true,"origin":"config","line":1})";
    QTest::newRow("redirect !ipv4") << "redirect-gateway ipv6 !ipv4"
                                    << "/redirectGateway/ipv4"
                                    << "false";
    QTest::newRow("redirect !ipv4 keeps ipv6") << "redirect-gateway ipv6 !ipv4"
                                               << "/redirectGateway/ipv6"
                                               << "true";
    QTest::newRow("redirect-private") << "redirect-private local"
                                      << "/redirectGateway/option"
                                      << "\"redirect-private\"";
    QTest::newRow("redirect merged flags") << "redirect-gateway def1\nredirect-gateway bypass-dhcp"
                                           << "/redirectGateway/def1"
                                           << "true";
    QTest::newRow("private then gateway") << "redirect-private\nredirect-gateway"
                                          << "/redirectGateway/option"
                                          << "\"redirect-gateway\"";
    // pull-filter
    QTest::newRow("pull-filter")
        << "pull-filter ignore \"route\"\npull-filter accept 'route 10.'"
        << "/pullFilters"
        << R"([{"action":"ignore","text":"route","line":1},{"action":"accept","text":"route 10.","line":2}])";
    QTest::newRow("pull-filter reject") << "pull-filter reject redirect-gateway"
                                        << "/pullFilters/0/action"
                                        << "\"reject\"";
    // interface
    QTest::newRow("block-ipv6") << "block-ipv6"
                                << "/blockIpv6"
                                << "true";
    QTest::newRow("block-outside-dns") << "block-outside-dns"
                                       << "/blockOutsideDns"
                                       << "true";
    QTest::newRow("ifconfig")
        << "ifconfig 10.8.0.2 10.8.0.1"
        << "/ifconfig"
        << R"({"local":"10.8.0.2","remoteOrNetmask":"10.8.0.1","origin":"config"})";
    QTest::newRow("ifconfig-ipv6")
        << "ifconfig-ipv6 fd00::2/64 fd00::1"
        << "/ifconfigIpv6"
        << R"({"local":"fd00::2","prefixLength":64,"remote":"fd00::1","origin":"config"})";
    QTest::newRow("ifconfig-ipv6 no remote") << "ifconfig-ipv6 fd00::2/112"
                                             << "/ifconfigIpv6/remote"
                                             << "null";
    QTest::newRow("topology net30") << "topology net30"
                                    << "/topology"
                                    << "\"net30\"";
    QTest::newRow("topology p2p") << "topology p2p"
                                  << "/topology"
                                  << "\"p2p\"";
    QTest::newRow("topology subnet") << "topology subnet"
                                     << "/topology"
                                     << "\"subnet\"";
    QTest::newRow("dev tun0") << "dev tun0"
                              << "/deviceType"
                              << "\"tun\"";
    QTest::newRow("dev tap") << "dev tap"
                             << "/deviceType"
                             << "\"tap\"";
    QTest::newRow("dev named + dev-type") << "dev-type tap\ndev company0"
                                          << "/deviceType"
                                          << "\"tap\"";
    QTest::newRow("dev named without type") << "dev company0"
                                            << "/deviceType"
                                            << "null";
    QTest::newRow("dev name") << "dev company0"
                              << "/dev"
                              << "\"company0\"";
    // remotes
    QTest::newRow("remote full")
        << "remote vpn.example.com 443 tcp-client"
        << "/remotes"
        << R"([{"host":"vpn.example.com","port":443,"proto":"tcp-client","line":1}])";
    QTest::newRow("remote host only") << "remote 198.51.100.1"
                                      << "/remotes/0/port"
                                      << "null";
    QTest::newRow("remote ipv6") << "remote 2001:db8::1 1194 udp6"
                                 << "/remotes/0/host"
                                 << "\"2001:db8::1\"";
    QTest::newRow("several remotes") << "remote a 1\nremote b 2\nremote-random"
                                     << "/remotes/1/host"
                                     << "\"b\"";
    QTest::newRow("remote-random") << "remote-random"
                                   << "/remoteRandom"
                                   << "true";
    QTest::newRow("remote-random-hostname") << "remote-random-hostname"
                                            << "/remoteRandomHostname"
                                            << "true";
    // DNS
    QTest::newRow("dhcp-option DNS") << "dhcp-option DNS 10.0.0.2"
                                     << "/dhcpOptions"
                                     << R"([{"type":"DNS","value":"10.0.0.2","origin":"config"}])";
    QTest::newRow("dhcp-option lower case") << "dhcp-option domain corp.example"
                                            << "/dhcpOptions/0/type"
                                            << "\"DOMAIN\"";
    QTest::newRow("dns server")
        << "dns server 1 address 10.0.0.2 [fd00::53]:53"
        << "/dhcpOptions"
        << R"([{"type":"DNS","value":"10.0.0.2","origin":"config"},{"type":"DNS","value":"fd00::53","origin":"config"}])";
    QTest::newRow("dns search-domains") << "dns search-domains a.example"
                                        << "/dhcpOptions/0/type"
                                        << "\"DOMAIN-SEARCH\"";
    // roles
    QTest::newRow("client") << "client"
                            << "/client"
                            << "true";
    QTest::newRow("pull") << "pull"
                          << "/client"
                          << "true";
    QTest::newRow("tls-client") << "tls-client"
                                << "/client"
                                << "true";
    QTest::newRow("server") << "server 10.8.0.0 255.255.255.0"
                            << "/server"
                            << "true";
    QTest::newRow("mode server") << "mode server"
                                 << "/server"
                                 << "true";
    QTest::newRow("mode p2p") << "mode p2p"
                              << "/server"
                              << "false";
    QTest::newRow("allow-pull-fqdn") << "allow-pull-fqdn"
                                     << "/allowPullFqdn"
                                     << "true";
    // AWS
    QTest::newRow("aws endpoint")
        << "remote cvpn-endpoint-0123456789abcdef0.prod.clientvpn.eu-west-1.amazonaws.com 443"
        << "/aws"
        << R"({"endpointId":"cvpn-endpoint-0123456789abcdef0","region":"eu-west-1"})";
    QTest::newRow("auth-federate") << "auth-federate"
                                   << "/authFederate"
                                   << "true";
    QTest::newRow("not aws") << "remote vpn.example.com"
                             << "/aws"
                             << "null";
    // unknown options and inline blocks
    QTest::newRow("unknown kept") << "frobnicate 1 2"
                                  << "/unknownOptions"
                                  << R"([{"name":"frobnicate","line":1,"column":1}])";
    QTest::newRow("inline block listed") << "<ca>\nAAA\n</ca>"
                                         << "/inlineBlocks"
                                         << R"([{"name":"ca","line":1,"bytes":4}])";
    QTest::newRow("double dash option") << "--route-nopull"
                                        << "/routeNopull"
                                        << "true";
    QTest::newRow("setenv opt applies the option") << "setenv opt block-outside-dns"
                                                   << "/blockOutsideDns"
                                                   << "true";
    QTest::newRow("setenv opt unknown kept") << "setenv opt frobnicate 1"
                                             << "/unknownOptions/0/name"
                                             << "\"frobnicate\"";
}

void TestProfileParser::fields() {
    QFETCH(QString, config);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    auto p = parseProfile(config.toStdString(), "t.ovpn");
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().toString().c_str());
    json j = profileToJson(*p);
    json::json_pointer ptr(pointer.toStdString());
    QVERIFY2(j.contains(ptr), pointer.toUtf8().constData());
    QCOMPARE(QString::fromStdString(j.at(ptr).dump()),
             QString::fromStdString(json::parse(expected.toStdString()).dump()));
}

void TestProfileParser::diagnostics_data() {
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message"); // a part of it
    QTest::newRow("non-contiguous netmask") << "client\nroute 10.0.0.0 255.0.255.0"
                                            << "bad-netmask"
                                            << "error" << 2 << 16 << "not contiguous";
    QTest::newRow("netmask not an address") << "route 10.0.0.0 24"
                                            << "bad-netmask"
                                            << "error" << 1 << 16 << "must be an IP address";
    QTest::newRow("route network default") << "route default"
                                           << "bad-route"
                                           << "error" << 1 << 7 << "not a network";
    QTest::newRow("route bad network") << "route 10.0.0.0/8"
                                       << "bad-route"
                                       << "error" << 1 << 7 << "must be a valid address";
    QTest::newRow("route bad metric") << "route 10.0.0.0 255.0.0.0 vpn_gateway -1"
                                      << "bad-metric"
                                      << "error" << 1 << 38 << ">= 0";
    QTest::newRow("route too many args") << "route 1.2.3.4 255.255.255.255 vpn_gateway 1 x"
                                         << "bad-arguments"
                                         << "error" << 1 << 1 << "1 to 4";
    QTest::newRow("route host bits") << "route 10.1.2.3 255.255.0.0"
                                     << "host-bits"
                                     << "warning" << 1 << 7 << "10.1.0.0/16";
    QTest::newRow("route hostname info") << "route intranet.example"
                                         << "route-hostname"
                                         << "info" << 1 << 7 << "resolves";
    QTest::newRow("unknown redirect flag")
        << "redirect-gateway def1 bogus"
        << "redirect-flag"
        << "error" << 1 << 23 << "unknown --redirect-gateway flag: bogus";
    QTest::newRow("unknown redirect-private flag")
        << "redirect-private x"
        << "redirect-flag"
        << "error" << 1 << 18 << "unknown --redirect-private flag: x";
    QTest::newRow("redirect twice") << "redirect-gateway def1\nredirect-private"
                                    << "redirect-twice"
                                    << "warning" << 2 << 1 << "at the same time";
    QTest::newRow("max-routes") << "max-routes 500"
                                << "deprecated-option"
                                << "info" << 1 << 1 << "ignored since OpenVPN 2.4";
    QTest::newRow("pull-filter one arg") << "pull-filter ignore"
                                         << "bad-arguments"
                                         << "error" << 1 << 1 << "takes 2";
    QTest::newRow("pull-filter three args") << "pull-filter ignore route x"
                                            << "bad-arguments"
                                            << "error" << 1 << 1 << "takes 2";
    QTest::newRow("pull-filter bad action") << "pull-filter drop route"
                                            << "bad-arguments"
                                            << "error" << 1 << 13 << "Unknown --pull-filter type";
    QTest::newRow("topology bad") << "topology star"
                                  << "bad-arguments"
                                  << "error" << 1 << 10 << "net30, p2p, or subnet";
    QTest::newRow("ifconfig bad") << "ifconfig 10.8.0.2 fd00::1"
                                  << "bad-address"
                                  << "error" << 1 << 19 << "must be valid addresses";
    QTest::newRow("ifconfig-ipv6 bits") << "ifconfig-ipv6 fd00::2/48"
                                        << "bad-address"
                                        << "error" << 1 << 15 << "between 64 and 124";
    QTest::newRow("remote bad port") << "remote a 70000"
                                     << "bad-port"
                                     << "error" << 1 << 10 << "1 to 65535";
    QTest::newRow("remote bad proto") << "remote a 1194 sctp"
                                      << "bad-proto"
                                      << "error" << 1 << 15 << "bad protocol";
    QTest::newRow("unknown option") << "client\n  frobnicate"
                                    << "unknown-option"
                                    << "warning" << 2 << 3 << "frobnicate";
    QTest::newRow("setenv opt unknown") << "setenv opt frobnicate"
                                        << "ignored-unknown-option"
                                        << "info" << 1 << 12 << "ignored (setenv opt)";
    QTest::newRow("ignore-unknown-option") << "ignore-unknown-option a frobnicate\nfrobnicate"
                                           << "ignored-unknown-option"
                                           << "info" << 2 << 1 << "ignored (ignore-unknown-option)";
    QTest::newRow("auth-federate") << "auth-federate"
                                   << "aws-only-option"
                                   << "warning" << 1 << 1
                                   << "AWS-only keyword (AWS VPN Client, SAML); stock OpenVPN "
                                      "rejects it";
    QTest::newRow("dhcp-option DNS without address") << "dhcp-option DNS"
                                                     << "bad-address"
                                                     << "error" << 1 << 13 << "needs an address";
    QTest::newRow("inline route") << "<route>\n10.0.0.0\n</route>"
                                  << "inline-not-allowed"
                                  << "error" << 1 << 1 << "inline";
    QTest::newRow("aws strips pull-filter")
        << "remote cvpn-endpoint-0123456789abcdef0.prod.clientvpn.us-east-1.amazonaws.com 443\n"
           "pull-filter ignore redirect-gateway"
        << "aws-client-strips"
        << "info" << 2 << 1 << "AWS VPN Client removes";
    // Options that run code or touch files.
    const char* scripts[] = {"up /x",
                             "down /x",
                             "route-up /x",
                             "route-pre-down /x",
                             "ipchange /x",
                             "tls-verify /x",
                             "learn-address /x",
                             "client-connect /x",
                             "client-disconnect /x",
                             "auth-user-pass-verify /x via-env",
                             "plugin /x.so",
                             "iproute /x",
                             "setenv A b",
                             "dns-updown /x",
                             "script-security 2",
                             "script-security 3"};
    for (const char* s : scripts)
        QTest::newRow(s) << QString(s) << "script-option"
                         << "warning" << 1 << 1 << "check";
    const char* files[] = {
        "config other.conf", "log /tmp/x", "log-append /tmp/x", "writepid /tmp/p",
        "status /tmp/s",     "cd /etc",    "chroot /var/empty", "management 127.0.0.1 7505"};
    for (const char* s : files)
        QTest::newRow(s) << QString(s) << "file-option"
                         << "warning" << 1 << 1 << "check";
}

void TestProfileParser::diagnostics() {
    QFETCH(QString, config);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    auto p = parseProfile(config.toStdString(), "t.ovpn");
    QVERIFY(p.ok());
    const Diagnostic* found = nullptr;
    for (const auto& d : p->diagnostics)
        if (d.code == code.toStdString())
            found = &d;
    QVERIFY2(found, code.toUtf8().constData());
    QCOMPARE(QString(severityName(found->severity)), severity);
    QCOMPARE(found->where.file, std::string("t.ovpn"));
    QCOMPARE(found->where.line, line);
    QCOMPARE(found->where.column, column);
    QVERIFY2(QString::fromStdString(found->message).contains(message), found->message.c_str());
}

void TestProfileParser::noDiagnostics_data() {
    QTest::addColumn<QString>("config");
    QTest::newRow("script-security 1") << "script-security 1";
    QTest::newRow("plain client")
        << "client\ndev tun\nproto udp\nremote vpn.example.com 1194\nresolv-retry infinite\n"
           "nobind\npersist-key\npersist-tun\nremote-cert-tls server\ncipher AES-256-GCM\nverb 3";
    QTest::newRow("route-noexec is not a warning") << "route-noexec";
}

void TestProfileParser::noDiagnostics() {
    QFETCH(QString, config);
    auto p = parseProfile(config.toStdString(), "t.ovpn");
    QVERIFY(p.ok());
    for (const auto& d : p->diagnostics)
        qWarning("%s", d.toString().c_str());
    QVERIFY(p->diagnostics.empty());
}

void TestProfileParser::routeModel() {
    auto p = parseProfile("route 10.0.0.0 255.0.0.0 192.168.1.254 99\n"
                          "route 5.6.7.8 255.255.255.252\n"
                          "route vpn.example.com 255.255.255.255 net_gateway\n",
                          "r.ovpn");
    QVERIFY(p.ok());
    QCOMPARE(p->routes.size(), std::size_t(3));
    QCOMPARE(*p->routes[0].prefix, *Prefix::parse("10.0.0.0/8"));
    QCOMPARE(p->routes[0].gatewayKind, GatewayKind::Address);
    QCOMPARE(p->routes[0].gateway, *IpAddress::parse("192.168.1.254"));
    QCOMPARE(*p->routes[0].metric, 99u);
    QCOMPARE(p->routes[0].origin, OptionOrigin::Config);
    QCOMPARE(*p->routes[1].prefix, *Prefix::parse("5.6.7.8/30"));
    QVERIFY(!p->routes[1].metric);
    QCOMPARE(p->routes[1].gatewayKind, GatewayKind::Default);
    QVERIFY(!p->routes[2].prefix);
    QCOMPARE(p->routes[2].network, std::string("vpn.example.com"));
    QCOMPARE(p->routes[2].gatewayKind, GatewayKind::NetGateway);
    QCOMPARE(p->routes[2].where.line, 3);
    QCOMPARE(p->options.size(), std::size_t(3));
    QCOMPARE(p->options[0].args.size(), std::size_t(4));
}

void TestProfileParser::connectionBlocks() {
    const std::string text = "client\nproto udp\n"
                             "<connection>\nremote a.example 1194\nnobind\n</connection>\n"
                             "<connection>\nremote b.example 443 tcp\nroute 10.0.0.0\n"
                             "</connection>\n"
                             "<connection>\nport 1\n</connection>\n";
    auto p = parseProfile(text, "c.ovpn");
    QVERIFY(p.ok());
    QCOMPARE(p->remotes.size(), std::size_t(2));
    QCOMPARE(p->remotes[0].host, std::string("a.example"));
    QCOMPARE(p->remotes[0].where.line, 4);
    QCOMPARE(p->remotes[1].proto, std::string("tcp"));
    QVERIFY(p->routes.empty()); // not allowed inside <connection>
    int contextErrors = 0, remoteErrors = 0;
    for (const auto& d : p->diagnostics) {
        if (d.code == "connection-option") {
            ++contextErrors;
            QCOMPARE(d.where.line, 9);
            QVERIFY(d.message.find("[CONNECTION-OPTIONS]") != std::string::npos);
        }
        if (d.code == "connection-remote") {
            ++remoteErrors;
            QCOMPARE(d.where.line, 11);
        }
    }
    QCOMPARE(contextErrors, 1);
    QCOMPARE(remoteErrors, 1);
}

void TestProfileParser::awsHosts_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("id"); // empty: not AWS
    QTest::addColumn<QString>("region");
    QTest::newRow("plain")
        << "cvpn-endpoint-0abc123def4567890.prod.clientvpn.us-east-1.amazonaws.com"
        << "cvpn-endpoint-0abc123def4567890"
        << "us-east-1";
    QTest::newRow("random label")
        << "a1b2c3d4e5f6.cvpn-endpoint-0abc.prod.clientvpn.ap-south-1.amazonaws.com"
        << "cvpn-endpoint-0abc"
        << "ap-south-1";
    QTest::newRow("upper case") << "CVPN-ENDPOINT-0ABC.PROD.CLIENTVPN.EU-WEST-1.AMAZONAWS.COM"
                                << "cvpn-endpoint-0abc"
                                << "eu-west-1";
    QTest::newRow("not hex") << "cvpn-endpoint-xyz.prod.clientvpn.us-east-1.amazonaws.com"
                             << ""
                             << "";
    QTest::newRow("other domain") << "cvpn-endpoint-0abc.prod.clientvpn.us-east-1.example.com"
                                  << ""
                                  << "";
    QTest::newRow("glued label") << "xcvpn-endpoint-0abc.prod.clientvpn.us-east-1.amazonaws.com"
                                 << ""
                                 << "";
    QTest::newRow("no region") << "cvpn-endpoint-0abc.prod.clientvpn.amazonaws.com"
                               << ""
                               << "";
}

void TestProfileParser::awsHosts() {
    QFETCH(QString, host);
    QFETCH(QString, id);
    QFETCH(QString, region);
    std::string gotId, gotRegion;
    const bool ok = parseAwsEndpointHost(host.toStdString(), gotId, gotRegion);
    QCOMPARE(ok, !id.isEmpty());
    if (ok) {
        QCOMPARE(QString::fromStdString(gotId), id);
        QCOMPARE(QString::fromStdString(gotRegion), region);
    }
}

void TestProfileParser::fatal() {
    auto p = parseProfile("client\nca \"C:\\certs\\ca.crt\"\n", "w.ovpn");
    QVERIFY(!p.ok());
    QCOMPARE(p.error().where.toString(), std::string("w.ovpn:2:7"));
    auto q = parseProfile("<connection>\nremote 'x\n</connection>\n", "q.ovpn");
    QVERIFY(!q.ok());
    QCOMPARE(q.error().where.line, 2);
}

void TestProfileParser::readFile() {
    auto missing = parseProfileFile("/nonexistent/x.ovpn");
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Io);
}

void TestProfileParser::invalidUtf8() {
    QCOMPARE(utf8Safe("ok \xc3\xa9"), std::string("ok \xc3\xa9"));
    QCOMPARE(utf8Safe("b\xfcro"), std::string("b\xef\xbf\xbdro"));
    QCOMPARE(utf8Safe("\xc0\xaf"), std::string("\xef\xbf\xbd\xef\xbf\xbd")); // overlong
    QCOMPARE(utf8Safe("\xed\xa0\x80"), std::string("\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"));
    QCOMPARE(utf8Safe("\xf0\x9f\x98\x80"), std::string("\xf0\x9f\x98\x80"));
    QCOMPARE(utf8Safe("\xe2\x82"), std::string("\xef\xbf\xbd\xef\xbf\xbd")); // truncated
    auto p = parseProfile("r\xe9seau 1\nremote b\xfcro.example\n", "x.ovpn");
    QVERIFY(p.ok());
    const std::string dumped = profileToJson(*p).dump(); // must not throw
    QVERIFY(dumped.find("r\xef\xbf\xbdseau") != std::string::npos);
}

// tests/data/ovpn/NAME.{ovpn,conf} next to NAME.expected.json: the profile summary
// (profileToJson, file = base name) or {"error": {...}} for files OpenVPN refuses to read.
// Run with SPLITROUTE_REGENERATE=1 to rewrite the expected files (then review the diff).
void TestProfileParser::corpus_data() {
    QTest::addColumn<QString>("path");
    QDir dir(QString::fromStdString(testutil::dataPath("ovpn")));
    const auto files = dir.entryList({"*.ovpn", "*.conf"}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 30, "the corpus needs at least 30 profiles");
    for (const auto& f : files)
        QTest::newRow(f.toUtf8().constData()) << dir.filePath(f);
}

void TestProfileParser::corpus() {
    QFETCH(QString, path);
    const std::string base = QFileInfo(path).fileName().toStdString();
    auto p = parseProfileFile(path.toStdString());
    json got;
    if (p) {
        p->file = base;
        for (auto& d : p->diagnostics)
            d.where.file = base;
        got = profileToJson(*p);
    } else {
        QVERIFY(p.error().where.file == path.toStdString());
        got = {{"error",
                {{"message", p.error().message},
                 {"line", p.error().where.line},
                 {"column", p.error().where.column}}}};
    }
    const QString expectedPath = path.left(path.lastIndexOf('.')) + ".expected.json";
    if (qEnvironmentVariableIsSet("SPLITROUTE_REGENERATE")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QByteArray::fromStdString(got.dump(2) + "\n"));
        return;
    }
    QFile in(expectedPath);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable("missing " + expectedPath));
    const json expected = json::parse(in.readAll().toStdString());
    QCOMPARE(QString::fromStdString(got.dump(2)), QString::fromStdString(expected.dump(2)));
}

void TestProfileParser::dispatchTable() {
    const auto names = interpretedOptionNames();
    QVERIFY(names.size() > 30);
    std::set<std::string_view> seen;
    for (const auto name : names) {
        // A handler for an option the option table does not know would never run.
        QVERIFY2(findOvpnOption(name), std::string(name).c_str());
        QVERIFY2(seen.insert(name).second, std::string(name).c_str());
    }
}

// One option line at t.ovpn:3 (tokens at columns 1, 11, 21, …), applied in a context: whether
// it is accepted, its diagnostics as printed, and that it is kept in profile.options.
void TestProfileParser::dispatch_data() {
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<int>("context");
    QTest::addColumn<bool>("inlineBlock");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("diagnostics");

    const int config = int(OptionContext::Config);
    const int connection = int(OptionContext::Connection);
    const int pushed = int(OptionContext::Pushed);
    QTest::newRow("unknown option in a profile")
        << QStringList{"frobnicate", "1"} << config << false << true
        << QStringList{"t.ovpn:3:1: warning: Unrecognized option 'frobnicate': stock OpenVPN "
                       "2.6 refuses the profile"};
    QTest::newRow("unknown option pushed: ignored")
        << QStringList{"frobnicate", "1"} << pushed << false << true << QStringList{};
    QTest::newRow("setenv opt: an unknown option is only a note")
        << QStringList{"setenv", "opt", "frobnicate"} << config << false << true
        << QStringList{"t.ovpn:3:21: info: Unrecognized option 'frobnicate' ignored (setenv opt)"};
    QTest::newRow("setenv opt: a known option applies")
        << QStringList{"setenv", "opt", "route-gateway"} << config << false << false
        << QStringList{"t.ovpn:3:21: error: Unrecognized option or missing or extra "
                       "parameter(s): --route-gateway takes 1 parameter(s), not 0"};
    QTest::newRow("route in a connection block")
        << QStringList{"route", "10.0.0.0"} << connection << false << false
        << QStringList{"t.ovpn:3:1: error: option 'route' cannot be used in this context "
                       "([CONNECTION-OPTIONS])"};
    QTest::newRow("remote in a connection block")
        << QStringList{"remote", "a.example"} << connection << false << true << QStringList{};
    QTest::newRow("route as an inline block")
        << QStringList{"route", "10.0.0.0"} << config << true << false
        << QStringList{"t.ovpn:3:1: error: option 'route' cannot be given as an inline block"};
    QTest::newRow("ca as an inline block") << QStringList{"ca", "-----BEGIN CERTIFICATE-----"}
                                           << config << true << true << QStringList{};
    QTest::newRow("pushed route, too many parameters")
        << QStringList{"route", "10.0.0.0", "255.0.0.0", "vpn_gateway", "5", "x"} << pushed << false
        << false
        << QStringList{"t.ovpn:3:1: error: Unrecognized option or missing or extra "
                       "parameter(s): --route takes 1 to 4 parameter(s), not 5"};
    QTest::newRow("too few parameters: checked before the handler")
        << QStringList{"ifconfig", "10.0.0.1"} << config << false << false
        << QStringList{"t.ovpn:3:1: error: Unrecognized option or missing or extra "
                       "parameter(s): --ifconfig takes 2 parameter(s), not 1"};
    QTest::newRow("route-delay takes 0 to 2")
        << QStringList{"route-delay", "1", "2", "3"} << config << false << false
        << QStringList{"t.ovpn:3:1: error: Unrecognized option or missing or extra "
                       "parameter(s): --route-delay takes 0 to 2 parameter(s), not 3"};
    QTest::newRow("dns checks its own forms")
        << QStringList{"dns"} << config << false << false
        << QStringList{"t.ovpn:3:1: error: --dns: unknown or incomplete form"};
    QTest::newRow("max-routes: no count check, a note")
        << QStringList{"max-routes", "1", "2", "3"} << config << false << true
        << QStringList{"t.ovpn:3:1: info: --max-routes is ignored since OpenVPN 2.4 (route "
                       "lists grow as needed)"};
    QTest::newRow("handler error at its parameter")
        << QStringList{"route-metric", "-1"} << config << false << false
        << QStringList{"t.ovpn:3:11: error: route-metric '-1' must be a number >= 0"};
    QTest::newRow("risky option in a profile: a warning, then applied")
        << QStringList{"up", "/bin/x"} << config << false << true
        << QStringList{
               "t.ovpn:3:1: warning: 'up' runs a program or plugin: check this profile before "
               "using it"};
    QTest::newRow("risky option pushed: no warning")
        << QStringList{"up", "/bin/x"} << pushed << false << true << QStringList{};
    QTest::newRow("known option without a handler")
        << QStringList{"nobind"} << config << false << true << QStringList{};
}

void TestProfileParser::dispatch() {
    QFETCH(QStringList, tokens);
    QFETCH(int, context);
    QFETCH(bool, inlineBlock);
    QFETCH(bool, ok);
    QFETCH(QStringList, diagnostics);

    std::vector<OvpnToken> line;
    for (int i = 0; i < tokens.size(); ++i)
        line.push_back(
            OvpnToken{tokens[i].toStdString(), SourceLocation{"t.ovpn", 3, 1 + 10 * i}, false});
    VpnProfile profile;
    std::vector<Diagnostic> diags;
    QCOMPARE(applyOption(profile, line, OptionContext(context), diags, inlineBlock), ok);
    QStringList got;
    for (const auto& d : diags)
        got << QString::fromStdString(d.toString());
    QCOMPARE(got, diagnostics);
    QCOMPARE(profile.options.size(), std::size_t(1));
    const std::string name =
        tokens[0] == "setenv" ? tokens[2].toStdString() : tokens[0].toStdString();
    QCOMPARE(profile.options[0].name, name);
    QCOMPARE(profile.options[0].known, findOvpnOption(name) != nullptr);
}

QTEST_APPLESS_MAIN(TestProfileParser)
#include "TestProfileParser.moc"
