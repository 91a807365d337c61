// SPDX-License-Identifier: GPL-3.0-or-later
// The Export dialog: both scripts can be copied and saved, shell scripts are saved
// executable, a file name is suggested, nmcli offers this computer's NetworkManager
// connections (the nmcli call is replaced by the test) and is asked in the background (the
// dialog answers while it runs, and can be closed), and no two controls share a mnemonic.

#include "FakeNmcli.h"
#include "Mnemonics.h"
#include "TestUtil.h"

#include "RecordingSink.h"
#include "app/gui/ExportDialog.h"

#include "core/RouteJson.h"
#include "core/export/Exporter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabBar>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

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

/// A runner that takes its time, as nmcli does with NetworkManager hung. Shared with the
/// worker thread, so it outlives the dialog and the test function's stack.
struct SlowNmcli {
    std::chrono::milliseconds delay{1000};
    QString answer = QStringLiteral("corp:vpn\nWired connection 1:802-3-ethernet\n");
    std::atomic<int> calls{0};
    std::atomic<bool> started{false};
    std::atomic<bool> finished{false};
    QMutex mutex;
    QPointer<QThread> thread; ///< the thread it ran on (it deletes itself when done)
    bool onGuiThread = false;

    static ExportDialog::NmcliRunner runner(const std::shared_ptr<SlowNmcli>& self) {
        return [self] {
            {
                const QMutexLocker lock(&self->mutex);
                self->thread = QThread::currentThread();
                self->onGuiThread = QThread::currentThread() == qApp->thread();
            }
            ++self->calls;
            self->started = true;
            std::this_thread::sleep_for(self->delay);
            self->finished = true;
            return std::optional<QString>(self->answer);
        };
    }
    [[nodiscard]] bool threadGone() {
        const QMutexLocker lock(&mutex);
        return thread.isNull();
    }
};

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
    void nmcliIsAskedInTheBackground();
    void closingWhileNmcliRunsIsSafe_data();
    void closingWhileNmcliRunsIsSafe();
    void replacedRunnerAnswerIsDropped();
    void nmcliMissing();
    void standInNmcli();
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
    // Shared with the worker thread the runner is called on.
    auto calls = std::make_shared<std::atomic<int>>(0);
    dialog.setNmcliRunner([calls] {
        ++*calls;
        return std::optional<QString>(
            QStringLiteral("Wired connection 1:802-3-ethernet\nHome\\:5G:802-11-wireless\n"
                           "corp:vpn\nwg0:wireguard\n"));
    });
    QTest::qWait(50);
    QCOMPARE(calls->load(), 0); // nmcli runs only when its format is chosen
    QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
    QComboBox* combo = dialog.connectionCombo();
    QTRY_VERIFY(!dialog.lookingForConnections());
    QCOMPARE(calls->load(), 1);
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
    QTest::qWait(50);
    QVERIFY(!dialog.lookingForConnections());
    QCOMPARE(calls->load(), 1);
}

void TestExportDialog::nmcliWithoutConnectionsSaysSo() {
    for (const bool ran : {true, false}) {
        ExportDialog dialog(testPlan());
        dialog.setNmcliRunner(
            [ran] { return ran ? std::optional<QString>(QString()) : std::nullopt; });
        QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
        QTRY_VERIFY(!dialog.lookingForConnections());
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

void TestExportDialog::nmcliIsAskedInTheBackground() {
    auto nm = std::make_shared<SlowNmcli>();
    ExportDialog dialog(testPlan());
    dialog.setNmcliRunner(SlowNmcli::runner(nm));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(dialog.lookingForConnections());
    QVERIFY(dialog.lookingLabel()->isVisible());
    QVERIFY2(dialog.lookingLabel()->text().contains(QStringLiteral("Looking for")),
             qPrintable(dialog.lookingLabel()->text()));
    QComboBox* combo = dialog.connectionCombo();
    QCOMPARE(combo->count(), 0);
    // The list is not there: it does not open; nothing to copy or save yet.
    combo->showPopup();
    QVERIFY(!combo->view()->isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("wait for the list")),
             qPrintable(dialog.errorText()));
    QVERIFY(!dialog.copyButton()->isEnabled());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QTRY_VERIFY(nm->started);
    // The dialog answers while nmcli runs: another format renders, ...
    QVERIFY(dialog.setFormat(QStringLiteral("sh")));
    QVERIFY(!dialog.script().isEmpty());
    QVERIFY(!combo->isEnabled());
    QVERIFY(!dialog.lookingLabel()->isVisible());
    QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
    QVERIFY(dialog.lookingLabel()->isVisible());
    // ... and a connection typed by hand (keys, as a person types) makes the script.
    QTest::keyClicks(dialog.connectionEdit(), QStringLiteral("corp"));
    QVERIFY2(dialog.script().contains(QStringLiteral("VPN='corp'")), qPrintable(dialog.script()));
    QVERIFY(dialog.copyButton()->isEnabled());
    // With SPLITROUTE_SMALLSCREEN_SHOTS=DIR: the dialog while nmcli runs, as a picture.
    if (const QString dir = qEnvironmentVariable("SPLITROUTE_SMALLSCREEN_SHOTS"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/export-nmcli-looking.png")));
    QVERIFY2(!nm->finished, "the runner was faster than the test: no proof of an answer meanwhile");
    QVERIFY(dialog.lookingForConnections());
    QTest::keyClick(dialog.connectionEdit(), Qt::Key_Home);
    QCOMPARE(dialog.connectionEdit()->cursorPosition(), 0);
    // Then the list arrives, and what was typed stays (and where the cursor was).
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 2, 5000);
    QVERIFY(!dialog.lookingForConnections());
    QVERIFY(!dialog.lookingLabel()->isVisible());
    QCOMPARE(combo->itemText(0), QStringLiteral("corp"));
    QCOMPARE(dialog.nmConnections().size(), std::size_t{2});
    QCOMPARE(dialog.connectionEdit()->text(), QStringLiteral("corp"));
    QCOMPARE(dialog.connectionEdit()->cursorPosition(), 0);
    QVERIFY(dialog.script().contains(QStringLiteral("VPN='corp'")));
    QVERIFY(dialog.errorText().isEmpty());
    combo->showPopup();
    QVERIFY(combo->view()->isVisible());
    combo->hidePopup();
    QCOMPARE(nm->calls.load(), 1);
    {
        const QMutexLocker lock(&nm->mutex);
        QVERIFY(!nm->onGuiThread);
    }
    QTRY_VERIFY(nm->threadGone());
}

void TestExportDialog::closingWhileNmcliRunsIsSafe_data() {
    QTest::addColumn<bool>("closeFirst");
    QTest::newRow("deleted") << false;
    QTest::newRow("closed, then deleted") << true;
}

void TestExportDialog::closingWhileNmcliRunsIsSafe() {
    QFETCH(bool, closeFirst);
    auto nm = std::make_shared<SlowNmcli>();
    auto* dialog = new ExportDialog(testPlan());
    dialog->setNmcliRunner(SlowNmcli::runner(nm));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->setFormat(QStringLiteral("nmcli")));
    QTRY_VERIFY(nm->started);
    QElapsedTimer timer;
    timer.start();
    if (closeFirst)
        dialog->reject();
    delete dialog; // while the runner sleeps
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!nm->finished);
    // The runner finishes, its answer is dropped, its thread deletes itself.
    QTRY_VERIFY_WITH_TIMEOUT(nm->finished, 5000);
    QTRY_VERIFY(nm->threadGone());
    QTest::qWait(50); // anything still posted to the event loop runs now
    QCOMPARE(nm->calls.load(), 1);
}

void TestExportDialog::replacedRunnerAnswerIsDropped() {
    auto old = std::make_shared<SlowNmcli>();
    old->delay = std::chrono::milliseconds(500);
    old->answer = QStringLiteral("old:vpn\n");
    ExportDialog dialog(testPlan());
    dialog.setNmcliRunner(SlowNmcli::runner(old));
    QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
    QTRY_VERIFY(old->started);
    dialog.setNmcliRunner([] { return std::optional<QString>(QStringLiteral("new:vpn\n")); });
    QComboBox* combo = dialog.connectionCombo();
    QTRY_COMPARE(combo->count(), 1);
    QCOMPARE(combo->itemText(0), QStringLiteral("new"));
    QTRY_VERIFY_WITH_TIMEOUT(old->finished, 5000);
    QTRY_VERIFY(old->threadGone());
    QTest::qWait(50);
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->itemText(0), QStringLiteral("new"));
    QVERIFY(!dialog.lookingForConnections());
}

// The real runner honours $SPLITROUTE_NMCLI, as every nmcli call of the window does.
void TestExportDialog::standInNmcli() {
    const QString error = faketest::installFakeNmcli(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto restore = qScopeGuard([] { qunsetenv("SPLITROUTE_NMCLI"); });
    ExportDialog dialog(testPlan());
    QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.lookingForConnections(), 8000);
    QVERIFY(dialog.connectionCombo()->findText(QStringLiteral("nmt-ovpn")) >= 0);
}

void TestExportDialog::nmcliMissing() {
    // The real runner, with no nmcli on PATH.
    const QByteArray path = qgetenv("PATH");
    const auto restore = qScopeGuard([&path] { qputenv("PATH", path); });
    QVERIFY(qputenv("PATH", m_dir.path().toLocal8Bit()));
    ExportDialog dialog(testPlan());
    QVERIFY(dialog.setFormat(QStringLiteral("nmcli")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.lookingForConnections(), 8000);
    QCOMPARE(dialog.connectionCombo()->count(), 0);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("nmcli could not list")),
             qPrintable(dialog.errorText()));
    QVERIFY(!dialog.copyButton()->isEnabled());
    dialog.connectionEdit()->setText(QStringLiteral("Work VPN"));
    QVERIFY(dialog.script().contains(QStringLiteral("VPN='Work VPN'")));
}

void TestExportDialog::mnemonicsAreUnique() {
    ExportDialog dialog(testPlan());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QString clash;
    const auto seen = mnemonictest::mnemonics(dialog, &clash);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    QVERIFY(seen.size() >= 6); // Format, Connection, Script, Undo script, Copy, Save
}

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
