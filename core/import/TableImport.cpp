// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/TableImport.h"
#include "core/FileBytes.h"

#include "core/import/IpRouteImport.h"
#include "core/import/NetstatImport.h"
#include "core/import/RoutePrintImport.h"
#include "core/import/Snapshot.h"
#include "core/import/TextLines.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <sstream>

namespace splitroute::core {

using namespace textlines;

namespace {

struct FormatName {
    TableFormat format;
    const char* name;
};
constexpr std::array<FormatName, 6> kFormatNames{{
    {TableFormat::Auto, "auto"},
    {TableFormat::IpRoute, "ip"},
    {TableFormat::IpJson, "ip-json"},
    {TableFormat::RoutePrint, "route-print"},
    {TableFormat::Netstat, "netstat"},
    {TableFormat::Snapshot, "snapshot"},
}};

bool isIpRouteKeyword(std::string_view s) {
    return s == "dev" || s == "via" || s == "proto" || s == "scope" || s == "metric" ||
           s == "nexthop" || s == "src" || s == "table";
}

// Looks like a BSD flags column: letters and digits only, with U (up).
bool looksLikeBsdFlags(std::string_view s) {
    if (s.empty() || s.find('U') == std::string_view::npos)
        return false;
    for (char c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            return false;
    return true;
}

bool isV4(std::string_view s) {
    auto a = IpAddress::parse(s);
    return a && a->isV4();
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string utf16ToUtf8(std::string_view bytes, bool bigEndian) {
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](std::size_t i) -> std::uint32_t {
        auto b0 = static_cast<unsigned char>(bytes[i]);
        auto b1 = static_cast<unsigned char>(bytes[i + 1]);
        return bigEndian ? (b0 << 8 | b1) : (b1 << 8 | b0);
    };
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        std::uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            std::uint32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF)
            u = 0xFFFD; // unpaired surrogate
        appendUtf8(out, u);
    }
    return out;
}

} // namespace

const char* tableFormatName(TableFormat f) {
    for (const auto& e : kFormatNames)
        if (e.format == f)
            return e.name;
    return "auto";
}

std::optional<TableFormat> tableFormatFromName(std::string_view name) {
    for (const auto& e : kFormatNames)
        if (name == e.name)
            return e.format;
    return std::nullopt;
}

TableFormat detectTableFormat(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return TableFormat::Auto;
    if (text[first] == '{')
        return TableFormat::Snapshot; // ip -j writes an array; only our snapshot is an object
    if (text[first] == '[')
        return TableFormat::IpJson;

    int ip = 0, routePrint = 0, netstat = 0;
    int scanned = 0;
    for (const auto& line : splitLines(text)) {
        if (++scanned > 400)
            break;
        auto t = tokenize(line.text);
        if (t.empty())
            continue;
        std::string_view w = trim(line.text);
        if (w == "Internet:" || w == "Internet6:" || w == "Routing tables") {
            netstat += 5;
            continue;
        }
        if (t[0].text == "Destination" && w.find("Flags") != std::string_view::npos) {
            netstat += 5;
            continue;
        }
        if (w.size() >= 10 && w.find_first_not_of('=') == std::string_view::npos) {
            routePrint += 2;
            continue;
        }
        bool ipKeyword = false;
        for (std::size_t i = 1; i < t.size(); ++i)
            ipKeyword = ipKeyword || isIpRouteKeyword(t[i].text);
        if (ipKeyword && (t[0].text == "default" || routeTypeFromName(t[0].text) ||
                          t[0].text == "nexthop" || Prefix::parse(t[0].text, true))) {
            ++ip;
            continue;
        }
        if (t.size() >= 5 && isV4(t[0].text) && Prefix::maskLength(t[1].text) &&
            parseUnsigned<std::uint32_t>(t.back().text)) {
            ++routePrint;
            continue;
        }
        if (t.size() >= 3 && parseUnsigned<std::uint32_t>(t[0].text) &&
            parseUnsigned<std::uint32_t>(t[1].text) &&
            t[2].text.find(':') != std::string_view::npos && Prefix::parse(t[2].text)) {
            ++routePrint;
            continue;
        }
        if (t.size() >= 4 && !ipKeyword && looksLikeBsdFlags(t[2].text))
            ++netstat;
    }
    if (ip == 0 && routePrint == 0 && netstat == 0)
        return TableFormat::Auto;
    if (ip >= routePrint && ip >= netstat)
        return TableFormat::IpRoute;
    return routePrint >= netstat ? TableFormat::RoutePrint : TableFormat::Netstat;
}

Result<ImportedTable> importTable(std::string_view text, TableFormat format,
                                  const std::string& fileName) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    // Text in a legacy code page (cmd.exe writes CP932 on Japanese Windows): the importers
    // go by structure, so replacing the undecodable bytes keeps every route and makes sure
    // names and messages taken from the text are valid UTF-8 (JSON output needs that).
    std::string repaired;
    if (!isValidUtf8(text)) {
        repaired = toValidUtf8(text);
        text = repaired;
    }
    if (format == TableFormat::Auto) {
        format = detectTableFormat(text);
        if (format == TableFormat::Auto)
            return makeError(
                ErrorCode::Parse,
                "cannot tell which routing table format this is (give --format: "
                "ip, ip-json, route-print, netstat or snapshot)",
                {fileName, text.find_first_not_of(" \t\r\n") == std::string_view::npos ? 0 : 1, 0});
    }
    ImportedTable out;
    switch (format) {
    case TableFormat::IpRoute:
        out = importIpRoute(text, fileName);
        break;
    case TableFormat::IpJson: {
        auto r = importIpRouteJson(text, fileName);
        if (!r)
            return r.error();
        out = std::move(r).value();
        break;
    }
    case TableFormat::RoutePrint:
        out = importRoutePrint(text, fileName);
        break;
    case TableFormat::Netstat:
        out = importNetstat(text, fileName);
        break;
    case TableFormat::Snapshot: {
        auto s = readSnapshot(text, fileName);
        if (!s)
            return s.error();
        out.table = std::move(s->table);
        out.format = TableFormat::Snapshot;
        if (out.table.empty())
            return out; // a snapshot of an empty table is a valid, deliberate file
        break;
    }
    case TableFormat::Auto:
        break;
    }
    out.format = format;
    if (out.table.empty()) {
        for (const auto& d : out.diagnostics) {
            if (d.severity != Severity::Warning && d.severity != Severity::Error)
                continue;
            return makeError(ErrorCode::Parse,
                             std::string("no route could be read as ") + tableFormatName(format) +
                                 "; first problem: " + d.message,
                             d.where);
        }
        return makeError(
            ErrorCode::Parse,
            std::string("no route found (read as ") + tableFormatName(format) + ")",
            {fileName, text.find_first_not_of(" \t\r\n") == std::string_view::npos ? 0 : 1, 0});
    }
    return out;
}

std::string decodeTextBytes(std::string_view bytes) {
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
        static_cast<unsigned char>(bytes[1]) == 0xFE)
        return utf16ToUtf8(bytes.substr(2), false);
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
        static_cast<unsigned char>(bytes[1]) == 0xFF)
        return utf16ToUtf8(bytes.substr(2), true);
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return std::string(bytes.substr(3));
    // UTF-16LE without a BOM: ASCII text with every second byte zero.
    if (bytes.size() >= 8 && bytes.size() % 2 == 0) {
        std::size_t zeros = 0, n = std::min<std::size_t>(bytes.size(), 512);
        for (std::size_t i = 1; i < n; i += 2)
            zeros += bytes[i] == '\0' && bytes[i - 1] != '\0';
        if (zeros * 4 >= n / 2 * 3)
            return utf16ToUtf8(bytes, false);
    }
    return std::string(bytes);
}

Result<ImportedTable> importTableFile(const std::string& path, TableFormat format) {
    auto bytes = readFileBytes(path);
    if (!bytes)
        return bytes.error();
    std::string text = decodeTextBytes(*bytes);
    return importTable(text, format, path);
}

} // namespace splitroute::core
