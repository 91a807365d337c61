// SPDX-License-Identifier: GPL-3.0-or-later
// The helper protocol's words (platform/helper/Protocol.h): what HelperClient encodes, the
// helper decodes into the same typed request; envelopes and fields are refused as PROTOCOL.md
// says. No helper process, no backend.

#include "platform/helper/Protocol.h"

#include "core/ChangeSet.h"
#include "core/RouteJson.h"

#include <QTest>

using namespace splitroute;
using namespace splitroute::platform;
using nlohmann::json;

namespace {

/// A request as the client sends it: the encoder's object with an id.
std::variant<protocol::Request, core::Error> roundTrip(json request) {
    request["id"] = 42;
    auto env = protocol::decodeEnvelope(request.dump(), {});
    if (auto* e = std::get_if<protocol::DecodeError>(&env))
        return e->error;
    const auto& envelope = std::get<protocol::Envelope>(env);
    if (envelope.id != 42)
        return core::makeError(core::ErrorCode::Internal, "id lost");
    // The decoded ApplyRequest points into the envelope: keep it alive in a static.
    static protocol::Envelope kept;
    kept = envelope;
    return protocol::decodeRequest(kept, {});
}

template <typename T> const T* as(const std::variant<protocol::Request, core::Error>& r) {
    if (const auto* req = std::get_if<protocol::Request>(&r))
        return std::get_if<T>(req);
    return nullptr;
}

std::string errorCode(std::string_view line) {
    auto env = protocol::decodeEnvelope(line, {});
    if (auto* e = std::get_if<protocol::DecodeError>(&env))
        return core::errorCodeName(e->error.code);
    auto r = protocol::decodeRequest(std::get<protocol::Envelope>(env), {});
    if (auto* e = std::get_if<core::Error>(&r))
        return core::errorCodeName(e->code);
    return "ok";
}

} // namespace

class TestHelperProtocol : public QObject {
    Q_OBJECT

private slots:
    void encodersDecodeToTheSameRequest() {
        const auto hello = roundTrip(protocol::encodeHello());
        QVERIFY(as<protocol::HelloRequest>(hello));
        QCOMPARE(as<protocol::HelloRequest>(hello)->version, protocol::kVersion);

        ListOptions lo;
        lo.family = core::Family::V6;
        lo.table = 100;
        const auto listed = roundTrip(protocol::encodeList(lo));
        const auto* list = as<protocol::ListRequest>(listed);
        QVERIFY(list);
        QCOMPARE(list->options.family, core::Family::V6);
        QCOMPARE(list->options.table, 100u);
        const auto listAll = roundTrip(protocol::encodeList({}));
        QCOMPARE(as<protocol::ListRequest>(listAll)->options.table, 0u);

        auto cs = core::changeSetFromJson(json::array({{{"op", "add"},
                                                        {"route",
                                                         {{"destination", "203.0.113.0/24"},
                                                          {"gateway", "192.168.1.1"},
                                                          {"interface", "eth0"},
                                                          {"protocol", "splitroute"}}}}}));
        QVERIFY(cs.ok());
        const auto applied = roundTrip(protocol::encodeApply(*cs, 30));
        const auto* apply = as<protocol::ApplyRequest>(applied);
        QVERIFY(apply);
        QCOMPARE(apply->confirmTimeout, 30u);
        QVERIFY(apply->changes && *apply->changes == core::toJson(*cs));

        const auto confirmed = roundTrip(protocol::encodeConfirm(7));
        const auto* confirm = as<protocol::ConfirmRequest>(confirmed);
        QVERIFY(confirm && confirm->transaction == std::optional<std::uint64_t>(7));
        const auto confirmAny = roundTrip(protocol::encodeConfirm({}));
        QVERIFY(!as<protocol::ConfirmRequest>(confirmAny)->transaction);

        const auto reverted =
            roundTrip(protocol::encodeRevert(protocol::RevertRequest::Target::Last, 9));
        const auto* revert = as<protocol::RevertRequest>(reverted);
        QVERIFY(revert);
        QVERIFY(revert->target == protocol::RevertRequest::Target::Last);
        QVERIFY(revert->transaction == std::optional<std::uint64_t>(9));
        const auto revertPending =
            roundTrip(protocol::encodeRevert(protocol::RevertRequest::Target::Pending));
        QVERIFY(as<protocol::RevertRequest>(revertPending)->target ==
                protocol::RevertRequest::Target::Pending);

        const auto status = roundTrip(protocol::encodeStatus());
        QVERIFY(as<protocol::StatusRequest>(status));
    }

    void envelopesAndFieldsAreChecked_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << "{"
                                  << "parse";
        QTest::newRow("NUL") << QString::fromLatin1("{\"id\":1,\"method\":\"status\"}\0x", 29)
                             << "parse";
        QTest::newRow("array") << "[]"
                               << "protocol";
        QTest::newRow("no id") << R"({"method":"status"})"
                               << "protocol";
        QTest::newRow("id 2^53") << R"({"id":9007199254740992,"method":"status"})"
                                 << "protocol";
        QTest::newRow("unknown method") << R"({"id":1,"method":"exec"})"
                                        << "protocol";
        QTest::newRow("unknown field") << R"({"id":1,"method":"status","x":1})"
                                       << "protocol";
        QTest::newRow("hello version 2") << R"({"id":1,"method":"hello","version":2})"
                                         << "unsupported";
        QTest::newRow("hello version 2^32+1") << R"({"id":1,"method":"hello","version":4294967297})"
                                              << "unsupported";
        QTest::newRow("list table 2^32") << R"({"id":1,"method":"list","table":4294967296})"
                                         << "protocol";
        QTest::newRow("apply without changes") << R"({"id":1,"method":"apply"})"
                                               << "protocol";
        QTest::newRow("confirmTimeout 2^32+5")
            << R"({"id":1,"method":"apply","changes":[],"confirmTimeout":4294967301})"
            << "out-of-range";
        QTest::newRow("confirmTimeout -1")
            << R"({"id":1,"method":"apply","changes":[],"confirmTimeout":-1})"
            << "out-of-range";
        QTest::newRow("revert target") << R"({"id":1,"method":"revert","target":"all"})"
                                       << "protocol";
        QTest::newRow("confirm transaction string")
            << R"({"id":1,"method":"confirm","transaction":"1"})"
            << "protocol";
        QTest::newRow("deep") << QString(20, '[') + QString(20, ']') << "out-of-range";
        QTest::newRow("good status") << R"({"id":1,"method":"status"})"
                                     << "ok";
    }
    void envelopesAndFieldsAreChecked() {
        QFETCH(QString, line);
        QFETCH(QString, code);
        const QByteArray bytes = line.toLatin1();
        QCOMPARE(QString::fromStdString(errorCode(std::string_view(bytes.data(), bytes.size()))),
                 code);
    }

    // The size budget counts strings, containers, ',' and ':': 3 million empty arrays (6 million
    // units) are refused before parsing at the default limits (100000 changes: 5.6 million).
    void sizeBudget() {
        std::string line = R"({"id":1,"method":"apply","changes":[)";
        for (int i = 0; i < 3000000; ++i)
            line += "[],";
        line += "[]]}";
        auto env = protocol::decodeEnvelope(line, {});
        QVERIFY(std::holds_alternative<protocol::DecodeError>(env));
        QCOMPARE(std::get<protocol::DecodeError>(env).error.code, core::ErrorCode::OutOfRange);
        protocol::DecodeLimits more;
        more.maxChanges = 200000;
        QVERIFY(std::holds_alternative<protocol::Envelope>(protocol::decodeEnvelope(line, more)));
    }
};

QTEST_APPLESS_MAIN(TestHelperProtocol)
#include "TestHelperProtocol.moc"
