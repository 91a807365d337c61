// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/Exporter.h"

namespace splitroute::core {

/// Exporter for the "wireguard" format (see the .cpp for the exact output).
class WireGuardExporter final : public Exporter {
public:
    [[nodiscard]] std::string format() const override { return "wireguard"; }
    [[nodiscard]] Result<ExportResult> render(const Plan& plan,
                                              const ExportOptions& options) const override;
};

} // namespace splitroute::core
