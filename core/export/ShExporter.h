// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/Exporter.h"

namespace splitroute::core {

/// Exporter for the "sh" format (see the .cpp for the exact output).
class ShExporter final : public Exporter {
public:
    [[nodiscard]] std::string format() const override { return "sh"; }
    [[nodiscard]] Result<ExportResult> render(const Plan& plan,
                                              const ExportOptions& options) const override;
};

} // namespace splitroute::core
