// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/Prefix.h"

using namespace splitroute::core;

class TestPrefix : public QObject {
    Q_OBJECT
private slots:
    void parseAddress_data();
    void parseAddress();
    void parsePrefix_data();
    void parsePrefix();
    void addressAndMask_data();
    void addressAndMask();
    void containment();
    void ordering();
};

void TestPrefix::parseAddress_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // empty: must be rejected
    QTest::newRow("v4") << "192.168.1.1"
                        << "192.168.1.1";
    QTest::newRow("v4 zero") << "0.0.0.0"
                             << "0.0.0.0";
    QTest::newRow("v4 max") << "255.255.255.255"
                            << "255.255.255.255";
    QTest::newRow("v4 leading zero") << "010.0.0.1"
                                     << "";
    QTest::newRow("v4 256") << "1.2.3.256"
                            << "";
    QTest::newRow("v4 three parts") << "1.2.3"
                                    << "";
    QTest::newRow("v4 five parts") << "1.2.3.4.5"
                                   << "";
    QTest::newRow("v4 trailing dot") << "1.2.3.4."
                                     << "";
    QTest::newRow("v4 space") << " 1.2.3.4"
                              << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("v6 any") << "::"
                            << "::";
    QTest::newRow("v6 loopback") << "::1"
                                 << "::1";
    QTest::newRow("v6 full") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                             << "2001:db8::1";
    QTest::newRow("v6 upper") << "2001:DB8::A"
                              << "2001:db8::a";
    QTest::newRow("v6 trailing ::") << "fe80::"
                                    << "fe80::";
    QTest::newRow("v6 one zero group not compressed") << "1:0:1:1:1:1:1:1"
                                                      << "1:0:1:1:1:1:1:1";
    QTest::newRow("v6 longest run") << "1:0:0:1:0:0:0:1"
                                    << "1:0:0:1::1";
    QTest::newRow("v6 first of equal runs") << "1:0:0:1:0:0:1:1"
                                            << "1::1:0:0:1:1";
    QTest::newRow("v6 mapped") << "::ffff:10.0.0.1"
                               << "::ffff:10.0.0.1";
    QTest::newRow("v6 mapped hex") << "::ffff:a00:1"
                                   << "::ffff:10.0.0.1";
    QTest::newRow("v6 embedded v4") << "64:ff9b::192.0.2.33"
                                    << "64:ff9b::c000:221";
    QTest::newRow("v6 two ::") << "1::2::3"
                               << "";
    QTest::newRow("v6 nine groups") << "1:2:3:4:5:6:7:8:9"
                                    << "";
    QTest::newRow("v6 seven groups") << "1:2:3:4:5:6:7"
                                     << "";
    QTest::newRow("v6 long group") << "12345::"
                                   << "";
    QTest::newRow("v6 single colon start") << ":1::"
                                           << "";
    QTest::newRow("v6 single colon end") << "1::2:"
                                         << "";
    QTest::newRow("v6 zone") << "fe80::1%eth0"
                             << "";
    QTest::newRow("v6 eight groups with ::") << "1:2:3:4::5:6:7:8"
                                             << "";
}

void TestPrefix::parseAddress() {
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    auto r = IpAddress::parse(input.toStdString());
    if (canonical.isEmpty()) {
        QVERIFY2(!r.ok(), qPrintable(input));
        QVERIFY(!r.error().message.empty());
        return;
    }
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(QString::fromStdString(r->toString()), canonical);
    // Round trip
    auto again = IpAddress::parse(r->toString());
    QVERIFY(again.ok());
    QCOMPARE(*again, *r);
}

void TestPrefix::parsePrefix_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowHostBits");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("/0") << "0.0.0.0/0" << false << "0.0.0.0/0"
                        << "";
    QTest::newRow("/1 low") << "0.0.0.0/1" << false << "0.0.0.0/1"
                            << "";
    QTest::newRow("/1 high") << "128.0.0.0/1" << false << "128.0.0.0/1"
                             << "";
    QTest::newRow("/32") << "10.1.2.3/32" << false << "10.1.2.3/32"
                         << "";
    QTest::newRow("bare v4 is host") << "10.1.2.3" << false << "10.1.2.3/32"
                                     << "";
    QTest::newRow("host bits") << "10.1.2.3/8" << false << ""
                               << "the network is 10.0.0.0/8";
    QTest::newRow("host bits allowed") << "10.1.2.3/8" << true << "10.0.0.0/8"
                                       << "";
    QTest::newRow("/33") << "10.0.0.0/33" << false << ""
                         << "0..32";
    QTest::newRow("negative") << "10.0.0.0/-1" << false << ""
                              << "not a number";
    QTest::newRow("empty len") << "10.0.0.0/" << false << ""
                               << "not a number";
    QTest::newRow("leading zero len") << "10.0.0.0/08" << false << ""
                                      << "not a number";
    QTest::newRow("dotted after slash") << "10.0.0.0/255.0.0.0" << false << "10.0.0.0/8"
                                        << "";
    QTest::newRow("non contiguous after slash") << "10.0.0.0/255.0.255.0" << false << ""
                                                << "not contiguous";
    QTest::newRow("v6 /0") << "::/0" << false << "::/0"
                           << "";
    QTest::newRow("v6 /128") << "2001:db8::1/128" << false << "2001:db8::1/128"
                             << "";
    QTest::newRow("v6 bare") << "2001:db8::1" << false << "2001:db8::1/128"
                             << "";
    QTest::newRow("v6 /3") << "::/3" << false << "::/3"
                           << "";
    QTest::newRow("v6 /4") << "2000::/4" << false << "2000::/4"
                           << "";
    QTest::newRow("v6 host bits") << "2001:db8::1/64" << false << ""
                                  << "2001:db8::/64";
    QTest::newRow("v6 /129") << "::/129" << false << ""
                             << "0..128";
    QTest::newRow("v6 mapped /104") << "::ffff:10.0.0.0/104" << false << "::ffff:10.0.0.0/104"
                                    << "";
    QTest::newRow("garbage") << "foo/8" << false << ""
                             << "not a valid IPv4";
}

void TestPrefix::parsePrefix() {
    QFETCH(QString, input);
    QFETCH(bool, allowHostBits);
    QFETCH(QString, canonical);
    QFETCH(QString, errorContains);
    auto r = Prefix::parse(input.toStdString(), allowHostBits);
    if (canonical.isEmpty()) {
        QVERIFY2(!r.ok(), qPrintable(input));
        QVERIFY2(QString::fromStdString(r.error().message).contains(errorContains),
                 r.error().message.c_str());
        return;
    }
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(QString::fromStdString(r->toString()), canonical);
}

void TestPrefix::addressAndMask_data() {
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("/24") << "192.168.1.0"
                         << "255.255.255.0"
                         << "192.168.1.0/24";
    QTest::newRow("/0") << "0.0.0.0"
                        << "0.0.0.0"
                        << "0.0.0.0/0";
    QTest::newRow("def1 low") << "0.0.0.0"
                              << "128.0.0.0"
                              << "0.0.0.0/1";
    QTest::newRow("def1 high") << "128.0.0.0"
                               << "128.0.0.0"
                               << "128.0.0.0/1";
    QTest::newRow("/32") << "10.0.0.1"
                         << "255.255.255.255"
                         << "10.0.0.1/32";
    QTest::newRow("/30") << "5.6.7.8"
                         << "255.255.255.252"
                         << "5.6.7.8/30";
    QTest::newRow("non contiguous") << "10.0.0.0"
                                    << "255.0.255.0"
                                    << "";
    QTest::newRow("inverted") << "10.0.0.0"
                              << "0.255.255.255"
                              << "";
    QTest::newRow("host bits") << "10.0.0.1"
                               << "255.0.0.0"
                               << "";
    QTest::newRow("bad mask") << "10.0.0.0"
                              << "255.0.0"
                              << "";
    QTest::newRow("v6 with mask") << "::"
                                  << "255.0.0.0"
                                  << "";
}

void TestPrefix::addressAndMask() {
    QFETCH(QString, address);
    QFETCH(QString, mask);
    QFETCH(QString, canonical);
    auto r = Prefix::fromAddressAndMask(address.toStdString(), mask.toStdString());
    if (canonical.isEmpty()) {
        QVERIFY(!r.ok());
        return;
    }
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(QString::fromStdString(r->toString()), canonical);
    QCOMPARE(QString::fromStdString(r->netmask().toString()), mask);
}

void TestPrefix::containment() {
    auto p = *Prefix::parse("10.0.0.0/8");
    QVERIFY(p.contains(*IpAddress::parse("10.255.255.255")));
    QVERIFY(!p.contains(*IpAddress::parse("11.0.0.0")));
    QVERIFY(p.contains(*Prefix::parse("10.1.0.0/16")));
    QVERIFY(!p.contains(*Prefix::parse("0.0.0.0/1")));
    QVERIFY(Prefix::parse("0.0.0.0/1")->contains(p));
    QVERIFY(!p.contains(*IpAddress::parse("::ffff:10.0.0.1"))); // families never mix
    QCOMPARE(p.last().toString(), std::string("10.255.255.255"));
    auto any6 = Prefix::any(Family::V6);
    QVERIFY(any6.isDefault());
    QCOMPARE(any6.last().toString(), std::string("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
    QVERIFY(any6.contains(*Prefix::parse("2000::/4")));
    auto host = *Prefix::parse("2001:db8::1/128");
    QVERIFY(host.isHost());
    QVERIFY(host.contains(*IpAddress::parse("2001:db8::1")));
    QVERIFY(!host.contains(*IpAddress::parse("2001:db8::2")));
}

void TestPrefix::ordering() {
    auto a = *Prefix::parse("10.0.0.0/8");
    auto b = *Prefix::parse("10.0.0.0/16");
    auto c = *Prefix::parse("9.0.0.0/8");
    QVERIFY(c < a);
    QVERIFY(a < b);
    QVERIFY(*Prefix::parse("255.0.0.0/8") < *Prefix::parse("::/0")); // IPv4 before IPv6
}

QTEST_APPLESS_MAIN(TestPrefix)
#include "TestPrefix.moc"
