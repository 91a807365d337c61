// SPDX-License-Identifier: GPL-3.0-or-later
// The window in Japanese and Russian (issue 21 point 7) and what it tells a person who has a
// table but no VPN connection yet (point 9), or a file it cannot read as a table:
// - Qt's own texts (the Close button, file dialogs, message boxes) come from qtbase_xx.qm,
//   loaded next to ours (qt6-translations-l10n);
// - route backend names ("simulated") are shown translated;
// - the Networks tab of a table without a profile says how to attach one or a push reply,
//   with the menu names in the window's language;
// - a file of an unknown format offers the format choice (the window's --format);
// - the effect of a plan (Changes tab, the map's Planned view, the apply preview) is said in
//   the window's language (app/gui/EffectText.h), not in core's English summary.

#include "RecordingSink.h"

#include "app/gui/ApplyController.h"
#include "app/gui/ChangesView.h"
#include "app/gui/EffectText.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapPage.h"
#include "app/gui/NetworksView.h"
#include "app/gui/StatusLine.h"
#include "app/gui/TableSource.h"
#include "app/gui/Translations.h"
#include "app/gui/Workspace.h"

#include "core/import/IpRouteImport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace splitroute;
using namespace splitroute::app;

namespace {

// Removes the translators an earlier installTranslations put on the application.
void resetTranslations() {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

bool qtTranslationsInstalled(const QString& language) {
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                         QStringLiteral("/qtbase_%1.qm").arg(language));
}

QString networksHeader(const NetworksView& v) {
    QStringList texts;
    for (const QLabel* l : v.findChildren<QLabel*>())
        texts << l->text();
    return texts.join(QLatin1Char('\n'));
}

// Every text of the window: labels, buttons, tabs, actions, headers and (the first 50 rows
// of) each view.
QStringList windowTexts(const MainWindow& w) {
    QStringList texts;
    for (const QWidget* widget : w.findChildren<QWidget*>()) {
        if (const auto* l = qobject_cast<const QLabel*>(widget))
            texts << l->text();
        if (const auto* b = qobject_cast<const QAbstractButton*>(widget))
            texts << b->text();
        if (const auto* t = qobject_cast<const QTabWidget*>(widget))
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
        if (const auto* v = qobject_cast<const QAbstractItemView*>(widget)) {
            const QAbstractItemModel* m = v->model();
            if (!m)
                continue;
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->headerData(c, Qt::Horizontal).toString();
            for (int r = 0; r < std::min(m->rowCount(), 50); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    texts << m->index(r, c).data().toString();
        }
    }
    for (const QAction* a : w.findChildren<QAction*>())
        texts << a->text();
    return texts;
}

// The English words in `texts`: three or more Latin letters, not an allowed name (addresses,
// paths, device names, route and option words and product names aside).
QStringList englishIn(QStringList texts) {
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QStringList allowed{
        "VPN",        "PUSH_REPLY", "REPLY",     "PUSH",       "OpenVPN",   "AWS",     "Client",
        "IPv",        "tun",        "wlan",      "eth",        "via",       "dev",     "dhcp",
        "kernel",     "boot",       "static",    "Splitroute", "ovpn",      "json",    "nmcli",
        "PowerShell", "WireGuard",  "macOS",     "Windows",    "Linux",     "CIDR",    "DNS",
        "LAN",        "def",        "redirect",  "gateway",    "route",     "netlink", "fe80",
        "metric",     "link",       "scope",     "host",       "proto",     "unicast", "local",
        "main",       "table",      "corporate", "demo",       "Ctrl",      "Shift",   "Alt",
        "Del",        "Tab",        "Esc",       "Ins",        "Home",      "End",     "PgUp",
        "PgDown",     "Space",      "Return",    "Enter",      "Backspace", "Up",      "Down",
        "Left",       "Right",      "Meta",      "Print",      "broadcast", "docker",  "default",
        "block"};
    static const QRegularExpression path(QStringLiteral("/[^ ）)]+"));
    QStringList english;
    for (QString& text : texts)
        for (auto it = word.globalMatch(text.remove(path)); it.hasNext();) {
            const QString m = it.next().captured();
            bool ok = false;
            for (const QString& a : allowed)
                ok = ok || m.compare(a, Qt::CaseInsensitive) == 0 ||
                     (m.startsWith(a, Qt::CaseInsensitive) && a.size() >= 3 &&
                      m.size() <= a.size() + 1);
            if (!ok)
                english << QStringLiteral("\"%1\" in \"%2\"").arg(m, text.left(80));
        }
    english.removeDuplicates();
    return english;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Settings of its own, empty (recent files are a person's data, not window text).
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SplitrouteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_language"));
        QSettings().clear();
    }
    void cleanup() { resetTranslations(); }

    void qtOwnTexts_data();
    void qtOwnTexts();
    void backendNames_data();
    void backendNames();
    void networksWithoutProfile_data();
    void networksWithoutProfile();
    void noEnglishLeftInTheWindow_data();
    void noEnglishLeftInTheWindow();
    void changesRowsInTheWindowsLanguage();
    void unknownFormatOffersTheChoice();
    void unknownFormatChosenAndRead();
    void knownFormatBrokenIsAnError();
    void unknownFormatCancelled();
    void unreadableFileStillAnError();
};

void TestLanguage::qtOwnTexts_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("close");
    QTest::newRow("ja") << "ja" << QStringLiteral("閉じる");
    QTest::newRow("ru") << "ru" << QStringLiteral("Закрыть");
}

// The standard Close button is Qt's text: translated once qtbase_xx.qm is loaded.
void TestLanguage::qtOwnTexts() {
    QFETCH(QString, language);
    QFETCH(QString, close);
    if (!qtTranslationsInstalled(language))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    QCOMPARE(installTranslations(*qApp, language), language);
    QDialogButtonBox box(QDialogButtonBox::Close);
    const QString text = box.button(QDialogButtonBox::Close)->text();
    QVERIFY2(text.contains(close), qPrintable(text));
}

void TestLanguage::backendNames_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << "ja";
    QTest::newRow("ru") << "ru";
}

// "Demo: simulated backend" in the status bar used to stay English.
void TestLanguage::backendNames() {
    QFETCH(QString, language);
    QCOMPARE(backendDisplayName(QStringLiteral("simulated")), QStringLiteral("simulated"));
    installTranslations(*qApp, language);
    for (const char* name : {"simulated", "netlink", "iphelper"}) {
        const QString shown = backendDisplayName(QString::fromLatin1(name));
        QVERIFY2(!shown.isEmpty() && shown != QLatin1String(name), qPrintable(shown));
    }
    QCOMPARE(backendDisplayName(QStringLiteral("future")), QStringLiteral("future"));

    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    const QString status = w.statusLine()->text();
    QVERIFY2(!status.contains(QLatin1String("simulated")), qPrintable(status));
    QVERIFY2(status.contains(backendDisplayName(QStringLiteral("simulated"))), qPrintable(status));
}

void TestLanguage::networksWithoutProfile_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("en") << "en"
                        << QStringList{"VPN → Attach VPN Profile…",
                                       "VPN → Paste PUSH_REPLY or Log…", ".ovpn"};
    QTest::newRow("ja") << "ja"
                        << QStringList{"VPN → VPN プロファイルを添付…",
                                       "PUSH_REPLY またはログを貼り付け…"};
}

// A table opened without a profile: the Networks tab says how to get one in, not "The demo…".
void TestLanguage::networksWithoutProfile() {
    QFETCH(QString, language);
    QFETCH(QStringList, mentions);
    installTranslations(*qApp, language);
    TableSource s;
    s.kind = TableSource::Kind::File;
    s.name = QStringLiteral("table.txt");
    auto t = loadTableFile(QStringLiteral(SPLITROUTE_SOURCE_DIR "/resources/demo/after-vpn.json"));
    QVERIFY(t.ok());
    s.table = std::make_shared<const core::RouteTable>(std::move(t.value().table));
    NetworksView v;
    v.setSource(&s);
    QVERIFY(!v.hasPolicy());
    const QString header = networksHeader(v);
    QVERIFY2(!header.contains(QLatin1String("demo"), Qt::CaseInsensitive), qPrintable(header));
    QVERIFY2(!header.contains(QLatin1Char('&')), qPrintable(header));
    for (const QString& m : mentions)
        QVERIFY2(header.contains(m), qPrintable(header + "\nwant: " + m));
}

void TestLanguage::noEnglishLeftInTheWindow_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << "ja";
    QTest::newRow("ru") << "ru";
}

// The demo in Japanese and Russian: no text of the window shows an English word, neither as
// it opens nor once a decision is made (the plan's effect in the Changes tab, the Planned
// view of the map and the apply preview are words of the window's language, not core's
// English summary).
void TestLanguage::noEnglishLeftInTheWindow() {
    QFETCH(QString, language);
    installTranslations(*qApp, language);
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(w.workspace()->openDemo());
    w.show();
    QCoreApplication::processEvents();
    QStringList english = englishIn(windowTexts(w));
    if (!english.isEmpty())
        QFAIL(qPrintable("English left in the window as it opens:\n" + english.join('\n')));

    // A decision: video calls around the tunnel (as the README's walk-through).
    core::SplitPolicy policy = w.workspace()->decisionsOnShow().value();
    core::PolicyRule rule;
    rule.network = core::Prefix::parse("203.0.113.0/24").value();
    rule.mode = core::RuleMode::Bypass;
    policy.rules.insert(policy.rules.begin(), rule);
    w.workspace()->setDecisions(policy);
    QVERIFY(w.workspace()->plan());
    QVERIFY(!w.workspace()->plan()->effective.empty());
    w.setCurrentTab(MainWindow::MapTab);
    w.mapPage()->setView(MapPage::View::Planned);
    QCoreApplication::processEvents();
    QCOMPARE(w.mapPage()->shownView(), MapPage::View::Planned);
    // The effect is shown, with its addresses, in the window's words.
    const QString caption = w.mapPage()->viewLabel()->text();
    const QString planned = w.changesView()->summary()->text();
    for (const QString& text : {caption, planned}) {
        QVERIFY2(text.contains(QLatin1String("203.0.113.0/24")), qPrintable(text));
        QVERIFY2(text.contains(EffectText::summary(w.workspace()->plan()->effective)),
                 qPrintable(text));
    }
    sink.confirmAnswer = false; // the apply preview, answered Cancel
    QVERIFY(!w.applyController()->apply());
    QCOMPARE(sink.confirmations.size(), 1);
    QVERIFY2(sink.confirmations[0].contains(EffectText::summary(w.workspace()->plan()->effective)),
             qPrintable(sink.confirmations[0]));
    english = englishIn(windowTexts(w) << sink.confirmations[0]);
    if (!english.isEmpty())
        QFAIL(qPrintable("English left in the window with a plan:\n" + english.join('\n')));
}

// The Changes tab's effective rows: "no route" and the row's sentence (its tooltip) in the
// window's language; the routes' own words ("via … dev …", "blackhole") as they are.
void TestLanguage::changesRowsInTheWindowsLanguage() {
    installTranslations(*qApp, QStringLiteral("ru"));
    auto table = [](const char* text) {
        return std::make_shared<const core::RouteTable>(core::importIpRoute(text, "t").table);
    };
    ChangesView v;
    v.setTables(table("10.9.0.0/16 via 192.168.1.1 dev wlan0\n10.1.0.0/16 dev eth0\n"),
                table("blackhole 10.9.0.0/16\n"));
    QTreeWidget* rows = v.effectiveList();
    QCOMPARE(rows->topLevelItemCount(), 2);
    QStringList seen;
    for (int i = 0; i < rows->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = rows->topLevelItem(i);
        seen << item->text(0) + QStringLiteral(" → ") + item->text(1) + QStringLiteral(" | ") +
                    item->toolTip(0);
        QCOMPARE(item->toolTip(1), item->toolTip(0));
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{
                       "dev eth0 → нет маршрута | 10.1.0.0/16 теперь не имеет маршрута (было: "
                       "через eth0)",
                       "via 192.168.1.1 dev wlan0 → blackhole | 10.9.0.0/16 теперь отбрасывается "
                       "(blackhole) (было: через wlan0)"}));
}

// A file no importer recognises: the window asks which command wrote it and reads it as
// that; a wrong choice says what went wrong; nothing mentions the CLI's --format.
void TestLanguage::unknownFormatOffersTheChoice() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("routes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\nthis is not a routing table\n");
    }
    Workspace w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QStringList offered;
    sink.chooser = [&](const QStringList& items) {
        offered = items;
        return std::optional<QString>(items.value(0));
    };
    QVERIFY(!w.openFile(path));
    QCOMPARE(sink.choices.size(), 1);
    QVERIFY2(sink.choices[0].contains(QLatin1String("cannot tell which kind of file routes.txt")),
             qPrintable(sink.choices[0]));
    QCOMPARE(offered.size(), 5);
    QVERIFY(offered.contains(QStringLiteral("route print (Windows)")));
    // ip route chosen: still not readable; the message says so, with the reason.
    QCOMPARE(sink.messages.size(), 1);
    QVERIFY2(sink.messages[0].text.contains(
                 QLatin1String("routes.txt cannot be read as ip route show (Linux)")),
             qPrintable(sink.joined()));
    QVERIFY2(!sink.joined().contains(QLatin1String("--format")), qPrintable(sink.joined()));
    QVERIFY2(!sink.choices[0].contains(QLatin1String("--format")), qPrintable(sink.choices[0]));
}

// `ip route` lines without a keyword the detection knows: read once the person says so.
void TestLanguage::unknownFormatChosenAndRead() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blackholes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("blackhole 10.0.0.0/8\nunreachable 192.0.2.0/24\n");
    }
    Workspace w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    sink.chooser = [](const QStringList& items) {
        return std::optional<QString>(items.value(items.indexOf("ip route show (Linux)")));
    };
    QVERIFY(w.openFile(path));
    QCOMPARE(sink.choices.size(), 1);
    QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    QVERIFY(w.currentSource());
    QCOMPARE(w.currentSource()->table->size(), std::size_t(2));
    QCOMPARE(w.currentSource()->format, QStringLiteral("ip"));
}

// A known format that does not read is an error with its line, no choice.
void TestLanguage::knownFormatBrokenIsAnError() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"splitroute-snapshot\",\n  \"version\": 1,\n  oops\n}\n");
    }
    Workspace w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(!w.openFile(path));
    QVERIFY(sink.choices.isEmpty());
    QCOMPARE(sink.messages.size(), 1);
    QVERIFY2(sink.messages[0].text.contains(QLatin1String("broken.json:4")),
             qPrintable(sink.joined()));
}

void TestLanguage::unknownFormatCancelled() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("routes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
    }
    Workspace w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    sink.chooser = [](const QStringList&) {
        return std::optional<QString>();
    };
    QVERIFY(!w.openFile(path));
    QCOMPARE(sink.choices.size(), 1);
    QVERIFY2(sink.noMessages(), qPrintable(sink.joined())); // the choice said it all
}

// A file that cannot be opened at all is an error, with no format to choose.
void TestLanguage::unreadableFileStillAnError() {
    Workspace w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QVERIFY(!w.openFile(QStringLiteral("/nonexistent/routes.txt")));
    QVERIFY(sink.choices.isEmpty());
    QCOMPARE(sink.messages.size(), 1);
}

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
