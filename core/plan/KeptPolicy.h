// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/SplitPolicy.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace splitroute::core {

/*
 * Kept policy file (splitroute-keeper reads /etc/splitroute/keep.d/NAME.json)
 * ---------------------------------------------------------------------------
 * A splitroute-policy v1 document (SplitPolicy.h) with two more members:
 *
 *   {
 *     "format": "splitroute-policy", "version": 1, "other": ..., "rules": [...],
 *     "name": "corp",               required: 1-64 of [A-Za-z0-9._-], not starting with '.';
 *                                   the file is NAME.json
 *     "match": {"device": "tun0"}   required, exactly one member:
 *            | {"remote": "vpn.example.com"}    the VPN server (a name or an address) that
 *                                   the tunnel's host route leads to; the tunnel is the
 *                                   device carrying the default override (or the most routes)
 *            | {"profile": "/etc/openvpn/corp.ovpn"}   an absolute path: device, remotes and
 *                                   pushed networks are taken from the OpenVPN profile
 *   }
 *
 * Unknown members (also inside "match") are errors, located like SplitPolicy's.
 */

/// How a kept policy finds its tunnel.
struct KeptMatch {
    enum class Kind : std::uint8_t { Device, Remote, Profile };
    Kind kind = Kind::Device;
    std::string value; ///< device name, host (name or address), or profile path
    friend bool operator==(const KeptMatch&, const KeptMatch&) = default;
};
[[nodiscard]] const char* keptMatchKindName(KeptMatch::Kind k); // "device", "remote", "profile"

/// A policy the keeper holds: a SplitPolicy, its name and what tunnel it is for.
struct KeptPolicy {
    std::string name;
    KeptMatch match;
    SplitPolicy policy;

    [[nodiscard]] static Result<KeptPolicy> parse(std::string_view text,
                                                  const std::string& file = {});
    [[nodiscard]] static Result<KeptPolicy> fromJson(const nlohmann::json& j);
    [[nodiscard]] nlohmann::json toJson() const;
    /// toJson() indented, with a final newline.
    [[nodiscard]] std::string serialize() const;
    /// "NAME.json".
    [[nodiscard]] std::string fileName() const { return name + ".json"; }

    friend bool operator==(const KeptPolicy&, const KeptPolicy&) = default;
};

/// 1-64 characters of [A-Za-z0-9._-], not starting with '.'.
[[nodiscard]] bool isValidKeptName(std::string_view name);
/// A network interface name Linux accepts: 1-15 bytes, no '/', ':', whitespace; not "." or "..".
[[nodiscard]] bool isValidDeviceName(std::string_view name);

} // namespace splitroute::core
