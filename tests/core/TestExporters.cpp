// SPDX-License-Identifier: GPL-3.0-or-later
// Exporters: golden files (tests/data/export/PLAN.FORMAT and PLAN.undo.FORMAT) for two plans
// made from tests/data/plan/fulltunnel.json. Set SPLITROUTE_UPDATE_GOLDEN=1 to rewrite them
// (then review the diff). Also: every output starts with a comment that says how to undo it.

#include "TestUtil.h"

#include "core/RouteJson.h"
#include "core/export/Exporter.h"

#include <QTest>

#include <fstream>

using namespace splitroute::core;

namespace {
Plan makeTestPlan(const QString& which) {
    auto t = routeTableFromJson(nlohmann::json::parse(testutil::readData("plan/fulltunnel.json")));
    if (!t)
        qFatal("table");
    std::string policy;
    if (which == "bypass")
        policy = R"J({"format":"splitroute-policy","version":1,"other":"tunnel","rules":[
            {"network":"192.168.1.0/24","label":"Home LAN","mode":"bypass"},
            {"network":"203.0.113.0/24","label":"Video calls","mode":"bypass"},
            {"network":"2001:db8:abcd::/48","mode":"bypass"}]})J";
    else
        policy = R"J({"format":"splitroute-policy","version":1,"other":"local","rules":[
            {"network":"10.20.0.0/16","label":"Office (now direct)","mode":"bypass"},
            {"network":"10.0.0.0/8","label":"Corporate","mode":"tunnel"},
            {"network":"2001:db8:abcd::/48","mode":"tunnel"}]})J";
    auto pol = SplitPolicy::parse(policy);
    if (!pol)
        qFatal("policy: %s", pol.error().message.c_str());
    auto plan = makePlan(*t, nullptr, nullptr, *pol, {});
    if (!plan)
        qFatal("plan: %s", plan.error().message.c_str());
    // Through JSON, as `export` reads it.
    auto back = planFromJson(planToJson(*plan));
    if (!back)
        qFatal("plan json: %s", back.error().message.c_str());
    return std::move(back).value();
}

std::string extensionOf(const std::string& format) {
    if (format == "nmcli")
        return "nmcli.sh";
    if (format == "powershell")
        return "ps1";
    if (format == "openvpn")
        return "ovpn";
    if (format == "wireguard")
        return "wg.conf";
    if (format == "macos")
        return "macos.sh";
    return format; // sh, cmd
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
    QCOMPARE(QString::fromStdString(actual), QString::fromStdString(expected));
}
} // namespace

class TestExporters : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void nmcliNeedsConnection();
    void unknownFormat();
    void shellQuoting();
};

void TestExporters::golden_data() {
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("format");
    for (const char* p : {"bypass", "local"})
        for (const auto& f : exportFormats())
            QTest::addRow("%s %s", p, f.c_str()) << QString(p) << QString::fromStdString(f);
}

void TestExporters::golden() {
    QFETCH(QString, plan);
    QFETCH(QString, format);
    const Plan p = makeTestPlan(plan);
    auto e = makeExporter(format.toStdString());
    QVERIFY(e);
    QCOMPARE(QString::fromStdString(e->format()), format);
    ExportOptions opts;
    opts.connection = "Work VPN";
    auto r = e->render(p, opts);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    // Starts with a comment, mentions undo.
    const QString script = QString::fromStdString(r->script);
    QVERIFY(script.startsWith("#") || script.startsWith("@echo off"));
    QVERIFY2(script.left(800).contains("undo", Qt::CaseInsensitive), qPrintable(script.left(400)));
    QVERIFY(!r->undo.empty());
    const std::string ext = extensionOf(format.toStdString());
    compareGolden("export/" + plan.toStdString() + "." + ext, r->script);
    compareGolden("export/" + plan.toStdString() + ".undo." + ext, r->undo);
}

void TestExporters::nmcliNeedsConnection() {
    const Plan p = makeTestPlan("local");
    auto r = makeExporter("nmcli")->render(p, {});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.find("--connection") != std::string::npos);
}

void TestExporters::unknownFormat() {
    QVERIFY(!makeExporter("bat"));
    QCOMPARE(exportFormats().size(), std::size_t{7});
}

void TestExporters::shellQuoting() {
    QCOMPARE(exportdetail::shQuote("it's"), std::string("'it'\\''s'"));
    QCOMPARE(exportdetail::psQuote("it's"), std::string("'it''s'"));
    const Plan p = makeTestPlan("local");
    ExportOptions o;
    o.connection = "Bob's $(rm) VPN";
    auto r = makeExporter("nmcli")->render(p, o);
    QVERIFY(r.ok());
    QVERIFY(r->script.find("VPN='Bob'\\''s $(rm) VPN'") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestExporters)
#include "TestExporters.moc"
