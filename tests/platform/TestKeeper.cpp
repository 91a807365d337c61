// SPDX-License-Identifier: GPL-3.0-or-later
// The keeper's parts without OpenVPN: the kept policy format (core/plan/KeptPolicy.h), the
// state file the window and the CLI read (platform/keeper/KeeperState.h), the helper's keep
// and forget verbs (over a SimulatedBackend), and the Keeper itself in a network namespace
// of its own with tun devices this test opens (so they have carrier, as OpenVPN's do): bad
// kept files refused one by one while the good one is held, idempotent re-planning, giving
// up under enforcement, forget undoing exactly what was applied.

#include "HelperTestUtil.h"
#include "NetnsFixture.h"

#include "core/plan/KeptPolicy.h"
#include "platform/linux/NetlinkBackend.h"
#include "platform/keeper/Keeper.h"
#include "platform/keeper/KeeperState.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace splitroute;
using nlohmann::json;

namespace {

const char* kPolicy = R"({"format":"splitroute-policy","version":1,"other":"local",
 "rules":[{"network":"10.20.0.0/16","mode":"tunnel"},{"network":"203.0.113.0/24","mode":"bypass"}]})";

json keptJson(const std::string& name, const json& match) {
    json j = json::parse(kPolicy);
    j["name"] = name;
    j["match"] = match;
    return j;
}

bool writeFile(const std::string& path, const std::string& text, mode_t mode = 0644) {
    {
        std::ofstream f(path, std::ios::trunc);
        if (!(f << text))
            return false;
    }
    return ::chmod(path.c_str(), mode) == 0;
}

/// A tun device in the calling thread's namespace, with carrier while the fd is open.
int openTun(const std::string& name) {
    int fd = ::open("/dev/net/tun", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ifreq ifr{};
    ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::strncpy(ifr.ifr_name, name.c_str(), IFNAMSIZ - 1);
    if (::ioctl(fd, TUNSETIFF, &ifr) < 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

std::string routes(testutil::Netns& ns) {
    std::string out;
    ns.ip({"-4", "route", "show", "table", "main"}, &out);
    return out;
}

} // namespace

class TestKeeper : public QObject {
    Q_OBJECT

private slots:
    void keptPolicyParses_data();
    void keptPolicyParses();
    void keptPolicyRoundTrip();
    void stateFileRoundTrip();
    void helperKeepAndForget();
    void keeperInNamespace();
};

void TestKeeper::keptPolicyParses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // "" = valid; else a part of the message
    QTest::addColumn<QString>("where"); // "line:column" of the error, or ""
    const std::string base = json::parse(kPolicy).dump();
    auto with = [&](const std::string& members) {
        return QString::fromStdString(base.substr(0, base.size() - 1) + "," + members + "}");
    };
    QTest::newRow("device") << with(R"("name":"corp","match":{"device":"tun0"})") << ""
                            << "";
    QTest::newRow("remote name") << with(R"("name":"corp","match":{"remote":"vpn.example.com"})")
                                 << ""
                                 << "";
    QTest::newRow("remote address")
        << with(R"("name":"c-1.x","match":{"remote":"198.51.100.7"})") << ""
        << "";
    QTest::newRow("profile") << with(R"("name":"corp","match":{"profile":"/etc/x/corp.ovpn"})")
                             << ""
                             << "";
    QTest::newRow("unknown field")
        << with(R"("name":"corp","match":{"device":"tun0"},"colour":"red")") << "unknown field"
        << "";
    QTest::newRow("unknown match")
        << with(R"("name":"corp","match":{"interface":"tun0"})") << "unknown field"
        << "";
    QTest::newRow("two matches")
        << with(R"("name":"corp","match":{"device":"tun0","remote":"a.example"})") << "exactly one"
        << "";
    QTest::newRow("bad device") << with(R"("name":"corp","match":{"device":"tun/0"})")
                                << "not a valid interface name"
                                << "";
    QTest::newRow("long device") << with(R"("name":"corp","match":{"device":"abcdefghijklmnop"})")
                                 << "not a valid interface name"
                                 << "";
    QTest::newRow("relative profile")
        << with(R"("name":"corp","match":{"profile":"corp.ovpn"})") << "absolute"
        << "";
    QTest::newRow("bad name") << with(R"("name":"../etc","match":{"device":"tun0"})") << "name"
                              << "";
    QTest::newRow("no name") << with(R"("match":{"device":"tun0"})") << "name"
                             << "";
    QTest::newRow("no match") << with(R"("name":"corp")") << "match"
                              << "";
    QTest::newRow("policy error located")
        << QString("{\"format\":\"splitroute-policy\",\"version\":1,\"other\":\"local\",\n"
                   "\"name\":\"corp\",\"match\":{\"device\":\"tun0\"},\n"
                   "\"rules\":[{\"network\":\"10.20.0.0/16\",\"mode\":\"sideways\"}]}")
        << "rules[0].mode"
        << "3:43";
    QTest::newRow("malformed") << QString("{\"format\": ") << "" /* any error */ << "x";
}

void TestKeeper::keptPolicyParses() {
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(QString, where);
    auto k = core::KeptPolicy::parse(text.toStdString(), "k.json");
    if (error.isEmpty() && where.isEmpty()) {
        QVERIFY2(k.ok(), k.ok() ? "" : k.error().toString().c_str());
        return;
    }
    QVERIFY(!k.ok());
    QVERIFY2(k.error().message.find(error.toStdString()) != std::string::npos,
             k.error().toString().c_str());
    if (where.contains(':')) {
        const auto loc =
            std::to_string(k.error().where.line) + ":" + std::to_string(k.error().where.column);
        QCOMPARE(QString::fromStdString(loc), where);
    }
}

void TestKeeper::keptPolicyRoundTrip() {
    auto k = core::KeptPolicy::fromJson(keptJson("corp", {{"remote", "vpn.example.com"}}));
    QVERIFY(k.ok());
    QCOMPARE(k->fileName(), std::string("corp.json"));
    QCOMPARE(k->match.kind, core::KeptMatch::Kind::Remote);
    auto again = core::KeptPolicy::parse(k->serialize(), "again");
    QVERIFY(again.ok());
    QVERIFY(*again == *k);
}

void TestKeeper::stateFileRoundTrip() {
    platform::KeeperStatus s;
    s.pid = 42;
    s.updatedAt = 1796634765196;
    platform::KeptStatus a;
    a.name = "corp";
    a.file = "/etc/splitroute/keep.d/corp.json";
    a.match = {{"device", "tun0"}};
    a.state = platform::KeptState::GaveUp;
    a.device = "tun0";
    a.reapplies = 7;
    a.lastReapply = 1796634765000;
    a.lastRestoreMs = 180;
    a.lastAdded = 1;
    a.lastRemoved = 2;
    a.lastError = "undone by another program";
    platform::KeptStatus b;
    b.name = "bad";
    b.state = platform::KeptState::Refused;
    s.policies = {a, b};
    auto back = platform::keeperStatusFromJson(platform::toJson(s));
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QVERIFY(*back == s);

    QTemporaryDir dir;
    auto none = platform::readKeeperStatus(dir.path().toStdString());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, core::ErrorCode::NotFound);
    QVERIFY(writeFile(dir.path().toStdString() + "/state.json", platform::toJson(s).dump()));
    auto one = platform::readKeptStatus("corp", dir.path().toStdString());
    QVERIFY(one.ok());
    QCOMPARE(one->state, platform::KeptState::GaveUp);
    QCOMPARE(one->lastRestoreMs, std::optional<std::int64_t>(180));
    QCOMPARE(platform::readKeptStatus("other", dir.path().toStdString()).error().code,
             core::ErrorCode::NotFound);
    json extra = platform::toJson(s);
    extra["policies"][0]["surprise"] = 1;
    QVERIFY(!platform::keeperStatusFromJson(extra).ok());
}

void TestKeeper::helperKeepAndForget() {
    auto backend = testutil::simulatedFixture();
    QTemporaryDir state, keep;
    platform::HelperOptions o;
    o.keepDir = keep.path().toStdString() + "/keep.d"; // created on the first keep
    testutil::ServiceHarness h(*backend, state.path().toStdString(), o);
    QVERIFY(h.start());
    QVERIFY(h.hello());
    const json doc = keptJson("corp", {{"device", "tun0"}});
    json r = h.send(json{{"id", 1}, {"method", "keep"}, {"policy", doc}});
    QVERIFY2(r.value("ok", false), r.dump().c_str());
    const std::string file = o.keepDir + "/corp.json";
    QCOMPARE(r.value("file", std::string()), file);
    QCOMPARE(r.value("replaced", true), false);
    struct stat st {};
    QCOMPARE(::stat(file.c_str(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0644));
    std::ifstream f(file);
    std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    auto back = core::KeptPolicy::parse(text, file);
    QVERIFY(back.ok());
    QVERIFY(*back == *core::KeptPolicy::fromJson(doc));
    r = h.send(json{{"id", 2}, {"method", "keep"}, {"policy", doc}});
    QCOMPARE(r.value("replaced", false), true);

    // Refused before anything is written: unknown fields, a bad match, bad request shape.
    json bad = doc;
    bad["name"] = "bad";
    bad["colour"] = "red";
    r = h.send(json{{"id", 3}, {"method", "keep"}, {"policy", bad}});
    QCOMPARE(r["error"].value("code", std::string()), std::string("parse"));
    QVERIFY(!testutil::fileExists(o.keepDir + "/bad.json"));
    r = h.send(json{{"id", 4}, {"method", "keep"}, {"policy", doc}, {"extra", 1}});
    QCOMPARE(r["error"].value("code", std::string()), std::string("protocol"));

    r = h.send(json{{"id", 5}, {"method", "forget"}, {"name", "../corp"}});
    QCOMPARE(r["error"].value("code", std::string()), std::string("invalid-argument"));
    r = h.send(json{{"id", 6}, {"method", "forget"}, {"name", "corp"}});
    QVERIFY2(r.value("ok", false), r.dump().c_str());
    QVERIFY(!testutil::fileExists(file));
    r = h.send(json{{"id", 7}, {"method", "forget"}, {"name", "corp"}});
    QCOMPARE(r["error"].value("code", std::string()), std::string("not-found"));
}

void TestKeeper::keeperInNamespace() {
    if (auto why = testutil::netnsUnavailableReason(); !why.empty())
        QSKIP(why.c_str());
    if (::access("/dev/net/tun", R_OK | W_OK) != 0)
        QSKIP("/dev/net/tun is missing: no tun devices here");
    testutil::Netns ns("sr-keeper");
    QVERIFY2(ns.ok(), ns.error().c_str());
    QVERIFY(ns.enter());
    const int tun0 = openTun("tun0");
    const int tun2 = openTun("tun2");
    QVERIFY(tun0 >= 0 && tun2 >= 0);
    struct Closer {
        int a, b;
        ~Closer() {
            ::close(a);
            ::close(b);
        }
    } closer{tun0, tun2};
    for (const auto& cmd : std::vector<std::vector<std::string>>{
             {"link", "add", "eth0", "type", "veth", "peer", "name", "eth1"},
             {"addr", "add", "192.168.1.2/24", "dev", "eth0"},
             {"link", "set", "eth0", "up"},
             {"link", "set", "eth1", "up"},
             {"route", "add", "default", "via", "192.168.1.1", "metric", "100"},
             {"addr", "add", "10.8.0.2/24", "dev", "tun0"},
             {"link", "set", "tun0", "up"},
             {"route", "add", "0.0.0.0/1", "via", "10.8.0.1", "dev", "tun0", "proto", "boot"},
             {"route", "add", "128.0.0.0/1", "via", "10.8.0.1", "dev", "tun0", "proto", "boot"},
             {"addr", "add", "10.9.0.2/24", "dev", "tun2"},
             {"link", "set", "tun2", "up"},
             // A VPN that replaced the default route instead of overriding it (no def1).
             {"route", "add", "default", "dev", "tun2", "metric", "5", "proto", "boot"}})
        QVERIFY2(ns.ip(cmd), ns.error().c_str());
    const std::string before = routes(ns);

    QTemporaryDir dir;
    const std::string conf = dir.path().toStdString() + "/keep.d";
    const std::string state = dir.path().toStdString() + "/state";
    QVERIFY(std::filesystem::create_directory(conf));
    ::chmod(conf.c_str(), 0755);
    auto put = [&](const std::string& name, const json& match, mode_t mode = 0644) {
        return writeFile(conf + "/" + name + ".json", keptJson(name, match).dump(1), mode);
    };
    QVERIFY(put("good", {{"device", "tun0"}}));
    QVERIFY(put("good2", {{"device", "tun0"}})); // a second policy for the same tunnel
    QVERIFY(writeFile(conf + "/malformed.json", "{\"format\": \"splitroute-policy\", "));
    json unknown = keptJson("unknown", {{"device", "tun0"}});
    unknown["colour"] = "red";
    QVERIFY(writeFile(conf + "/unknown.json", unknown.dump()));
    QVERIFY(put("writable", {{"device", "tun0"}}, 0666));
    QVERIFY(put("foreign", {{"device", "tun0"}}));
    QCOMPARE(::chown((conf + "/foreign.json").c_str(), 65534, 65534), 0);
    QVERIFY(writeFile(dir.path().toStdString() + "/elsewhere.json",
                      keptJson("link", {{"device", "tun0"}}).dump()));
    QCOMPARE(::symlink((dir.path().toStdString() + "/elsewhere.json").c_str(),
                       (conf + "/link.json").c_str()),
             0);
    QVERIFY(put("baddevice", {{"device", "tun0:1"}}));
    QVERIFY(put("absent", {{"device", "tun9"}}));
    json mainDefault = keptJson("maindefault", {{"device", "tun2"}});
    mainDefault["rules"] = json::array({{{"network", "0.0.0.0/0"}, {"mode", "bypass"}}});
    QVERIFY(writeFile(conf + "/maindefault.json", mainDefault.dump()));
    QVERIFY(put("misnamed", {{"device", "tun0"}}));
    {
        json m = keptJson("other-name", {{"device", "tun0"}});
        QVERIFY(writeFile(conf + "/misnamed.json", m.dump()));
    }

    std::vector<std::string> log;
    platform::NetlinkBackend backend;
    platform::KeeperOptions o;
    o.configDir = conf;
    o.stateDir = state;
    o.maxReapplies = 3;
    {
        platform::Keeper keeper(backend, o, [&](const std::string& m) { log.push_back(m); });
        auto started = keeper.start();
        QVERIFY2(started.ok(), started.ok() ? "" : started.error().message.c_str());
        auto st = keeper.status();
        auto stateOf = [&](const std::string& name) {
            const auto* p = st.find(name);
            return p ? std::string(platform::keptStateName(p->state)) : std::string("missing");
        };
        auto logged = [&](const std::string& a, const std::string& b) {
            for (const auto& l : log)
                if (l.find(a) != std::string::npos && l.find(b) != std::string::npos)
                    return true;
            return false;
        };
        std::string all;
        for (const auto& l : log)
            all += l + "\n";
        QCOMPARE(stateOf("good"), std::string("holding"));
        for (const char* refused :
             {"malformed", "unknown", "writable", "foreign", "link", "baddevice", "misnamed"}) {
            QVERIFY2(stateOf(refused) == "refused", (std::string(refused) + "\n" + all).c_str());
            QVERIFY2(logged("refused", std::string("/") + refused + ".json"),
                     (std::string(refused) + "\n" + all).c_str());
        }
        QVERIFY2(logged("link.json", "symbolic link"), all.c_str());
        QVERIFY2(logged("writable.json", "writable by group or others"), all.c_str());
        QVERIFY2(logged("foreign.json", "owned by uid 65534"), all.c_str());
        QVERIFY2(logged("unknown.json", "unknown field"), all.c_str());
        QCOMPARE(stateOf("absent"), std::string("waiting"));
        QCOMPARE(stateOf("good2"), std::string("waiting"));
        QVERIFY(logged("good2", "held by kept policy good"));
        QVERIFY(std::filesystem::remove(conf + "/good2.json"));
        keeper.reload();
        // The plan would delete the default route on tun2: the helper's validation refuses it.
        QVERIFY2(stateOf("maindefault") == "error", (stateOf("maindefault") + "\n" + all).c_str());
        QVERIFY2(st.find("maindefault")->lastError.find("default route") != std::string::npos,
                 st.find("maindefault")->lastError.c_str());

        // The good policy is held: the override is gone, its tunnel network added.
        std::string now = routes(ns);
        QVERIFY2(now.find("0.0.0.0/1") == std::string::npos, now.c_str());
        QVERIFY2(now.find("10.20.0.0/16 via 10.8.0.1 dev tun0 proto 157") != std::string::npos,
                 now.c_str());
        QVERIFY2(now.find("default dev tun2") != std::string::npos, now.c_str());
        // Re-planning the table it made changes nothing (no loop on its own events).
        keeper.evaluateAll();
        QCOMPARE(keeper.status().find("good")->reapplies, std::uint64_t(1));
        // The state file says the same.
        auto file = platform::readKeptStatus("good", state);
        QVERIFY(file.ok());
        QCOMPARE(file->state, platform::KeptState::Holding);
        QCOMPARE(file->device, std::string("tun0"));

        // Another program puts the override back again and again: re-applied up to the
        // limit, then left alone and reported.
        for (int i = 0; i < 5; ++i) {
            ns.ip({"route", "add", "0.0.0.0/1", "via", "10.8.0.1", "dev", "tun0", "proto", "boot"});
            keeper.evaluateAll();
        }
        auto good = *keeper.status().find("good");
        QCOMPARE(good.state, platform::KeptState::GaveUp);
        QCOMPARE(good.reapplies, std::uint64_t(3));
        QVERIFY(good.lastError.find("undone by another program") != std::string::npos);
        QVERIFY(routes(ns).find("0.0.0.0/1") != std::string::npos);
        QCOMPARE(platform::readKeptStatus("good", state)->state, platform::KeptState::GaveUp);

        // forget: the table becomes what it was before the keeper.
        QVERIFY(std::filesystem::remove(conf + "/good.json"));
        ns.ip({"route", "del", "0.0.0.0/1", "dev", "tun0"});
        keeper.reload();
        QCOMPARE(routes(ns), before);
        QVERIFY(keeper.status().find("good") == nullptr);
        QVERIFY(!testutil::fileExists(state + "/held/good.json"));
    }
    ns.leave();
}

QTEST_GUILESS_MAIN(TestKeeper)
#include "TestKeeper.moc"
