// SPDX-License-Identifier: GPL-3.0-or-later
// The Export dialog: both scripts can be copied and saved, shell scripts are saved
// executable, a file name is suggested, nmcli offers this computer's NetworkManager
// connections (the nmcli call is replaced by the test), and no two controls share a mnemonic.

#include "TestUtil.h"

#include "RecordingSink.h"
#include "app/gui/ExportDialog.h"

#include "core/RouteJson.h"
#include "core/export/Exporter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace splitroute;
using namespace splitroute::app;

namespace {
core::Plan testPlan() {
    auto t =
        core::routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    if (!t)
        qFatal("table");
    auto pol = core::SplitPolicy::parse(
        R"J({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
            {"network":"203.0.113.0/24","label":"Video calls","mode":"bypass"}]})J");
    if (!pol)
        qFatal("policy");
    auto plan = core::makePlan(*t, nullptr, nullptr, *pol, {});
    if (!plan)
        qFatal("plan: %s", plan.error().message.c_str());
    return std::move(plan).value();
}

/// The letter after a single '&' in `text` (lower case), or a null QChar.
QChar mnemonicOf(const QString& text) {
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}
} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void copyAndSaveEitherScript();
    void savedShellScriptsAreExecutable_data();
    void savedShellScriptsAreExecutable();
    void suggestedFileNames_data();
    void suggestedFileNames();
    void commentsSpeakToTheWindow();
    void nmcliOffersConnections();
    void nmcliWithoutConnectionsSaysSo();
    void mnemonicsAreUnique();

private:
    QTemporaryDir m_dir;
};

void TestExportDialog::copyAndSaveEitherScript() {
    ExportDialog dialog(testPlan());
    RecordingSink sink;
    dialog.setMessageSink(&sink);
    QVERIFY(dialog.setFormat(QStringLiteral("sh")));
    QVERIFY(dialog.copyButton()->isEnabled());
    QApplication::clipboard()->clear();
    dialog.copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog.script());
    dialog.showUndo(true);
    dialog.copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), dialog.undoScript());
    QVERIFY(dialog.script() != dialog.undoScript());

    const QString path = m_dir.filePath(QStringLiteral("undo.sh"));
    sink.fileAnswers = {path};
    dialog.saveButton()->click();
    QVERIFY(sink.fileAnswers.isEmpty());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), dialog.undoScript());

    dialog.showUndo(false);
    const QString scriptPath = m_dir.filePath(QStringLiteral("apply.sh"));
    sink.fileAnswers = {scriptPath};
    dialog.saveButton()->click();
    QFile applied(scriptPath);
    QVERIFY(applied.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(applied.readAll()), dialog.script());
}

void TestExportDialog::savedShellScriptsAreExecutable_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("umask");
    QTest::addColumn<int>("expected");
    QTest::newRow("sh 022") << "sh" << 022 << 0755;
    QTest::newRow("sh 077") << "sh" << 077 << 0700;
    QTest::newRow("macos 027") << "macos" << 027 << 0750;
    QTest::newRow("nmcli 002: never group-writable") << "nmcli" << 002 << 0755;
    QTest::newRow("powershell 022: not executable") << "powershell" << 022 << 0644;
    QTest::newRow("wireguard 022: not executable") << "wireguard" << 022 << 0644;
}

void TestExportDialog::savedShellScriptsAreExecutable() {
#ifndef Q_OS_UNIX
    QSKIP("Unix permissions");
#else
    QFETCH(QString, format);
    QFETCH(int, umask);
    QFETCH(int, expected);
    const mode_t old = ::umask(static_cast<mode_t>(umask));
    ExportDialog dialog(testPlan());
    dialog.setNmcliRunner([] { return std::optional<QString>(QStringLiteral("corp:vpn\n")); });
    RecordingSink sink;
    dialog.setMessageSink(&sink);
    QVERIFY(dialog.setFormat(format));
    if (format == QLatin1String("nmcli"))
        dialog.connectionEdit()->setText(QStringLiteral("corp"));
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    const QString path = m_dir.filePath(QStringLiteral("perm-") + QTest::currentDataTag());
    sink.fileAnswers = {path};
    dialog.saveButton()->click();
    struct stat st {};
    const int rc = ::stat(QFile::encodeName(path).constData(), &st);
    ::umask(old);
    QCOMPARE(rc, 0);
    QCOMPARE(static_cast<int>(st.st_mode & 0777), expected);
    QCOMPARE(ExportDialog::executablePermissions(), 0755 & ~static_cast<int>(old));
#endif
}

void TestExportDialog::suggestedFileNames_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("undo");
    QTest::addColumn<QString>("name");
    QTest::newRow("sh") << "sh" << false << "split-Work-VPN.sh";
    QTest::newRow("sh undo") << "sh" << true << "split-Work-VPN-undo.sh";
    QTest::newRow("powershell") << "powershell" << false << "split-Work-VPN.ps1";
    QTest::newRow("cmd") << "cmd" << false << "split-Work-VPN.cmd";
    QTest::newRow("cmd undo") << "cmd" << true << "split-Work-VPN-undo.cmd";
    QTest::newRow("openvpn") << "openvpn" << false << "split-Work-VPN-snippet.ovpn";
    QTest::newRow("wireguard") << "wireguard" << false << "split-Work-VPN-wireguard.conf";
    QTest::newRow("macos") << "macos" << false << "split-Work-VPN-macos.sh";
    QTest::newRow("nmcli: its connection") << "nmcli" << false << "split-corp-nmcli.sh";
}

void TestExportDialog::suggestedFileNames() {
    QFETCH(QString, format);
    QFETCH(bool, undo);
    QFETCH(QString, name);
    ExportDialog dialog(testPlan());
    dialog.setNmcliRunner([] { return std::optional<QString>(QStringLiteral("corp:vpn\n")); });
    dialog.setConnectionName(QStringLiteral("Work VPN/2"));
    QVERIFY(dialog.setFormat(format));
    if (format == QLatin1String("nmcli"))
        dialog.connectionEdit()->setText(QStringLiteral("corp"));
    dialog.showUndo(undo);
    QString expected = name;
    expected.replace(QStringLiteral("Work-VPN"), QStringLiteral("Work-VPN-2"));
    QCOMPARE(dialog.suggestedFileName(), expected);
    // No name known: the tunnel device.
    ExportDialog unnamed(testPlan());
    QVERIFY(unnamed.setFormat(QStringLiteral("sh")));
    QCOMPARE(unnamed.suggestedFileName(), QStringLiteral("split-tun0.sh"));
}

void TestExportDialog::commentsSpeakToTheWindow() {
    ExportDialog dialog(testPlan());
    QVERIFY(dialog.setFormat(QStringLiteral("sh")));
    QVERIFY(!dialog.script().contains(QStringLiteral("splitroute-cli")));
    QVERIFY2(dialog.script().contains(QStringLiteral("\"Undo script\" tab")),
             qPrintable(dialog.script()));
}

void TestExportDialog::nmcliOffersConnections() {
    ExportDialog dialog(testPlan());
    int calls = 0;
    dialog.setNmcliRunner([&calls] {
        ++calls;
        return std::optional<QString>(
            QStringLiteral("Wired connection 1:802-3-ethernet\nHome\\:5G:802-11-wireless\n"
                           "corp:vpn\nwg0:wireguard\n"));
    });
    QCOMPARE(calls, 0); // nmcli runs only when its format is chosen
    QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
    QCOMPARE(calls, 1);
    QComboBox* combo = dialog.connectionCombo();
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(0), QStringLiteral("corp")); // VPN-like first
    QCOMPARE(combo->itemText(1), QStringLiteral("wg0"));
    QCOMPARE(combo->itemText(3), QStringLiteral("Home:5G"));
    // Nothing chosen yet: said, and nothing to copy or save.
    QVERIFY(dialog.script().isEmpty());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("'corp' (vpn)")),
             qPrintable(dialog.errorText()));
    QVERIFY(!dialog.copyButton()->isEnabled());
    QVERIFY(!dialog.saveButton()->isEnabled());
    combo->setCurrentIndex(0);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    // With SPLITROUTE_SMALLSCREEN_SHOTS=DIR: the dialog as a picture to look at.
    if (const QString dir = qEnvironmentVariable("SPLITROUTE_SMALLSCREEN_SHOTS"); !dir.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/export-nmcli.png")));
    }
    QVERIFY(dialog.script().contains(QStringLiteral("VPN='corp'")));
    QVERIFY(dialog.copyButton()->isEnabled());
    QVERIFY(dialog.saveButton()->isEnabled());
    // Other formats do not need it, and nmcli is not asked again.
    QVERIFY(dialog.setFormat(QStringLiteral("sh")));
    QVERIFY(!combo->isEnabled());
    QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
    QCOMPARE(calls, 1);
}

void TestExportDialog::nmcliWithoutConnectionsSaysSo() {
    for (const bool ran : {true, false}) {
        ExportDialog dialog(testPlan());
        dialog.setNmcliRunner(
            [ran] { return ran ? std::optional<QString>(QString()) : std::nullopt; });
        QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
        QCOMPARE(dialog.connectionCombo()->count(), 0);
        QVERIFY(dialog.script().isEmpty());
        QVERIFY2(dialog.errorText().contains(ran ? QStringLiteral("No NetworkManager connections")
                                                 : QStringLiteral("nmcli could not list")),
                 qPrintable(dialog.errorText()));
        QVERIFY(!dialog.copyButton()->isEnabled());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QApplication::clipboard()->setText(QStringLiteral("before"));
        dialog.copyButton()->click(); // disabled: nothing happens
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        // Typing a name makes a script.
        dialog.connectionEdit()->setText(QStringLiteral("Work VPN"));
        QVERIFY(dialog.copyButton()->isEnabled());
        QVERIFY(dialog.script().contains(QStringLiteral("VPN='Work VPN'")));
    }
}

void TestExportDialog::mnemonicsAreUnique() {
    ExportDialog dialog(testPlan());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QMap<QChar, QString> seen;
    auto take = [&](const QString& text) {
        const QChar m = mnemonicOf(text);
        if (m.isNull())
            return;
        QVERIFY2(
            !seen.contains(m),
            qPrintable(QStringLiteral("'%1' in \"%2\" and \"%3\"").arg(m, text, seen.value(m))));
        seen.insert(m, text);
    };
    for (QAbstractButton* b : dialog.findChildren<QAbstractButton*>())
        if (b->isVisible())
            take(b->text());
    for (QLabel* l : dialog.findChildren<QLabel*>())
        if (l->buddy())
            take(l->text());
    for (QTabBar* t : dialog.findChildren<QTabBar*>())
        for (int i = 0; i < t->count(); ++i)
            take(t->tabText(i));
    QVERIFY(seen.size() >= 6); // Format, Connection, Script, Undo script, Copy, Save
}

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
