// SPDX-License-Identifier: GPL-3.0-or-later
// core/persist/ProfileBlock: the split as a marked block at the end of an OpenVPN profile.
// Golden files in tests/data/persist/: NAME.ovpn is a profile, NAME.PLAN.ovpn the profile
// with the block of PLAN, NAME.PLAN.diff the diff shown for it. Set
// SPLITROUTE_UPDATE_GOLDEN=1 to rewrite them (then review the diff).

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/persist/ProfileBlock.h"
#include "core/vpn/ProfileParser.h"

#include <QTest>

#include <algorithm>
#include <fstream>

using namespace splitroute::core;

namespace {

// The two plans of TestExporters: "bypass" adds net_gateway routes, "local" refuses the
// pushed redirect-gateway and deletes a pushed route.
Plan makeTestPlan(const QString& which, const std::string& label = "Video calls") {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    if (!t)
        qFatal("table");
    std::string policy;
    if (which == "bypass") {
        nlohmann::json j = nlohmann::json::parse(
            R"J({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
            {"network":"192.168.1.0/24","label":"Home LAN","mode":"bypass"},
            {"network":"203.0.113.0/24","mode":"bypass"},
            {"network":"2001:db8:abcd::/48","mode":"bypass"}]})J");
        j["rules"][1]["label"] = label;
        policy = j.dump();
    } else {
        policy = R"J({"format":"splitroute-policy","version":1,"other":"local","rules":[
            {"network":"10.20.0.0/16","label":"Office (now direct)","mode":"bypass"},
            {"network":"10.0.0.0/8","label":"Corporate","mode":"tunnel"},
            {"network":"2001:db8:abcd::/48","mode":"tunnel"}]})J";
    }
    auto pol = SplitPolicy::parse(policy);
    if (!pol)
        qFatal("policy: %s", pol.error().message.c_str());
    auto plan = makePlan(*t, nullptr, nullptr, *pol, {});
    if (!plan)
        qFatal("plan: %s", plan.error().message.c_str());
    return std::move(plan).value();
}

BlockOptions options(const std::string& file) {
    BlockOptions o;
    o.fileName = file;
    o.outputName = "work.ovpn";
    o.planName = "home.policy.json";
    o.connection = "Company VPN";
    return o;
}

void compareGolden(const std::string& relative, const std::string& actual) {
    const std::string path = testutil::dataPath(relative.c_str());
    if (qEnvironmentVariableIsSet("SPLITROUTE_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    const std::string expected = testutil::readData(relative.c_str());
    if (expected != actual)
        qWarning("%s differs; actual:\n%s", relative.c_str(), actual.c_str());
    QCOMPARE(QByteArray::fromStdString(actual), QByteArray::fromStdString(expected));
}

std::string errorText(const Error& e) {
    return e.toString();
}

} // namespace

class TestProfileBlock : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void lineEndsAndBomKept();
    void savingAgainReplaces();
    void blockEditedAfterItStaysRemovable();
    void refusesForeignBlocks_data();
    void refusesForeignBlocks();
    void refusesAws_data();
    void refusesAws();
    void refusesUnreadableProfile();
    void refusesEmptyPlan();
    void removeWithoutBlock();
    void longAndMultiLineLabels();
    void emptyProfile();
    void refusesDefeatingOptions_data();
    void refusesDefeatingOptions();
    void acceptsHarmlessLookAlikes_data();
    void acceptsHarmlessLookAlikes();
    void defeatGoldenProfile();
    void existingBlockIsNotTheUsers();
};

void TestProfileBlock::golden_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("plan");
    for (const char* p : {"plain", "crlf-bom", "no-final-newline"})
        for (const char* plan : {"bypass", "local"})
            QTest::addRow("%s %s", p, plan) << QString(p) << QString(plan);
}

// The written profile and its diff are as reviewed; undo gives back the original bytes; the
// profile still reads, and the block's directives are what OpenVPN will see.
void TestProfileBlock::golden() {
    QFETCH(QString, profile);
    QFETCH(QString, plan);
    const std::string name = profile.toStdString() + ".ovpn";
    const std::string original = testutil::readData(("persist/" + name).c_str());
    auto edit = writeSplitBlock(original, makeTestPlan(plan), options(name));
    QVERIFY2(edit.ok(), edit.ok() ? "" : errorText(edit.error()).c_str());
    QVERIFY(!edit->replacedBlock);
    const std::string stem = "persist/" + profile.toStdString() + "." + plan.toStdString();
    compareGolden(stem + ".ovpn", edit->text);
    compareGolden(stem + ".diff", edit->diff);

    // Every byte of the original is still there, in front of the block.
    QVERIFY(edit->text.size() > original.size());
    QCOMPARE(QByteArray::fromStdString(edit->text.substr(0, original.size())),
             QByteArray::fromStdString(original));

    auto undone = removeSplitBlock(edit->text, "work.ovpn");
    QVERIFY2(undone.ok(), undone.ok() ? "" : errorText(undone.error()).c_str());
    QCOMPARE(QByteArray::fromStdString(*undone), QByteArray::fromStdString(original));

    auto span = findSplitBlock(edit->text, "work.ovpn");
    QVERIFY(span.ok() && span->found);
    QCOMPARE(span->beginLine, edit->blockLine);

    // OpenVPN reads the result as before plus the block's options, without complaint about
    // long lines.
    auto before = parseProfile(original, name);
    auto after = parseProfile(edit->text, name);
    QVERIFY(before.ok() && after.ok());
    for (const auto& d : after->diagnostics)
        QVERIFY2(d.code != "line-too-long", d.toString().c_str());
    if (plan == "bypass") {
        QCOMPARE(after->routes.size(), before->routes.size() + 1);
        QCOMPARE(after->routes.back().gatewayKind, GatewayKind::NetGateway);
        QCOMPARE(after->routes6.size(), before->routes6.size() + 1);
        QCOMPARE(after->pullFilters.size(), before->pullFilters.size());
    } else {
        QCOMPARE(after->pullFilters.size(), before->pullFilters.size() + 2);
        QCOMPARE(after->pullFilters.front().text, std::string("redirect-gateway"));
    }
}

void TestProfileBlock::lineEndsAndBomKept() {
    const std::string original = testutil::readData("persist/crlf-bom.ovpn");
    auto edit = writeSplitBlock(original, makeTestPlan("local"), options("crlf-bom.ovpn"));
    QVERIFY(edit.ok());
    QVERIFY(edit->text.rfind("\xEF\xBB\xBF"
                             "client\r\n",
                             0) == 0);
    // Every line break of the result is CRLF, the block's too.
    std::size_t lf = 0;
    std::size_t crlf = 0;
    for (std::size_t i = 0; i < edit->text.size(); ++i)
        if (edit->text[i] == '\n') {
            ++lf;
            if (i > 0 && edit->text[i - 1] == '\r')
                ++crlf;
        }
    QCOMPARE(crlf, lf);
    QVERIFY(edit->text.find("# END splitroute\r\n") != std::string::npos);

    const std::string noBreak = testutil::readData("persist/no-final-newline.ovpn");
    auto e2 = writeSplitBlock(noBreak, makeTestPlan("local"), options("x.ovpn"));
    QVERIFY(e2.ok());
    // The last line had no line break: the block starts with one and ends without.
    QVERIFY(e2->text.rfind(noBreak + "\n# BEGIN splitroute v1\n", 0) == 0);
    QVERIFY(e2->text.size() > 16 &&
            e2->text.compare(e2->text.size() - 16, 16, "# END splitroute") == 0);
}

// Saving again (another plan) replaces the block; saving the same plan again changes nothing;
// undo after a replacement still gives the original.
void TestProfileBlock::savingAgainReplaces() {
    for (const char* p : {"plain.ovpn", "crlf-bom.ovpn", "no-final-newline.ovpn"}) {
        const std::string original = testutil::readData((std::string("persist/") + p).c_str());
        auto first = writeSplitBlock(original, makeTestPlan("bypass"), options(p));
        QVERIFY(first.ok());
        auto second = writeSplitBlock(first->text, makeTestPlan("local"), options(p));
        QVERIFY(second.ok());
        QVERIFY(second->replacedBlock);
        auto direct = writeSplitBlock(original, makeTestPlan("local"), options(p));
        QVERIFY(direct.ok());
        QCOMPARE(QByteArray::fromStdString(second->text), QByteArray::fromStdString(direct->text));
        QVERIFY(second->text.find("net_gateway\n# END") == std::string::npos);
        auto again = writeSplitBlock(second->text, makeTestPlan("local"), options(p));
        QVERIFY(again.ok());
        QCOMPARE(QByteArray::fromStdString(again->text), QByteArray::fromStdString(second->text));
        QVERIFY(again->diff.empty());
        auto undone = removeSplitBlock(second->text, p);
        QVERIFY(undone.ok());
        QCOMPARE(QByteArray::fromStdString(*undone), QByteArray::fromStdString(original));
    }
    // The golden replacement: an existing block of ours, replaced; its diff shows only the
    // block's lines.
    const std::string withBlock = testutil::readData("persist/plain.bypass.ovpn");
    auto replaced = writeSplitBlock(withBlock, makeTestPlan("local"), options("plain.bypass.ovpn"));
    QVERIFY(replaced.ok());
    compareGolden("persist/replace.diff", replaced->diff);
    QVERIFY(replaced->diff.find("-route 203.0.113.0 255.255.255.0 net_gateway") !=
            std::string::npos);
    QVERIFY(replaced->diff.find("+pull-filter ignore \"redirect-gateway\"") != std::string::npos);
    QVERIFY(replaced->diff.find("-client") == std::string::npos);
}

// Lines a person added after the block stay where they are when the block goes.
void TestProfileBlock::blockEditedAfterItStaysRemovable() {
    const std::string original = testutil::readData("persist/plain.ovpn");
    auto edit = writeSplitBlock(original, makeTestPlan("bypass"), options("p.ovpn"));
    QVERIFY(edit.ok());
    const std::string edited = edit->text + "mute 10\n";
    auto undone = removeSplitBlock(edited, "p.ovpn");
    QVERIFY(undone.ok());
    QCOMPARE(QByteArray::fromStdString(*undone), QByteArray::fromStdString(original + "mute 10\n"));
}

void TestProfileBlock::refusesForeignBlocks_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    // plain.ovpn has 14 lines; the extra lines follow.
    QTest::newRow("another version") << "foreign-version.ovpn" << 15 << "is not a marker";
    QTest::newRow("other comment form") << "foreign-semicolon.ovpn" << 15 << "is not a marker";
    QTest::newRow("BEGIN without END") << "unbalanced-begin.ovpn" << 15 << "without";
    QTest::newRow("END without BEGIN") << "unbalanced-end.ovpn" << 16 << "without";
    QTest::newRow("two blocks") << "two-blocks.ovpn" << 18 << "a second";
}

// A block Splitroute did not write (or that was edited) is refused by write and undo alike,
// with the file and line; nothing is returned to write.
void TestProfileBlock::refusesForeignBlocks() {
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, says);
    const std::string name = file.toStdString();
    const std::string text = testutil::readData(("persist/" + name).c_str());
    auto w = writeSplitBlock(text, makeTestPlan("bypass"), options(name));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(w.error().where.file, name);
    QCOMPARE(w.error().where.line, line);
    const QString message = QString::fromStdString(w.error().message);
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(QString("line %1").arg(line)), qPrintable(message));
    QVERIFY2(message.contains(file), qPrintable(message));
    auto r = removeSplitBlock(text, name);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where.line, line);
}

void TestProfileBlock::refusesAws_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::newRow("endpoint remote") << "ovpn/aws-cert.ovpn" << 0;
    QTest::newRow("auth-federate (SAML)") << "ovpn/aws-saml.ovpn" << 0;
    QTest::newRow("auth-federate only") << "" << 5;
}

void TestProfileBlock::refusesAws() {
    QFETCH(QString, file);
    QFETCH(int, line);
    const std::string text =
        file.isEmpty()
            ? std::string("client\ndev tun\nproto udp\nremote vpn.example.com 443\nauth-federate\n")
            : testutil::readData(file.toStdString().c_str());
    auto w = writeSplitBlock(text, makeTestPlan("bypass"), options("aws.ovpn"));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, ErrorCode::Unsupported);
    const QString message = QString::fromStdString(w.error().message);
    QVERIFY2(message.contains("AWS Client VPN"), qPrintable(message));
    QVERIFY2(message.contains("strips pull-filter"), qPrintable(message));
    QVERIFY2(message.contains("splitroute-cli keep"), qPrintable(message));
    QVERIFY2(message.contains("Keeping a split"), qPrintable(message));
    QVERIFY(w.error().where.line > 0);
    if (line > 0)
        QCOMPARE(w.error().where.line, line);
}

// OpenVPN stops at a missing end tag: so do we (the block would land inside the <ca>).
void TestProfileBlock::refusesUnreadableProfile() {
    const std::string text = "client\nremote vpn.example.com\n<ca>\nxyz\n";
    auto w = writeSplitBlock(text, makeTestPlan("bypass"), options("broken.ovpn"));
    QVERIFY(!w.ok());
    QVERIFY2(w.error().message.find("ca") != std::string::npos, w.error().message.c_str());
    QVERIFY(!removeSplitBlock(text, "broken.ovpn").ok());
}

void TestProfileBlock::refusesEmptyPlan() {
    const std::string original = testutil::readData("persist/plain.ovpn");
    Plan nothing;
    auto w = writeSplitBlock(original, nothing, options("plain.ovpn"));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(w.error().message.find("changes nothing") != std::string::npos,
             w.error().message.c_str());
}

void TestProfileBlock::removeWithoutBlock() {
    auto r = removeSplitBlock(testutil::readData("persist/plain.ovpn"), "plain.ovpn");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(r.error().message.find("plain.ovpn") != std::string::npos);
    // The marker-like line inside <ca> is certificate data.
    auto span = findSplitBlock(testutil::readData("persist/plain.ovpn"), "plain.ovpn");
    QVERIFY(span.ok());
    QVERIFY(!span->found);
}

// OpenVPN reads 256 bytes at a time: a longer comment line would continue as an option. A
// label with a line break must not start a line of its own either.
void TestProfileBlock::longAndMultiLineLabels() {
    const std::string original = testutil::readData("persist/plain.ovpn");
    const std::string longLabel =
        std::string(120, 'x') + " " + std::string(100, 'y') + " Ünïcödé " + std::string(260, 'z');
    BlockOptions o = options("plain.ovpn");
    o.connection = "Company\nup /tmp/evil.sh";
    for (const std::string& label :
         {longLabel, std::string("calls\nup /tmp/evil.sh"),
          std::string(186, 'w') + " BEGIN splitroute v1", std::string("x\n# END splitroute")}) {
        auto edit = writeSplitBlock(original, makeTestPlan("bypass", label), o);
        QVERIFY(edit.ok());
        std::size_t at = 0;
        while (at < edit->text.size()) {
            std::size_t nl = edit->text.find('\n', at);
            if (nl == std::string::npos)
                nl = edit->text.size();
            QVERIFY2(nl - at < 256, edit->text.substr(at, nl - at).c_str());
            at = nl + 1;
        }
        auto after = parseProfile(edit->text, "plain.ovpn");
        QVERIFY(after.ok());
        for (const auto& d : after->diagnostics)
            QVERIFY2(d.severity != Severity::Error && d.code != "line-too-long",
                     d.toString().c_str());
        for (const auto& opt : after->options)
            QVERIFY(opt.name != "up");
        QVERIFY(edit->text.find("\nup ") == std::string::npos);
        auto undone = removeSplitBlock(edit->text, "plain.ovpn");
        QVERIFY(undone.ok());
        QCOMPARE(QByteArray::fromStdString(*undone), QByteArray::fromStdString(original));
    }
}

void TestProfileBlock::emptyProfile() {
    auto edit = writeSplitBlock("", makeTestPlan("bypass"), options("empty.ovpn"));
    QVERIFY(edit.ok());
    QVERIFY(edit->text.rfind("# BEGIN splitroute v1\n", 0) == 0);
    QCOMPARE(edit->blockLine, 1);
    auto undone = removeSplitBlock(edit->text, "empty.ovpn");
    QVERIFY(undone.ok());
    QVERIFY(undone->empty());
}

namespace {
// Three lines, then the test's own lines from line 4 on.
std::string defeatProfile(const QString& extra) {
    return "client\ndev tun\nremote vpn.example.com 1194\n" + extra.toStdString() + "verb 3\n";
}
} // namespace

void TestProfileBlock::refusesDefeatingOptions_data() {
    QTest::addColumn<QString>("plan");  // "local": ignores redirect-gateway and route 10.20/16
    QTest::addColumn<QString>("extra"); // profile lines from line 4
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    const QString ignoreRg = "wins over its `pull-filter ignore \"redirect-gateway\"`";
    const QString ignoreRoute =
        "wins over its `pull-filter ignore \"route 10.20.0.0 255.255.0.0\"`";
    QTest::newRow("accept redirect-gateway")
        << "local"
        << "pull-filter accept \"redirect-gateway\"\n"
        << 4
        << "`pull-filter accept \"redirect-gateway\"` comes before the Splitroute block and " +
               ignoreRg;
    QTest::newRow("accept unquoted, shown quoted")
        << "local"
        << "pull-filter accept redirect-gateway\n"
        << 4 << "`pull-filter accept \"redirect-gateway\"` comes before";
    QTest::newRow("accept a shorter prefix: route")
        << "local"
        << "mute 10\npull-filter accept \"route\"\n"
        << 5
        << "`pull-filter accept \"route\"` comes before the Splitroute block and " + ignoreRoute;
    QTest::newRow("accept a shorter prefix: route 10.20") << "local"
                                                          << "pull-filter accept \"route 10.20\"\n"
                                                          << 4 << ignoreRoute;
    QTest::newRow("accept a longer text: redirect-gateway def1")
        << "local"
        << "pull-filter accept \"redirect-gateway def1\"\n"
        << 4 << ignoreRg;
    QTest::newRow("accept everything") << "local"
                                       << "pull-filter accept \"\"\n"
                                       << 4 << "`pull-filter accept \"\"`";
    QTest::newRow("reject") << "local"
                            << "pull-filter reject \"redirect\"\n"
                            << 4 << "reject drops the connection";
    QTest::newRow("reject also under route-nopull")
        << "local"
        << "route-nopull\npull-filter reject \"route 10\"\n"
        << 5 << ignoreRoute;
    QTest::newRow("an earlier ignore covers only part of it")
        << "local"
        << "pull-filter ignore \"redirect-gateway def1\"\npull-filter accept \"redirect-gateway\"\n"
        << 5 << ignoreRg;
    QTest::newRow("the profile's own redirect-gateway")
        << "local"
        << "redirect-gateway def1 bypass-dhcp\n"
        << 4
        << "`redirect-gateway def1 bypass-dhcp` is the profile's own, not pushed: OpenVPN sends "
           "IPv4 traffic";
    QTest::newRow("the profile's own redirect-gateway, IPv6 only")
        << "local"
        << "redirect-gateway ipv6 !ipv4\n"
        << 4 << "OpenVPN sends IPv6 traffic";
    QTest::newRow("the profile's own redirect-gateway under route-nopull")
        << "local"
        << "route-nopull\nredirect-gateway def1\n"
        << 5 << "is the profile's own";
    QTest::newRow("the profile's own route the plan deletes")
        << "local"
        << "route 10.20.0.0 255.255.0.0\n"
        << 4
        << "`route 10.20.0.0 255.255.0.0` is the profile's own route, not pushed: the plan "
           "takes 10.20.0.0/16 out of the tunnel";
    QTest::newRow("the profile's own route via vpn_gateway")
        << "local"
        << "route 10.20.0.0 255.255.0.0 vpn_gateway 5\n"
        << 4 << "cannot delete a route the profile adds";
    QTest::newRow("several: the first by line, the others named")
        << "local"
        << "redirect-gateway def1\npull-filter accept \"route\"\nroute 10.20.0.0 255.255.0.0\n"
        << 4
        << "Also in the way: line 5 (`pull-filter accept \"route\"`), line 6 (`route "
           "10.20.0.0 255.255.0.0`).";
}

// Each option that keeps the block from working is refused with its file and line, saying
// which of the block's lines it defeats and what to do; nothing is written.
void TestProfileBlock::refusesDefeatingOptions() {
    QFETCH(QString, plan);
    QFETCH(QString, extra);
    QFETCH(int, line);
    QFETCH(QString, says);
    const std::string text = defeatProfile(extra);
    auto w = writeSplitBlock(text, makeTestPlan(plan), options("corp.ovpn"));
    QVERIFY2(!w.ok(), w.ok() ? w->text.c_str() : "");
    QCOMPARE(w.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(w.error().where.file, std::string("corp.ovpn"));
    QCOMPARE(w.error().where.line, line);
    const QString message = QString::fromStdString(w.error().message);
    QVERIFY2(message.startsWith(QString("corp.ovpn line %1: ").arg(line)), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains("remove it"), qPrintable(message));
    QVERIFY2(message.endsWith("corp.ovpn is left as it is."), qPrintable(message));
    QVERIFY2(
        QString::fromStdString(errorText(w.error())).startsWith(QString("corp.ovpn:%1:").arg(line)),
        errorText(w.error()).c_str());
}

void TestProfileBlock::acceptsHarmlessLookAlikes_data() {
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("extra");
    QTest::newRow("accept on another option") << "local"
                                              << "pull-filter accept \"dhcp-option\"\n"
                                                 "pull-filter accept \"route-gateway\"\n"
                                                 "pull-filter accept \"route-ipv6\"\n";
    QTest::newRow("accept on another network") << "local"
                                               << "pull-filter accept \"route 10.2.0.0\"\n"
                                                  "pull-filter accept \"route 10.20.0.0 "
                                                  "255.255.255.0\"\n";
    QTest::newRow("accept in another case (strncmp)")
        << "local"
        << "pull-filter accept \"Redirect-Gateway\"\n";
    QTest::newRow("an accept behind an earlier ignore that catches it all")
        << "local"
        << "pull-filter ignore \"redirect\"\npull-filter accept \"redirect-gateway def1\"\n"
           "pull-filter ignore \"route 10.20.0.0\"\npull-filter accept \"route 10.20.0.0 "
           "255.255.0.0\"\n";
    QTest::newRow("an earlier ignore") << "local"
                                       << "pull-filter ignore \"redirect-gateway\"\n"
                                          "pull-filter ignore \"route\"\n";
    QTest::newRow("route-nopull") << "local"
                                  << "route-nopull\n";
    QTest::newRow("route-nopull with an accept (pushed routes are refused anyway)")
        << "local"
        << "route-nopull\npull-filter accept \"redirect-gateway\"\n";
    QTest::newRow("redirect-private, redirect-gateway !ipv4")
        << "local"
        << "redirect-private def1\nredirect-gateway !ipv4\n";
    QTest::newRow("the profile's own route elsewhere, or to the same network outside")
        << "local"
        << "route 10.21.0.0 255.255.0.0\nroute 10.20.0.0 255.255.0.0 net_gateway\n"
           "route-ipv6 2001:db8:abcd::/48\n";
    QTest::newRow("text inside <ca>")
        << "local"
        << "<ca>\npull-filter accept \"redirect-gateway\"\nredirect-gateway def1\nroute "
           "10.20.0.0 255.255.0.0\n</ca>\n";
    QTest::newRow("the full-tunnel plan refuses nothing pushed")
        << "bypass"
        << "pull-filter accept \"redirect-gateway\"\npull-filter accept \"route\"\n"
           "redirect-gateway def1\n";
}

// What only looks like a defeat is written as usual.
void TestProfileBlock::acceptsHarmlessLookAlikes() {
    QFETCH(QString, plan);
    QFETCH(QString, extra);
    const std::string text = defeatProfile(extra);
    auto w = writeSplitBlock(text, makeTestPlan(plan), options("corp.ovpn"));
    QVERIFY2(w.ok(), w.ok() ? "" : errorText(w.error()).c_str());
    QCOMPARE(QByteArray::fromStdString(w->text.substr(0, text.size())),
             QByteArray::fromStdString(text));
}

// A real-looking profile (tests/data/persist/defeat-accept.ovpn): the comment above the
// accept and the ignore of another option are no trouble; the accept at line 8 is.
void TestProfileBlock::defeatGoldenProfile() {
    const std::string text = testutil::readData("persist/defeat-accept.ovpn");
    auto w = writeSplitBlock(text, makeTestPlan("local"), options("defeat-accept.ovpn"));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().where.line, 8);
    QCOMPARE(w.error().message,
             std::string("defeat-accept.ovpn line 8: `pull-filter accept \"redirect-gateway\"` "
                         "comes before the Splitroute block and wins over its `pull-filter "
                         "ignore \"redirect-gateway\"` (OpenVPN uses the first pull-filter whose "
                         "text the pushed option starts with); remove it or move it after the "
                         "block. defeat-accept.ovpn is left as it is."));
    // Without the accept line the same profile takes the block.
    std::string fixed = text;
    const std::string accept = "pull-filter accept \"redirect-gateway\"\n";
    fixed.erase(fixed.find(accept), accept.size());
    QVERIFY(writeSplitBlock(fixed, makeTestPlan("local"), options("defeat-accept.ovpn")).ok());
}

// The lines of an existing Splitroute block are replaced, so they are not in the way; a line
// the user added after it is, since the new block goes to the end, after it.
void TestProfileBlock::existingBlockIsNotTheUsers() {
    const std::string original = testutil::readData("persist/plain.ovpn");
    const std::string oldBlock = std::string(kBlockBegin) +
                                 "\npull-filter accept \"redirect-gateway\"\nredirect-gateway "
                                 "def1\nroute 10.20.0.0 255.255.0.0\n" +
                                 std::string(kBlockEnd) + "\n";
    auto w = writeSplitBlock(original + oldBlock, makeTestPlan("local"), options("plain.ovpn"));
    QVERIFY2(w.ok(), w.ok() ? "" : errorText(w.error()).c_str());
    QVERIFY(w->replacedBlock);
    QVERIFY(w->text.find("pull-filter accept") == std::string::npos);

    const int after = static_cast<int>(std::count(original.begin(), original.end(), '\n')) + 6;
    auto later = writeSplitBlock(original + oldBlock + "pull-filter accept \"route 10\"\n",
                                 makeTestPlan("local"), options("plain.ovpn"));
    QVERIFY(!later.ok());
    QCOMPARE(later.error().where.line, after);
}

QTEST_APPLESS_MAIN(TestProfileBlock)
#include "TestProfileBlock.moc"
