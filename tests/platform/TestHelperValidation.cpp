// Every malformed or forbidden request of tests/data/helper/bad-requests.jsonl is refused
// with the expected error code, and the table stays exactly as it was.

#include "HelperTestUtil.h"

#include "core/RouteJson.h"

#include <QByteArray>
#include <QTest>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace splitroute;
using nlohmann::json;

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
        const json add{{"op", "add"},
                       {"route",
                        {{"destination", "203.0.113.0/24"},
                         {"interface", "eth0"},
                         {"gateway", "192.168.1.1"},
                         {"protocol", "splitroute"}}}};
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
        const json add{{"op", "add"},
                       {"route",
                        {{"destination", "203.0.113.0/24"},
                         {"interface", "eth0"},
                         {"gateway", "192.168.1.1"},
                         {"protocol", "splitroute"}}}};
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
        int rc = platform::runHelperLoop(*h.service, fds[0], -1, opts.maxLineBytes);
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
};

QTEST_APPLESS_MAIN(TestHelperValidation)
#include "TestHelperValidation.moc"
