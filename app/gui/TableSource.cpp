#include "app/gui/TableSource.h"

#include "core/import/TableImport.h"

namespace splitroute::app {

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

} // namespace splitroute::app
