// SPDX-License-Identifier: GPL-3.0-or-later
// Files real users and projects published (../shared/realworld, outside the repository; never
// copied into it): every routing table reads with the route counts a person counted
// (MANIFEST.tsv) — or the difference is exactly the rows listed here with a diagnostic each —
// and every profile, log, server config and AWS file reads without a crash and with the
// diagnostics listed here. Skips with a reason where the folder is absent.

#include "TestUtil.h"

#include "core/FileBytes.h"
#include "core/analyze/Analyzer.h"
#include "core/import/TableImport.h"
#include "core/vpn/AwsClientVpn.h"
#include "core/vpn/ProfileParser.h"
#include "core/vpn/PushReply.h"
#include "core/vpn/ServerConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTest>

using namespace splitroute::core;

namespace {

QString realworldDir() {
    return QDir::cleanPath(QStringLiteral(SPLITROUTE_SOURCE_DIR) + "/../shared/realworld");
}

struct ManifestRow {
    QString file, kind;
    int v4 = -1, v6 = -1;
};

// MANIFEST.tsv: file, kind, language, source, notes, ipv4_routes, ipv6_routes, options.
QList<ManifestRow> manifest() {
    QList<ManifestRow> out;
    QFile f(realworldDir() + "/MANIFEST.tsv");
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines[i].split('\t');
        if (cols.size() < 7)
            continue;
        ManifestRow r;
        r.file = QString::fromUtf8(cols[0]);
        r.kind = QString::fromUtf8(cols[1]);
        bool ok4 = false, ok6 = false;
        r.v4 = cols[5].toInt(&ok4);
        r.v6 = cols[6].toInt(&ok6);
        if (!ok4 || !ok6)
            r.v4 = r.v6 = -1;
        out << r;
    }
    return out;
}

std::string readRealworld(const QString& rel) {
    auto bytes = readFileBytes((realworldDir() + "/" + rel).toStdString());
    if (!bytes)
        qFatal("cannot read %s", qPrintable(rel));
    return *bytes;
}

/// "LINE:COLUMN code" of every warning and error (infos left out).
QStringList problems(const std::vector<Diagnostic>& ds) {
    QStringList out;
    for (const auto& d : ds)
        if (d.severity != Severity::Info)
            out << QString("%1:%2 %3")
                       .arg(d.where.line)
                       .arg(d.where.column)
                       .arg(QString::fromStdString(d.code));
    return out;
}

/// Codes of the diagnostics of one severity or worse, in order.
QStringList codes(const std::vector<Diagnostic>& ds, Severity atLeast = Severity::Warning) {
    QStringList out;
    for (const auto& d : ds)
        if (static_cast<int>(d.severity) >= static_cast<int>(atLeast))
            out << QString::fromStdString(d.code);
    return out;
}

#define SKIP_WITHOUT_REALWORLD()                                                                   \
    do {                                                                                           \
        if (!QFileInfo::exists(realworldDir() + "/MANIFEST.tsv"))                                  \
            QSKIP("../shared/realworld (users' files, kept outside the repository) is absent");    \
    } while (false)

} // namespace

class TestRealWorld : public QObject {
    Q_OBJECT
private slots:
    void manifestListsEveryFile();
    void tables_data();
    void tables();
    void profiles_data();
    void profiles();
    void logs_data();
    void logs();
    void serverConfigs();
    void aws();
    void windowsOwnRowsAreLocal();
    void macosScopedRoutes();
};

void TestRealWorld::manifestListsEveryFile() {
    SKIP_WITHOUT_REALWORLD();
    QSet<QString> listed;
    for (const auto& r : manifest())
        listed << r.file;
    QDir root(realworldDir());
    for (const QString& sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString& f : QDir(root.filePath(sub)).entryList(QDir::Files))
            QVERIFY2(listed.contains(sub + "/" + f),
                     qPrintable(sub + "/" + f + " not in MANIFEST"));
}

void TestRealWorld::tables_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("v4");
    QTest::addColumn<int>("v6");
    // Rows the MANIFEST counts that are not read, each with the warning it gets ("LINE:COL code").
    QTest::addColumn<QStringList>("skipped");
    // Every warning the file gets (besides the skipped rows').
    QTest::addColumn<QStringList>("warnings");
    if (!QFileInfo::exists(realworldDir() + "/MANIFEST.tsv"))
        return;

    // Expected differences from the MANIFEST, with the reason.
    QMap<QString, QStringList> skipped;
    QMap<QString, QStringList> warnings;
    // The student decorated the default route's destination with emoji ("☀️0.0.0.0☀️").
    skipped["tables/route-print-fr-win11-emoji-decorated-default-tmallor.txt"]
        << "18:8 unreadable-row";
    // FreeBSD `netstat -r` without -n: names where addresses belong ("localhost").
    skipped["tables/netstat-r-freebsd12-hostnames-truncated-jc.txt"] << "6:1 name-not-address"
                                                                     << "12:20 name-not-address"
                                                                     << "13:1 name-not-address"
                                                                     << "14:20 name-not-address"
                                                                     << "15:20 name-not-address"
                                                                     << "20:20 name-not-address";
    // ... and a destination cut at the column's width (read, with a warning).
    warnings["tables/netstat-r-freebsd12-hostnames-truncated-jc.txt"] << "17:1 maybe-truncated";

    for (const auto& r : manifest()) {
        if (!r.file.startsWith("tables/") || r.v4 < 0)
            continue;
        QTest::newRow(qPrintable(r.file))
            << r.file << r.v4 << r.v6 << skipped.value(r.file) << warnings.value(r.file);
    }
}

void TestRealWorld::tables() {
    SKIP_WITHOUT_REALWORLD();
    QFETCH(QString, file);
    QFETCH(int, v4);
    QFETCH(int, v6);
    QFETCH(QStringList, skipped);
    QFETCH(QStringList, warnings);
    auto t = importTableFile((realworldDir() + "/" + file).toStdString(), TableFormat::Auto);
    QVERIFY2(bool(t), t ? "" : t.error().toString().c_str());
    int got4 = 0, got6 = 0;
    for (const auto& r : t->table.routes())
        ++(r.family() == Family::V4 ? got4 : got6);
    QStringList expected = skipped + warnings;
    QStringList actual = problems(t->diagnostics);
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(got4 + got6, v4 + v6 - static_cast<int>(skipped.size()));
    if (skipped.isEmpty()) {
        QCOMPARE(got4, v4);
        QCOMPARE(got6, v6);
    }
}

void TestRealWorld::profiles_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("problems"); // warning and error codes
    QTest::addColumn<QString>("note");         // routelessProfileNote's code, or ""
    if (!QFileInfo::exists(realworldDir() + "/MANIFEST.tsv"))
        return;
    QMap<QString, QStringList> expected;
    // Options OpenVPN 2.6 removed (keysize, key-method) and options that run or feed scripts.
    expected["ovpn/anonvpn-chicago-route-metric.ovpn"] << "script-option"
                                                       << "unknown-option";
    // "route-ipv6 ::/128 ::1ping-restart 30": two directives glued together.
    expected["ovpn/blackvpn-privacy-brazil-mixed-eol-glued-line.ovpn"] << "unknown-option"
                                                                       << "script-option"
                                                                       << "bad-route";
    expected["ovpn/freevpn-be-tcp443-crlf-block-outside-dns.ovpn"] << "script-option";
    expected["ovpn/pfsense-export-udp4-1194-empty-inline-ca-mixed-eol.ovpn"] << "script-option";
    expected["ovpn/protonvpn-af-tcp-multi-remote.ovpn"] << "script-option"
                                                        << "script-option";
    expected["ovpn/purevpn-ae2-auto-tcp-qr-crlf.ovpn"] << "script-option";
    expected["ovpn/tigervpn-at-klagenfurt-redirect-def1.ovpn"] << "script-option";
    expected["ovpn/trustzone-albania-softether-generated-crlf.ovpn"] << "script-option";
    // Profiles with a route or redirect-gateway of their own; every other one gets the note
    // that its routes come with the server's push.
    const QSet<QString> routed{"ovpn/anonvpn-chicago-route-metric.ovpn",
                               "ovpn/freevpn-be-tcp443-crlf-block-outside-dns.ovpn",
                               "ovpn/privado-akl-011-vpn_gateway-route-ipv6.ovpn",
                               "ovpn/purevpn-ae2-auto-tcp-qr-crlf.ovpn",
                               "ovpn/tigervpn-at-klagenfurt-redirect-def1.ovpn",
                               "ovpn/tunnelbear-argentina-bare-redirect.ovpn",
                               "ovpn/wevpn-ae-dubai-tcp-bypass-dhcp.ovpn"};
    for (const auto& r : manifest())
        if (r.kind == "ovpn-client" || r.kind == "aws-profile")
            QTest::newRow(qPrintable(r.file))
                << r.file << expected.value(r.file)
                << (routed.contains(r.file) ? QString() : QString("profile-no-routes"));
}

void TestRealWorld::profiles() {
    SKIP_WITHOUT_REALWORLD();
    QFETCH(QString, file);
    QFETCH(QStringList, problems);
    QFETCH(QString, note);
    auto p = parseProfile(readRealworld(file), file.toStdString());
    QVERIFY2(bool(p), p ? "" : p.error().toString().c_str());
    QCOMPARE(codes(p->diagnostics), problems);
    const auto n = routelessProfileNote(*p);
    QCOMPARE(n ? QString::fromStdString(n->code) : QString(), note);
}

void TestRealWorld::logs_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("routes");        // pushed route / route-ipv6 options
    QTest::addColumn<QStringList>("other"); // the other routing options of the push used
    QTest::addColumn<QString>("client");    // server logs: the client the push went to
    if (!QFileInfo::exists(realworldDir() + "/MANIFEST.tsv"))
        return;
    struct Expect {
        int routes;
        QStringList other;
        QString client;
    };
    const QMap<QString, Expect> expected{
        // The second line has a stray "WRR" and a truncated quote: the first push is used.
        {"ovpn/aws-client-vpn-userguide-openvpn-log-push-reply.log",
         {0, {"redirect-gateway def1 bypass-dhcp", "route-gateway 10.0.0.97"}, ""}},
        // A server's log (SENT CONTROL [client1]), verb-5 packet markers glued to lines.
        {"ovpn/dannychenq-server-verb5-openvpn.log", {2, {"redirect-gateway"}, "client1"}},
        {"ovpn/htb-openvpn-2.6-client-log-push-reply-route-ipv6.log",
         {3, {"route-gateway 10.10.14.1"}, ""}},
        // Nine sessions, each push split in two (push-continuation 2, then 1): 28 + 3 routes.
        {"ovpn/qingfeng777-linux-client-log-push-continuation.log",
         {31, {"route-gateway 10.16.129.1"}, ""}},
        {"ovpn/ubuntuforums-2010-win7-openvpn-2.1.3-gui-log-route-exe.log",
         {2, {"redirect-gateway"}, ""}},
    };
    for (const auto& r : manifest())
        if (r.kind == "ovpn-log") {
            const Expect e = expected.value(r.file, Expect{-1, {}, ""});
            QTest::newRow(qPrintable(r.file)) << r.file << e.routes << e.other << e.client;
        }
}

void TestRealWorld::logs() {
    SKIP_WITHOUT_REALWORLD();
    QFETCH(QString, file);
    QFETCH(int, routes);
    QFETCH(QStringList, other);
    QFETCH(QString, client);
    auto reply = parsePushInput(readRealworld(file));
    QVERIFY2(bool(reply), reply ? "" : reply.error().toString().c_str());
    QVERIFY(reply->complete);
    int gotRoutes = 0;
    QStringList gotOther;
    for (const auto& o : reply->options) {
        if (o.rfind("route ", 0) == 0 || o.rfind("route-ipv6 ", 0) == 0)
            ++gotRoutes;
        else if (o.rfind("route", 0) == 0 || o.rfind("redirect-gateway", 0) == 0)
            gotOther << QString::fromStdString(o);
    }
    QCOMPARE(gotRoutes, routes);
    QCOMPARE(gotOther, other);
    QCOMPARE(QString::fromStdString(reply->client), client);
}

void TestRealWorld::serverConfigs() {
    SKIP_WITHOUT_REALWORLD();
    // The deployed server with its own client-config-dir file: its `route 10.10.1.0 …` has the
    // client's iroute, so nothing to report. The sample has every routing line commented out.
    auto deployed =
        parseServerConfig(readRealworld("ovpn/dannychenq-server.conf"), "dannychenq-server.conf",
                          {CcdFile{"client1", readRealworld("ovpn/dannychenq-ccd-client1")}});
    QVERIFY2(bool(deployed), deployed ? "" : deployed.error().toString().c_str());
    QCOMPARE(codes(deployed->diagnostics), QStringList());
    QCOMPARE(deployed->clients.size(), std::size_t{1});
    QCOMPARE(deployed->clients[0].iroutes.size(), std::size_t{1});
    auto sample = parseServerConfig(readRealworld("ovpn/openvpn-sample-config-files-server.conf"),
                                    "server.conf");
    QVERIFY2(bool(sample), sample ? "" : sample.error().toString().c_str());
    QCOMPARE(codes(sample->diagnostics), QStringList());
    QVERIFY(sample->pushes.size() >= 1); // topology subnet from `server`, nothing commented

    // Each CCD file under a minimal server without routes: every iroute lacks its route.
    const QMap<QString, QStringList> clientProblems{
        // `iroute 2001:db8:10:30::/64`: IPv6 needs iroute-ipv6 (said so in the message).
        {"ovpn/ralflici-ccd-client1-iroute-ipv6-mixed", {"bad-network", "bad-network"}},
    };
    for (const auto& r : manifest()) {
        if (r.kind != "ccd")
            continue;
        const std::string name = QFileInfo(r.file).fileName().toStdString();
        auto s = parseServerConfig("server 10.8.0.0 255.255.255.0\ntopology subnet\n"
                                   "client-config-dir ccd\n",
                                   "server.conf", {CcdFile{name, readRealworld(r.file)}});
        QVERIFY2(bool(s), s ? "" : s.error().toString().c_str());
        QCOMPARE(s->clients.size(), std::size_t{1});
        const auto& c = s->clients[0];
        QCOMPARE(codes(c.diagnostics), clientProblems.value(r.file));
        for (const auto& d : c.diagnostics)
            QVERIFY2(d.message.find("iroute-ipv6") != std::string::npos, d.message.c_str());
        QCOMPARE(static_cast<std::size_t>(codes(s->diagnostics).count("iroute-without-route")),
                 c.iroutes.size());
    }
}

void TestRealWorld::aws() {
    SKIP_WITHOUT_REALWORLD();
    for (const auto& r : manifest()) {
        if (r.kind == "aws-endpoints") {
            auto e = parseAwsEndpoints(readRealworld(r.file), r.file.toStdString());
            QVERIFY2(bool(e), e ? "" : e.error().toString().c_str());
            QCOMPARE(e->size(), std::size_t{1});
        } else if (r.kind == "aws-routes") {
            auto routes = parseAwsRoutes(readRealworld(r.file), r.file.toStdString());
            QVERIFY2(bool(routes), routes ? "" : routes.error().toString().c_str());
            QCOMPARE(static_cast<int>(routes->size()), r.v4 + r.v6);
        }
    }
}

void TestRealWorld::windowsOwnRowsAreLocal() {
    // In every route print table the rows Windows adds for itself are not unicast routes.
    SKIP_WITHOUT_REALWORLD();
    const Prefix broadcast = *Prefix::parse("255.255.255.255/32");
    const Prefix multicast = *Prefix::parse("224.0.0.0/4");
    int checked = 0;
    for (const auto& r : manifest()) {
        if (r.kind != "route-print")
            continue;
        auto t = importTableFile((realworldDir() + "/" + r.file).toStdString(), TableFormat::Auto);
        QVERIFY(bool(t));
        for (const auto& rt : t->table.routes()) {
            const bool own = IpAddress::parse(rt.interface.str()) && rt.destination.isHost() &&
                             rt.destination.address().toString() == rt.interface.str();
            if (rt.destination == broadcast || rt.destination == multicast || own) {
                QVERIFY2(rt.type != RouteType::Unicast && rt.table == table::Local,
                         qPrintable(r.file + ": " + QString::fromStdString(rt.toString())));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 20);
}

void TestRealWorld::macosScopedRoutes() {
    SKIP_WITHOUT_REALWORLD();
    // macOS 10.14 with four idle system utuns (scoped ::/0 on each): nothing to report.
    auto idle = importTableFile(
        (realworldDir() + "/tables/netstat-rnl-macos-10.14-linkN-utun-scoped-jc.txt").toStdString(),
        TableFormat::Auto);
    QVERIFY(bool(idle));
    AnalysisInput in;
    in.table = &idle->table;
    QStringList found;
    for (const auto& f : analyze(in))
        found << QString::fromStdString(f.code + ": " + f.message);
    QCOMPARE(found, QStringList());
    auto v6 = idle->table.lookup(*IpAddress::parse("2001:db8::1")).chosen;
    QVERIFY(v6);
    QCOMPARE(v6->interface.str(), std::string("en0"));
    // A VPN's unscoped default through utun3 beats the LAN's scoped one.
    auto vpn = importTableFile(
        (realworldDir() + "/tables/netstat-rn-macos-vpn-default-link17-utun3-gateway.txt")
            .toStdString(),
        TableFormat::Auto);
    QVERIFY(bool(vpn));
    auto v4 = vpn->table.lookup(*IpAddress::parse("8.8.8.8")).chosen;
    QVERIFY(v4);
    QCOMPARE(v4->interface.str(), std::string("utun3"));
}

QTEST_APPLESS_MAIN(TestRealWorld)
#include "TestRealWorld.moc"
