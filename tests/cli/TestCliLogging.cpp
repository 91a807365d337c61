// SPDX-License-Identifier: GPL-3.0-or-later
// splitroute-cli's log lines (spdlog, app/Logging.h) as a user sees them on stderr: none by
// default, debug lines with --verbose (before or after the command) or SPLITROUTE_LOG=debug,
// an unknown level said and ignored. Runs the executable: the level is set in its main().

#include "TestUtil.h"

#include <QProcess>
#include <QTest>

namespace {
struct Out {
    int code = -1;
    QString out, err;
};

Out run(const QStringList& args, const QString& level = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("SPLITROUTE_LOG");
    if (!level.isEmpty())
        env.insert("SPLITROUTE_LOG", level);
    p.setProcessEnvironment(env);
    p.start(SPLITROUTE_CLI_PATH, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString table() {
    return QString::fromStdString(testutil::dataPath("tables/ip-v4.txt"));
}
} // namespace

class TestCliLogging : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void quietByDefault();
    void verboseAnywhere();
    void environmentLevel();
};

void TestCliLogging::initTestCase() {
    QVERIFY2(QFile::exists(table()), qPrintable(table()));
}

void TestCliLogging::quietByDefault() {
    const Out o = run({"table", "--from", table()});
    QCOMPARE(o.code, 0);
    QVERIFY2(!o.err.contains("[debug]"), qPrintable(o.err));
    QVERIFY2(!o.err.contains("read " + table()), qPrintable(o.err));
}

void TestCliLogging::verboseAnywhere() {
    for (const QStringList& args : {QStringList{"--verbose", "table", "--from", table()},
                                    QStringList{"table", "--from", table(), "--verbose"}}) {
        const Out o = run(args);
        QCOMPARE(o.code, 0);
        QVERIFY2(o.err.contains("table: 2 argument(s)") || o.err.contains("table: 3 argument(s)"),
                 qPrintable(o.err));
        QVERIFY2(o.err.contains("read " + table() + " as ip"), qPrintable(o.err));
        QVERIFY2(o.err.contains("table: exit status 0"), qPrintable(o.err));
        QVERIFY(!o.out.contains("[debug]")); // stdout stays the command's own
    }
}

void TestCliLogging::environmentLevel() {
    Out o = run({"table", "--from", table()}, "debug");
    QVERIFY2(o.err.contains("read " + table() + " as ip"), qPrintable(o.err));
    o = run({"table", "--from", table(), "--verbose"}, "off"); // --verbose wins
    QVERIFY2(o.err.contains("read " + table() + " as ip"), qPrintable(o.err));
    o = run({"table", "--from", "/nonexistent/table.txt"}, "off");
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains("splitroute-cli: "), qPrintable(o.err)); // errors are not log lines
    QVERIFY2(!o.err.contains("cannot read"), qPrintable(o.err));
    o = run({"table", "--from", table()}, "loud");
    QCOMPARE(o.code, 0);
    QVERIFY2(o.err.contains("loud"), qPrintable(o.err)); // an unknown level is said
}

QTEST_APPLESS_MAIN(TestCliLogging)
#include "TestCliLogging.moc"
