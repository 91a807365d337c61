// SPDX-License-Identifier: GPL-3.0-or-later
// FindingsModel: every finding code core knows (core::findingcode::all) has a GUI title and a
// text of its own built from Finding::args; unknown codes or arguments that do not fit fall
// back to the English message; real analyzer findings are shown through the model.

#include "TestUtil.h"

#include "app/gui/FindingsModel.h"
#include "core/RouteJson.h"
#include "core/analyze/Analyzer.h"
#include "core/analyze/FindingCode.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

#include <map>

using namespace splitroute;
using namespace splitroute::app;

namespace {
/// Arguments that fill every placeholder: "<arg1>", "<arg2>", … (n of them).
std::vector<std::string> placeholders(std::size_t n) {
    std::vector<std::string> v;
    for (std::size_t i = 1; i <= n; ++i)
        v.push_back("<arg" + std::to_string(i) + ">");
    return v;
}

/// The argument lists a code comes with (core/analyze/FindingCode.h); variants spelled out.
std::vector<std::vector<std::string>> argumentSets(const std::string& code) {
    namespace fc = core::findingcode;
    static const std::map<std::string, std::size_t> counts{
        {fc::Ipv6Leak, 3},          {fc::TunnelVision, 4},    {fc::ServerIpMissing, 1},
        {fc::ServerIpViaTunnel, 3}, {fc::ServerIpDns, 0},     {fc::SwallowsDns, 3},
        {fc::SwallowsGateway, 3},   {fc::RouteNopullDns, 1},  {fc::AwsEnforcement, 0},
        {fc::AwsPullFilter, 0},     {fc::BypassShadowed, 2},  {fc::TunnelShadowed, 2},
        {fc::IrouteMissing, 3},     {fc::PrimaryBackup, 5},   {fc::SameMetric, 4},
        {fc::CannotOverride, 2},    {fc::HostUnresolved, 3},  {fc::ProtectedOverlap, 5},
        {fc::RuleShadowed, 2},      {fc::NoPhysicalRoute, 1}, {fc::NoTunnel, 1},
    };
    if (code == fc::LocalNet)
        return {{"local", "<arg2>", "<arg3>", "<arg4>"},
                {"bypass", "<arg2>", "<arg3>", "<arg4>"},
                {"rule", "<arg2>", "<arg3>"}};
    if (code == fc::OverlapsLan)
        return {{"inside", "<arg2>", "<arg3>", "<arg4>"},
                {"outside", "<arg2>", "<arg3>", "<arg4>"}};
    if (code == fc::ComplementUsed)
        return {{"<arg1>", "keep-override", "<arg3>", "<arg4>"},
                {"<arg1>", "remove-override", "<arg3>", "<arg4>"}};
    if (auto it = counts.find(code); it != counts.end())
        return {placeholders(it->second)};
    return {};
}
} // namespace

class TestFindingsModel : public QObject {
    Q_OBJECT
private slots:
    void everyCodeHasText();
    void fallbackToEnglish();
    void longListsAreShortened();
    void modelShowsAnalyzerFindings();
};

void TestFindingsModel::everyCodeHasText() {
    for (const char* code : core::findingcode::all) {
        QVERIFY2(!FindingsModel::titleFor(code).isEmpty(), code);
        const auto sets = argumentSets(code);
        QVERIFY2(!sets.empty(), code); // a new code in core needs its arguments listed here
        for (const auto& args : sets) {
            core::Finding f;
            f.code = code;
            f.message = "ENGLISH MESSAGE";
            f.args = args;
            QVERIFY2(FindingsModel::hasDetailsFor(f), code);
            const QString text = FindingsModel::detailsFor(f);
            QVERIFY2(!text.contains(QStringLiteral("ENGLISH")), code);
            // Every data argument is placed; no placeholder is left unfilled.
            for (const auto& a : args)
                if (a.rfind("<arg", 0) == 0)
                    QVERIFY2(text.contains(QString::fromStdString(a)),
                             qPrintable(QString::fromUtf8(code) + ": " + text));
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(text));
        }
    }
}

void TestFindingsModel::fallbackToEnglish() {
    core::Finding unknown;
    unknown.code = "some-future-code";
    unknown.message = "English text";
    unknown.args = {"x"};
    QVERIFY(!FindingsModel::hasDetailsFor(unknown));
    QCOMPARE(FindingsModel::detailsFor(unknown), QStringLiteral("English text"));
    QVERIFY(FindingsModel::titleFor(unknown.code).isEmpty());
    // A known code whose arguments do not fit (an old plan without "args"): English too.
    core::Finding old;
    old.code = core::findingcode::Ipv6Leak;
    old.message = "IPv4 traffic goes through tun0 …";
    QCOMPARE(FindingsModel::detailsFor(old), QString::fromStdString(old.message));
    old.args = {"a", "b"};
    QCOMPARE(FindingsModel::detailsFor(old), QString::fromStdString(old.message));
    core::Finding badVariant;
    badVariant.code = core::findingcode::LocalNet;
    badVariant.message = "msg";
    badVariant.args = {"elsewhere", "a", "b", "c"};
    QCOMPARE(FindingsModel::detailsFor(badVariant), QStringLiteral("msg"));
}

void TestFindingsModel::longListsAreShortened() {
    core::Finding f;
    f.code = core::findingcode::BypassShadowed;
    f.message = "m";
    f.args = {"10.0.0.0/8 dev eth0", "10.0.1.0/24, 10.0.2.0/24, 10.0.3.0/24, 10.0.4.0/24, "
                                     "10.0.5.0/24, 10.0.6.0/24, 10.0.7.0/24"};
    const QString text = FindingsModel::detailsFor(f);
    QVERIFY2(text.contains(QStringLiteral("10.0.5.0/24 and 2 more")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("10.0.6.0/24")));
}

void TestFindingsModel::modelShowsAnalyzerFindings() {
    auto t = core::routeTableFromJson(
        nlohmann::json::parse(testutil::readData("analyze/primary-backup.json")));
    QVERIFY(t.ok());
    core::AnalysisInput in;
    in.table = &*t;
    auto fs = core::analyze(in);
    QCOMPARE(fs.size(), std::size_t{2});
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(fs);
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const auto& f = fs[static_cast<std::size_t>(row)];
        QVERIFY(FindingsModel::hasDetailsFor(f));
        QCOMPARE(model.index(row, FindingsModel::Title).data().toString(),
                 FindingsModel::titleFor(f.code));
        const QString details = model.index(row, FindingsModel::Details).data().toString();
        QCOMPARE(details, FindingsModel::detailsFor(f));
        // The untranslated GUI text says what the CLI says (up to the capital and the stop).
        QCOMPARE(details.toLower(), QString::fromStdString(f.message + ".").toLower());
    }
}

QTEST_MAIN(TestFindingsModel)
#include "TestFindingsModel.moc"
