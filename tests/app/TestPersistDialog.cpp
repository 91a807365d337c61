// SPDX-License-Identifier: GPL-3.0-or-later
// Make Permanent… (app/gui/PersistDialog), offscreen:
// - NetworkManager, against the stand-in nmcli of tests/FakeNmcli.h: the connections found for
//   the plan's tunnel device, the exact nmcli calls shown before Write, Write (backup, calls,
//   re-activation when asked), Undo from the same dialog (the settings byte for byte as
//   before, the backup gone), a refusal on the second connection rolled back, nmcli missing,
//   a table that is not this computer's;
// - the OpenVPN profile: the diff shown, written in place keeping CRLF, BOM and permission
//   bits, a copy, Undo giving back the original bytes, an AWS profile refused with the keeper
//   named, the demo's profile only copied, Undo without a plan;
// - the entry points: the Routes menu, the Networks tab's button, the dialog opened from
//   the window on the demo.

#include "FakeNmcli.h"
#include "TestUtil.h"

#include "Mnemonics.h"
#include "app/RecordingSink.h"
#include "app/gui/Translations.h"
#include "app/gui/MainWindow.h"
#include "app/gui/NetworksView.h"
#include "app/gui/PersistDialog.h"
#include "app/gui/TableSource.h"
#include "app/gui/WindowActions.h"
#include "app/gui/Workspace.h"
#include "core/persist/Diff.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace splitroute;
using namespace splitroute::app;
using faketest::kFakeLanUuid;
using faketest::kFakeVpnUuid;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A client profile with a BOM, CRLF line ends and an inline block.
const QByteArray kProfile = "\xEF\xBB\xBF"
                            "client\r\ndev tun\r\nremote vpn.example.com 1194\r\n"
                            "<ca>\r\n-----BEGIN CERTIFICATE-----\r\nMIIB\r\n"
                            "-----END CERTIFICATE-----\r\n</ca>\r\n";

const char* kDryRun = "nmcli connection modify 55ff893b-2d46-4ec2-8781-2bd33e48e896 "
                      "ipv4.routes 198.51.100.0/24   # vpn 'nmt-ovpn'\n"
                      "nmcli connection modify 128e19a7-a2e8-4e5f-862a-43569bcb1b76 "
                      "ipv4.routes '203.0.113.0/24 192.0.2.1, 198.19.0.0/16 192.0.2.1 0'"
                      "   # underlying 'nmt-veth0'\n";

} // namespace

class TestPersistDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void networkManagerWriteAndUndo();
    void networkManagerReconnects();
    void networkManagerRefusalRolledBack();
    void nmcliMissingOffersProfile();
    void notThisComputer();
    void profileInPlaceAndUndo();
    void profileCopy();
    void awsProfileRefused();
    void demoProfileOnlyCopied();
    void undoWithoutPlan();
    void closingWhileBusy();
    void typedPathPreviewedFirst();
    void staleProfileNotWritten();
    void staleNetworkManagerNotWritten();
    void destroyedWithFocusInPath();
    void backupsOfOtherVpns();
    void mnemonicsInEveryLanguage_data();
    void mnemonicsInEveryLanguage();
    void contextFromSources();
    void entryPoints();

private:
    PersistDialog::Context liveContext(const QString& profile = {}) const;
    void waitIdle(PersistDialog& d);
    QString fakeState(const char* uuid) const {
        return m_dir.filePath(QStringLiteral("fake-state/") + QLatin1String(uuid));
    }
    QString calls() const {
        return QString::fromUtf8(readAll(m_dir.filePath("fake-state/calls.log")));
    }
    QString stateDir() const { return m_dir.filePath(QStringLiteral("state/splitroute/persist")); }

    QTemporaryDir m_dir;
    core::Plan m_plan;
};

void TestPersistDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("XDG_STATE_HOME", m_dir.filePath("state").toUtf8());
    m_plan = faketest::sandboxPlan("tun0");
}

void TestPersistDialog::init() {
    const QString error = faketest::installFakeNmcli(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QDir(m_dir.filePath("state")).removeRecursively();
}

PersistDialog::Context TestPersistDialog::liveContext(const QString& profile) const {
    PersistDialog::Context c;
    c.connectionName = QStringLiteral("corporate");
    c.tunnelDevice = QStringLiteral("tun0");
    c.thisComputer = true;
    c.profile = profile;
    return c;
}

void TestPersistDialog::waitIdle(PersistDialog& d) {
    QTRY_VERIFY_WITH_TIMEOUT(!d.busy(), 20000);
}

void TestPersistDialog::networkManagerWriteAndUndo() {
    const QByteArray vpnBefore = readAll(fakeState(kFakeVpnUuid));
    const QByteArray lanBefore = readAll(fakeState(kFakeLanUuid));
    PersistDialog d(liveContext(), &m_plan);
    RecordingSink sink;
    d.setMessageSink(&sink);
    d.start();
    QVERIFY(d.busy());
    QVERIFY(!d.writeButton()->isEnabled()); // not while NetworkManager is asked
    waitIdle(d);
    QCOMPARE(d.target(), PersistDialog::Target::NetworkManager);
    QVERIFY2(d.targetText(PersistDialog::Target::NetworkManager).contains("'nmt-ovpn' on tun0"),
             qPrintable(d.targetText(PersistDialog::Target::NetworkManager)));
    QVERIFY(d.targetText(PersistDialog::Target::NetworkManager).contains("'nmt-veth0' on veth0"));
    // exactly the calls Write runs, and where the values before go
    QVERIFY2(d.previewText().startsWith(QLatin1String(kDryRun)), qPrintable(d.previewText()));
    QVERIFY(d.previewText().contains(stateDir() + "/" + kFakeVpnUuid + ".json"));
    QVERIFY(!calls().contains("modify")); // looking changed nothing
    QVERIFY(d.writeButton()->isEnabled());
    QVERIFY(!d.undoButton()->isEnabled());

    QSignalSpy changed(&d, &PersistDialog::changed);
    QTest::mouseClick(d.writeButton(), Qt::LeftButton);
    waitIdle(d);
    QVERIFY2(d.statusText().contains("Wrote the split to 'nmt-ovpn', 'nmt-veth0'"),
             qPrintable(d.statusText()));
    QCOMPARE(changed.count(), 1);
    const QString backup = stateDir() + "/" + kFakeVpnUuid + ".json";
    QVERIFY(QFile::exists(backup));
    QVERIFY(readAll(fakeState(kFakeVpnUuid)).contains("ipv4.routes:198.51.100.0/24\n"));
    QVERIFY(!calls().contains("connection up")); // not asked to reconnect
    // Undo from the same place; Write waits until it is undone
    QVERIFY(d.undoButton()->isEnabled());
    QVERIFY(!d.writeButton()->isEnabled());
    QVERIFY2(d.previewText().contains("Undo runs"), qPrintable(d.previewText()));

    sink.confirmAnswer = false; // Cancel changes nothing
    QTest::mouseClick(d.undoButton(), Qt::LeftButton);
    QCOMPARE(sink.confirmations.size(), 1);
    QVERIFY2(sink.confirmations[0].contains("nmcli connection modify " + QString(kFakeLanUuid)),
             qPrintable(sink.confirmations[0]));
    QVERIFY(!d.busy());
    QVERIFY(QFile::exists(backup));

    sink.confirmAnswer = true;
    QTest::mouseClick(d.undoButton(), Qt::LeftButton);
    waitIdle(d);
    QVERIFY2(d.statusText().contains("Restored the values 'nmt-ovpn' had before"),
             qPrintable(d.statusText()));
    QCOMPARE(changed.count(), 2);
    QVERIFY(!QFile::exists(backup));
    // byte for byte: the stand-in rewrote the files property by property
    const auto sorted = [](const QByteArray& b) {
        QList<QByteArray> lines = b.split('\n');
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    QCOMPARE(sorted(readAll(fakeState(kFakeVpnUuid))), sorted(vpnBefore));
    QCOMPARE(sorted(readAll(fakeState(kFakeLanUuid))), sorted(lanBefore));
    QVERIFY(d.writeButton()->isEnabled());
    QVERIFY(!d.undoButton()->isEnabled());
}

void TestPersistDialog::networkManagerReconnects() {
    PersistDialog d(liveContext(), &m_plan);
    RecordingSink sink;
    d.setMessageSink(&sink);
    d.start();
    waitIdle(d);
    QVERIFY(!d.reconnectBox()->isHidden());
    QVERIFY(d.reconnectBox()->isEnabled());
    d.reconnectBox()->setChecked(true);
    d.write();
    waitIdle(d);
    QVERIFY2(d.statusText().contains("Reconnected: nmt-veth0, nmt-ovpn."),
             qPrintable(d.statusText()));
    // the underlying connection first (it takes the VPN down), then the VPN on its base device
    const QString log = calls();
    const auto lan = log.indexOf(QStringLiteral("--wait 30 connection up ") + kFakeLanUuid);
    const auto vpn =
        log.indexOf(QStringLiteral("--wait 30 connection up ") + kFakeVpnUuid + " ifname veth0");
    QVERIFY2(lan >= 0 && vpn > lan, qPrintable(log));
    d.undo();
    waitIdle(d);
    QVERIFY(!QFile::exists(stateDir() + "/" + kFakeVpnUuid + ".json"));
}

void TestPersistDialog::networkManagerRefusalRolledBack() {
    const QString error = faketest::installFakeNmcli(m_dir.path(), true);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PersistDialog d(liveContext(), &m_plan);
    d.start();
    waitIdle(d);
    QSignalSpy changed(&d, &PersistDialog::changed);
    d.write();
    waitIdle(d);
    QVERIFY2(d.statusText().startsWith("Nothing was changed") &&
                 d.statusText().contains("Insufficient privileges"),
             qPrintable(d.statusText()));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QFile::exists(stateDir() + "/" + kFakeVpnUuid + ".json"));
    QVERIFY(readAll(fakeState(kFakeVpnUuid)).contains("ipv4.routes:\n")); // rolled back
    QVERIFY(!readAll(fakeState(kFakeVpnUuid)).contains("198.51.100.0/24"));
    QVERIFY(!d.undoButton()->isEnabled());
    QVERIFY(d.writeButton()->isEnabled()); // it can be tried again
}

void TestPersistDialog::nmcliMissingOffersProfile() {
    qputenv("SPLITROUTE_NMCLI", m_dir.filePath("no-such-nmcli").toUtf8());
    const QString profile = m_dir.filePath("missing.ovpn");
    QVERIFY(writeAll(profile, kProfile));
    PersistDialog d(liveContext(profile), &m_plan);
    d.start();
    waitIdle(d);
    const QString nm = d.targetText(PersistDialog::Target::NetworkManager);
    QVERIFY2(nm.contains("nmcli is not installed") && nm.contains("network-manager"),
             qPrintable(nm));
    QVERIFY(!d.targetAvailable(PersistDialog::Target::NetworkManager));
    QCOMPARE(d.target(), PersistDialog::Target::Profile); // moved to what can be written
    QVERIFY(d.writeButton()->isEnabled());
    QVERIFY(d.previewText().contains("+# BEGIN splitroute v1"));
}

void TestPersistDialog::notThisComputer() {
    auto c = liveContext();
    c.thisComputer = false;
    PersistDialog d(c, &m_plan);
    d.start();
    QVERIFY(!d.busy()); // NetworkManager is not asked
    QVERIFY(!QFile::exists(m_dir.filePath("fake-state/calls.log")));
    QVERIFY2(d.targetText(PersistDialog::Target::NetworkManager).contains("This Computer"),
             qPrintable(d.targetText(PersistDialog::Target::NetworkManager)));
    QCOMPARE(d.target(), PersistDialog::Target::Profile);
    QVERIFY(!d.writeButton()->isEnabled()); // no profile either
    QVERIFY2(d.targetText(PersistDialog::Target::Profile).contains("No OpenVPN client profile"),
             qPrintable(d.targetText(PersistDialog::Target::Profile)));
}

void TestPersistDialog::profileInPlaceAndUndo() {
    const QString profile = m_dir.filePath("corp.ovpn");
    QVERIFY(writeAll(profile, kProfile));
    QVERIFY(QFile::setPermissions(profile, QFile::ReadOwner | QFile::WriteOwner |
                                               QFile::ReadGroup)); // 0640: it holds a key
    auto c = liveContext(profile);
    c.thisComputer = false;
    PersistDialog d(c, &m_plan);
    RecordingSink sink;
    d.setMessageSink(&sink);
    d.start();
    QCOMPARE(d.target(), PersistDialog::Target::Profile);
    QCOMPARE(d.profileOutput(), profile); // in place by default
    const QString preview = d.previewText();
    QVERIFY2(preview.startsWith("--- " + profile + "\n+++ " + profile + "\n"), qPrintable(preview));
    QVERIFY(preview.contains("+pull-filter ignore \"redirect-gateway\""));
    QVERIFY(preview.contains("+route 198.19.0.0 255.255.0.0 net_gateway"));
    QVERIFY(!d.undoButton()->isEnabled());

    QTest::mouseClick(d.writeButton(), Qt::LeftButton);
    QVERIFY2(d.statusText().contains("Wrote the split into " + profile + " (line 9)"),
             qPrintable(d.statusText()));
    const QByteArray written = readAll(profile);
    QVERIFY(written.startsWith(kProfile)); // every byte before stays
    QVERIFY(written.contains("\r\n# BEGIN splitroute v1\r\n"));
    QCOMPARE(QFile::permissions(profile) & 0x0777,
             QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup);
    // the same plan again: nothing to write, Undo offered
    QVERIFY(!d.writeButton()->isEnabled());
    QVERIFY2(d.previewText().contains("already holds this split"), qPrintable(d.previewText()));
    QVERIFY(d.undoButton()->isEnabled());
    QVERIFY2(d.targetText(PersistDialog::Target::Profile)
                 .contains("holds a Splitroute block "
                           "(line 9)"),
             qPrintable(d.targetText(PersistDialog::Target::Profile)));

    // a dialog opened later offers Undo for that file
    PersistDialog later(c, nullptr);
    later.setMessageSink(&sink);
    later.start();
    QVERIFY(later.undoButton()->isEnabled());
    QVERIFY(!later.writeButton()->isEnabled());
    QTest::mouseClick(later.undoButton(), Qt::LeftButton);
    QCOMPARE(sink.confirmations.size(), 1);
    QVERIFY2(sink.confirmations[0].contains("-# BEGIN splitroute v1"),
             qPrintable(sink.confirmations[0]));
    QCOMPARE(readAll(profile), kProfile); // the original bytes
    QCOMPARE(QFile::permissions(profile) & 0x0777,
             QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup);
    QVERIFY2(later.statusText().contains("Took the split out of " + profile),
             qPrintable(later.statusText()));
    QVERIFY(!later.undoButton()->isEnabled());
}

void TestPersistDialog::profileCopy() {
    const QString profile = m_dir.filePath("copy-src.ovpn");
    const QString copy = m_dir.filePath("copy-out.ovpn");
    QVERIFY(writeAll(profile, kProfile));
    QFile::remove(copy);
    auto c = liveContext(profile);
    c.thisComputer = false;
    PersistDialog d(c, &m_plan);
    RecordingSink sink;
    sink.fileAnswers << copy;
    d.setMessageSink(&sink);
    d.start();
    const auto buttons = d.findChildren<QPushButton*>();
    QPushButton* choose = nullptr;
    for (QPushButton* b : buttons)
        if (b->text() == QStringLiteral("C&hoose…"))
            choose = b;
    QVERIFY(choose);
    QTest::mouseClick(choose, Qt::LeftButton);
    QCOMPARE(d.profileOutput(), copy);
    QVERIFY2(d.previewText().startsWith("--- " + profile + "\n+++ " + copy + "\n"),
             qPrintable(d.previewText()));
    d.write();
    QCOMPARE(readAll(profile), kProfile); // the profile itself is untouched
    QVERIFY(readAll(copy).startsWith(kProfile));
    QVERIFY(readAll(copy).contains("# END splitroute"));
}

void TestPersistDialog::awsProfileRefused() {
    const QString profile = m_dir.filePath("aws.ovpn");
    const QByteArray original = "client\ndev tun\nproto udp\n"
                                "remote cvpn-endpoint-0123456789abcdef0.prod.clientvpn.eu-west-1."
                                "amazonaws.com 443\n";
    QVERIFY(writeAll(profile, original));
    auto c = liveContext(profile);
    c.thisComputer = false;
    PersistDialog d(c, &m_plan);
    d.start();
    QVERIFY(!d.targetAvailable(PersistDialog::Target::Profile));
    const QString text = d.targetText(PersistDialog::Target::Profile);
    QVERIFY2(text.contains("AWS Client VPN profile") && text.contains("keeper"), qPrintable(text));
    QVERIFY(!d.writeButton()->isEnabled());
    QCOMPARE(readAll(profile), original); // untouched
}

void TestPersistDialog::demoProfileOnlyCopied() {
    const QString profile = m_dir.filePath("demo-corporate.ovpn");
    QVERIFY(writeAll(profile, kProfile));
    auto c = liveContext(profile);
    c.thisComputer = false;
    c.demo = true;
    PersistDialog d(c, &m_plan);
    RecordingSink sink;
    d.setMessageSink(&sink);
    d.start();
    QVERIFY(d.profileOutput().isEmpty());
    QVERIFY(!d.writeButton()->isEnabled());
    QVERIFY2(d.targetText(PersistDialog::Target::Profile).contains("choose where to write a copy"),
             qPrintable(d.targetText(PersistDialog::Target::Profile)));
    d.setProfileOutput(profile); // typed in: still refused
    QVERIFY(!d.writeButton()->isEnabled());
    d.setProfileOutput(m_dir.filePath("demo-copy.ovpn"));
    QVERIFY(d.writeButton()->isEnabled());
}

void TestPersistDialog::undoWithoutPlan() {
    // NetworkManager: a split written earlier is found from the connection's device alone
    {
        PersistDialog first(liveContext(), &m_plan);
        first.start();
        waitIdle(first);
        first.write();
        waitIdle(first);
        QVERIFY(QFile::exists(stateDir() + "/" + kFakeVpnUuid + ".json"));
    }
    PersistDialog d(liveContext(), nullptr);
    RecordingSink sink;
    d.setMessageSink(&sink);
    d.start();
    waitIdle(d);
    QVERIFY2(d.targetText(PersistDialog::Target::NetworkManager).contains("Nothing to write"),
             qPrintable(d.targetText(PersistDialog::Target::NetworkManager)));
    QVERIFY(!d.writeButton()->isEnabled());
    QVERIFY(d.undoButton()->isEnabled());
    d.undo();
    waitIdle(d);
    QVERIFY(!QFile::exists(stateDir() + "/" + kFakeVpnUuid + ".json"));
    QVERIFY(!d.undoButton()->isEnabled());
}

void TestPersistDialog::closingWhileBusy() {
    qputenv("FAKE_NMCLI_SLEEP", "0.2");
    // closed while NetworkManager is asked: gone at once, the answer dropped without a crash
    auto* looking = new PersistDialog(liveContext(), &m_plan);
    looking->start();
    QVERIFY(looking->busy());
    looking->reject();
    QCOMPARE(looking->result(), int(QDialog::Rejected));
    delete looking;
    QTest::qWait(1500); // the worker finishes and its thread deletes itself
    // closed while it writes: refused until NetworkManager has answered
    PersistDialog d(liveContext(), &m_plan);
    RecordingSink sink;
    d.setMessageSink(&sink);
    d.start();
    waitIdle(d);
    d.setResult(QDialog::Accepted);
    d.write();
    QVERIFY(d.busy());
    d.reject();
    QCOMPARE(d.result(), int(QDialog::Accepted)); // not closed
    QVERIFY2(d.statusText().contains("wait for its answer"), qPrintable(d.statusText()));
    waitIdle(d);
    QVERIFY2(d.statusText().contains("Wrote the split"), qPrintable(d.statusText()));
    d.reject();
    QCOMPARE(d.result(), int(QDialog::Rejected));
    qunsetenv("FAKE_NMCLI_SLEEP");
    d.undo();
    waitIdle(d);
}

// A path typed into "Write to" gets its preview (Enter or Tab) before Write or Undo act on it.
void TestPersistDialog::typedPathPreviewedFirst() {
    const QString profile = m_dir.filePath("typed.ovpn");
    const QString other = m_dir.filePath("typed-other.ovpn");
    QVERIFY(writeAll(profile, kProfile));
    QVERIFY(writeAll(other, "client\nremote other.example.com\n"));
    auto c = liveContext(profile);
    c.thisComputer = false;
    PersistDialog d(c, &m_plan);
    d.start();
    QVERIFY(d.writeButton()->isEnabled());
    auto* edit = d.findChild<QLineEdit*>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, other);
    QVERIFY(!d.writeButton()->isEnabled());
    QVERIFY2(d.previewText().contains("Press Enter"), qPrintable(d.previewText()));
    d.write(); // Alt+W while typing: nothing
    QCOMPARE(readAll(other), QByteArray("client\nremote other.example.com\n"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(d.profileOutput(), other);
    QVERIFY2(d.previewText().startsWith("--- " + profile + "\n+++ " + other + "\n") &&
                 d.previewText().contains("\n-remote other.example.com\n"),
             qPrintable(d.previewText()));
    QVERIFY(d.writeButton()->isEnabled());
    QCOMPARE(readAll(other), QByteArray("client\nremote other.example.com\n")); // Enter: no write
}

// The profile changed on disk after the preview: nothing is written over it.
void TestPersistDialog::staleProfileNotWritten() {
    const QString profile = m_dir.filePath("stale.ovpn");
    QVERIFY(writeAll(profile, kProfile));
    auto c = liveContext(profile);
    c.thisComputer = false;
    PersistDialog d(c, &m_plan);
    d.start();
    const QByteArray edited = kProfile + "auth-user-pass\r\n";
    QVERIFY(writeAll(profile, edited));
    d.write();
    QCOMPARE(readAll(profile), edited);
    QVERIFY2(d.statusText().contains("changed since the preview"), qPrintable(d.statusText()));
    QVERIFY(d.previewText().contains(" auth-user-pass")); // the new preview
    d.write();
    QVERIFY(readAll(profile).startsWith(edited));
    QVERIFY(readAll(profile).contains("# BEGIN splitroute v1"));
}

// NetworkManager's settings changed after the preview: a new preview instead of a write.
void TestPersistDialog::staleNetworkManagerNotWritten() {
    PersistDialog d(liveContext(), &m_plan);
    d.start();
    waitIdle(d);
    QVERIFY(d.writeButton()->isEnabled());
    // someone adds a route to the VPN connection meanwhile
    QByteArray vpn = readAll(fakeState(kFakeVpnUuid));
    vpn.replace("ipv4.routes:\n", "ipv4.routes:10.99.0.0/16\n");
    QVERIFY(writeAll(fakeState(kFakeVpnUuid), vpn));
    d.write();
    waitIdle(d);
    QVERIFY2(d.statusText().contains("changed since the preview"), qPrintable(d.statusText()));
    QVERIFY(!calls().contains("connection modify"));
    QVERIFY(!QFile::exists(stateDir() + "/" + kFakeVpnUuid + ".json"));
    QVERIFY2(d.previewText().contains("10.99.0.0/16, 198.51.100.0/24"),
             qPrintable(d.previewText()));
    d.write();
    waitIdle(d);
    QVERIFY2(d.statusText().contains("Wrote the split"), qPrintable(d.statusText()));
    QVERIFY(readAll(fakeState(kFakeVpnUuid)).contains("ipv4.routes:10.99.0.0/16, 198.51.100.0/24"));
    RecordingSink sink;
    d.setMessageSink(&sink);
    d.undo();
    waitIdle(d);
    QVERIFY(readAll(fakeState(kFakeVpnUuid)).contains("ipv4.routes:10.99.0.0/16\n"));
}

// Deleted while shown with the focus in "Write to" (the screenshot path does this).
void TestPersistDialog::destroyedWithFocusInPath() {
    const QString profile = m_dir.filePath("focus.ovpn");
    QVERIFY(writeAll(profile, kProfile));
    auto c = liveContext(profile);
    c.thisComputer = false;
    auto* d = new PersistDialog(c, &m_plan);
    d->start();
    d->show();
    QVERIFY(QTest::qWaitForWindowActive(d));
    auto* edit = d->findChild<QLineEdit*>();
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, "x"); // a typed path: losing the focus would preview it
    // No preview into a half-destroyed dialog (a use after free that shows as a crash only
    // sometimes without AddressSanitizer; the GUI is not in the asan preset).
    delete d;
}

// The VPN is not connected: one split written earlier can be taken back; of several, the
// dialog names them and asks to connect the one meant.
void TestPersistDialog::backupsOfOtherVpns() {
    {
        PersistDialog first(liveContext(), &m_plan);
        first.start();
        waitIdle(first);
        first.write();
        waitIdle(first);
    }
    auto c = liveContext();
    c.tunnelDevice = QStringLiteral("tun7"); // no VPN there
    {
        PersistDialog one(c, nullptr);
        one.start();
        waitIdle(one);
        QVERIFY(one.undoButton()->isEnabled());
        QVERIFY2(one.targetText(PersistDialog::Target::NetworkManager).contains("'nmt-ovpn'"),
                 qPrintable(one.targetText(PersistDialog::Target::NetworkManager)));
    }
    const QString second = stateDir() + "/" + kFakeLanUuid + ".json";
    QVERIFY(QFile::copy(stateDir() + "/" + kFakeVpnUuid + ".json", second));
    {
        PersistDialog several(c, nullptr);
        several.start();
        waitIdle(several);
        QVERIFY(!several.undoButton()->isEnabled());
        const QString text = several.targetText(PersistDialog::Target::NetworkManager);
        QVERIFY2(text.contains("'nmt-veth0', 'nmt-ovpn'") && text.contains("connect the VPN"),
                 qPrintable(text));
    }
    QVERIFY(QFile::remove(second));
    PersistDialog undo(liveContext(), nullptr);
    RecordingSink sink;
    undo.setMessageSink(&sink);
    undo.start();
    waitIdle(undo);
    undo.undo();
    waitIdle(undo);
    QVERIFY(!QFile::exists(stateDir() + "/" + kFakeVpnUuid + ".json"));
}

void TestPersistDialog::mnemonicsInEveryLanguage_data() {
    QTest::addColumn<QString>("language");
    for (const char* l : {"en", "ja", "ru"})
        QTest::newRow(l) << QString::fromLatin1(l);
}

void TestPersistDialog::mnemonicsInEveryLanguage() {
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QCOMPARE(installTranslations(*qApp, language), language);
    const QString profile = m_dir.filePath("keys.ovpn");
    QVERIFY(writeAll(profile, kProfile));
    PersistDialog d(liveContext(profile), &m_plan);
    d.start();
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    waitIdle(d);
    QString clash;
    const auto seen = mnemonictest::mnemonics(d, &clash);
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    // NetworkManager, profile, Choose, Write to, the preview, Reconnect, Write, Undo
    QVERIFY2(seen.size() >= 8, qPrintable(QStringList(seen.values()).join(", ")));
}

void TestPersistDialog::contextFromSources() {
    TableSource live;
    live.kind = TableSource::Kind::Live;
    VpnConnection profile;
    profile.kind = core::Connection::Kind::Profile;
    profile.name = QStringLiteral("corporate");
    profile.path = "/home/u/corp.ovpn";
    profile.device = "tun3";
    VpnConnection server;
    server.kind = core::Connection::Kind::Server;
    VpnConnection aws;
    aws.kind = core::Connection::Kind::Aws;
    live.connections = {profile, server, aws};
    live.selectedConnection = 0;
    auto c = PersistDialog::contextFor(&live);
    QVERIFY(c.thisComputer && !c.demo);
    QCOMPARE(c.connectionName, QStringLiteral("corporate"));
    QCOMPARE(c.tunnelDevice, QStringLiteral("tun3"));
    QCOMPARE(c.profile, QStringLiteral("/home/u/corp.ovpn"));
    live.selectedConnection = 1;
    c = PersistDialog::contextFor(&live);
    QVERIFY(c.profile.isEmpty());
    QVERIFY2(c.noProfileReason.contains("server config"), qPrintable(c.noProfileReason));
    live.selectedConnection = 2;
    c = PersistDialog::contextFor(&live);
    QVERIFY2(c.noProfileReason.contains("Keep This Split After Reconnects"),
             qPrintable(c.noProfileReason));
    live.kind = TableSource::Kind::Demo;
    QVERIFY(PersistDialog::contextFor(&live).demo);
    QVERIFY(!PersistDialog::contextFor(&live).thisComputer);
}

void TestPersistDialog::entryPoints() {
    QCoreApplication::setOrganizationName(QStringLiteral("SplitrouteTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_app_persistdialog"));
    MainWindow w;
    RecordingSink sink;
    w.setMessageSink(&sink);
    QAction* action = w.actions()->makePermanent;
    QVERIFY(!action->isEnabled()); // nothing open
    bool inRoutes = false;
    for (QAction* m : w.menuBar()->actions())
        if (m->menu() && m->menu()->actions().contains(action))
            inRoutes = m->text() == QStringLiteral("&Routes");
    QVERIFY(inRoutes);
    QVERIFY(w.networksView()->persistButton());
    QCOMPARE(w.networksView()->persistButton()->defaultAction(), action);

    QVERIFY(w.workspace()->openDemo());
    QVERIFY(action->isEnabled());
    QString title, profileText;
    bool demoCopyOnly = false;
    QTimer::singleShot(0, this, [&] {
        auto* d = qobject_cast<PersistDialog*>(QApplication::activeModalWidget());
        if (!d)
            return;
        title = d->windowTitle();
        profileText = d->targetText(PersistDialog::Target::Profile);
        demoCopyOnly = d->profileOutput().isEmpty();
        d->reject();
    });
    w.networksView()->persistButton()->click();
    QVERIFY2(title.contains("corporate"), qPrintable(title));
    QVERIFY2(profileText.contains("corporate.ovpn"), qPrintable(profileText));
    QVERIFY(demoCopyOnly);
}

QTEST_MAIN(TestPersistDialog)
#include "TestPersistDialog.moc"
