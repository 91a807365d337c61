// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli export --format nmcli without --connection: exit 2, and the message names the
// connections nmcli lists (a stand-in nmcli on PATH here), or says nmcli could not be run.

#include "TestUtil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out, err;
};
} // namespace

class TestCliExportNmcli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void namesTheConnections();
    void withoutNmcli();
    void withConnectionWritesTheScript();

private:
    Run exportNmcli(const QString& path, const QStringList& extra = {});
    QTemporaryDir m_dir;
    QString m_plan;
};

void TestCliExportNmcli::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath("plan.json");
    QFile f(m_plan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "splitroute-plan", "version": 1, "tunnelDevice": "tun0",
 "changes": [{"op": "add", "route": {"destination": "203.0.113.0/24", "gateway": "192.168.1.1",
   "interface": "wlan0", "metric": 0, "table": "main", "type": "unicast",
   "protocol": "splitroute", "scope": "global"}}]})");
    f.close();
    // A stand-in nmcli: what `nmcli -t -f NAME,TYPE connection show` prints.
    QVERIFY(QDir().mkpath(m_dir.filePath("bin")));
    QFile n(m_dir.filePath("bin/nmcli"));
    QVERIFY(n.open(QIODevice::WriteOnly));
    n.write("#!/bin/sh\n"
            "[ \"$*\" = \"-t -f NAME,TYPE connection show\" ] || exit 9\n"
            "printf 'Home\\\\: Wi-Fi:802-11-wireless\\ncorp:vpn\\n'\n");
    n.close();
    QVERIFY(n.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QDir().mkpath(m_dir.filePath("empty")));
}

Run TestCliExportNmcli::exportNmcli(const QString& path, const QStringList& extra) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PATH", path);
    p.setProcessEnvironment(env);
    p.start(SPLITROUTE_CLI_PATH,
            QStringList{"export", "--plan", m_plan, "--format", "nmcli"} + extra);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCliExportNmcli::namesTheConnections() {
    const Run r = exportNmcli(m_dir.filePath("bin"));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--connection NAME"), qPrintable(r.err));
    QVERIFY2(r.err.contains("connections here: 'corp' (vpn)"), qPrintable(r.err));
    QVERIFY2(!r.err.contains("Wi-Fi"), qPrintable(r.err)); // VPN-like ones only
    QVERIFY(r.out.isEmpty());
}

void TestCliExportNmcli::withoutNmcli() {
    const Run r = exportNmcli(m_dir.filePath("empty"));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("nmcli could not be run here"), qPrintable(r.err));
}

void TestCliExportNmcli::withConnectionWritesTheScript() {
    const Run r = exportNmcli(m_dir.filePath("empty"), {"--connection", "corp"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("VPN=") && r.out.contains("corp"), qPrintable(r.out));
}

QTEST_APPLESS_MAIN(TestCliExportNmcli)
#include "TestCliExportNmcli.moc"
