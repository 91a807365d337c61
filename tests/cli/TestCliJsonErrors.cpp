// SPDX-License-Identifier: GPL-3.0-or-later
// JSON inputs of splitroute-cli that the core tests do not reach: apply's plan file (a plan or a
// bare array of changes), export's plan, and a bare array of routes given as a table. Bad
// input exits 2 with "FILE:LINE:COLUMN: message" pointing at the offending value.

#include "CliRun.h"
#include "TestUtil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
using clitest::cli;
using clitest::Run;

} // namespace

class TestCliJsonErrors : public QObject {
    Q_OBJECT
private slots:
    void located_data();
    void located();

private:
    QTemporaryDir m_dir;
};

void TestCliJsonErrors::located_data() {
    QTest::addColumn<QStringList>("args"); // FILE stands for the input file
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where"); // LINE:COLUMN
    QTest::addColumn<QString>("messagePart");
    const QString changes = "[\n"
                            " {\"op\": \"add\", \"route\": {\"destination\": \"10.0.0.0/8\",\n"
                            "  \"gateway\": \"10.0.0.300\"}}]";
    QTest::newRow("apply: bare array of changes")
        << QStringList{"apply", "--plan", "FILE", "--direct"} << changes << "3:14"
        << "change 1: field 'gateway'";
    QTest::newRow("apply: plan document")
        << QStringList{"apply", "--plan", "FILE", "--direct"}
        << "{\"format\": \"splitroute-plan\", \"version\": 1, \"changes\": " + changes + "}"
        << "3:14"
        << "change 1: field 'gateway'";
    QTest::newRow("apply: syntax")
        << QStringList{"apply", "--plan", "FILE", "--direct"} << "[\n  {\"op\": }]"
        << "2:10"
        << "invalid JSON";
    QTest::newRow("export: plan document")
        << QStringList{"export", "--plan", "FILE", "--format", "sh"}
        << "{\"format\": \"splitroute-plan\", \"version\": 1, \"changes\": " + changes + "}"
        << "3:14"
        << "changes: change 1: field 'gateway'";
    QTest::newRow("plan: a bare array of routes as the table")
        << QStringList{"plan", "--table", "FILE", "--bypass", "192.0.2.0/24"}
        << "[{\"destination\": \"0.0.0.0/0\", \"gateway\": \"192.168.1.1\"},\n"
           " {\"destination\": \"10.0.0.0/8\", \"metric\": \"low\"}]"
        << "2:42"
        << "route 2: field 'metric'";
}

void TestCliJsonErrors::located() {
    QFETCH(QStringList, args);
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    QVERIFY(m_dir.isValid());
    const QString file = m_dir.filePath(
        QString("in-%1.json").arg(QTest::currentDataTag()).replace(' ', '-').replace(':', '-'));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    f.close();
    args.replaceInStrings("FILE", file);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(file + ":" + where + ": "), qPrintable(r.err));
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
}

QTEST_APPLESS_MAIN(TestCliJsonErrors)
#include "TestCliJsonErrors.moc"
