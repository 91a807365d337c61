// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/Exporter.h"

namespace splitroute::core {

/// Exporter for the "openvpn" format (see the .cpp for the exact output).
class OpenVpnExporter final : public Exporter {
public:
    [[nodiscard]] std::string format() const override { return "openvpn"; }
    [[nodiscard]] Result<ExportResult> render(const Plan& plan,
                                              const ExportOptions& options) const override;
};

} // namespace splitroute::core
