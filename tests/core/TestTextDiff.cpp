// SPDX-License-Identifier: GPL-3.0-or-later
// core/persist/Diff: the unified diff shown before Splitroute writes a file. Expected outputs
// are those of GNU `diff -u` for the same inputs (header lines aside).

#include "core/persist/Diff.h"

#include <QTest>

using namespace splitroute::core;

class TestTextDiff : public QObject {
    Q_OBJECT
private slots:
    void unified_data();
    void unified();
    void splitLines();
};

void TestTextDiff::unified_data() {
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<int>("context");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray head = "--- a\n+++ b\n";
    QTest::newRow("equal") << QByteArray("x\ny\n") << QByteArray("x\ny\n") << 3 << QByteArray();
    QTest::newRow("append") << QByteArray("1\n2\n3\n4\n5\n") << QByteArray("1\n2\n3\n4\n5\n6\n7\n")
                            << 3 << head + "@@ -3,3 +3,5 @@\n 3\n 4\n 5\n+6\n+7\n";
    QTest::newRow("from empty") << QByteArray() << QByteArray("a\nb\n") << 3
                                << head + "@@ -0,0 +1,2 @@\n+a\n+b\n";
    QTest::newRow("to empty") << QByteArray("a\n") << QByteArray() << 3
                              << head + "@@ -1 +0,0 @@\n-a\n";
    QTest::newRow("change in the middle")
        << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << QByteArray("1\n2\n3\n4\nfive\n6\n7\n8\n9\n")
        << 2 << head + "@@ -3,5 +3,5 @@\n 3\n 4\n-5\n+five\n 6\n 7\n";
    QTest::newRow("two hunks") << QByteArray("a\n1\n2\n3\n4\n5\n6\nb\n")
                               << QByteArray("A\n1\n2\n3\n4\n5\n6\nB\n") << 1
                               << head +
                                      "@@ -1,2 +1,2 @@\n-a\n+A\n 1\n@@ -7,2 +7,2 @@\n 6\n-b\n+B\n";
    QTest::newRow("close changes share a hunk")
        << QByteArray("a\n1\n2\nb\n") << QByteArray("A\n1\n2\nB\n") << 1
        << head + "@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n-b\n+B\n";
    QTest::newRow("no newline at end, appended")
        << QByteArray("x\ny") << QByteArray("x\ny\nz") << 3
        << head + "@@ -1,2 +1,3 @@\n x\n-y\n\\ No newline at end of file\n+y\n+z\n\\ No newline at "
                  "end of file\n";
    QTest::newRow("CRLF lines shown without CR, compared with it")
        << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\n") << 3
        << head + "@@ -1,2 +1,2 @@\n a\n-b\n+b\n";
}

void TestTextDiff::unified() {
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(int, context);
    QFETCH(QByteArray, expected);
    const std::string got =
        unifiedDiff(a.toStdString(), b.toStdString(), TextDiffOptions{"a", "b", context});
    QCOMPARE(QByteArray::fromStdString(got), expected);
}

void TestTextDiff::splitLines() {
    const auto lines = splitTextLines("a\r\nb\nc");
    QCOMPARE(lines.size(), std::size_t(3));
    QCOMPARE(lines[0].text, std::string_view("a"));
    QCOMPARE(lines[0].eol, std::string_view("\r\n"));
    QCOMPARE(lines[1].eol, std::string_view("\n"));
    QCOMPARE(lines[2].text, std::string_view("c"));
    QVERIFY(lines[2].eol.empty());
    QVERIFY(splitTextLines("").empty());
}

QTEST_APPLESS_MAIN(TestTextDiff)
#include "TestTextDiff.moc"
