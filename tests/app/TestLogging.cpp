// SPDX-License-Identifier: GPL-3.0-or-later
// app/Logging: levels from --verbose and SPLITROUTE_LOG, the rotating file in the XDG state
// directory.
#include "app/Logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <spdlog/spdlog.h>

using namespace splitroute::app;

Q_DECLARE_METATYPE(std::optional<LogLevel>)

namespace {
QByteArray readAll(const std::filesystem::path& path) {
    QFile f(QString::fromStdString(path.string()));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void logOneOfEach() {
    spdlog::debug("line-debug");
    spdlog::info("line-info");
    spdlog::warn("line-warn");
    spdlog::error("line-error");
}
} // namespace

class TestLogging : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<LogLevel>>("level");
        QTest::newRow("debug") << "debug" << std::optional(LogLevel::Debug);
        QTest::newRow("INFO") << "INFO" << std::optional(LogLevel::Info);
        QTest::newRow("warn") << "warn" << std::optional(LogLevel::Warn);
        QTest::newRow("warning") << "warning" << std::optional(LogLevel::Warn);
        QTest::newRow("error") << "error" << std::optional(LogLevel::Error);
        QTest::newRow("off") << "off" << std::optional(LogLevel::Off);
        QTest::newRow("empty") << "" << std::optional<LogLevel>();
        QTest::newRow("trace") << "trace" << std::optional<LogLevel>();
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(std::optional<LogLevel>, level);
        QCOMPARE(parseLogLevel(text.toStdString()), level);
        if (level)
            QCOMPARE(parseLogLevel(logLevelName(*level)), level);
    }

    void resolve_data() {
        QTest::addColumn<bool>("verbose");
        QTest::addColumn<QString>("environment"); // "-": unset
        QTest::addColumn<int>("level");
        QTest::newRow("default") << false << "-" << int(LogLevel::Info);
        QTest::newRow("env debug") << false << "debug" << int(LogLevel::Debug);
        QTest::newRow("env off") << false << "off" << int(LogLevel::Off);
        QTest::newRow("env unknown") << false << "loud" << int(LogLevel::Info);
        QTest::newRow("verbose") << true << "-" << int(LogLevel::Debug);
        QTest::newRow("verbose beats env") << true << "error" << int(LogLevel::Debug);
    }
    void resolve() {
        QFETCH(bool, verbose);
        QFETCH(QString, environment);
        QFETCH(int, level);
        LogOptions o;
        o.verbose = verbose;
        if (environment != QLatin1String("-"))
            o.environment = environment.toStdString();
        QCOMPARE(int(resolveLogLevel(o)), level);
    }

    void fileInXdgStateHome() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray old = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", dir.path().toLocal8Bit());
        const auto file = defaultLogFile();
        if (old.isNull())
            qunsetenv("XDG_STATE_HOME");
        else
            qputenv("XDG_STATE_HOME", old);
        QCOMPARE(QString::fromStdString(file.string()),
                 dir.filePath(QStringLiteral("splitroute/splitroute.log")));

        LogOptions o;
        o.file = file;
        o.stderrLevel = LogLevel::Off;
        QCOMPARE(QString::fromStdString(initLogging(o)), QString());
        QCOMPARE(currentLogFile(), file);
        logOneOfEach();
        shutdownLogging();
        const QByteArray text = readAll(file);
        QVERIFY2(text.contains("[info] line-info"), text.constData());
        QVERIFY(text.contains("[warning] line-warn"));
        QVERIFY(text.contains("[error] line-error"));
        QVERIFY(!text.contains("line-debug"));
    }

    void levelsFilter_data() {
        QTest::addColumn<bool>("verbose");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QStringList all{"line-debug", "line-info", "line-warn", "line-error"};
        QTest::newRow("verbose") << true << "" << all << QStringList{};
        QTest::newRow("debug") << false << "debug" << all << QStringList{};
        QTest::newRow("warn") << false << "warn" << QStringList{"line-warn", "line-error"}
                              << QStringList{"line-debug", "line-info"};
        QTest::newRow("error") << false << "error" << QStringList{"line-error"}
                               << QStringList{"line-debug", "line-info", "line-warn"};
    }
    void levelsFilter() {
        QFETCH(bool, verbose);
        QFETCH(QString, environment);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QTemporaryDir dir;
        LogOptions o;
        o.verbose = verbose;
        if (!environment.isEmpty())
            o.environment = environment.toStdString();
        o.file = dir.filePath(QStringLiteral("state/splitroute/splitroute.log")).toStdString();
        o.stderrLevel = LogLevel::Off;
        QVERIFY(initLogging(o).empty());
        logOneOfEach();
        shutdownLogging();
        const QByteArray text = readAll(o.file);
        for (const QString& p : present)
            QVERIFY2(text.contains(p.toUtf8()), qPrintable(p));
        for (const QString& a : absent)
            QVERIFY2(!text.contains(a.toUtf8()), qPrintable(a));
    }

    void offWritesNoFile() {
        QTemporaryDir dir;
        LogOptions o;
        o.environment = "off";
        o.file = dir.filePath(QStringLiteral("splitroute.log")).toStdString();
        QVERIFY(initLogging(o).empty());
        logOneOfEach();
        shutdownLogging();
        QVERIFY(!std::filesystem::exists(o.file));
    }

    void rotates() {
        QTemporaryDir dir;
        LogOptions o;
        o.file = dir.filePath(QStringLiteral("splitroute.log")).toStdString();
        o.stderrLevel = LogLevel::Off;
        o.maxFileBytes = 4096;
        o.maxFiles = 2;
        QVERIFY(initLogging(o).empty());
        for (int i = 0; i < 400; ++i)
            spdlog::info("a line long enough to fill a small file quickly, number {}", i);
        shutdownLogging();
        QVERIFY(std::filesystem::exists(o.file));
        QVERIFY(std::filesystem::exists(
            dir.filePath(QStringLiteral("splitroute.1.log")).toStdString()));
        QVERIFY(std::filesystem::exists(
            dir.filePath(QStringLiteral("splitroute.2.log")).toStdString()));
        QVERIFY(!std::filesystem::exists(
            dir.filePath(QStringLiteral("splitroute.3.log")).toStdString()));
        QVERIFY(std::filesystem::file_size(o.file) <= 4096);
    }
};

QTEST_APPLESS_MAIN(TestLogging)
#include "TestLogging.moc"
