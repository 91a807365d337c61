#include "app/gui/TableSource.h"

#if __has_include("core/import/TableImport.h")
#include "core/import/TableImport.h"
#define SPLITROUTE_HAVE_IMPORTERS 1
#else
#include "core/RouteJson.h"

#include <fstream>
#include <sstream>
#endif

namespace splitroute::app {

bool haveTableImporters() {
#ifdef SPLITROUTE_HAVE_IMPORTERS
    return true;
#else
    return false;
#endif
}

#ifdef SPLITROUTE_HAVE_IMPORTERS

core::Result<LoadedTable> loadTableFile(const QString& path) {
    auto r = core::importTableFile(path.toStdString(), core::TableFormat::Auto);
    if (!r.ok())
        return r.error();
    LoadedTable out;
    out.table = std::move(r.value().table);
    out.diagnostics = std::move(r.value().diagnostics);
    out.format = QString::fromUtf8(core::tableFormatName(r.value().format));
    return out;
}

#else

// Without core's importers (branch "importers" not merged yet) only Splitroute's own
// snapshot format is read, through core's strict route JSON.
core::Result<LoadedTable> loadTableFile(const QString& path) {
    const std::string file = path.toStdString();
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return core::makeError(core::ErrorCode::Io, "cannot open file", {file, 0, 0});
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // Turn the byte offset into a line and column.
        int line = 1, column = 1;
        for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return core::makeError(core::ErrorCode::Parse,
                               "not a Splitroute snapshot (this build reads no other format)",
                               {file, line, column});
    }
    if (!j.is_object() || j.value("format", "") != "splitroute-snapshot" || !j.contains("routes"))
        return core::makeError(core::ErrorCode::Parse, "not a Splitroute snapshot", {file, 1, 1});
    auto t = core::routeTableFromJson(j["routes"]);
    if (!t.ok()) {
        core::Error e = t.error();
        e.where.file = file;
        return e;
    }
    LoadedTable out;
    out.table = std::move(t.value());
    out.format = QStringLiteral("snapshot");
    return out;
}

#endif

} // namespace splitroute::app
