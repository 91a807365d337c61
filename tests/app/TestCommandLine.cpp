// SPDX-License-Identifier: GPL-3.0-or-later
// The window's executable answers --help and --version without a display (it used to abort
// creating the GUI application first).
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void withoutDisplay_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << "--help"
                                << "--demo";
        QTest::newRow("-h") << "-h"
                            << "Usage:";
        QTest::newRow("--version") << "--version" << SPLITROUTE_VERSION;
    }
    void withoutDisplay() {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        const QString exe = QFileInfo(QStringLiteral(SPLITROUTE_CLI_PATH))
                                .dir()
                                .filePath(QStringLiteral("splitroute"));
        QVERIFY2(QFileInfo::exists(exe), qPrintable(exe));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(v));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(exe, {option, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains(expected.toUtf8()), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
