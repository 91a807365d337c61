// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"
#include "core/plan/Resolver.h"
#include "core/vpn/VpnProfile.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/*
 * Split policy file format (splitroute-policy, version 1)
 * -------------------------------------------------------
 * A UTF-8 JSON object:
 *
 *   {
 *     "format": "splitroute-policy",   required, exactly this
 *     "version": 1,                    required, exactly 1
 *     "other": "tunnel" | "local",     required: what happens to all traffic no rule names
 *                                        tunnel = keep (or add) the default-route override
 *                                                 (0.0.0.0/1 + 128.0.0.0/1, IPv6 halves)
 *                                        local  = remove the override; only the networks of
 *                                                 "tunnel" rules (and as-pushed ones) use the VPN
 *     "rules": [                       required, may be empty; ORDER MATTERS: where rules
 *                                      overlap, the earlier rule wins
 *       {
 *         "network": "192.168.1.0/24", a canonical IPv4 or IPv6 CIDR (no host bits), or
 *         "host": "meet.example.com",  a host name, resolved when the plan is made
 *                                      (exactly one of network / host)
 *         "label": "Home LAN",         optional, free text shown to people
 *         "mode": "bypass"             required: "tunnel" (through the VPN), "bypass"
 *                                      (outside the VPN, via the gateway the VPN shadows)
 *                                      or "as-pushed" (leave as the VPN set it)
 *       }
 *     ]
 *   }
 *
 * A rule for 0.0.0.0/0 or ::/0 sets "other" for that family alone ("tunnel" keeps the
 * override, "bypass" removes it, "as-pushed" keeps what the VPN did). Unknown fields, wrong
 * types, a non-canonical network, duplicate fields and trailing text are errors, reported
 * with the JSON path ("rules[2].mode") and the file, line and column of the offending value
 * (of the name, for an unknown field).
 */

/// A syntactically valid DNS host name (labels of letters, digits, '-', '_'; not an address
/// written with a typo: the last label is not all digits).
[[nodiscard]] bool isValidHostName(std::string_view name);

/// The networks directly connected (on-link, main table) to the interfaces that carry a
/// default route outside the tunnel — the home or office LAN — without link-local and
/// multicast ranges and host routes. Sorted.
[[nodiscard]] std::vector<Prefix> localNetworks(const RouteTable& table,
                                                const std::string& tunnelDevice = {});

enum class RuleMode : std::uint8_t { Tunnel, Bypass, AsPushed };
[[nodiscard]] const char* ruleModeName(RuleMode m); // "tunnel", "bypass", "as-pushed"
[[nodiscard]] std::optional<RuleMode> ruleModeFromName(std::string_view name);

enum class OtherTraffic : std::uint8_t { Tunnel, Local };
[[nodiscard]] const char* otherTrafficName(OtherTraffic o); // "tunnel", "local"

/// One policy rule: a network or a host name, a label and a mode.
struct PolicyRule {
    std::optional<Prefix> network; ///< set, or host is set
    std::string host;
    std::string label;
    RuleMode mode = RuleMode::AsPushed;

    /// "192.168.1.0/24" or "meet.example.com".
    [[nodiscard]] std::string target() const { return network ? network->toString() : host; }
    /// label, else the target.
    [[nodiscard]] std::string displayName() const { return label.empty() ? target() : label; }
    friend bool operator==(const PolicyRule&, const PolicyRule&) = default;
};

/// What the user decided: an ordered list of rules and the mode of all other traffic.
struct SplitPolicy {
    OtherTraffic other = OtherTraffic::Tunnel;
    std::vector<PolicyRule> rules;

    /// Strict reader of the format above. `file` is used in error locations.
    [[nodiscard]] static Result<SplitPolicy> parse(std::string_view text,
                                                   const std::string& file = {});
    [[nodiscard]] static Result<SplitPolicy> fromJson(const nlohmann::json& j);
    [[nodiscard]] nlohmann::json toJson() const;
    /// toJson() with two-space indentation and a final newline (what `parse` reads back).
    [[nodiscard]] std::string serialize() const;

    /// Starting point for a person to edit, every rule as-pushed (so it changes nothing):
    /// - a 0.0.0.0/0 (::/0) rule per family whose default route the VPN overrides, or which
    ///   has a default route outside the tunnel ("not overridden");
    /// - one rule per network the VPN routes — the profile's routes (when given) and the
    ///   table's routes on the tunnel device;
    /// - one rule per local network the VPN could affect (localNetworks() that the override
    ///   or a VPN route covers, labelled "Local network on wlan0").
    /// Network rules are ordered most specific first. "other" is tunnel when the VPN
    /// overrides the IPv4 default route, else local.
    [[nodiscard]] static SplitPolicy fromProfileAndTable(const VpnProfile* profile,
                                                         const RouteTable& table,
                                                         const std::string& tunnelDevice = {});

    friend bool operator==(const SplitPolicy&, const SplitPolicy&) = default;
};

} // namespace splitroute::core
