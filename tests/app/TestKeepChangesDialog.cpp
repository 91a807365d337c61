// SPDX-License-Identifier: GPL-3.0-or-later
// KeepChangesDialog: Enter keeps (also with the focus on "Revert Now"), Esc reverts, the
// countdown is in the text and in the accessible description, and running out rejects.

#include "app/gui/KeepChangesDialog.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace splitroute::app;

class TestKeepChangesDialog : public QObject {
    Q_OBJECT
private slots:
    void enterKeeps_data();
    void enterKeeps();
    void escapeReverts();
    void countdownIsAnnounced();
    void clickingTheButtons();
};

void TestKeepChangesDialog::enterKeeps_data() {
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("focusOnRevert");
    QTest::newRow("Return") << int(Qt::Key_Return) << false;
    QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << false;
    QTest::newRow("Return, focus on Revert Now") << int(Qt::Key_Return) << true;
}

void TestKeepChangesDialog::enterKeeps() {
    QFETCH(int, key);
    QFETCH(bool, focusOnRevert);
    KeepChangesDialog d(30);
    QSignalSpy finished(&d, &QDialog::finished);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(d.keepButton()->isDefault());
    if (focusOnRevert)
        d.revertButton()->setFocus();
    QWidget* target = focusOnRevert ? d.revertButton() : static_cast<QWidget*>(&d);
    QTest::keyClick(target, static_cast<Qt::Key>(key));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished[0][0].toInt(), int(QDialog::Accepted));
    QVERIFY(!d.isVisible());
}

void TestKeepChangesDialog::escapeReverts() {
    KeepChangesDialog d(30);
    QSignalSpy finished(&d, &QDialog::finished);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTest::keyClick(&d, Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished[0][0].toInt(), int(QDialog::Rejected));
}

void TestKeepChangesDialog::countdownIsAnnounced() {
    KeepChangesDialog d(3);
    QSignalSpy finished(&d, &QDialog::finished);
    d.show();
    QCOMPARE(d.remaining(), 3);
    QVERIFY2(d.text().contains(QStringLiteral("in 3 second")), qPrintable(d.text()));
    QVERIFY(d.text().contains(QStringLiteral("Enter")));
    QVERIFY(d.text().contains(QStringLiteral("Esc")));
    QCOMPARE(d.accessibleDescription(), d.text());
    QVERIFY(d.keepButton()->text().contains(QStringLiteral("3")));
    // One second later the text says so (waits for the timer, asserts no duration).
    QTRY_COMPARE_WITH_TIMEOUT(d.remaining(), 2, 5000);
    QVERIFY2(d.text().contains(QStringLiteral("in 2 second")), qPrintable(d.text()));
    QCOMPARE(d.accessibleDescription(), d.text());
    QVERIFY(d.keepButton()->text().contains(QStringLiteral("2")));
    // Nobody answers: rejected (the caller reverts).
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished[0][0].toInt(), int(QDialog::Rejected));
}

void TestKeepChangesDialog::clickingTheButtons() {
    {
        KeepChangesDialog d(30);
        QSignalSpy finished(&d, &QDialog::finished);
        d.show();
        QTest::mouseClick(d.revertButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toInt(), int(QDialog::Rejected));
    }
    KeepChangesDialog d(30);
    QSignalSpy finished(&d, &QDialog::finished);
    d.show();
    QTest::mouseClick(d.keepButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished[0][0].toInt(), int(QDialog::Accepted));
}

QTEST_MAIN(TestKeepChangesDialog)
#include "TestKeepChangesDialog.moc"
