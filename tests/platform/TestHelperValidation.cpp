// SPDX-License-Identifier: GPL-3.0-or-later
// Every malformed or forbidden request of tests/data/helper/bad-requests.jsonl is refused
// with the expected error code, and the table stays exactly as it was.

#include "HelperTestUtil.h"

#include "core/RouteJson.h"

#include <QByteArray>
#include <QTest>

#include <csignal>
#include <future>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace splitroute;
using nlohmann::json;

namespace {
/// A valid change: 203.0.113.0/24 via the LAN gateway on eth0 of sim-table.json.
json lanAdd() {
    return {{"op", "add"},
            {"route",
             {{"destination", "203.0.113.0/24"},
              {"interface", "eth0"},
              {"gateway", "192.168.1.1"},
              {"protocol", "splitroute"}}}};
}
} // namespace

class TestHelperValidation : public QObject {
    Q_OBJECT

private:
    struct Case {
        std::string code;
        std::string line;
        bool hello = true;
        std::string note;
    };
    static std::vector<Case> corpus() {
        std::vector<Case> cases;
        std::ifstream f(std::string(SPLITROUTE_TEST_DATA_DIR) + "/helper/bad-requests.jsonl");
        std::string text;
        while (std::getline(f, text)) {
            json j = json::parse(text);
            Case c;
            c.code = j["code"].get<std::string>();
            if (j.contains("b64")) {
                QByteArray raw = QByteArray::fromBase64(QByteArray::fromStdString(j["b64"]));
                c.line.assign(raw.constData(), static_cast<std::size_t>(raw.size()));
            } else {
                c.line = j["line"].get<std::string>();
            }
            c.hello = j.value("hello", true);
            c.note = j.value("note", "");
            cases.push_back(std::move(c));
        }
        return cases;
    }

private slots:
    void corpusIsLargeEnough() { QVERIFY(corpus().size() >= 200); }

    void badRequest_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("hello");
        int n = 0;
        for (const auto& c : corpus())
            QTest::newRow(qPrintable(QString::number(++n) + ": " + QString::fromStdString(c.note)))
                << QString::fromStdString(c.code) << QByteArray::fromStdString(c.line) << c.hello;
    }
    void badRequest() {
        QFETCH(QString, code);
        QFETCH(QByteArray, line);
        QFETCH(bool, hello);
        auto backend = testutil::simulatedFixture();
        const json before = backend->toJson();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string state = dir.path().toStdString() + "/state";
        testutil::ServiceHarness h(*backend, state);
        QVERIFY(h.start());
        if (hello)
            QVERIFY(h.hello());
        json r = h.send(line.toStdString());
        QVERIFY2(r.is_object(), "no response");
        QCOMPARE(r.value("ok", true), false);
        QVERIFY2(r.contains("error") && r["error"].contains("message") &&
                     !r["error"]["message"].get<std::string>().empty(),
                 r.dump().c_str());
        QCOMPARE(QString::fromStdString(r["error"].value("code", "")), code);
        // Nothing changed, nothing journaled.
        QCOMPARE(backend->changesApplied(), std::size_t(0));
        QVERIFY(backend->toJson() == before);
        QVERIFY(!testutil::fileExists(state + "/journal.json"));
        QVERIFY(!testutil::fileExists(state + "/last-applied.json"));
        // And the session goes on: the helper still answers.
        json s = h.send(json{{"id", 99}, {"method", "status"}});
        QCOMPARE(s.value("ok", false), hello);
    }

    // The limits that are too big for the corpus file.
    void tooManyChanges() {
        auto backend = testutil::simulatedFixture();
        const json before = backend->toJson();
        QTemporaryDir dir;
        testutil::ServiceHarness h(*backend, dir.path().toStdString() + "/state");
        QVERIFY(h.start());
        QVERIFY(h.hello());
        json changes = json::array();
        const json add = lanAdd();
        for (int i = 0; i < 200001; ++i)
            changes.push_back(add);
        json r = h.send(json{{"id", 1}, {"method", "apply"}, {"changes", changes}});
        QCOMPARE(r.value("ok", true), false);
        QCOMPARE(r["error"]["code"].get<std::string>(), std::string("out-of-range"));
        QVERIFY(backend->toJson() == before);
    }

    void applyWhilePendingIsRefused() {
        auto backend = testutil::simulatedFixture();
        QTemporaryDir dir;
        testutil::ServiceHarness h(*backend, dir.path().toStdString() + "/state");
        QVERIFY(h.start());
        QVERIFY(h.hello());
        const json add = lanAdd();
        json r = h.send(
            json{{"id", 1}, {"method", "apply"}, {"changes", {add}}, {"confirmTimeout", 60}});
        QVERIFY2(r.value("ok", false), r.dump().c_str());
        const json during = backend->toJson();
        r = h.send(json{{"id", 2}, {"method", "apply"}, {"changes", json::array()}});
        QCOMPARE(r["error"]["code"].get<std::string>(), std::string("protocol"));
        QVERIFY(backend->toJson() == during);
    }

    // Lines longer than the limit are discarded up to their newline; the next request works.
    void oversizedLineThroughTheLoop() {
        auto backend = testutil::simulatedFixture();
        QTemporaryDir dir;
        platform::HelperOptions opts;
        opts.maxLineBytes = 4096;
        testutil::ServiceHarness h(*backend, dir.path().toStdString() + "/state", opts);
        QVERIFY(h.start());
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        std::string input = "{\"id\":1,\"method\":\"hello\",\"version\":1}\n";
        input += "{\"id\":2,\"method\":\"status\",\"pad\":\"" + std::string(100000, 'x') + "\"}\n";
        input += "{\"id\":3,\"method\":\"status\"}\n";
        input +=
            "{\"id\":4,\"method\":\"status\",\"pad\":\"" + std::string(5000, 'y'); // no newline
        // The pipe buffer (64 KiB) is smaller than the input: write from a child process.
        pid_t pid = ::fork();
        if (pid == 0) {
            ::close(fds[0]);
            _exit(platform::writeAll(fds[1], input) ? 0 : 1);
        }
        ::close(fds[1]);
        int rc = platform::runHelperLoop(*h.service, fds[0], -1, -1, nullptr);
        ::close(fds[0]);
        int status = 0;
        ::waitpid(pid, &status, 0);
        QCOMPARE(rc, 0);
        QCOMPARE(h.out.size(), std::size_t(4));
        QCOMPARE(h.out[0].value("ok", false), true);
        QCOMPARE(h.out[1]["error"]["code"].get<std::string>(), std::string("out-of-range"));
        QVERIFY(h.out[1]["id"].is_null());
        QCOMPARE(h.out[2]["id"].get<int>(), 3);
        QCOMPARE(h.out[2].value("ok", false), true);
        QCOMPARE(h.out[3]["error"]["code"].get<std::string>(), std::string("out-of-range"));
    }

    // A client that sends requests and never reads the answers: the loop stops taking
    // requests once pauseInputBytes wait, the confirm deadline still reverts, and past
    // maxQueuedBytes the client counts as gone (revert, exit status 1).
    void clientThatStopsReading_data() {
        QTest::addColumn<bool>("overflow");
        QTest::newRow("paused; the deadline reverts") << false;
        QTest::newRow("queue past its limit: a disconnect") << true;
    }
    void clientThatStopsReading() {
        QFETCH(bool, overflow);
        std::signal(SIGPIPE, SIG_IGN);
        auto backend = testutil::simulatedFixture();
        const json before = backend->toJson();
        QTemporaryDir dir;
        platform::HelperOptions opts;
        opts.stateDir = dir.path().toStdString() + "/state";
        opts.pauseInputBytes = overflow ? (std::size_t(1) << 30) : (std::size_t(64) << 10);
        opts.maxQueuedBytes = overflow ? (std::size_t(256) << 10) : (std::size_t(1) << 30);
        platform::OutputQueue out;
        std::mutex logMutex;
        std::vector<std::string> logLines;
        platform::HelperService service(
            *backend, opts, [&](const json& j) { out.push(j.dump() + "\n"); },
            [&](const std::string& m) {
                std::lock_guard lock(logMutex);
                logLines.push_back(m);
            });
        QVERIFY(service.start().ok());
        int in[2];
        int outp[2];
        QVERIFY(::pipe(in) == 0 && ::pipe(outp) == 0);
        ::fcntl(outp[1], F_SETFL, ::fcntl(outp[1], F_GETFL) | O_NONBLOCK);
        ::fcntl(in[1], F_SETFL, ::fcntl(in[1], F_GETFL) | O_NONBLOCK);
        auto loop = std::async(std::launch::async, [&] {
            return platform::runHelperLoop(service, in[0], outp[1], -1, &out);
        });
        const json add = lanAdd();
        std::string requests =
            json{{"id", 1}, {"method", "hello"}, {"version", 1}}.dump() + "\n" +
            json{{"id", 2}, {"method", "apply"}, {"changes", {add}}, {"confirmTimeout", 1}}.dump() +
            "\n";
        for (int i = 0; i < 20000; ++i)
            requests += "{\"id\":3,\"method\":\"list\"}\n";
        std::size_t off = 0;
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
        while (off < requests.size() && std::chrono::steady_clock::now() < until &&
               loop.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready) {
            ssize_t n = ::write(in[1], requests.data() + off, requests.size() - off);
            if (n > 0)
                off += static_cast<std::size_t>(n);
            else
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        auto logged = [&](const std::string& needle) {
            std::lock_guard lock(logMutex);
            for (const auto& l : logLines)
                if (l.find(needle) != std::string::npos)
                    return true;
            return false;
        };
        if (overflow) {
            QVERIFY(loop.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
            QCOMPARE(loop.get(), 1);
            QVERIFY(logged("reverted (disconnect)"));
        } else {
            // Most requests stay unread in the pipe: the loop stopped taking them.
            QVERIFY2(off < requests.size(), std::to_string(off).c_str());
            QVERIFY(loop.wait_for(std::chrono::milliseconds(2500)) == std::future_status::timeout);
            QVERIFY(logged("reverted (timeout)"));
            ::close(outp[0]); // the client goes: the next write fails, the loop ends
            outp[0] = -1;
            ::close(in[1]);
            in[1] = -1;
            QVERIFY(loop.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
            QCOMPARE(loop.get(), 0);
            QVERIFY2(out.size() < opts.pauseInputBytes + (std::size_t(64) << 10),
                     std::to_string(out.size()).c_str());
        }
        QVERIFY(backend->toJson() == before);
        for (int fd : {in[0], in[1], outp[0], outp[1]})
            if (fd >= 0)
                ::close(fd);
    }
};

QTEST_APPLESS_MAIN(TestHelperValidation)
#include "TestHelperValidation.moc"
