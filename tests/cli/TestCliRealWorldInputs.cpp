// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line side of issue 18's fixes, on minimal inputs written here: a server's log
// read with --client NAME, a gateway-less route worded as going via the VPN's gateway, and an
// export of a Windows table for Linux refused with a clear message.
#include "CliRun.h"
#include "TestUtil.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

namespace {
using clitest::cli;
using clitest::Run;

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", name);
    return path;
}

} // namespace

class TestCliRealWorldInputs : public QObject {
    Q_OBJECT
private slots:
    void serverLogByClient();
    void routeWithoutGateway();
    void windowsPlanForLinuxRefused();

private:
    QTemporaryDir m_dir;
};

void TestCliRealWorldInputs::serverLogByClient() {
    const QString profile =
        write(m_dir, "client.ovpn", "client\ndev tun\nremote vpn.example 1194\n");
    const QString log =
        write(m_dir, "server.log",
              "Tue Aug  1 23:17:40 2017 a/203.0.113.5:1 SENT CONTROL [alice]: 'PUSH_REPLY,route "
              "10.1.0.0 255.255.0.0,topology subnet' (status=1)\n"
              "Tue Aug  1 23:18:40 2017 b/203.0.113.6:1 SENT CONTROL [bob]: 'PUSH_REPLY,route "
              "10.2.0.0 255.255.0.0,topology subnet' (status=1)\n");
    Run none = cli({"profile", profile, "--push-log", log});
    QCOMPARE(none.code, 2); // bad input: which client is missing
    QVERIFY2(none.err.contains("alice, bob"), qPrintable(none.err));
    Run bob = cli({"profile", profile, "--push-log", log, "--client", "bob"});
    QCOMPARE(bob.code, 0);
    QVERIFY2(bob.out.contains("route 10.2.0.0 255.255.0.0"), qPrintable(bob.out));
    QVERIFY(!bob.out.contains("10.1.0.0"));
}

void TestCliRealWorldInputs::routeWithoutGateway() {
    const QString profile = write(m_dir, "routes.ovpn",
                                  "client\ndev tun\nremote vpn.example 1194\nroute 10.5.0.0 "
                                  "255.255.0.0\n");
    Run r = cli({"profile", profile});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("10.5.0.0/16 via the VPN's gateway (route-gateway / vpn_gateway)"),
             qPrintable(r.out));
    QVERIFY(!r.out.contains("(default gateway)"));
}

void TestCliRealWorldInputs::windowsPlanForLinuxRefused() {
    const QString table =
        write(m_dir, "win.txt",
              "IPv4 Route Table\n"
              "===========================================================================\n"
              "Active Routes:\n"
              "Network Destination        Netmask          Gateway       Interface  Metric\n"
              "          0.0.0.0          0.0.0.0      192.168.1.1    192.168.1.100     35\n"
              "          0.0.0.0        128.0.0.0       172.16.1.1       172.16.1.2     25\n"
              "        128.0.0.0        128.0.0.0       172.16.1.1       172.16.1.2     25\n"
              "       172.16.1.0    255.255.255.0         On-link        172.16.1.2    281\n"
              "      192.168.1.0    255.255.255.0         On-link     192.168.1.100    281\n"
              "===========================================================================\n");
    const QString plan = m_dir.filePath("plan.json");
    Run p = cli({"plan", "--table", table, "--bypass", "203.0.113.0/24", "--output", plan});
    QVERIFY2(p.code == 0, qPrintable(p.err));
    Run sh = cli({"export", "--plan", plan, "--format", "sh"});
    QCOMPARE(sh.code, 2);
    QVERIFY2(sh.err.contains("Windows routing table"), qPrintable(sh.err));
    Run ps = cli({"export", "--plan", plan, "--format", "powershell"});
    QCOMPARE(ps.code, 0);
    QVERIFY2(ps.out.contains("Get-NetIPAddress -IPAddress 192.168.1.100"), qPrintable(ps.out));
    QVERIFY(!ps.out.contains("-InterfaceAlias '192.168.1.100'"));
}

QTEST_APPLESS_MAIN(TestCliRealWorldInputs)
#include "TestCliRealWorldInputs.moc"
