// SPDX-License-Identifier: GPL-3.0-or-later
// The window's words for an effective diff (app/gui/EffectText.h) against core's English
// summary: for small tables covering each of core's cases, and for random pairs of tables
// (fixed seed), the English text is exactly core's `summary`, untranslated and through
// splitroute_en; in Japanese and Russian none of the sentence's English words are left.

#include "app/gui/EffectText.h"
#include "app/gui/Translations.h"

#include "core/import/IpRouteImport.h"
#include "core/plan/EffectiveDiff.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <random>

using namespace splitroute;
using namespace splitroute::app;

namespace {

// `ip route show` lines separated by ';'.
core::RouteTable table(const QString& lines) {
    QString text = lines;
    text.replace(QLatin1Char(';'), QLatin1Char('\n'));
    const core::ImportedTable t = core::importIpRoute(text.toStdString(), "test");
    for (const auto& d : t.diagnostics)
        if (d.severity != core::Severity::Info)
            qFatal("%s: %s", qPrintable(lines), d.message.c_str());
    return t.table;
}

void resetTranslations() {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

// Random small tables: few devices, some routes without a device, some that drop packets,
// some with gateways only; IPv4 and IPv6.
core::RouteTable randomTable(std::mt19937& rng) {
    static const char* const v4[] = {
        "0.0.0.0/0",   "0.0.0.0/1",      "128.0.0.0/1",   "10.0.0.0/8",  "10.1.0.0/16",
        "10.3.0.0/16", "10.5.0.0/16",    "10.7.0.0/16",   "10.9.0.0/16", "192.0.2.0/24",
        "192.0.2.7",   "203.0.113.0/24", "203.0.114.0/24"};
    static const char* const v6[] = {"::/0", "::/1", "8000::/1", "2001:db8::/32",
                                     "2001:db8:1::/48"};
    static const char* const hops[] = {"via 192.168.1.1 dev wlan0", "dev tun0", "dev eth0",
                                       "via 10.8.0.1 dev tun0", "via 192.168.1.5"};
    static const char* const hops6[] = {"via fe80::1 dev wlan0", "dev tun0", "dev eth0"};
    static const char* const drops[] = {"blackhole", "unreachable", "prohibit"};
    QStringList lines;
    const int n = static_cast<int>(rng() % 7);
    for (int i = 0; i < n; ++i) {
        const bool six = rng() % 4 == 0;
        const QString dest =
            QString::fromLatin1(six ? v6[rng() % std::size(v6)] : v4[rng() % std::size(v4)]);
        if (rng() % 6 == 0)
            lines << QStringLiteral("%1 %2").arg(QLatin1String(drops[rng() % std::size(drops)]),
                                                 dest);
        else
            lines << QStringLiteral("%1 %2").arg(
                dest, QLatin1String(six ? hops6[rng() % 3] : hops[rng() % 5]));
    }
    return table(lines.join(QLatin1Char(';')));
}

// English words of core's sentences (device names, route types and "via" aside).
const QRegularExpression& englishWords() {
    static const QRegularExpression re(QStringLiteral(
        "\\b(now|leaves?|through|was|has|no|route|is|dropped|goes|all|traffic|except|and|"
        "more|address|changes|its|next|hop)\\b"));
    return re;
}

// Tables before and after (`ip route show` lines separated by ';') and core's summary: one
// case of core/plan/EffectiveDiff.cpp's sentences each.
struct Case {
    const char* name;
    QString before, after, expected;
};

QList<Case> cases() {
    const QString fullTunnel =
        QStringLiteral("0.0.0.0/1 via 10.8.0.1 dev tun0;128.0.0.0/1 via 10.8.0.1 dev tun0;"
                       "default via 192.168.1.1 dev wlan0;192.168.1.0/24 dev wlan0 scope link");
    const QString home =
        QStringLiteral("default via 192.168.1.1 dev wlan0;192.168.1.0/24 dev wlan0 scope link");
    QList<Case> out;
    out.append({"nothing changes", home, home, QStringLiteral("no address changes its next hop")});
    out.append({"one range bypasses", fullTunnel,
                fullTunnel + QStringLiteral(";203.0.113.0/24 via 192.168.1.1 dev wlan0"),
                QStringLiteral("203.0.113.0/24 now leaves through wlan0 (was: through tun0)")});
    out.append(
        {"two ranges: leave", home,
         home + QStringLiteral(";203.0.113.0/24 via 10.8.0.1 dev tun0;"
                               "203.0.114.0/24 via 10.8.0.1 dev tun0"),
         QStringLiteral("203.0.113.0/24, 203.0.114.0/24 now leave through tun0 (was: through "
                        "wlan0)")});
    out.append({"six ranges: and 2 more", home,
                home + QStringLiteral(";10.1.0.0/16 dev tun0;10.3.0.0/16 dev tun0;10.5.0.0/16 dev "
                                      "tun0;10.7.0.0/16 dev tun0;10.9.0.0/16 dev tun0;10.11.0.0/16 "
                                      "dev tun0"),
                QStringLiteral("10.1.0.0/16, 10.3.0.0/16, 10.5.0.0/16, 10.7.0.0/16 and 2 more now "
                               "leave through tun0 (was: through wlan0)")});
    out.append(
        {"everything except", home,
         home + QStringLiteral(";0.0.0.0/1 via 10.8.0.1 dev tun0;128.0.0.0/1 via 10.8.0.1 dev "
                               "tun0;10.1.0.0/16 via 192.168.1.1 dev wlan0"),
         QStringLiteral("all IPv4 traffic except 10.1.0.0/16, 192.168.1.0/24 now leaves "
                        "through tun0 (was: through wlan0)")});
    out.append(
        {"everything except six", fullTunnel,
         home + QStringLiteral(";10.1.0.0/16 via 10.8.0.1 dev tun0;10.3.0.0/16 via 10.8.0.1 dev "
                               "tun0;10.5.0.0/16 via 10.8.0.1 dev tun0;10.7.0.0/16 via 10.8.0.1 "
                               "dev tun0;10.9.0.0/16 via 10.8.0.1 dev tun0;10.11.0.0/16 via "
                               "10.8.0.1 dev tun0"),
         QStringLiteral("all IPv4 traffic except 10.1.0.0/16, 10.3.0.0/16, 10.5.0.0/16, "
                        "10.7.0.0/16 and 2 more now leaves through wlan0 (was: through tun0)")});
    out.append({"all traffic", QStringLiteral("default via 192.168.1.1 dev wlan0"),
                QStringLiteral("default dev tun0"),
                QStringLiteral("all IPv4 traffic now leaves through tun0 (was: through wlan0)")});
    out.append({"all traffic: no route", QStringLiteral("default via 192.168.1.1 dev wlan0"),
                QString(), // an empty table
                QStringLiteral("all IPv4 traffic now has no route (was: through wlan0)")});
    out.append({"two ranges: no route",
                QStringLiteral("10.1.0.0/16 dev eth0;10.3.0.0/16 dev eth0;10.5.0.0/16 dev wlan0"),
                QStringLiteral("10.5.0.0/16 dev wlan0"),
                QStringLiteral("10.1.0.0/16, 10.3.0.0/16 now has no route (was: through eth0)")});
    out.append({"from no route", QStringLiteral("10.1.0.0/16 dev eth0"),
                QStringLiteral("10.1.0.0/16 dev eth0;10.2.0.0/16 dev eth0"),
                QStringLiteral("10.2.0.0/16 now leaves through eth0 (was: has no route)")});
    out.append({"dropped", home, home + QStringLiteral(";blackhole 10.0.0.0/8"),
                QStringLiteral("10.0.0.0/8 now is dropped (blackhole) (was: through wlan0)")});
    out.append(
        {"two ranges dropped", home,
         home + QStringLiteral(";unreachable 10.1.0.0/16;unreachable 10.3.0.0/16"),
         QStringLiteral("10.1.0.0/16, 10.3.0.0/16 now is dropped (unreachable) (was: through "
                        "wlan0)")});
    out.append(
        {"was dropped", home + QStringLiteral(";prohibit 10.0.0.0/8"), home,
         QStringLiteral("10.0.0.0/8 now leaves through wlan0 (was: is dropped (prohibit))")});
    out.append({"goes", home, home + QStringLiteral(";10.0.0.0/8 via 192.168.1.5"),
                QStringLiteral("10.0.0.0/8 now goes via 192.168.1.5 (was: through wlan0)")});
    out.append({"two ranges go; was goes",
                QStringLiteral("10.0.0.0/8 via 192.168.1.5;default via 192.168.1.1 dev wlan0"),
                QStringLiteral("10.0.0.0/8 via 192.168.1.5;10.1.0.0/16 via 192.168.1.6;10.3.0.0/16 "
                               "via 192.168.1.6;default via 192.168.1.1 dev wlan0"),
                QStringLiteral("10.1.0.0/16, 10.3.0.0/16 now goes via 192.168.1.6 (was: goes via "
                               "192.168.1.5)")});
    out.append(
        {"IPv6 and IPv4",
         QStringLiteral("default via 192.168.1.1 dev wlan0;::/0 via fe80::1 dev wlan0"),
         QStringLiteral("default via 192.168.1.1 dev wlan0;203.0.113.0/24 dev tun0;::/0 via "
                        "fe80::1 dev wlan0;::/1 dev tun0;8000::/1 dev tun0"),
         QStringLiteral("203.0.113.0/24 now leaves through tun0 (was: through wlan0); all IPv6 "
                        "traffic now leaves through tun0 (was: through wlan0)")});
    out.append({"two groups, largest first", home,
                home + QStringLiteral(";10.0.0.0/8 dev tun0;blackhole 203.0.113.0/24"),
                QStringLiteral("10.0.0.0/8 now leaves through tun0 (was: through wlan0); "
                               "203.0.113.0/24 now is dropped (blackhole) (was: through wlan0)")});
    return out;
}

} // namespace

class TestEffectText : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { resetTranslations(); }
    void englishIsCoresSummary_data();
    void englishIsCoresSummary();
    void randomTablesAgree();
    void translated_data();
    void translated();
    void hopWords();
};

void TestEffectText::englishIsCoresSummary_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    for (const Case& c : cases())
        QTest::newRow(c.name) << c.before << c.after << c.expected;
}

void TestEffectText::englishIsCoresSummary() {
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const core::EffectiveDiff d = core::effectiveDiff(table(before), table(after));
    // The row shows the case it is named for (core's words), and the window's are the same.
    QCOMPARE(QString::fromStdString(d.summary), expected);
    QCOMPARE(EffectText::summary(d), expected);
    QCOMPARE(EffectText::summary(d), expected);
    // The English translation (plural forms from splitroute_en) says the same.
    installTranslations(*qApp, QStringLiteral("en"));
    QCOMPARE(EffectText::summary(d), expected);
}

// Random pairs of small tables: the two sentences cannot drift apart unnoticed.
void TestEffectText::randomTablesAgree() {
    std::mt19937 rng(20261207);
    int changed = 0, most = 0;
    for (int i = 0; i < 2000; ++i) {
        const core::RouteTable a = randomTable(rng);
        const core::RouteTable b = rng() % 5 == 0 ? a : randomTable(rng);
        const core::EffectiveDiff d = core::effectiveDiff(a, b);
        changed += d.empty() ? 0 : 1;
        for (const auto& c : d.changes)
            most += c.mostOfFamily ? 1 : 0;
        const QString words = EffectText::summary(d);
        if (words != QString::fromStdString(d.summary))
            QFAIL(qPrintable(QStringLiteral("pair %1:\ncore:   %2\nwindow: %3")
                                 .arg(i)
                                 .arg(QString::fromStdString(d.summary), words)));
    }
    QVERIFY2(changed > 1000 && most > 100,
             qPrintable(QStringLiteral("%1 %2").arg(changed).arg(most)));
}

void TestEffectText::translated_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << "ja";
    QTest::newRow("ru") << "ru";
}

// Every case of englishIsCoresSummary in Japanese and Russian: none of the sentence's English
// words, the addresses and devices still there.
void TestEffectText::translated() {
    QFETCH(QString, language);
    QCOMPARE(installTranslations(*qApp, language), language);
    for (const Case& c : cases()) {
        const core::EffectiveDiff d = core::effectiveDiff(table(c.before), table(c.after));
        const QString words = EffectText::summary(d);
        const QString why = QStringLiteral("%1: %2").arg(QLatin1String(c.name), words);
        QVERIFY2(!words.contains(englishWords()), qPrintable(why));
        QVERIFY2(words != c.expected, qPrintable(why));
        for (const auto& ch : d.changes) {
            QVERIFY2(words.contains(QString::fromStdString(ch.to.device)), qPrintable(why));
            const auto& shown = ch.mostOfFamily ? ch.except : ch.prefixes;
            if (!shown.empty())
                QVERIFY2(words.contains(QString::fromStdString(shown.front().toString())),
                         qPrintable(why));
        }
    }
}

void TestEffectText::hopWords() {
    core::HopKey none; // no route
    QCOMPARE(EffectText::hop(none), QStringLiteral("no route"));
    core::Route r;
    r.destination = core::Prefix::parse("10.0.0.0/8").value();
    r.gateway = core::IpAddress::parse("192.168.1.1").value();
    r.interface = "wlan0";
    QCOMPARE(EffectText::hop(core::hopKeyOf(&r)), QStringLiteral("via 192.168.1.1 dev wlan0"));
    installTranslations(*qApp, QStringLiteral("ru"));
    QCOMPARE(EffectText::hop(none), QStringLiteral("нет маршрута"));
    QCOMPARE(EffectText::hop(core::hopKeyOf(&r)), QStringLiteral("via 192.168.1.1 dev wlan0"));
}

QTEST_GUILESS_MAIN(TestEffectText)
#include "TestEffectText.moc"
