// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/PrefixSet.h"

#include <QProcess>

#include <random>

using namespace splitroute::core;

namespace {
Prefix P(const char* s) {
    auto r = Prefix::parse(s);
    if (!r)
        qFatal("bad prefix %s", s);
    return *r;
}

std::string join(const std::vector<Prefix>& v) {
    std::string s;
    for (const auto& p : v) {
        if (!s.empty())
            s += ',';
        s += p.toString();
    }
    return s;
}

// Random prefixes clustered in a few regions so that unions, overlaps and adjacency happen.
std::vector<Prefix> randomPrefixes(std::mt19937_64& rng, int count, bool v6) {
    std::vector<Prefix> out;
    std::uniform_int_distribution<int> region(0, 3);
    for (int i = 0; i < count; ++i) {
        if (!v6) {
            std::uint32_t base =
                std::array<std::uint32_t, 4>{0x0a000000u, 0xc0a80000u, 0x80000000u,
                                             0x00000000u}[static_cast<std::size_t>(region(rng))];
            int len = std::uniform_int_distribution<int>(1, 32)(rng);
            std::uint32_t spread = static_cast<std::uint32_t>(rng()) & 0x00ffffffu;
            out.emplace_back(IpAddress::v4(base | spread), len);
        } else {
            std::array<std::uint8_t, 16> b{};
            b[0] = std::array<std::uint8_t, 4>{0x20, 0xfd, 0x00,
                                               0x30}[static_cast<std::size_t>(region(rng))];
            b[1] = static_cast<std::uint8_t>(rng() & 0x0f);
            for (int k = 2; k < 16; ++k)
                b[static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(rng());
            int len = std::uniform_int_distribution<int>(1, 128)(rng);
            out.emplace_back(IpAddress::v6(b), len);
        }
    }
    return out;
}
} // namespace

class TestPrefixSet : public QObject {
    Q_OBJECT
private slots:
    void basics_data();
    void basics();
    void edges();
    void containment();
    void againstPython();
};

void TestPrefixSet::basics_data() {
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::newRow("issue example")
        << "difference"
        << "0.0.0.0/0"
        << "10.0.0.0/8,192.168.0.0/16"
        << "0.0.0.0/5,8.0.0.0/7,11.0.0.0/8,12.0.0.0/6,16.0.0.0/4,32.0.0.0/3,64.0.0.0/2,"
           "128.0.0.0/2,192.0.0.0/9,192.128.0.0/11,192.160.0.0/13,192.169.0.0/16,"
           "192.170.0.0/15,192.172.0.0/14,192.176.0.0/12,192.192.0.0/10,193.0.0.0/8,"
           "194.0.0.0/7,196.0.0.0/6,200.0.0.0/5,208.0.0.0/4,224.0.0.0/3";
    QTest::newRow("def1 halves unite") << "union"
                                       << "0.0.0.0/1"
                                       << "128.0.0.0/1"
                                       << "0.0.0.0/0";
    QTest::newRow("adjacent /25s") << "union"
                                   << "10.0.0.0/25"
                                   << "10.0.0.128/25"
                                   << "10.0.0.0/24";
    QTest::newRow("not alignable") << "union"
                                   << "10.0.0.128/25"
                                   << "10.0.1.0/25"
                                   << "10.0.0.128/25,10.0.1.0/25";
    QTest::newRow("contained") << "union"
                               << "10.0.0.0/8"
                               << "10.1.0.0/16"
                               << "10.0.0.0/8";
    QTest::newRow("intersect") << "intersection"
                               << "10.0.0.0/8,192.168.0.0/16"
                               << "10.1.0.0/16,172.16.0.0/12"
                               << "10.1.0.0/16";
    QTest::newRow("remove all") << "difference"
                                << "10.0.0.0/8"
                                << "0.0.0.0/0"
                                << "";
    QTest::newRow("mixed families") << "union"
                                    << "::/0"
                                    << "0.0.0.0/0"
                                    << "0.0.0.0/0,::/0";
    QTest::newRow("v6 difference")
        << "difference"
        << "2000::/3"
        << "2001:db8::/32"
        << "2000::/16,2001::/21,2001:800::/22,2001:c00::/24,2001:d00::/25,2001:d80::/27,2001"
           ":da0::/28,2001:db0::/29,2001:db9::/32,2001:dba::/31,2001:dbc::/30,2001:dc0::/26,"
           "2001:e00::/23,2001:1000::/20,2001:2000::/19,2001:4000::/18,2001:8000::/17,2002::"
           "/15,2004::/14,2008::/13,2010::/12,2020::/11,2040::/10,2080::/9,2100::/8,2200::/7"
           ",2400::/6,2800::/5,3000::/4";
}

void TestPrefixSet::basics() {
    QFETCH(QString, op);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    auto parseList = [](const QString& s) {
        std::vector<Prefix> v;
        for (const auto& part : s.split(',', Qt::SkipEmptyParts))
            v.push_back(P(part.toUtf8().constData()));
        return PrefixSet::fromPrefixes(v);
    };
    PrefixSet A = parseList(a), B = parseList(b);
    PrefixSet R = op == "union"        ? A.united(B)
                  : op == "difference" ? A.subtracted(B)
                                       : A.intersected(B);
    QCOMPARE(QString::fromStdString(join(R.toPrefixes())), expected);
    QCOMPARE(R.prefixCount(), R.toPrefixes().size());
}

void TestPrefixSet::edges() {
    PrefixSet all6{Prefix::any(Family::V6)};
    QCOMPARE(QString::fromStdString(join(all6.toPrefixes())), QString("::/0"));
    QVERIFY(all6.complement(Family::V6).isEmpty());
    PrefixSet none;
    QCOMPARE(QString::fromStdString(join(none.complement(Family::V4).toPrefixes())),
             QString("0.0.0.0/0"));
    QCOMPARE(QString::fromStdString(join(none.complement(Family::V6).toPrefixes())),
             QString("::/0"));
    PrefixSet top{P("255.255.255.255/32"), P("0.0.0.0/32")};
    QCOMPARE(top.complement(Family::V4).prefixCount(), std::size_t(62));
    PrefixSet lastV6{P("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128")};
    QCOMPARE(lastV6.complement(Family::V6).prefixCount(), std::size_t(128));
    PrefixSet s{P("10.0.0.0/8")};
    s.remove(P("10.0.0.0/9"));
    s.add(P("11.0.0.0/8"));
    QCOMPARE(QString::fromStdString(join(s.toPrefixes())), QString("10.128.0.0/9,11.0.0.0/8"));
    QCOMPARE(PrefixSet({P("10.0.0.0/9"), P("10.128.0.0/9")}), PrefixSet({P("10.0.0.0/8")}));
}

void TestPrefixSet::containment() {
    PrefixSet s{P("10.0.0.0/8"), P("192.168.1.0/24"), P("2001:db8::/32")};
    QVERIFY(s.contains(*IpAddress::parse("10.1.2.3")));
    QVERIFY(!s.contains(*IpAddress::parse("11.0.0.0")));
    QVERIFY(s.contains(P("10.20.0.0/16")));
    QVERIFY(!s.contains(P("192.168.0.0/16")));
    QVERIFY(s.intersects(P("192.168.0.0/16")));
    QVERIFY(!s.intersects(P("172.16.0.0/12")));
    QVERIFY(s.contains(*IpAddress::parse("2001:db8::1")));
    QVERIFY(!s.contains(*IpAddress::parse("::ffff:10.0.0.1")));
}

void TestPrefixSet::againstPython() {
    const QString script =
        QStringLiteral(SPLITROUTE_SOURCE_DIR "/tests/scripts/prefixset_reference.py");
    std::mt19937_64 rng(20261122);
    std::string input;
    std::vector<std::string> ours;
    const char* ops[] = {"union", "difference", "intersection", "complement4", "complement6"};
    for (int round = 0; round < 300; ++round) {
        const std::string op = ops[round % 5];
        const bool v6 = op == "complement6" || (op != "complement4" && round % 3 == 0);
        auto a = randomPrefixes(rng, 1 + static_cast<int>(rng() % 40), v6);
        auto b = randomPrefixes(rng, 1 + static_cast<int>(rng() % 40), v6 && round % 2 == 0);
        PrefixSet A = PrefixSet::fromPrefixes(a), B = PrefixSet::fromPrefixes(b);
        PrefixSet R;
        if (op == "union")
            R = A.united(B);
        else if (op == "difference")
            R = A.subtracted(B);
        else if (op == "intersection")
            R = A.intersected(B);
        else
            R = A.complement(op == "complement4" ? Family::V4 : Family::V6);
        input += op + '|' + join(a) + '|' + (op.rfind("complement", 0) == 0 ? "" : join(b)) + '\n';
        ours.push_back(join(R.toPrefixes()));
    }
    QProcess py;
    py.start("python3", {script});
    QVERIFY2(py.waitForStarted(), "python3 is needed for this test");
    py.write(QByteArray::fromStdString(input));
    py.closeWriteChannel();
    QVERIFY(py.waitForFinished(120000));
    QCOMPARE(py.exitCode(), 0);
    const QList<QByteArray> lines = py.readAllStandardOutput().split('\n');
    QVERIFY(lines.size() >= static_cast<int>(ours.size()));
    for (std::size_t i = 0; i < ours.size(); ++i)
        QCOMPARE(QString::fromStdString(ours[i]), QString::fromUtf8(lines[static_cast<int>(i)]));
}

QTEST_APPLESS_MAIN(TestPrefixSet)
#include "TestPrefixSet.moc"
