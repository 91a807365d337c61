// SPDX-License-Identifier: GPL-3.0-or-later
// Files real users and projects published (../shared/realworld, outside the repository; never
// copied into it): every routing table reads with the route counts a person counted
// (MANIFEST.tsv) — or the difference is exactly the rows listed here with a diagnostic each —
// and every profile, log, server config and AWS file reads without a crash and with the
// diagnostics listed here. Skips with a reason where the folder is absent.

#include "TestUtil.h"

#include "core/FileBytes.h"
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
    if (!QFileInfo::exists(realworldDir() + "/MANIFEST.tsv"))
        return;
    QMap<QString, QStringList> expected;
    for (const auto& r : manifest())
        if (r.kind == "ovpn-client" || r.kind == "aws-profile")
            QTest::newRow(qPrintable(r.file)) << r.file << expected.value(r.file);
}

void TestRealWorld::profiles() {
    SKIP_WITHOUT_REALWORLD();
    QFETCH(QString, file);
    QFETCH(QStringList, problems);
    auto p = parseProfile(readRealworld(file), file.toStdString());
    QVERIFY2(bool(p), p ? "" : p.error().toString().c_str());
    QCOMPARE(codes(p->diagnostics), problems);
}

void TestRealWorld::logs_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options"); // the routing options of the push that is used
    if (!QFileInfo::exists(realworldDir() + "/MANIFEST.tsv"))
        return;
    QMap<QString, QStringList> expected;
    for (const auto& r : manifest())
        if (r.kind == "ovpn-log")
            QTest::newRow(qPrintable(r.file)) << r.file << expected.value(r.file);
}

void TestRealWorld::logs() {
    SKIP_WITHOUT_REALWORLD();
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    auto reply = parsePushInput(readRealworld(file));
    QVERIFY2(bool(reply), reply ? "" : reply.error().toString().c_str());
    QStringList routing;
    for (const auto& o : reply->options)
        if (o.rfind("route", 0) == 0 || o.rfind("redirect-gateway", 0) == 0)
            routing << QString::fromStdString(o);
    QCOMPARE(routing, options);
}

void TestRealWorld::serverConfigs() {
    SKIP_WITHOUT_REALWORLD();
    for (const auto& r : manifest()) {
        if (r.kind != "ovpn-server")
            continue;
        auto s = parseServerConfig(readRealworld(r.file), r.file.toStdString());
        QVERIFY2(bool(s), s ? "" : s.error().toString().c_str());
        qInfo() << r.file << codes(s->diagnostics);
    }
    for (const auto& r : manifest()) {
        if (r.kind != "ccd")
            continue;
        const std::string name = QFileInfo(r.file).fileName().toStdString();
        auto s = parseServerConfig("server 10.8.0.0 255.255.255.0\ntopology subnet\n"
                                   "client-config-dir ccd\n",
                                   "server.conf", {CcdFile{name, readRealworld(r.file)}});
        QVERIFY2(bool(s), s ? "" : s.error().toString().c_str());
        QStringList clientCodes;
        for (const auto& c : s->clients)
            clientCodes << codes(c.diagnostics);
        qInfo() << r.file << codes(s->diagnostics) << clientCodes;
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

QTEST_APPLESS_MAIN(TestRealWorld)
#include "TestRealWorld.moc"
