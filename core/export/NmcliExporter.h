#pragma once

#include "core/export/Exporter.h"

namespace splitroute::core {

/// Exporter for the "nmcli" format (see the .cpp for the exact output).
class NmcliExporter final : public Exporter {
public:
    [[nodiscard]] std::string format() const override { return "nmcli"; }
    [[nodiscard]] Result<ExportResult> render(const Plan& plan,
                                              const ExportOptions& options) const override;
};

} // namespace splitroute::core
