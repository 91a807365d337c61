// SPDX-License-Identifier: GPL-3.0-or-later
// Which helper splitroute-cli (and the window) start without --helper: the build tree's when
// the program runs from a Splitroute build directory, else the installed one
// (platform/HelperLocation). The apply output names it; --verbose logs it. The helper runs
// directly on a simulated table (--simulate): nothing touches a real routing table.

#include "platform/HelperLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>

using nlohmann::json;
using splitroute::platform::HelperLocation;
using splitroute::platform::locateHelperFor;

#ifndef SPLITROUTE_HELPER_PATH
#define SPLITROUTE_HELPER_PATH ""
#endif

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString& program, const QStringList& args, const QByteArray& input) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool writeFile(const QString& path, const QByteArray& bytes,
               QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return QFile::setPermissions(path, perms);
}

const QFile::Permissions kExec = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                 QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                 QFile::ExeOther;

} // namespace

class TestCliHelperLocation : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString& name) const { return m_dir->path() + "/" + name; }

    // A build directory as CMake lays it out: BUILD/CMakeCache.txt naming BUILD, the programs
    // in BUILD/app, the helper in BUILD/platform/helper.
    QString fakeBuild(const QString& name, const QString& cacheDir = {}) {
        const QString b = path(name);
        writeFile(b + "/CMakeCache.txt",
                  "CMAKE_BUILD_TYPE:STRING=Release\nSplitroute_BINARY_DIR:STATIC=" +
                      (cacheDir.isEmpty() ? b : cacheDir).toUtf8() + "\n");
        writeFile(b + "/app/splitroute-cli", "#!/bin/sh\n", kExec);
        writeFile(b + "/platform/helper/splitroute-helper", "#!/bin/sh\n", kExec);
        return b;
    }

    Run cliApply(const QString& program, QStringList extra) {
        QStringList args{"apply",
                         "--plan",
                         path("plan.json"),
                         "--direct",
                         "--helper-arg=--state-dir",
                         "--helper-arg=" + path("state"),
                         "--helper-arg=--simulate",
                         "--helper-arg=" + path("sim.json"),
                         "--helper-arg=--allow-unprivileged"};
        return runProgram(program, args + extra, "y\n");
    }

    void writePlan() {
        json changes = json::array();
        changes.push_back({{"op", "add"},
                           {"route",
                            {{"destination", "203.0.113.0/24"},
                             {"gateway", "192.168.1.1"},
                             {"interface", "eth0"},
                             {"protocol", "splitroute"}}}});
        std::ofstream(path("plan.json").toStdString()) << json{
            {"format", "splitroute-plan"},
            {"version", 1},
            {"changes", changes},
            {"summary", "x"}}.dump();
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void buildTreeFound() {
        const QString b = fakeBuild("build");
        const HelperLocation l =
            locateHelperFor((b + "/app/splitroute-cli").toStdString(), "/usr/libexec/x/h");
        QCOMPARE(int(l.origin), int(HelperLocation::Origin::BuildTree));
        QCOMPARE(QString::fromStdString(l.path), b + "/platform/helper/splitroute-helper");
        QCOMPARE(QString::fromStdString(l.buildDir), b);
        QVERIFY(QString::fromStdString(describeHelperLocation(l)).contains("build tree " + b));
    }

    void givenWins() {
        const QString b = fakeBuild("build");
        const HelperLocation l = locateHelperFor((b + "/app/splitroute-cli").toStdString(),
                                                 "/usr/libexec/x/h", "/opt/my-helper");
        QCOMPARE(int(l.origin), int(HelperLocation::Origin::Given));
        QCOMPARE(l.path, std::string("/opt/my-helper"));
    }

    // Not "any helper next to me": without Splitroute's CMakeCache.txt of that very
    // directory, or with a helper others could replace, the installed path is used.
    void otherwiseInstalled_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("note");
        QTest::newRow("no CMakeCache.txt") << "no-cache"
                                           << "";
        QTest::newRow("another project's cache") << "other-project"
                                                 << "";
        QTest::newRow("a cache copied from another build dir") << "moved-cache"
                                                               << "";
        QTest::newRow("helper not built") << "no-helper"
                                          << "has no built helper";
        QTest::newRow("helper writable by others") << "world-writable"
                                                   << "group or others";
        QTest::newRow("helper directory writable by group") << "group-dir"
                                                            << "group or others";
        QTest::newRow("executable outside a build tree") << "installed"
                                                         << "";
    }
    void otherwiseInstalled() {
        QFETCH(QString, setup);
        QFETCH(QString, note);
        QString b = fakeBuild("build");
        const QString helper = b + "/platform/helper/splitroute-helper";
        QString exe = b + "/app/splitroute-cli";
        if (setup == "no-cache")
            QVERIFY(QFile::remove(b + "/CMakeCache.txt"));
        if (setup == "other-project")
            QVERIFY(writeFile(b + "/CMakeCache.txt", "Other_BINARY_DIR:STATIC=" + b.toUtf8()));
        if (setup == "moved-cache") {
            b = fakeBuild("build2", "/elsewhere/build");
            exe = b + "/app/splitroute-cli";
        }
        if (setup == "no-helper")
            QVERIFY(QFile::remove(helper));
        if (setup == "world-writable")
            QVERIFY(QFile::setPermissions(helper, kExec | QFile::WriteOther));
        if (setup == "group-dir")
            QVERIFY(QFile::setPermissions(b + "/platform/helper",
                                          kExec | QFile::WriteGroup | QFile::WriteOwner));
        if (setup == "installed")
            exe = path("bin/splitroute-cli");
        const HelperLocation l = locateHelperFor(exe.toStdString(), "/usr/libexec/x/h");
        QCOMPARE(int(l.origin), int(HelperLocation::Origin::Installed));
        QCOMPARE(l.path, std::string("/usr/libexec/x/h"));
        QVERIFY2(QString::fromStdString(l.note).contains(note), l.note.c_str());
        if (note.isEmpty())
            QVERIFY2(l.note.empty(), l.note.c_str());
    }

    // The real splitroute-cli of this build tree, without --helper, applies through this
    // build's helper and says so: in its output, its JSON and its --verbose log.
    void cliUsesAndNamesTheBuildTreeHelper() {
        if (std::string(SPLITROUTE_HELPER_PATH).empty())
            QSKIP("splitroute-helper is not built");
        QVERIFY(QFile::copy(QString(SPLITROUTE_TEST_DATA_DIR) + "/helper/sim-table.json",
                            path("sim.json")));
        QFile::setPermissions(path("sim.json"), QFile::ReadOwner | QFile::WriteOwner);
        writePlan();
        const QString helper = QFileInfo(SPLITROUTE_HELPER_PATH).canonicalFilePath();
        const QString build =
            QFileInfo(QFileInfo(SPLITROUTE_CLI_PATH).path() + "/..").canonicalFilePath();

        Run r = cliApply(SPLITROUTE_CLI_PATH, {"--verbose"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("Using the helper of the build tree " + build + ": " + helper),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("Applied 1 change(s)"), qPrintable(r.out));
        QVERIFY2(r.err.contains("helper of the build tree"), qPrintable(r.err));

        QVERIFY(QFile::remove(path("sim.json")));
        QVERIFY(QFile::copy(QString(SPLITROUTE_TEST_DATA_DIR) + "/helper/sim-table.json",
                            path("sim.json")));
        QFile::setPermissions(path("sim.json"), QFile::ReadOwner | QFile::WriteOwner);
        Run j = cliApply(SPLITROUTE_CLI_PATH, {"--json", "--confirm-timeout", "0"});
        json out = json::parse(j.out.toStdString(), nullptr, false);
        QVERIFY2(!out.is_discarded(), qPrintable(j.out + j.err));
        QCOMPARE(out.value("helperOrigin", std::string()), std::string("build-tree"));
        QCOMPARE(QString::fromStdString(out.value("helper", std::string())), helper);
    }

    // A copy of splitroute-cli outside any build tree looks for the installed helper and
    // names it when it is missing.
    void cliOutsideTheBuildTreeUsesTheInstalledPath() {
        QVERIFY(QDir().mkpath(path("bin")));
        QVERIFY(QFile::copy(SPLITROUTE_CLI_PATH, path("bin/splitroute-cli")));
        writePlan();
        Run r = cliApply(path("bin/splitroute-cli"), {});
        const QString installed =
            QString::fromStdString(splitroute::platform::installedHelperPath());
        QVERIFY2(r.out.contains("Using the installed helper " + installed), qPrintable(r.out));
        if (!QFileInfo(installed).isExecutable())
            QVERIFY2(r.err.contains("helper not found or not executable: " + installed),
                     qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHelperLocation)
#include "TestCliHelperLocation.moc"
