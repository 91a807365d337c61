// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/Exporter.h"

namespace splitroute::core {

/// The directives (pull-filter, route, route-ipv6) a client profile needs for `plan`, each
/// preceded by its reason as a comment line; "\n" line ends, no header. Empty when the plan
/// changes nothing a profile can express. render() and core/persist/ProfileBlock use it.
[[nodiscard]] std::string openVpnProfileLines(const Plan& plan);

/// Exporter for the "openvpn" format (see the .cpp for the exact output).
class OpenVpnExporter final : public Exporter {
public:
    [[nodiscard]] std::string format() const override { return "openvpn"; }
    [[nodiscard]] Result<ExportResult> render(const Plan& plan,
                                              const ExportOptions& options) const override;
};

} // namespace splitroute::core
