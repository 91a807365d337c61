// SPDX-License-Identifier: GPL-3.0-or-later
// HelperService transactions over a SimulatedBackend: apply, confirm, revert, rollback on
// failure, confirm deadline, disconnect, crash recovery, honest verification, journal files.

#include "HelperTestUtil.h"

#include "core/RouteJson.h"

#include <QTest>

#include <cstdio>
#include <fstream>

using namespace splitroute;
using nlohmann::json;
using Clock = platform::HelperService::Clock;

namespace {
json addChange(const std::string& dest, const std::string& gw = "192.168.1.1",
               const std::string& dev = "eth0") {
    json r{{"destination", dest}, {"interface", dev}, {"protocol", "splitroute"}};
    r["gateway"] = gw.empty() ? json(nullptr) : json(gw);
    return {{"op", "add"}, {"route", r}};
}
json delTunnelHalf(const std::string& dest) {
    return {{"op", "delete"},
            {"route", {{"destination", dest}, {"gateway", "10.8.0.1"}, {"interface", "tun0"}}}};
}
json batch(int adds) {
    json c = json::array();
    c.push_back(delTunnelHalf("0.0.0.0/1"));
    c.push_back(delTunnelHalf("128.0.0.0/1"));
    for (int i = 0; i < adds; ++i)
        c.push_back(
            addChange("203.0." + std::to_string(i / 256) + "." + std::to_string(i % 256) + "/32"));
    return c;
}
json applyReq(const json& changes, int timeout) {
    return {{"id", 10}, {"method", "apply"}, {"changes", changes}, {"confirmTimeout", timeout}};
}
std::string code(const json& r) {
    return r.contains("error") ? r["error"].value("code", "") : std::string();
}

/// A backend whose next apply() takes full effect but then reports the kernel's answers as
/// lost from change `lostFrom` on (as NetlinkBackend does on ENOBUFS): changes
/// [lostFrom, total) are in an unknown state.
class LostAnswersBackend final : public platform::RouteBackend {
public:
    LostAnswersBackend(platform::RouteBackend& inner, std::size_t lostFrom)
        : m_inner(inner), m_lostFrom(lostFrom) {}
    [[nodiscard]] std::string name() const override { return m_inner.name(); }
    [[nodiscard]] core::Result<core::RouteTable>
    listRoutes(const platform::ListOptions& o) override {
        return m_inner.listRoutes(o);
    }
    [[nodiscard]] core::Result<std::vector<platform::InterfaceInfo>> listInterfaces() override {
        return m_inner.listInterfaces();
    }
    [[nodiscard]] platform::ApplyResult apply(const core::ChangeSet& cs,
                                              const platform::ProgressFn& p) override {
        platform::ApplyResult r = m_inner.apply(cs, p);
        if (!m_armed || !r.ok())
            return r;
        m_armed = false;
        r.applied = m_lostFrom;
        r.unknownEnd = cs.changes.size();
        core::Error e = core::makeError(core::ErrorCode::Io, "cannot read the kernel's answers");
        e.sysErrno = ENOBUFS;
        r.failure = platform::ApplyResult::Failure{m_lostFrom, e};
        return r;
    }
    [[nodiscard]] core::Result<std::unique_ptr<platform::RouteMonitor>> watch() override {
        return m_inner.watch();
    }

private:
    platform::RouteBackend& m_inner;
    std::size_t m_lostFrom;
    bool m_armed = true;
};
/// A backend whose table, read back, lacks every route to `hidden` (as if the kernel had put
/// what it was sent somewhere else).
class HidingBackend final : public platform::RouteBackend {
public:
    HidingBackend(platform::RouteBackend& inner, core::Prefix hidden)
        : m_inner(inner), m_hidden(hidden) {}
    [[nodiscard]] std::string name() const override { return m_inner.name(); }
    [[nodiscard]] core::Result<core::RouteTable>
    listRoutes(const platform::ListOptions& o) override {
        auto t = m_inner.listRoutes(o);
        if (!t)
            return t;
        core::RouteTable shown;
        for (const auto& r : t->routes())
            if (r.destination != m_hidden)
                shown.add(r);
        return shown;
    }
    [[nodiscard]] core::Result<std::vector<platform::InterfaceInfo>> listInterfaces() override {
        return m_inner.listInterfaces();
    }
    [[nodiscard]] platform::ApplyResult apply(const core::ChangeSet& cs,
                                              const platform::ProgressFn& p) override {
        return m_inner.apply(cs, p);
    }
    [[nodiscard]] core::Result<std::unique_ptr<platform::RouteMonitor>> watch() override {
        return m_inner.watch();
    }

private:
    platform::RouteBackend& m_inner;
    core::Prefix m_hidden;
};

json multipathAdd(const std::string& dest, int hops) {
    json nh = json::array();
    for (int i = 0; i < hops; ++i) {
        char gw[64];
        std::snprintf(gw, sizeof gw, "2001:db8:1::%x", 0x100 + i);
        nh.push_back({{"gateway", gw}, {"interface", "eth0"}});
    }
    return {{"op", "add"},
            {"route", {{"destination", dest}, {"nexthops", nh}, {"protocol", "splitroute"}}}};
}
} // namespace

class TestHelperService : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::string state() const { return m_dir->path().toStdString() + "/state"; }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void applyConfirmRevertLast() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        json r = h.send(applyReq(batch(3), 60));
        QVERIFY2(r.value("ok", false), r.dump().c_str());
        QCOMPARE(r["applied"].get<int>(), 5);
        QCOMPARE(r["confirmed"].get<bool>(), false);
        QCOMPARE(r["verify"]["verified"].get<bool>(), true);
        QVERIFY(testutil::fileExists(state() + "/journal.json"));
        auto journal = testutil::loadJsonFile(state() + "/journal.json");
        QCOMPARE(journal["state"].get<std::string>(), std::string("pending"));
        QCOMPARE(journal["inverse"].size(), std::size_t(5));
        // The inverse re-adds the live tunnel half, with the protocol it really had.
        QCOMPARE(journal["inverse"][4]["route"]["protocol"].get<std::string>(),
                 std::string("boot"));

        json s = h.send(json{{"id", 11}, {"method", "status"}});
        QVERIFY(s["pending"]["transaction"] == r["transaction"]);

        json c = h.send(json{{"id", 12}, {"method", "confirm"}, {"transaction", r["transaction"]}});
        QVERIFY2(c.value("ok", false), c.dump().c_str());
        QVERIFY(!testutil::fileExists(state() + "/journal.json"));
        QVERIFY(testutil::fileExists(state() + "/last-applied.json"));
        QVERIFY(b->toJson() != before);

        // A later session reverts the confirmed transaction.
        h.service.reset();
        testutil::ServiceHarness h2(*b, state());
        QVERIFY(h2.start());
        QVERIFY(h2.service->recovery().is_null());
        QVERIFY(h2.hello());
        json s2 = h2.send(json{{"id", 1}, {"method", "status"}});
        QVERIFY(s2["lastApplied"]["transaction"] == r["transaction"]);
        json v = h2.send(json{{"id", 2}, {"method", "revert"}, {"target", "last"}});
        QVERIFY2(v.value("ok", false), v.dump().c_str());
        QCOMPARE(v["reverted"]["applied"].get<int>(), 5);
        QCOMPARE(v["reverted"]["verify"]["verified"].get<bool>(), true);
        QVERIFY(b->toJson() == before);
        QVERIFY(!testutil::fileExists(state() + "/last-applied.json"));
        QCOMPARE(code(h2.send(json{{"id", 3}, {"method", "revert"}, {"target", "last"}})),
                 std::string("not-found"));
    }

    void confirmTimeoutZeroCommitsAtOnce() {
        auto b = testutil::simulatedFixture();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        json r = h.send(applyReq(batch(1), 0));
        QCOMPARE(r["confirmed"].get<bool>(), true);
        QVERIFY(!h.service->deadline());
        QVERIFY(testutil::fileExists(state() + "/last-applied.json"));
        QCOMPARE(code(h.send(json{{"id", 1}, {"method", "confirm"}})), std::string("not-found"));
    }

    void rollbackOnMidBatchFailure_data() {
        QTest::addColumn<int>("failAt");
        QTest::newRow("first") << 0;
        QTest::newRow("after the deletes") << 2;
        QTest::newRow("middle") << 57;
        QTest::newRow("last") << 101;
    }
    void rollbackOnMidBatchFailure() {
        QFETCH(int, failAt);
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        b->failAfter(static_cast<std::size_t>(failAt),
                     core::Error{core::ErrorCode::NetUnreachable, "injected", {}, ENETUNREACH});
        json r = h.send(applyReq(batch(100), 60));
        QCOMPARE(r.value("ok", true), false);
        QCOMPARE(code(r), std::string("net-unreachable"));
        QCOMPARE(r["error"]["index"].get<int>(), failAt);
        QCOMPARE(r["error"]["errno"].get<int>(), ENETUNREACH);
        QCOMPARE(r["applied"].get<int>(), failAt);
        QCOMPARE(r["rolledBack"]["applied"].get<int>(), failAt);
        QCOMPARE(r["rolledBack"]["verify"]["verified"].get<bool>(), true);
        QCOMPARE(r["verify"]["verified"].get<bool>(), true);
        QVERIFY(b->toJson() == before);
        QVERIFY(!testutil::fileExists(state() + "/journal.json"));
        QVERIFY(!h.service->hasPending());
    }

    void kernelRefusalRollsBack() {
        // 10.0.0.0/8 metric 0 exists (static, foreign): the kernel says EEXIST at change 3.
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        json c = batch(1);
        c.push_back(addChange("10.0.0.0/8"));
        c.push_back(addChange("203.0.200.0/24"));
        json r = h.send(applyReq(c, 0));
        QCOMPARE(code(r), std::string("exists"));
        QCOMPARE(r["error"]["index"].get<int>(), 3);
        QVERIFY(b->toJson() == before);
    }

    // The backend lost the kernel's answers after change 2 although all 7 took effect: the
    // rollback checks every change that may have, and the table is as before.
    void lostAnswersAreRolledBack() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        LostAnswersBackend lossy(*b, 2);
        testutil::ServiceHarness h(lossy, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        json r = h.send(applyReq(batch(5), 60));
        QVERIFY2(!r.value("ok", true), r.dump().c_str());
        QCOMPARE(r["error"]["index"].get<int>(), 2);
        QVERIFY2(b->toJson() == before, b->toJson().dump().c_str());
        QVERIFY(!testutil::fileExists(state() + "/journal.json"));
    }

    void deadlineReverts() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        const auto t0 = Clock::now();
        h.service->handleLine(applyReq(batch(2), 5).dump(), t0);
        QVERIFY(h.service->deadline());
        QCOMPARE(*h.service->deadline(), t0 + std::chrono::seconds(5));
        h.out.clear();
        h.service->tick(t0 + std::chrono::seconds(4));
        QVERIFY(h.out.empty());
        QVERIFY(b->toJson() != before);
        h.service->tick(t0 + std::chrono::seconds(5));
        QCOMPARE(h.out.size(), std::size_t(1));
        QCOMPARE(h.out[0]["event"].get<std::string>(), std::string("reverted"));
        QCOMPARE(h.out[0]["reason"].get<std::string>(), std::string("timeout"));
        QCOMPARE(h.out[0]["report"]["verify"]["verified"].get<bool>(), true);
        QVERIFY(b->toJson() == before);
        QVERIFY(!h.service->deadline());
        QCOMPARE(code(h.send(json{{"id", 1}, {"method", "confirm"}})), std::string("not-found"));
        QVERIFY(!testutil::fileExists(state() + "/journal.json"));
    }

    void disconnectReverts() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        QVERIFY(h.send(applyReq(batch(2), 600)).value("ok", false));
        h.out.clear();
        h.service->shutdown("disconnect");
        QCOMPARE(h.out.at(0)["reason"].get<std::string>(), std::string("disconnect"));
        QVERIFY(b->toJson() == before);
        h.out.clear();
        h.service->shutdown("disconnect"); // nothing pending: nothing happens
        QVERIFY(h.out.empty());
    }

    void revertPendingOnRequest() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        QVERIFY(h.send(applyReq(batch(2), 600)).value("ok", false));
        json r = h.send(json{{"id", 2}, {"method", "revert"}});
        QVERIFY2(r.value("ok", false), r.dump().c_str());
        QCOMPARE(r["target"].get<std::string>(), std::string("pending"));
        QVERIFY(b->toJson() == before);
        QCOMPARE(code(h.send(json{{"id", 3}, {"method", "revert"}})), std::string("not-found"));
    }

    void crashWhilePendingIsRolledBackAtStart() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        {
            testutil::ServiceHarness h(*b, state());
            QVERIFY(h.start());
            QVERIFY(h.hello());
            QVERIFY(h.send(applyReq(batch(20), 600)).value("ok", false));
            // Destroyed without shutdown(): what a SIGKILL leaves behind.
        }
        QVERIFY(testutil::fileExists(state() + "/journal.json"));
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        const json rec = h.service->recovery();
        QCOMPARE(rec["state"].get<std::string>(), std::string("pending"));
        QCOMPARE(rec["rolledBack"]["applied"].get<int>(), 22);
        QCOMPARE(rec["journalRemoved"].get<bool>(), true);
        QVERIFY(b->toJson() == before);
        json hello = h.send(json{{"id", 0}, {"method", "hello"}, {"version", 1}});
        QVERIFY(hello["recovered"] == rec);
    }

    void crashMidApplyIsRolledBackAtStart_data() {
        QTest::addColumn<int>("appliedBeforeCrash");
        for (int n : {0, 1, 2, 3, 25, 49, 50})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void crashMidApplyIsRolledBackAtStart() {
        QFETCH(int, appliedBeforeCrash);
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        // What the helper does before a crash: validate, journal (state applying), apply a
        // prefix of the batch.
        core::ChangeSet cs;
        {
            testutil::ServiceHarness h(*b, state());
            QVERIFY(h.start());
            auto v = h.service->validateChanges(batch(48));
            QVERIFY(std::holds_alternative<core::ChangeSet>(v));
            cs = std::get<core::ChangeSet>(v);
        }
        {
            platform::Journal j;
            QVERIFY(j.open(state()).ok());
            platform::JournalRecord rec;
            rec.transaction = 42;
            rec.changes = cs.size();
            rec.inverse = cs.inverse();
            QVERIFY(j.writePending(rec).ok());
            core::ChangeSet prefix;
            prefix.changes.assign(cs.changes.begin(), cs.changes.begin() + appliedBeforeCrash);
            QVERIFY(b->apply(prefix).ok());
        } // the lock goes with the process

        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        const json r = h.service->recovery();
        QCOMPARE(r["transaction"].get<int>(), 42);
        QCOMPARE(r["rolledBack"]["applied"].get<int>(), appliedBeforeCrash);
        QCOMPARE(r["rolledBack"]["skipped"].get<int>(), 50 - appliedBeforeCrash);
        QCOMPARE(r["rolledBack"]["verify"]["verified"].get<bool>(), true);
        QVERIFY(b->toJson() == before);
        QVERIFY(!testutil::fileExists(state() + "/journal.json"));
    }

    void crashBetweenCommitAndCleanupKeepsTheChange() {
        auto b = testutil::simulatedFixture();
        std::string journalText;
        {
            testutil::ServiceHarness h(*b, state());
            QVERIFY(h.start());
            QVERIFY(h.hello());
            QVERIFY(h.send(applyReq(batch(2), 600)).value("ok", false));
            std::ifstream f(state() + "/journal.json");
            journalText.assign(std::istreambuf_iterator<char>(f), {});
            QVERIFY(h.send(json{{"id", 2}, {"method", "confirm"}}).value("ok", false));
        }
        const json after = b->toJson();
        std::ofstream(state() + "/journal.json") << journalText; // as if the unlink never happened
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.service->recovery().is_null());
        QVERIFY(b->toJson() == after);
        QVERIFY(!testutil::fileExists(state() + "/journal.json"));
    }

    void unreadableJournalIsQuarantined() {
        auto b = testutil::simulatedFixture();
        {
            testutil::ServiceHarness h(*b, state());
            QVERIFY(h.start());
        }
        std::ofstream(state() + "/journal.json") << "{not json";
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QCOMPARE(h.service->recovery()["error"].get<std::string>(), std::string("parse"));
        QVERIFY(testutil::fileExists(state() + "/journal.failed-0.json"));
    }

    void concurrentChangesAreLeftAlone() {
        auto b = testutil::simulatedFixture();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        QVERIFY(h.send(applyReq(batch(2), 600)).value("ok", false));
        // Another program takes the key of a tunnel half we removed and deletes one of ours.
        core::Route theirs;
        theirs.destination = core::Prefix::parse("0.0.0.0/1").value();
        theirs.gateway = core::IpAddress::parse("192.168.1.1").value();
        theirs.interface = "eth0";
        theirs.protocol = core::proto::Static;
        QVERIFY(b->addForeignRoute(theirs).ok());
        core::Route ours;
        ours.destination = core::Prefix::parse("203.0.0.0/32").value();
        ours.interface = "eth0";
        QVERIFY(b->removeForeignRoute(ours));
        json r = h.send(json{{"id", 2}, {"method", "revert"}});
        QVERIFY2(r.value("ok", false), r.dump().c_str());
        QCOMPARE(r["reverted"]["skipped"].get<int>(), 2);
        QCOMPARE(r["reverted"]["applied"].get<int>(), 2);
        // Honest: the tunnel half could not be restored.
        QCOMPARE(r["reverted"]["verify"]["verified"].get<bool>(), false);
        QCOMPARE(r["reverted"]["verify"]["missingCount"].get<int>(), 1);
        // Theirs is still there; nothing of ours is.
        auto t = b->listRoutes();
        auto found = t->find(theirs.destination);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0]->protocol, core::proto::Static);
        for (const auto& route : t->routes())
            QVERIFY(route.protocol != core::proto::Splitroute ||
                    route.destination.toString() == "198.51.100.0/24");
    }

    void progressEvents() {
        auto b = testutil::simulatedFixture();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        json r = h.send(applyReq(batch(10000), 0));
        QVERIFY(r.value("ok", false));
        auto ev = h.events();
        QVERIFY(ev.size() >= 2);
        QCOMPARE(ev.back()["done"].get<int>(), 10002);
        QCOMPARE(ev.back()["total"].get<int>(), 10002);
    }

    /// Reverts of 1000 changes or more report progress too: on request ("last" and
    /// "pending") and at the deadline; `total` is what still needed undoing. Small ones do not.
    void revertProgressEvents() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        auto progressSince = [&](std::size_t from) {
            std::vector<json> p;
            auto ev = h.events();
            for (std::size_t i = from; i < ev.size(); ++i)
                if (ev[i]["event"] == "progress")
                    p.push_back(ev[i]);
            return p;
        };
        auto checkRun = [&](const std::vector<json>& p, int total) {
            QVERIFY2(p.size() >= 2, std::to_string(p.size()).c_str());
            int last = 0;
            for (const auto& e : p) {
                QCOMPARE(e["total"].get<int>(), total);
                QVERIFY(e["done"].get<int>() > last);
                last = e["done"].get<int>();
            }
            QCOMPARE(last, total);
        };
        // revert "last" of a confirmed apply; 100 of its routes were removed by someone else.
        QVERIFY(h.send(applyReq(batch(5000), 0)).value("ok", false));
        for (int i = 0; i < 100; ++i) {
            core::Route r;
            r.destination = core::Prefix::parse("203.0." + std::to_string(i / 256) + "." +
                                                std::to_string(i % 256) + "/32")
                                .value();
            r.gateway = core::IpAddress::parse("192.168.1.1").value();
            r.interface = "eth0";
            r.protocol = core::proto::Splitroute;
            QVERIFY(b->removeForeignRoute(r));
        }
        // (send() keeps only the events of its own request.)
        json r = h.send(json{{"id", 2}, {"method", "revert"}, {"target", "last"}});
        QVERIFY2(r.value("ok", false), r.dump().c_str());
        QCOMPARE(r["reverted"]["skipped"].get<int>(), 100);
        checkRun(progressSince(0), 5002 - 100);
        QVERIFY(b->toJson() == before);

        // revert "pending"
        QVERIFY(h.send(applyReq(batch(3000), 600)).value("ok", false));
        QVERIFY(h.send(json{{"id", 3}, {"method", "revert"}}).value("ok", false));
        checkRun(progressSince(0), 3002);
        QVERIFY(b->toJson() == before);

        // the deadline passes
        QVERIFY(h.send(applyReq(batch(2000), 1)).value("ok", false));
        const std::size_t mark = h.events().size();
        h.service->tick(Clock::now() + std::chrono::seconds(5));
        auto p = progressSince(mark);
        checkRun(p, 2002);
        QCOMPARE(h.events().back()["event"].get<std::string>(), std::string("reverted"));
        QVERIFY(b->toJson() == before);

        // below 1000: none
        QVERIFY(h.send(applyReq(batch(500), 600)).value("ok", false));
        QVERIFY(h.send(json{{"id", 4}, {"method", "revert"}}).value("ok", false));
        QVERIFY(progressSince(0).empty());
        QVERIFY(b->toJson() == before);
    }

    void secondHelperIsLockedOut() {
        auto b = testutil::simulatedFixture();
        testutil::ServiceHarness h1(*b, state());
        QVERIFY(h1.start());
        testutil::ServiceHarness h2(*b, state());
        auto s = h2.service->start();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, core::ErrorCode::Exists);
    }

    // What the table holds after an apply is read back; when it lacks what the kernel
    // acknowledged, the transaction is rolled back and fails (it used to be a note in "verify").
    void unverifiedApplyIsRolledBack() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        HidingBackend hiding(*b, core::Prefix::parse("203.0.0.1/32").value());
        testutil::ServiceHarness h(hiding, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        json r = h.send(applyReq(batch(3), 60));
        QVERIFY2(!r.value("ok", true), r.dump().c_str());
        QCOMPARE(code(r), std::string("system"));
        QCOMPARE(r["verify"]["verified"].get<bool>(), false);
        QCOMPARE(r["verify"]["missingCount"].get<int>(), 1);
        QCOMPARE(r["rolledBack"]["failures"].size(), std::size_t(0));
        QCOMPARE(r["rolledBack"]["applied"].get<int>(), 4); // the tunnel halves, two of three
        QVERIFY(!h.service->hasPending());
        QVERIFY(!testutil::fileExists(state() + "/journal.json"));
        QVERIFY(!testutil::fileExists(state() + "/last-applied.json"));
        // What the helper cannot see it cannot remove: apart from that, the table is as before.
        auto t = b->listRoutes();
        auto hidden = t->find(core::Prefix::parse("203.0.0.1/32").value());
        QCOMPARE(hidden.size(), std::size_t(1));
        core::ChangeSet cs;
        cs.changes.push_back({core::ChangeKind::Delete, *hidden[0], ""});
        QVERIFY(b->apply(cs, {}).ok());
        QVERIFY2(b->toJson() == before, b->toJson().dump().c_str());
    }

    // Every integer of a route is range-checked as a 64-bit value: 2^32 + 157 is not 157.
    void integersAreNotNarrowed() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        const std::uint64_t wrap = std::uint64_t(1) << 32;
        for (const auto& [field, value] :
             std::vector<std::pair<std::string, json>>{{"protocol", wrap + 157},
                                                       {"table", wrap + 254},
                                                       {"metric", wrap + 5},
                                                       {"ifindex", wrap + 2}}) {
            json c = addChange("203.0.113.0/24");
            c["route"][field] = value;
            json r = h.send(applyReq(json::array({c}), 0));
            QVERIFY2(code(r) == "parse", (field + ": " + r.dump()).c_str());
        }
        json c = multipathAdd("2001:db8:99::/48", 2);
        c["route"]["nexthops"][0]["weight"] = (std::uint64_t(1) << 16) + 1;
        QCOMPARE(code(h.send(applyReq(json::array({c}), 0))), std::string("parse"));
        QVERIFY(b->toJson() == before);
    }

    void nextHopsPerRouteAreBounded() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        QCOMPARE(
            h.send(json{{"id", 1}, {"method", "hello"}, {"version", 1}})["limits"]["maxNextHops"]
                .get<int>(),
            256);
        json r = h.send(applyReq(json::array({multipathAdd("2001:db8:98::/48", 257)}), 0));
        QCOMPARE(code(r), std::string("out-of-range"));
        QCOMPARE(r["error"]["index"].get<int>(), 0);
        QVERIFY(b->toJson() == before);
        r = h.send(applyReq(json::array({multipathAdd("2001:db8:98::/48", 256)}), 60));
        QVERIFY2(r.value("ok", false), r.dump().c_str());
        auto t = b->listRoutes();
        QCOMPARE(t->find(core::Prefix::parse("2001:db8:98::/48").value())[0]->nexthops.size(),
                 std::size_t(256));
        QVERIFY(h.send(json{{"id", 2}, {"method", "revert"}}).value("ok", false));
        QVERIFY(b->toJson() == before);
    }

    // onlink: on tunnels, inside the interface's subnets, or via a gateway a route on that
    // interface already uses onlink; nowhere else.
    void onlinkIsLimited() {
        auto b = testutil::simulatedFixture();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        auto onlink = [](const std::string& dest, const std::string& gw, const std::string& dev) {
            json c = addChange(dest, gw, dev);
            c["route"]["onlink"] = true;
            return c;
        };
        json r = h.send(applyReq(json::array({onlink("203.0.113.0/24", "10.99.0.1", "eth0")}), 0));
        QCOMPARE(code(r), std::string("forbidden"));
        QVERIFY2(r["error"]["message"].get<std::string>().find("outside") != std::string::npos,
                 r.dump().c_str());
        for (const json& ok : {onlink("203.0.113.0/24", "10.99.0.1", "tun0"),
                               onlink("203.0.113.0/24", "192.168.1.77", "eth0")}) {
            r = h.send(applyReq(json::array({ok}), 60));
            QVERIFY2(r.value("ok", false), r.dump().c_str());
            QVERIFY(h.send(json{{"id", 2}, {"method", "revert"}}).value("ok", false));
        }
        // A cloud host's default route: via a gateway outside the address's subnet, onlink.
        core::Route cloud;
        cloud.destination = core::Prefix::parse("0.0.0.0/0").value();
        cloud.gateway = core::IpAddress::parse("172.31.1.1").value();
        cloud.interface = "eth0";
        cloud.metric = 50;
        cloud.protocol = core::proto::Static;
        cloud.flags = core::routeflag::OnLink;
        core::ChangeSet cs;
        cs.changes.push_back({core::ChangeKind::Add, cloud, ""});
        QVERIFY(b->apply(cs, {}).ok());
        r = h.send(applyReq(json::array({onlink("203.0.113.0/24", "172.31.1.1", "eth0")}), 60));
        QVERIFY2(r.value("ok", false), r.dump().c_str());
        QVERIFY(h.send(json{{"id", 2}, {"method", "revert"}}).value("ok", false));
        QCOMPARE(code(h.send(
                     applyReq(json::array({onlink("203.0.113.0/24", "172.31.1.1", "wlan0")}), 60))),
                 std::string("forbidden"));
    }

    // A journal names the network namespace whose table it changed; a helper in another one
    // leaves it alone, says so, and applies nothing until it is finished there.
    void journalOfAnotherNamespaceIsLeftAlone() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        platform::HelperOptions a;
        a.netns = "net:[4026531111]";
        {
            testutil::ServiceHarness h(*b, state(), a);
            QVERIFY(h.start());
            QVERIFY(h.hello());
            QVERIFY(h.send(applyReq(batch(2), 600)).value("ok", false));
            // The helper dies without a word: its journal stays.
        }
        QCOMPARE(testutil::loadJsonFile(state() + "/journal.json")["netns"].get<std::string>(),
                 a.netns);
        const json during = b->toJson();
        QVERIFY(during != before);
        platform::HelperOptions other;
        other.netns = "net:[4026532222]";
        {
            testutil::ServiceHarness h(*b, state(), other);
            QVERIFY(h.start());
            QCOMPARE(h.service->recovery()["error"].get<std::string>(),
                     std::string("other-namespace"));
            QVERIFY(b->toJson() == during); // nothing rolled back here
            QVERIFY(h.hello());
            json r = h.send(applyReq(batch(1), 0));
            QCOMPARE(code(r), std::string("forbidden"));
            QVERIFY2(r["error"]["message"].get<std::string>().find(a.netns) != std::string::npos,
                     r.dump().c_str());
            QVERIFY(b->toJson() == during);
            QVERIFY(testutil::fileExists(state() + "/journal.json"));
        }
        {
            testutil::ServiceHarness h(*b, state(), a); // back in its own namespace
            QVERIFY(h.start());
            QVERIFY(h.service->recovery().contains("rolledBack"));
            QVERIFY(b->toJson() == before);
            QVERIFY(h.hello());
            QVERIFY(h.send(applyReq(batch(2), 0)).value("ok", false)); // confirmed at once
        }
        testutil::ServiceHarness h(*b, state(), other);
        QVERIFY(h.start());
        QVERIFY(h.hello());
        json r = h.send(json{{"id", 3}, {"method", "revert"}, {"target", "last"}});
        QCOMPARE(code(r), std::string("forbidden"));
        QVERIFY(b->toJson() != before);
        QVERIFY(testutil::fileExists(state() + "/last-applied.json"));
    }

    // Every privileged transaction is logged (the helper sends these lines to the system log
    // as well): who asked, in which namespace, what changes, and the outcome.
    void transactionsAreLogged() {
        auto b = testutil::simulatedFixture();
        platform::HelperOptions o;
        o.stateDir = state();
        o.peerUid = 1000;
        o.netns = "net:[4026531840]";
        std::vector<std::string> lines;
        std::vector<json> out;
        platform::HelperService s(
            *b, o, [&](const json& j) { out.push_back(j); },
            [&](const std::string& m) { lines.push_back(m); });
        QVERIFY(s.start().ok());
        const auto now = Clock::now();
        s.handleLine(R"({"id":1,"method":"hello","version":1})", now);
        s.handleLine(applyReq(batch(7), 60).dump(), now);
        s.handleLine(R"({"id":2,"method":"revert"})", now);
        auto find = [&](const std::string& needle) {
            for (const auto& l : lines)
                if (l.find(needle) != std::string::npos)
                    return l;
            return std::string();
        };
        const std::string applying = find("applying 9 changes");
        QVERIFY2(!applying.empty(), lines.empty() ? "no log" : lines.back().c_str());
        QVERIFY2(applying.find("for uid 1000 in net:[4026531840]") != std::string::npos,
                 applying.c_str());
        QVERIFY2(applying.find("7 adds, 2 deletes: delete 0.0.0.0/1 via 10.8.0.1 dev tun0") !=
                     std::string::npos,
                 applying.c_str());
        QVERIFY2(applying.find("(and 4 more)") != std::string::npos, applying.c_str());
        QVERIFY(!find("reverted (request)").empty());
    }

    void ipv6MetricZeroIsStoredAs1024() {
        auto b = testutil::simulatedFixture();
        const json before = b->toJson();
        testutil::ServiceHarness h(*b, state());
        QVERIFY(h.start());
        QVERIFY(h.hello());
        json c = json::array({addChange("2001:db8:77::/48", "", "tun0")});
        json r = h.send(applyReq(c, 600));
        QVERIFY2(r.value("ok", false), r.dump().c_str());
        auto t = b->listRoutes();
        QCOMPARE(t->find(core::Prefix::parse("2001:db8:77::/48").value())[0]->metric, 1024u);
        QVERIFY(h.send(json{{"id", 2}, {"method", "revert"}}).value("ok", false));
        QVERIFY(b->toJson() == before);
    }
};

QTEST_APPLESS_MAIN(TestHelperService)
#include "TestHelperService.moc"
