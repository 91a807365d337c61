// SPDX-License-Identifier: GPL-3.0-or-later
// HelperClient against the real helper binary on a simulated table (no root needed), and
// against programs that are not the helper.

#include "HelperTestUtil.h"

#include "core/RouteJson.h"
#include "platform/HelperClient.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace splitroute;
using nlohmann::json;
using platform::HelperClient;
using platform::HelperClientOptions;

#ifndef SPLITROUTE_HELPER_PATH
#define SPLITROUTE_HELPER_PATH ""
#endif

class TestHelperClient : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_sim;

    HelperClientOptions options() const {
        HelperClientOptions o;
        o.helperPath = SPLITROUTE_HELPER_PATH;
        o.elevation = HelperClientOptions::Elevation::Direct;
        o.extraArgs = {"--state-dir", m_dir->path().toStdString() + "/state", "--simulate", m_sim,
                       "--allow-unprivileged"};
        o.discardStderr = true;
        return o;
    }
    json simulated() const {
        auto b = platform::SimulatedBackend::fromJson(testutil::loadJsonFile(m_sim));
        return b ? (*b)->toJson() : json();
    }

private slots:
    void init() {
        if (std::string(SPLITROUTE_HELPER_PATH).empty())
            QSKIP("splitroute-helper is not built");
        m_dir = std::make_unique<QTemporaryDir>();
        m_sim = m_dir->path().toStdString() + "/sim.json";
        QVERIFY(QFile::copy(QString(SPLITROUTE_TEST_DATA_DIR) + "/helper/sim-table.json",
                            QString::fromStdString(m_sim)));
        QFile::setPermissions(QString::fromStdString(m_sim), QFile::ReadOwner | QFile::WriteOwner);
    }

    void listApplyProgressStatus() {
        const json before = simulated();
        HelperClient client(options());
        auto hello = client.start();
        QVERIFY2(hello.ok(), hello.ok() ? "" : hello.error().message.c_str());
        QCOMPARE((*hello)["backend"].get<std::string>(), std::string("simulated"));
        QVERIFY(client.running());
        QVERIFY(client.pid() > 0);

        auto routes = client.listRoutes();
        QVERIFY(routes.ok());
        QCOMPARE(routes->size(), std::size_t(13));
        auto v6 = client.listRoutes({core::Family::V6, 0});
        QCOMPARE(v6->size(), std::size_t(2));

        core::ChangeSet cs;
        for (int i = 0; i < 5000; ++i) {
            core::Route r;
            r.destination = core::Prefix::parse("100.96." + std::to_string(i / 256) + "." +
                                                std::to_string(i % 256) + "/32")
                                .value();
            r.gateway = core::IpAddress::parse("192.168.1.1").value();
            r.interface = "eth0";
            r.protocol = core::proto::Splitroute;
            cs.changes.push_back({core::ChangeKind::Add, r, "test"});
        }
        std::vector<std::size_t> progress;
        auto res = client.apply(cs, 600, [&](std::size_t done, std::size_t total) {
            QCOMPARE(total, std::size_t(5000));
            progress.push_back(done);
        });
        QVERIFY(res.ok());
        QVERIFY2(res->ok, res->body.dump().c_str());
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), std::size_t(5000));
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));

        auto st = client.status();
        QVERIFY(st.ok());
        QCOMPARE((*st)["pending"]["changes"].get<int>(), 5000);

        // Going away without confirming: the helper rolls back and exits cleanly.
        QCOMPARE(client.close(), 0);
        QVERIFY(!client.running());
        auto events = client.takeEvents();
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0]["reason"].get<std::string>(), std::string("disconnect"));
        QVERIFY(simulated() == before);
    }

    void errorsAreErrors() {
        HelperClient client(options());
        QVERIFY(client.start().ok());
        auto r =
            client.call({{"method", "apply"}, {"changes", json::array()}, {"command", "reboot"}});
        QVERIFY(r.ok());
        QVERIFY(!r->ok);
        QCOMPARE(r->error.code, core::ErrorCode::Protocol);
        auto c = client.confirm();
        QVERIFY(c.ok() && !c->ok);
        QCOMPARE(c->error.code, core::ErrorCode::NotFound);
    }

    void secondHelperOnTheSameStateDirFails() {
        HelperClient first(options());
        QVERIFY(first.start().ok());
        HelperClient second(options());
        auto s = second.start();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, core::ErrorCode::Exists);
    }

    void testOptionsAreRefusedUnderPkexec() {
        // pkexec sets PKEXEC_UID; the caller then chose argv, so paths are not accepted.
        qputenv("PKEXEC_UID", "1000");
        HelperClient client(options());
        auto s = client.start();
        qunsetenv("PKEXEC_UID");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, core::ErrorCode::Protocol); // it exited without a word
        QCOMPARE(QString::fromStdString(s.error().message),
                 QStringLiteral("the helper exited, exit status 2"));
        QVERIFY(!QFile::exists(m_dir->path() + "/state"));
    }

    void pkexecStatusIsExplained_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("dismissed") << 126
                                   << "the helper exited (pkexec: not authorized, or the "
                                      "password dialog was dismissed)";
        QTest::newRow("cannot authenticate")
            << 127
            << "the helper exited (pkexec: authentication failed or the helper could not "
               "be run)";
        QTest::newRow("the helper's own status") << 3 << "the helper exited, exit status 3";
    }
    void pkexecStatusIsExplained() {
        // A stand-in pkexec first in PATH that ends as the real one does when the user
        // dismisses the password dialog (126) or cannot authenticate (127).
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString bin = m_dir->path() + "/bin";
        QVERIFY(QDir().mkpath(bin));
        QFile fake(bin + "/pkexec");
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(QStringLiteral("#!/bin/sh\nexit %1\n").arg(status).toUtf8());
        fake.close();
        QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.toUtf8() + ':' + path);
        HelperClientOptions o = options();
        o.elevation = HelperClientOptions::Elevation::Pkexec;
        o.extraArgs.clear();
        HelperClient client(o);
        auto s = client.start();
        qputenv("PATH", path);
        QVERIFY(!s.ok());
        QCOMPARE(QString::fromStdString(s.error().message), message);
    }

    void notAHelper_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "/nonexistent/splitroute-helper" << QStringList{}
                                 << int(core::ErrorCode::NotFound)
                                 << "helper not found or not executable: "
                                    "/nonexistent/splitroute-helper";
        QTest::newRow("relative") << "splitroute-helper" << QStringList{}
                                  << int(core::ErrorCode::InvalidArgument)
                                  << "helper path must be absolute: splitroute-helper";
        QTest::newRow("exits at once")
            << "/bin/false" << QStringList{} << int(core::ErrorCode::Protocol)
            << "the helper exited, exit status 1";
        QTest::newRow("never answers")
            << "/bin/sleep" << QStringList{"30"} << int(core::ErrorCode::Timeout)
            << "no answer from the helper in time";
        QTest::newRow("refuses its arguments")
            << SPLITROUTE_HELPER_PATH << QStringList{"--bogus"} << int(core::ErrorCode::Protocol)
            << "the helper exited, exit status 2";
    }
    void notAHelper() {
        QFETCH(QString, path);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        HelperClientOptions o;
        o.helperPath = path.toStdString();
        o.elevation = HelperClientOptions::Elevation::Direct;
        for (const auto& a : args)
            o.extraArgs.push_back(a.toStdString());
        o.timeout = std::chrono::milliseconds(300);
        o.discardStderr = true;
        HelperClient client(o);
        auto s = client.start();
        QVERIFY(!s.ok());
        QCOMPARE(int(s.error().code), code);
        QCOMPARE(QString::fromStdString(s.error().message), message);
        QVERIFY(!client.running());
    }
};

QTEST_APPLESS_MAIN(TestHelperClient)
#include "TestHelperClient.moc"
