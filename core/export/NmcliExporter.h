// SPDX-License-Identifier: GPL-3.0-or-later
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

/// A NetworkManager connection profile, as `nmcli -t -f NAME,TYPE connection show` lists it.
struct NmConnection {
    std::string name;
    std::string type; ///< "vpn", "wireguard", "802-11-wireless", ...
};

/// Reads `nmcli -t -f NAME,TYPE connection show`: one connection a line, fields split by ':',
/// with ':' and '\\' inside a field escaped by a backslash.
[[nodiscard]] std::vector<NmConnection> parseNmcliConnections(std::string_view text);

/// The connections a person could pass as --connection, for a message: the VPN-like ones
/// (vpn, wireguard) when there are any, else all: "'corp' (vpn), 'wg0' (wireguard)"; "" when
/// there are none.
[[nodiscard]] std::string describeNmcliConnections(const std::vector<NmConnection>& connections);

} // namespace splitroute::core
