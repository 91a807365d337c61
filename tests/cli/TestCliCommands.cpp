// SPDX-License-Identifier: GPL-3.0-or-later
// The command table (cli::commands()): every command is listed, has a usage line that starts
// with its name, and answers --help in-process.

#include "CliRun.h"

#include <QTest>

using splitroute::cli::commands;

class TestCliCommands : public QObject {
    Q_OBJECT
private slots:
    void everyCommandIsListed();
    void everyCommandAnswersHelp();
};

void TestCliCommands::everyCommandIsListed() {
    QStringList names;
    for (const auto& [name, c] : commands()) {
        names << QString::fromStdString(name);
        QCOMPARE(c.name, name);
        QVERIFY2(c.usage.rfind(name, 0) == 0, c.usage.c_str());
        QVERIFY(!c.summary.empty());
        QVERIFY(c.run);
    }
    QCOMPARE(names, (QStringList{"apply", "aws", "check", "diff", "export", "forget", "keep",
                                 "kept", "lookup", "persist", "plan", "predict", "profile",
                                 "revert", "server", "table", "watch"}));
    const clitest::Run help = clitest::cli({"help"});
    QCOMPARE(help.code, 0);
    for (const auto& n : names)
        QVERIFY2(help.out.contains("  " + n + " "), qPrintable(n));
}

void TestCliCommands::everyCommandAnswersHelp() {
    for (const auto& [name, c] : commands()) {
        const clitest::Run r = clitest::cli({QString::fromStdString(name), "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("Usage: splitroute-cli " + QString::fromStdString(name)),
                 qPrintable(r.out));
    }
}

QTEST_APPLESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
