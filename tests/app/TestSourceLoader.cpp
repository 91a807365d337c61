// SPDX-License-Identifier: GPL-3.0-or-later
// Opening things without a Workspace (app/gui/SourceLoader): what kind of input a file is,
// reading a table file (asking for its format when it cannot be told), and the questions VPN
// inputs raise, answered by a recording MessageSink.
#include "TestUtil.h"

#include "app/RecordingSink.h"
#include "app/gui/SourceLoader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace splitroute;
using namespace splitroute::app;

Q_DECLARE_METATYPE(splitroute::app::SourceLoader::Input)

namespace {
QString data(const char* rel) {
    return QStringLiteral(SPLITROUTE_TEST_DATA_DIR "/") + QLatin1String(rel);
}

const QString kTwoClientsLog = QStringLiteral(
    "Tue Aug  1 23:17:40 2017 a/203.0.113.5:1 SENT CONTROL [alice]: 'PUSH_REPLY,route "
    "10.1.0.0 255.255.0.0,topology subnet' (status=1)\n"
    "Tue Aug  1 23:18:40 2017 b/203.0.113.6:1 SENT CONTROL [bob]: 'PUSH_REPLY,route "
    "10.2.0.0 255.255.0.0,topology subnet' (status=1)\n");

/// A loader whose messages and questions a RecordingSink takes.
struct Asking {
    SourceLoader loader;
    RecordingSink sink;
    Asking() { loader.setMessageSink(&sink); }
    Asking(const Asking&) = delete;
    Asking& operator=(const Asking&) = delete;
};
} // namespace

class TestSourceLoader : public QObject {
    Q_OBJECT
private slots:
    void classify_data() {
        using Input = SourceLoader::Input;
        QTest::addColumn<QString>("path");
        QTest::addColumn<Input>("expected");
        QTest::newRow("profile") << data("sources/primary.ovpn") << Input::Profile;
        QTest::newRow("server config") << data("server/site-to-site.conf") << Input::Profile;
        QTest::newRow("push replies") << data("sources/push-broken.txt") << Input::PushText;
        QTest::newRow("aws endpoints") << data("aws/endpoints-split.json") << Input::AwsEndpoints;
        QTest::newRow("aws routes") << data("aws/routes-split.json") << Input::AwsRoutes;
        QTest::newRow("ip route") << data("tables/ip-v4.txt") << Input::Table;
        QTest::newRow("ip -j route") << data("tables/ipjson-v4.json") << Input::Table;
        // Unreadable: the table reader says why.
        QTest::newRow("missing") << data("tables/no-such-file.txt") << Input::Table;
    }
    void classify() {
        QFETCH(QString, path);
        QFETCH(SourceLoader::Input, expected);
        QByteArray text;
        QCOMPARE(SourceLoader::classify(path, &text), expected);
        if (expected == SourceLoader::Input::PushText)
            QVERIFY(text.startsWith("PUSH_REPLY"));
    }

    void refuseAwsRoutes() {
        Asking a;
        auto& [loader, sink] = a;
        QCOMPARE(loader.messageSink(), &sink);
        loader.refuseAwsRoutes(data("aws/routes-split.json"));
        QCOMPARE(sink.messages.size(), 1);
        QCOMPARE(sink.messages[0].kind, QStringLiteral("error"));
        QVERIFY2(sink.messages[0].text.contains(QStringLiteral("routes-split.json")),
                 qPrintable(sink.joined()));
    }

    void readTableFile() {
        Asking a;
        auto& [loader, sink] = a;
        const auto s = loader.readTableFile(data("tables/ip-v4.txt"));
        QVERIFY2(s, qPrintable(sink.joined()));
        QVERIFY(sink.noMessages());
        QCOMPARE(s->kind, TableSource::Kind::File);
        QCOMPARE(s->name, QStringLiteral("ip-v4.txt"));
        QCOMPARE(s->path, data("tables/ip-v4.txt"));
        QVERIFY(!s->format.isEmpty());
        QVERIFY(s->table && s->table->size() > 0);
        QVERIFY(s->connections.empty());
    }

    void readBrokenTableFile() {
        // A known format that fails to read: its error, with the line, and no question.
        Asking a;
        auto& [loader, sink] = a;
        const QString path = data("tables/ipjson-syntax.json");
        QVERIFY(!loader.readTableFile(path));
        QVERIFY(sink.choices.isEmpty());
        QCOMPARE(sink.messages.size(), 1);
        QCOMPARE(sink.messages[0].title, QStringLiteral("Cannot open file"));
        QVERIFY2(sink.messages[0].text.startsWith(path + QLatin1Char(':')),
                 qPrintable(sink.joined()));
    }

    void unknownTableFormatIsAsked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mystery.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) &&
                    f.write("these are not routes\nnor is this\n") > 0);
        }
        Asking a;
        auto& [loader, sink] = a;
        // Cancelled: nothing, and nothing more said.
        sink.chooser = [](const QStringList&) {
            return std::optional<QString>();
        };
        QVERIFY(!loader.readTableFile(path));
        QCOMPARE(sink.choices.size(), 1);
        QVERIFY2(sink.choices[0].contains(QStringLiteral("mystery.txt")),
                 qPrintable(sink.choices[0]));
        QVERIFY(sink.noMessages());
        // Read as the format chosen: it is not that either, and says so.
        QStringList offered;
        sink.chooser = [&](const QStringList& items) {
            offered = items;
            return std::optional<QString>(items.value(0));
        };
        QVERIFY(!loader.readTableFile(path));
        QCOMPARE(offered.size(), 5);
        QCOMPARE(sink.messages.size(), 1);
        QVERIFY2(sink.messages[0].text.contains(QStringLiteral("cannot be read as ") + offered[0]),
                 qPrintable(sink.joined()));
        // Without a sink nobody is asked.
        SourceLoader alone;
        QVERIFY(!alone.readTableFile(path));
    }

    void unreadLines() {
        Asking a;
        auto& [loader, sink] = a;
        loader.reportUnreadLines({});
        QVERIFY(sink.noMessages());
        std::vector<core::Diagnostic> diagnostics(25);
        for (std::size_t i = 0; i < diagnostics.size(); ++i)
            diagnostics[i].message = "line " + std::to_string(i + 1);
        loader.reportUnreadLines(diagnostics);
        QCOMPARE(sink.messages.size(), 1);
        QCOMPARE(sink.messages[0].kind, QStringLiteral("information"));
        const QStringList lines = sink.messages[0].text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 21);
        QVERIFY2(lines[19].contains(QStringLiteral("line 20")), qPrintable(lines[19]));
        QCOMPARE(lines[20], QStringLiteral("… and 5 more"));
    }

    void pushClient() {
        SourceLoader loader;
        // One client, or a plain PUSH_REPLY: nothing to ask.
        QCOMPARE(loader.askPushClient(QStringLiteral("PUSH_REPLY,route 10.1.0.0 255.255.0.0")),
                 std::optional<QString>(QString()));
        // Several, and nobody to ask.
        QVERIFY(!loader.askPushClient(kTwoClientsLog));
        RecordingSink sink;
        loader.setMessageSink(&sink);
        QStringList offered;
        sink.chooser = [&](const QStringList& items) {
            offered = items;
            return std::optional<QString>(QStringLiteral("bob"));
        };
        QCOMPARE(loader.askPushClient(kTwoClientsLog),
                 std::optional<QString>(QStringLiteral("bob")));
        QCOMPARE(offered, (QStringList{"alice", "bob"}));
        sink.chooser = [](const QStringList&) {
            return std::optional<QString>();
        };
        QVERIFY(!loader.askPushClient(kTwoClientsLog));
    }

    void awsEndpoint() {
        Asking a;
        auto& [loader, sink] = a;
        // Named already: nothing read, nothing asked.
        AwsRequest named;
        named.endpoints = data("aws/no-such-file.json");
        named.endpointId = QStringLiteral("cvpn-endpoint-0123456789abcdef0");
        QVERIFY(loader.pickAwsEndpoint(named));
        QVERIFY(sink.choices.isEmpty());
        // Two endpoints and no profile naming one: asked.
        AwsRequest request;
        request.endpoints = data("aws/endpoints-split.json");
        sink.chooser = [](const QStringList& items) {
            return std::optional<QString>(items.value(1));
        };
        QVERIFY(loader.pickAwsEndpoint(request));
        QCOMPARE(sink.choices.size(), 1);
        QCOMPARE(request.endpointId, QStringLiteral("cvpn-endpoint-0fedcba9876543210"));
        // Cancelled.
        AwsRequest cancelled;
        cancelled.endpoints = data("aws/endpoints-split.json");
        sink.chooser = [](const QStringList&) {
            return std::optional<QString>();
        };
        QVERIFY(!loader.pickAwsEndpoint(cancelled));
        QVERIFY(cancelled.endpointId.isEmpty());
        QVERIFY(sink.noMessages());
        // Unreadable: said, with the file.
        AwsRequest broken;
        broken.endpoints = data("aws/routes-not-json.json");
        QVERIFY(!loader.pickAwsEndpoint(broken));
        QCOMPARE(sink.messages.size(), 1);
        QCOMPARE(sink.messages[0].title, QStringLiteral("Cannot read the AWS endpoints"));
        QVERIFY2(sink.messages[0].text.contains(QStringLiteral("routes-not-json.json")),
                 qPrintable(sink.joined()));
    }

    void serverClient() {
        Asking a;
        auto& [loader, sink] = a;
        // A server config without a client-config-dir: no question.
        const auto plain = loader.askServerClient(data("server/net30.conf"));
        QVERIFY2(plain, qPrintable(sink.joined()));
        QCOMPARE(plain->config, data("server/net30.conf"));
        QVERIFY(plain->client.isEmpty());
        QVERIFY(sink.choices.isEmpty());
        // With one: the clients offered after "any client without a file".
        QStringList offered;
        sink.chooser = [&](const QStringList& items) {
            offered = items;
            return std::optional<QString>(QStringLiteral("branch-a"));
        };
        const auto branch = loader.askServerClient(data("server/site-to-site.conf"));
        QVERIFY(branch);
        QCOMPARE(branch->client, QStringLiteral("branch-a"));
        QVERIFY(offered.size() > 2);
        QVERIFY(offered.contains(QStringLiteral("branch-b")));
        sink.chooser = [](const QStringList& items) {
            return std::optional<QString>(items.value(0));
        };
        const auto any = loader.askServerClient(data("server/site-to-site.conf"));
        QVERIFY(any && any->client.isEmpty());
        sink.chooser = [](const QStringList&) {
            return std::optional<QString>();
        };
        QVERIFY(!loader.askServerClient(data("server/site-to-site.conf")));
        QVERIFY2(sink.noMessages(), qPrintable(sink.joined()));
    }
};

QTEST_GUILESS_MAIN(TestSourceLoader)
#include "TestSourceLoader.moc"
