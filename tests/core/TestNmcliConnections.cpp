// SPDX-License-Identifier: GPL-3.0-or-later
// The connection list `export --format nmcli` shows when --connection is missing: reading
// `nmcli -t -f NAME,TYPE connection show` (terse escapes) and choosing what to name.

#include "core/export/NmcliExporter.h"

#include <QTest>

using namespace splitroute::core;

class TestNmcliConnections : public QObject {
    Q_OBJECT
private slots:
    void parse();
    void describe_data();
    void describe();
};

void TestNmcliConnections::parse() {
    const auto cs = parseNmcliConnections("corp:vpn\n"
                                          "Home\\: 5 GHz:802-11-wireless\n"
                                          "back\\\\slash:wireguard\r\n"
                                          "\n"
                                          "lo:loopback");
    QCOMPARE(cs.size(), std::size_t(4));
    QCOMPARE(cs[0].name, std::string("corp"));
    QCOMPARE(cs[0].type, std::string("vpn"));
    QCOMPARE(cs[1].name, std::string("Home: 5 GHz"));
    QCOMPARE(cs[1].type, std::string("802-11-wireless"));
    QCOMPARE(cs[2].name, std::string("back\\slash"));
    QCOMPARE(cs[2].type, std::string("wireguard"));
    QCOMPARE(cs[3].name, std::string("lo"));
    QVERIFY(parseNmcliConnections("").empty());
}

void TestNmcliConnections::describe_data() {
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("text");
    QTest::newRow("VPN-like ones only") << "corp:vpn\nWi-Fi:802-11-wireless\nwg0:wireguard\n"
                                        << "'corp' (vpn), 'wg0' (wireguard)";
    QTest::newRow("no VPN: all") << "Wi-Fi:802-11-wireless\nWired:802-3-ethernet\n"
                                 << "'Wi-Fi' (802-11-wireless), 'Wired' (802-3-ethernet)";
    QTest::newRow("none") << ""
                          << "";
}

void TestNmcliConnections::describe() {
    QFETCH(QString, list);
    QFETCH(QString, text);
    QCOMPARE(
        QString::fromStdString(describeNmcliConnections(parseNmcliConnections(list.toStdString()))),
        text);
}

QTEST_APPLESS_MAIN(TestNmcliConnections)
#include "TestNmcliConnections.moc"
