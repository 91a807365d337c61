// SPDX-License-Identifier: GPL-3.0-or-later
// Exporters: golden files (tests/data/export/PLAN.FORMAT and PLAN.undo.FORMAT) for two plans
// made from tests/data/plan/fulltunnel.json. Set SPLITROUTE_UPDATE_GOLDEN=1 to rewrite them
// (then review the diff). Also: every output starts with a comment that says how to undo it.

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/export/Exporter.h"

#include <QTest>

#include <fstream>

using namespace splitroute::core;

namespace {
Plan makeTestPlan(const QString& which) {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    if (!t)
        qFatal("table");
    std::string policy;
    if (which == "bypass")
        policy = R"J({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
            {"network":"192.168.1.0/24","label":"Home LAN","mode":"bypass"},
            {"network":"203.0.113.0/24","label":"Video calls","mode":"bypass"},
            {"network":"2001:db8:abcd::/48","mode":"bypass"}]})J";
    else
        policy = R"J({"format":"splitroute-policy","version":1,"other":"local","rules":[
            {"network":"10.20.0.0/16","label":"Office (now direct)","mode":"bypass"},
            {"network":"10.0.0.0/8","label":"Corporate","mode":"tunnel"},
            {"network":"2001:db8:abcd::/48","mode":"tunnel"}]})J";
    auto pol = SplitPolicy::parse(policy);
    if (!pol)
        qFatal("policy: %s", pol.error().message.c_str());
    auto plan = makePlan(*t, nullptr, nullptr, *pol, {});
    if (!plan)
        qFatal("plan: %s", plan.error().message.c_str());
    // Through JSON, as `export` reads it.
    auto back = planFromJson(planToJson(*plan));
    if (!back)
        qFatal("plan json: %s", back.error().message.c_str());
    return std::move(back).value();
}

std::string extensionOf(const std::string& format) {
    if (format == "nmcli")
        return "nmcli.sh";
    if (format == "powershell")
        return "ps1";
    if (format == "openvpn")
        return "ovpn";
    if (format == "wireguard")
        return "wg.conf";
    if (format == "macos")
        return "macos.sh";
    return format; // sh, cmd
}

void compareGolden(const std::string& relative, const std::string& actual) {
    const std::string path = testutil::dataPath(relative.c_str());
    if (qEnvironmentVariableIsSet("SPLITROUTE_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    const std::string expected = testutil::readData(relative.c_str());
    if (expected != actual)
        qWarning("%s differs; actual:\n%s", relative.c_str(), actual.c_str());
    QCOMPARE(QString::fromStdString(actual), QString::fromStdString(expected));
}
} // namespace

class TestExporters : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void nmcliNeedsConnection();
    void unknownFormat();
    void shellQuoting();
    void guessTableOs_data();
    void guessTableOs();
    void windowsTableSelectsInterfaceByIndex();
    void otherSystemRefusedOrSaid();
    void openVpnReaddsOnlyWhatTheTunnelHad();
    void windowOriginSpeaksToTheWindow_data();
    void windowOriginSpeaksToTheWindow();
};

void TestExporters::golden_data() {
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("format");
    for (const char* p : {"bypass", "local"})
        for (const auto& f : exportFormats())
            QTest::addRow("%s %s", p, f.c_str()) << QString(p) << QString::fromStdString(f);
}

void TestExporters::golden() {
    QFETCH(QString, plan);
    QFETCH(QString, format);
    const Plan p = makeTestPlan(plan);
    auto e = makeExporter(format.toStdString());
    QVERIFY(e);
    QCOMPARE(QString::fromStdString(e->format()), format);
    ExportOptions opts;
    opts.connection = "Work VPN";
    auto r = e->render(p, opts);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    // Starts with a comment, mentions undo.
    const QString script = QString::fromStdString(r->script);
    QVERIFY(script.startsWith("#") || script.startsWith("@echo off"));
    QVERIFY2(script.left(800).contains("undo", Qt::CaseInsensitive), qPrintable(script.left(400)));
    QVERIFY(!r->undo.empty());
    const std::string ext = extensionOf(format.toStdString());
    compareGolden("export/" + plan.toStdString() + "." + ext, r->script);
    compareGolden("export/" + plan.toStdString() + ".undo." + ext, r->undo);
}

void TestExporters::nmcliNeedsConnection() {
    const Plan p = makeTestPlan("local");
    auto r = makeExporter("nmcli")->render(p, {});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.find("--connection") != std::string::npos);
}

void TestExporters::unknownFormat() {
    QVERIFY(!makeExporter("bat"));
    QCOMPARE(exportFormats().size(), std::size_t{7});
}

void TestExporters::shellQuoting() {
    QCOMPARE(exportdetail::shQuote("it's"), std::string("'it'\\''s'"));
    QCOMPARE(exportdetail::psQuote("it's"), std::string("'it''s'"));
    const Plan p = makeTestPlan("local");
    ExportOptions o;
    o.connection = "Bob's $(rm) VPN";
    auto r = makeExporter("nmcli")->render(p, o);
    QVERIFY(r.ok());
    QVERIFY(r->script.find("VPN='Bob'\\''s $(rm) VPN'") != std::string::npos);
}

namespace {
Route route(const char* dest, const char* gw, const char* dev, std::uint32_t metric) {
    Route r;
    r.destination = Prefix::parse(dest).value();
    if (gw)
        r.gateway = IpAddress::parse(gw).value();
    r.interface = dev;
    r.metric = metric;
    return r;
}

// A plan made on a Windows `route print` table (AWS Client VPN, split tunnel off): bypass
// 203.0.113.0/24 through the LAN, drop the 0.0.0.0/1 half.
Plan windowsPlan() {
    Plan p;
    p.before = RouteTable({route("0.0.0.0/0", "192.168.1.1", "192.168.1.100", 35),
                           route("0.0.0.0/1", "172.16.1.1", "172.16.1.2", 25),
                           route("128.0.0.0/1", "172.16.1.1", "172.16.1.2", 25),
                           route("172.16.1.0/24", nullptr, "172.16.1.2", 281)});
    p.tunnelDevice = "172.16.1.2";
    p.changes.changes.push_back(
        {ChangeKind::Add, route("203.0.113.0/24", "192.168.1.1", "192.168.1.100", 35), "bypass"});
    p.changes.changes.push_back(
        {ChangeKind::Add, route("198.51.100.0/24", nullptr, "12", 291), "on-link by index"});
    return p;
}
} // namespace

void TestExporters::guessTableOs_data() {
    QTest::addColumn<QStringList>("interfaces");
    QTest::addColumn<int>("os");
    QTest::newRow("route print: addresses")
        << QStringList{"192.168.1.100", "12"} << int(TableOs::Windows);
    QTest::newRow("route print IPv6: indexes") << QStringList{"12"} << int(TableOs::Windows);
    QTest::newRow("macOS") << QStringList{"en0", "utun3", "lo0"} << int(TableOs::Bsd);
    QTest::newRow("Linux") << QStringList{"wlan0", "tun0", "lo"} << int(TableOs::Linux);
    QTest::newRow("Linux predictable names") << QStringList{"enp3s0"} << int(TableOs::Linux);
    QTest::newRow("live Windows aliases")
        << QStringList{"Wi-Fi", "Ethernet 2"} << int(TableOs::Unknown);
}

void TestExporters::guessTableOs() {
    QFETCH(QStringList, interfaces);
    QFETCH(int, os);
    std::vector<Route> rs;
    int n = 0;
    for (const auto& i : interfaces) {
        const std::string dest = "10.0." + std::to_string(n++) + ".0/24";
        rs.push_back(route(dest.c_str(), nullptr, i.toStdString().c_str(), 0));
    }
    QCOMPARE(int(splitroute::core::guessTableOs(RouteTable(rs))), os);
}

void TestExporters::windowsTableSelectsInterfaceByIndex() {
    const Plan p = windowsPlan();
    auto ps = makeExporter("powershell")->render(p, {});
    QVERIFY(ps.ok());
    QVERIFY(ps->warnings.empty());
    const QString s = QString::fromStdString(ps->script);
    // An address is not an alias: the index of the interface that has it, at run time.
    QVERIFY2(s.contains("$i = (Get-NetIPAddress -IPAddress 192.168.1.100 -ErrorAction "
                        "Stop).InterfaceIndex; New-NetRoute -DestinationPrefix '203.0.113.0/24' "
                        "-InterfaceIndex $i -NextHop '192.168.1.1' -RouteMetric (RouteMetric $i "
                        "IPv4 35)"),
             qPrintable(s));
    QVERIFY2(s.contains("New-NetRoute -DestinationPrefix '198.51.100.0/24' -InterfaceIndex 12 "
                        "-NextHop '0.0.0.0' -RouteMetric (RouteMetric 12 IPv4 291)"),
             qPrintable(s));
    QVERIFY(!s.contains("-InterfaceAlias '192.168.1.100'"));
    QVERIFY(!s.contains("-RouteMetric 35")); // route print's sum is not the route metric
    auto cmd = makeExporter("cmd")->render(p, {});
    QVERIFY(cmd.ok());
    const QString c = QString::fromStdString(cmd->script);
    QVERIFY2(c.contains("Get-NetIPAddress -IPAddress 192.168.1.100 -ErrorAction Stop"),
             qPrintable(c));
    QVERIFY(c.contains("[Math]::Max(1, 35 - (Get-NetIPInterface -InterfaceIndex $i "
                       "-AddressFamily IPv4).InterfaceMetric)"));
    QVERIFY(c.contains("route add 203.0.113.0 mask 255.255.255.0 192.168.1.1 metric %SR_METRIC% "
                       "if %SR_IF%\r\n"));
    QVERIFY(!c.contains("metric 35"));
}

void TestExporters::otherSystemRefusedOrSaid() {
    const Plan win = windowsPlan();
    ExportOptions o;
    o.connection = "Work";
    for (const char* f : {"sh", "nmcli", "macos"}) {
        auto r = makeExporter(f)->render(win, o);
        QVERIFY2(!r.ok(), f);
        QVERIFY2(r.error().message.find("Windows routing table") != std::string::npos,
                 r.error().message.c_str());
    }
    for (const char* f : {"openvpn", "wireguard"})
        QVERIFY2(makeExporter(f)->render(win, o).ok(), f);
    // A Linux plan exported for Windows: said in the result and in the script.
    auto ps = makeExporter("powershell")->render(makeTestPlan("bypass"), o);
    QVERIFY(ps.ok());
    QCOMPARE(ps->warnings.size(), std::size_t{1});
    QVERIFY(ps->script.find("# WARNING: this plan was made on a Linux routing table") !=
            std::string::npos);
    // An explicit system wins over the guess.
    o.tableOs = TableOs::Windows;
    QVERIFY(!makeExporter("sh")->render(makeTestPlan("bypass"), o).ok());
}

void TestExporters::openVpnReaddsOnlyWhatTheTunnelHad() {
    // An IPv4-only tunnel: removing its override must not add IPv6 routes it never had.
    Plan p;
    p.before = RouteTable({route("0.0.0.0/0", "192.168.1.1", "wlan0", 600),
                           route("0.0.0.0/1", "10.8.0.1", "tun0", 0),
                           route("128.0.0.0/1", "10.8.0.1", "tun0", 0)});
    p.tunnelDevice = "tun0";
    p.changes.changes.push_back(
        {ChangeKind::Delete, route("0.0.0.0/1", "10.8.0.1", "tun0", 0), ""});
    p.changes.changes.push_back(
        {ChangeKind::Delete, route("128.0.0.0/1", "10.8.0.1", "tun0", 0), ""});
    auto r = makeExporter("openvpn")->render(p, {});
    QVERIFY(r.ok());
    QVERIFY(r->script.find("pull-filter ignore \"redirect-gateway\"") != std::string::npos);
    QVERIFY2(r->script.find("route-ipv6") == std::string::npos, r->script.c_str());
    // With IPv6 through the tunnel (::/1 + 8000::/1), exactly those come back.
    p.before.add(route("::/1", nullptr, "tun0", 0));
    p.before.add(route("8000::/1", nullptr, "tun0", 0));
    r = makeExporter("openvpn")->render(p, {});
    QVERIFY(r.ok());
    QVERIFY2(r->script.find("route-ipv6 ::/1\nroute-ipv6 8000::/1\n") != std::string::npos,
             r->script.c_str());
    QVERIFY(r->script.find("2000::/3") == std::string::npos);
}

QTEST_APPLESS_MAIN(TestExporters)
#include "TestExporters.moc"

void TestExporters::windowOriginSpeaksToTheWindow_data() {
    QTest::addColumn<QString>("format");
    for (const auto& f : exportFormats())
        QTest::addRow("%s", f.c_str()) << QString::fromStdString(f);
}

// A script saved from the window tells where its undo script is in the window, not which
// splitroute-cli command prints it; the commands themselves are the CLI's.
void TestExporters::windowOriginSpeaksToTheWindow() {
    QFETCH(QString, format);
    const Plan p = makeTestPlan("bypass");
    auto e = makeExporter(format.toStdString());
    ExportOptions cli;
    cli.connection = "Work VPN";
    ExportOptions window = cli;
    window.origin = ExportOrigin::Window;
    auto fromCli = e->render(p, cli);
    auto fromWindow = e->render(p, window);
    QVERIFY(fromCli.ok() && fromWindow.ok());
    const QString c = QString::fromStdString(fromCli->script);
    const QString w = QString::fromStdString(fromWindow->script);
    QVERIFY2(!w.contains("splitroute-cli"), qPrintable(w.left(900)));
    QVERIFY2(w.contains("Made in the Splitroute window (Routes > Export...)"), qPrintable(w));
    QVERIFY(!c.contains("Splitroute window"));
    QVERIFY(QString::fromStdString(fromWindow->undo).contains("Splitroute window") ||
            format == "openvpn" || format == "wireguard");
    const bool hasUndoScript = format != "openvpn" && format != "wireguard";
    QCOMPARE(c.contains("--undo"), hasUndoScript);
    QCOMPARE(w.contains("\"Undo script\" tab of the same Export dialog"), hasUndoScript);
    // Only comments differ: the commands are the same.
    auto commands = [](const QString& text) {
        QStringList out;
        for (const QString& line : text.split('\n'))
            if (!line.startsWith('#') && !line.startsWith(QLatin1String("rem ")))
                out << line;
        return out;
    };
    QCOMPARE(commands(w), commands(c));
    if (format == "sh")
        compareGolden("export/bypass.window.sh", fromWindow->script);
}
