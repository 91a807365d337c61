// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"

#include "core/vpn/OvpnLexer.h"
#include "core/vpn/OvpnOptions.h"

#include <QStringList>

using namespace splitroute::core;

namespace {

// Tokens of one directive as "name|arg|arg"; an inline body as "[body]"; \n and \r visible.
QString render(const OvpnDirective& d) {
    QStringList parts;
    auto vis = [](std::string s) {
        QString q = QString::fromStdString(s);
        q.replace("\n", "\\n");
        q.replace("\r", "\\r");
        return q;
    };
    for (const auto& t : d.tokens)
        parts << vis(t.text);
    if (d.inlineBlock)
        parts << "[" + vis(d.body) + "]";
    return parts.join('|');
}

} // namespace

class TestOvpnLexer : public QObject {
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void errors_data();
    void errors();
    void warnings_data();
    void warnings();
    void locations();
    void connectionBlock();
    void tokenizeLineTooLong();
    void optionTableSorted();
};

void TestOvpnLexer::tokens_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("simple") << QByteArray("remote example.com 1194 udp\n")
                            << QStringList{"remote|example.com|1194|udp"};
    QTest::newRow("no final newline") << QByteArray("dev tun") << QStringList{"dev|tun"};
    QTest::newRow("comment lines")
        << QByteArray("# hash\n; semi\n   # indented\nverb 3\n") << QStringList{"verb|3"};
    QTest::newRow("trailing comment")
        << QByteArray("route 10.0.0.0 255.0.0.0 # x\n") << QStringList{"route|10.0.0.0|255.0.0.0"};
    QTest::newRow("trailing ; comment")
        << QByteArray("route 10.0.0.0 ;x y\n") << QStringList{"route|10.0.0.0"};
    QTest::newRow("hash inside token") << QByteArray("foo#bar baz\n") << QStringList{"foo#bar|baz"};
    QTest::newRow("semicolon inside token") << QByteArray("a;b c;d\n") << QStringList{"a;b|c;d"};
    QTest::newRow("comment right after closing quote")
        << QByteArray("x \"a\"#c\n") << QStringList{"x|a"};
    QTest::newRow("double quoted spaces") << QByteArray("x \"a b\"  c\n") << QStringList{"x|a b|c"};
    QTest::newRow("escaped quote in double")
        << QByteArray("x \"a\\\"b\"\n") << QStringList{"x|a\"b"};
    QTest::newRow("escaped backslash in double")
        << QByteArray("x \"c:\\\\dir\"\n") << QStringList{"x|c:\\dir"};
    QTest::newRow("escaped space in double") << QByteArray("x \"a\\ b\"\n") << QStringList{"x|a b"};
    QTest::newRow("single quote literal backslash")
        << QByteArray("x 'c:\\dir\\q'\n") << QStringList{"x|c:\\dir\\q"};
    QTest::newRow("single quote holds double") << QByteArray("x 'a\"b'\n") << QStringList{"x|a\"b"};
    QTest::newRow("double quote holds single") << QByteArray("x \"a'b\"\n") << QStringList{"x|a'b"};
    QTest::newRow("single quote keeps #") << QByteArray("x '#a;b'\n") << QStringList{"x|#a;b"};
    QTest::newRow("closing quote ends token") << QByteArray("x \"a\"b\n") << QStringList{"x|a|b"};
    QTest::newRow("closing single quote ends token")
        << QByteArray("x 'a'\"b\"\n") << QStringList{"x|a|b"};
    QTest::newRow("quote inside unquoted token")
        << QByteArray("x a\"b c'd\n") << QStringList{"x|a\"b|c'd"};
    QTest::newRow("escaped space unquoted") << QByteArray("x a\\ b\n") << QStringList{"x|a b"};
    QTest::newRow("escaped backslash unquoted")
        << QByteArray("x a\\\\b\n") << QStringList{"x|a\\b"};
    QTest::newRow("escaped quote starts unquoted token")
        << QByteArray("x \\\"a\n") << QStringList{"x|\"a"};
    QTest::newRow("escaped hash is still a comment") << QByteArray("x \\#y\n") << QStringList{"x"};
    QTest::newRow("escaped space between tokens") << QByteArray("x \\ y\n") << QStringList{"x|y"};
    QTest::newRow("empty double quotes") << QByteArray("x \"\" y\n") << QStringList{"x||y"};
    QTest::newRow("empty single quotes") << QByteArray("x ''\n") << QStringList{"x|"};
    QTest::newRow("tabs and vertical space") << QByteArray("x\ta\x0b"
                                                           "b\x0c"
                                                           "c\n")
                                             << QStringList{"x|a|b|c"};
    QTest::newRow("double dash stripped")
        << QByteArray("--remote host\n") << QStringList{"remote|host"};
    QTest::newRow("double dash alone kept") << QByteArray("-- x\n") << QStringList{"--|x"};
    QTest::newRow("triple dash") << QByteArray("---x\n") << QStringList{"-x"};
    QTest::newRow("double dash only on the name") << QByteArray("a --b\n") << QStringList{"a|--b"};
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF"
                                            "client\ndev tun\n")
                              << QStringList{"client", "dev|tun"};
    QTest::newRow("bom only at start") << QByteArray("a\n\xEF\xBB\xBF"
                                                     "b\n")
                                       << QStringList{"a", "\xEF\xBB\xBF"
                                                           "b"};
    QTest::newRow("crlf") << QByteArray("client\r\ndev tun\r\n\r\n")
                          << QStringList{"client", "dev|tun"};
    QTest::newRow("cr inside quotes kept") << QByteArray("x \"a\r\"\r\n") << QStringList{"x|a\\r"};
    QTest::newRow("trailing backslash escapes the newline")
        << QByteArray("x a\\\nb c\n") << QStringList{"x|a\\n", "b|c"};
    QTest::newRow("trailing backslash before crlf")
        << QByteArray("x a\\\r\ny\r\n") << QStringList{"x|a\\r", "y"};
    QTest::newRow("backslash alone at end of token start")
        << QByteArray("x \\\ny\n") << QStringList{"x", "y"};
    QTest::newRow("nul ends the line")
        << QByteArray("x a\0b c\ny\n", 11) << QStringList{"x|a", "y"};
    QTest::newRow("sixteen tokens kept")
        << QByteArray("a 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17\n")
        << QStringList{"a|1|2|3|4|5|6|7|8|9|10|11|12|13|14|15"};
    QTest::newRow("inline block") << QByteArray("<ca>\nA\n# c\n\nB\n</ca>\nverb 3\n")
                                  << QStringList{"ca|[A\\n# c\\n\\nB\\n]", "verb|3"};
    QTest::newRow("inline block indented end tag with trailing text")
        << QByteArray("<key>\nK\n   </key> junk\nx\n") << QStringList{"key|[K\\n]", "x"};
    QTest::newRow("inline block crlf")
        << QByteArray("<ca>\r\nA\r\n</ca>\r\n") << QStringList{"ca|[A\\r\\n]"};
    QTest::newRow("inline block open tag with spaces")
        << QByteArray("  <ca>  # c\nA\n</ca>\n") << QStringList{"ca|[A\\n]"};
    QTest::newRow("inline block quoted tag")
        << QByteArray("\"<ca>\"\nA\n</ca>\n") << QStringList{"ca|[A\\n]"};
    QTest::newRow("inline block double dash")
        << QByteArray("--<ca>\nA\n</ca>\n") << QStringList{"ca|[A\\n]"};
    QTest::newRow("two tokens is not a block") << QByteArray("<ca> x\n") << QStringList{"<ca>|x"};
    QTest::newRow("end tag of another block is body")
        << QByteArray("<cert>\n</ca>\n</cert>\n") << QStringList{"cert|[</ca>\\n]"};
    QTest::newRow("empty inline block")
        << QByteArray("<tls-auth>\n</tls-auth>\n") << QStringList{"tls-auth|[]"};
    QTest::newRow("end tag prefix match")
        << QByteArray("<ca>\nA\n</ca>x\n") << QStringList{"ca|[A\\n]"};
    QTest::newRow("empty input") << QByteArray("") << QStringList{};
    QTest::newRow("only whitespace") << QByteArray(" \t\r\n\n") << QStringList{};
}

void TestOvpnLexer::tokens() {
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    auto r = lexOvpn(std::string_view(input.constData(), static_cast<std::size_t>(input.size())),
                     "t.ovpn");
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
    QStringList got;
    for (const auto& d : r->directives)
        got << render(d);
    QCOMPARE(got, expected);
}

void TestOvpnLexer::errors_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("bad backslash in double quotes")
        << QByteArray("client\nx \"a\\qb\"\n") << "Bad backslash ('\\') usage" << 2 << 5;
    QTest::newRow("bad backslash unquoted") << QByteArray("x a\\q\n") << "Bad backslash" << 1 << 4;
    QTest::newRow("windows path") << QByteArray("ca C:\\certs\\ca.crt\n") << "Bad backslash" << 1
                                  << 6;
    QTest::newRow("backslash n is not a newline")
        << QByteArray("x \"\\n\"\n") << "Bad backslash" << 1 << 4;
    QTest::newRow("bad backslash at token start")
        << QByteArray("  \\a\n") << "Bad backslash" << 1 << 3;
    QTest::newRow("no closing double quote")
        << QByteArray("x \"abc\ny\n") << "No closing quotation (\")" << 1 << 3;
    QTest::newRow("no closing single quote")
        << QByteArray("a\nb\nx 'abc\n") << "No closing single quotation (')" << 3 << 3;
    QTest::newRow("quote closed on next line does not count")
        << QByteArray("x \"a\nb\"\n") << "No closing quotation" << 1 << 3;
    QTest::newRow("backslash at end of input")
        << QByteArray("x a\\") << "Residual parse state" << 1 << 3;
    QTest::newRow("missing end tag")
        << QByteArray("client\n<ca>\nA\nB\n") << "Endtag </ca> missing" << 2 << 1;
    QTest::newRow("missing end tag, wrong close")
        << QByteArray("<ca>\nA\n</cert>\n") << "Endtag </ca> missing" << 1 << 1;
    QTest::newRow("error after bom keeps columns") << QByteArray("\xEF\xBB\xBF"
                                                                 "x \"a")
                                                   << "No closing quotation" << 1 << 3;
}

void TestOvpnLexer::errors() {
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    auto r = lexOvpn(std::string_view(input.constData(), static_cast<std::size_t>(input.size())),
                     "t.ovpn");
    QVERIFY(!r.ok());
    QVERIFY2(QString::fromStdString(r.error().message).startsWith(message),
             r.error().message.c_str());
    QCOMPARE(r.error().where.file, std::string("t.ovpn"));
    QCOMPARE(r.error().where.line, line);
    QCOMPARE(r.error().where.column, column);
}

void TestOvpnLexer::warnings_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("17 tokens") << QByteArray("a 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17\n")
                               << "too-many-parameters" << 1 << 39
                               << QStringList{"a|1|2|3|4|5|6|7|8|9|10|11|12|13|14|15"};
    // fgets(line, 257) takes 256 bytes; OpenVPN warns and parses the rest as a line of its own.
    QByteArray longLine = "setenv X " + QByteArray(247, 'a') + " tail\n";
    QTest::newRow("line over 256 bytes") << longLine << "line-too-long" << 1 << 257
                                         << QStringList{"setenv|X|" + QString(247, 'a'), "tail"};
    QByteArray exact = "x " + QByteArray(253, 'b') + "\n"; // 256 bytes with the newline
    QTest::newRow("256 bytes with newline warns like OpenVPN")
        << exact << "line-too-long" << 1 << 257 << QStringList{"x|" + QString(253, 'b')};
}

void TestOvpnLexer::warnings() {
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, expected);
    auto r = lexOvpn(std::string_view(input.constData(), static_cast<std::size_t>(input.size())),
                     "t.ovpn");
    QVERIFY(r.ok());
    QCOMPARE(r->diagnostics.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(r->diagnostics[0].code), code);
    QCOMPARE(r->diagnostics[0].severity, Severity::Warning);
    QCOMPARE(r->diagnostics[0].where.line, line);
    QCOMPARE(r->diagnostics[0].where.column, column);
    QStringList got;
    for (const auto& d : r->directives)
        got << render(d);
    QCOMPARE(got, expected);
}

void TestOvpnLexer::locations() {
    const std::string text = "\xEF\xBB\xBF"
                             "client\n  route  10.0.0.0 \"255.0.0.0\"\n<ca>\nX\n"
                             "</ca>\n\tverb 3\n";
    auto r = lexOvpn(text, "f.ovpn");
    QVERIFY(r.ok());
    QCOMPARE(r->directives.size(), std::size_t(4));
    QCOMPARE(r->directives[0].tokens[0].where.line, 1);
    QCOMPARE(r->directives[0].tokens[0].where.column, 1); // the BOM is not a column
    const auto& route = r->directives[1].tokens;
    QCOMPARE(route[0].where.line, 2);
    QCOMPARE(route[0].where.column, 3);
    QCOMPARE(route[1].where.column, 10);
    QCOMPARE(route[2].where.column, 19);
    QVERIFY(route[2].quoted);
    QVERIFY(!route[1].quoted);
    QCOMPARE(r->directives[2].tokens[0].where.line, 3);
    QCOMPARE(r->directives[2].endLine, 5);
    QCOMPARE(r->directives[3].tokens[0].where.line, 6);
    QCOMPARE(r->directives[3].tokens[0].where.column, 2);
}

void TestOvpnLexer::connectionBlock() {
    const std::string text = "client\n<connection>\nremote a.example 1194 udp\n  # c\n"
                             "<tls-auth>\nK\n</tls-auth>\n</connection>\n";
    OvpnLexer lx(text, "c.ovpn");
    auto r = lx.lexFile();
    QVERIFY(r.ok());
    QCOMPARE(r->directives.size(), std::size_t(2));
    const auto& block = r->directives[1];
    QVERIFY(block.inlineBlock);
    QCOMPARE(block.tokens[0].text, std::string("connection"));
    auto sub = lx.lexBlock(block);
    QVERIFY(sub.ok());
    QCOMPARE(sub->directives.size(), std::size_t(2));
    QCOMPARE(render(sub->directives[0]), QString("remote|a.example|1194|udp"));
    QCOMPARE(sub->directives[0].tokens[0].where.line, 3);
    QCOMPARE(sub->directives[0].tokens[1].where.column, 8);
    QCOMPARE(render(sub->directives[1]), QString("tls-auth|[K\\n]"));
    QCOMPARE(sub->directives[1].tokens[0].where.line, 5);

    // Inside a block OpenVPN reads lines with buf_parse(…, 256): a longer line keeps 255
    // bytes, loses the next two, and the rest becomes a line of its own.
    const std::string longBody =
        "<connection>\nremote " + std::string(248, 'a') + "XYport 1194\n" + "</connection>\n";
    OvpnLexer ll(longBody, "l.ovpn");
    auto rl = ll.lexFile();
    QVERIFY(rl.ok());
    auto sl = ll.lexBlock(rl->directives[0]);
    QVERIFY(sl.ok());
    QCOMPARE(sl->directives.size(), std::size_t(2));
    QCOMPARE(render(sl->directives[0]), "remote|" + QString(248, 'a'));
    QCOMPARE(render(sl->directives[1]), QString("port|1194"));

    const std::string broken = "<connection>\nremote \"x\n</connection>\n";
    OvpnLexer lb(broken, "b.ovpn");
    auto rb = lb.lexFile();
    QVERIFY(rb.ok());
    auto sb = lb.lexBlock(rb->directives[0]);
    QVERIFY(!sb.ok());
    QCOMPARE(sb.error().where.line, 2);
    QCOMPARE(sb.error().where.column, 8);
}

void TestOvpnLexer::tokenizeLineTooLong() {
    // Only reachable where a line is not cut at 256 bytes first (pushed options are cut at 255).
    std::string s = "x " + std::string(256, 'a');
    auto ok = OvpnLexer::tokenizeLine(s, "[PUSH-OPTIONS]", 1);
    QVERIFY(ok.ok());
    QCOMPARE((*ok)[1].text.size(), std::size_t(256));
    s += 'a';
    auto bad = OvpnLexer::tokenizeLine(s, "[PUSH-OPTIONS]", 1);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.rfind("Parameter is too long (256 chars max)", 0) == 0);
    QCOMPARE(bad.error().where.column, 3);
}

void TestOvpnLexer::optionTableSorted() {
    QVERIFY(ovpnOptionTableIsSorted());
    QVERIFY(ovpnOptionCount() > 250);
    QVERIFY(findOvpnOption("route") != nullptr);
    QVERIFY(findOvpnOption("allow-compression") != nullptr);
    QVERIFY(findOvpnOption("x509-username-field") != nullptr);
    QVERIFY(findOvpnOption("no-such-option") == nullptr);
    QCOMPARE(findOvpnOption("route")->pull, PullClass::Route);
    QCOMPARE(findOvpnOption("dhcp-option")->pull, PullClass::DhcpDns);
    QCOMPARE(findOvpnOption("route-gateway")->pull, PullClass::Other);
    QCOMPARE(findOvpnOption("up")->risk, OptionRisk::Script);
    QVERIFY(findOvpnOption("remote")->connection);
    QVERIFY(!findOvpnOption("route")->connection);
    QVERIFY(findOvpnOption("ca")->inlineOk);
}

QTEST_APPLESS_MAIN(TestOvpnLexer)
#include "TestOvpnLexer.moc"
