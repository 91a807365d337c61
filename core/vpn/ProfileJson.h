// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vpn/PushReply.h"
#include "core/vpn/VpnProfile.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace splitroute::core {

/// JSON summaries of VPN sources, shared by `splitroute-cli profile --json`, the GUI and the
/// corpus tests (tests/data/ovpn/*.expected.json). The shapes are stable; fields are only
/// ever added.
///
/// Profile:
/// {"file", "client": bool, "server": bool, "dev": "tun"|null, "deviceType":
/// "tun"|"tap"|"null"|null,
///  "topology": "net30"|"p2p"|"subnet"|null,
///  "remotes": [{"host", "port": 1194|null, "proto": "udp"|null, "line"}],
///  "remoteRandom", "remoteRandomHostname",
///  "ifconfig": {"local", "remoteOrNetmask", "origin"}|null,
///  "ifconfigIpv6": {"local", "prefixLength", "remote"|null, "origin"}|null,
///  "routes" / "routesIpv6": [{"network", "prefix": "10.0.0.0/8"|null, "gatewayKind":
///     "default"|"vpn_gateway"|"net_gateway"|"remote_host"|"address"|"hostname",
///     "gateway": "…"|null, "metric": n|null, "origin": "config"|"pushed"|"derived", "line",
///     "text"}],
///  "redirectGateway": {"option": "redirect-gateway"|"redirect-private", "ipv4", "def1", "local",
///     "autolocal", "bypassDhcp", "bypassDns", "blockLocal", "ipv6", "origin", "line"}|null,
///  "routeGateway": "a.b.c.d"|"dhcp"|null, "routeIpv6Gateway", "routeMetric", "routeDelay",
///  "routeTable", "routeNopull", "routeNoexec",
///  "pullFilters": [{"action": "accept"|"ignore"|"reject", "text", "line"}],
///  "blockIpv6", "blockOutsideDns", "allowPullFqdn",
///  "dhcpOptions": [{"type", "value", "origin"}],
///  "aws": {"endpointId", "region"}|null, "authFederate": bool,
///  "inlineBlocks": [{"name", "line", "bytes"}], "unknownOptions": [{"name", "line", "column"}],
///  "optionCount": n, "diagnostics": [diagnostic]}
[[nodiscard]] nlohmann::json profileToJson(const VpnProfile& p);

/// {"severity": "info"|"warning"|"error", "code", "message", "file", "line", "column"}
[[nodiscard]] nlohmann::json diagnosticToJson(const Diagnostic& d);

/// {"messages", "complete", "rejected", "items": [{"index", "text", "fate", "message"?,
///   "filter"?: {"action", "text", "line"}}], "diagnostics": [...]}
[[nodiscard]] nlohmann::json pushResultToJson(const PushReply& reply, const PushResult& r);

/// Profiles are bytes (ISO-8859-1 files exist): replaces every invalid UTF-8 sequence with
/// U+FFFD so the text can go into JSON.
[[nodiscard]] std::string utf8Safe(std::string_view s);
/// utf8Safe() on every string (and object key) of a JSON value, in place.
void sanitizeUtf8(nlohmann::json& j);

[[nodiscard]] const char* originName(OptionOrigin o); // "config", "pushed", "derived"
[[nodiscard]] const char* pullFilterActionName(PullFilter::Action a); // "accept", ...
[[nodiscard]] const char* topologyName(Topology t);                   // "net30", ... ("" unset)

} // namespace splitroute::core
