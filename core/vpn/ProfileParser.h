// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/vpn/OvpnLexer.h"
#include "core/vpn/VpnProfile.h"

#include <string>
#include <string_view>
#include <vector>

namespace splitroute::core {

/// Reads an OpenVPN 2.x configuration (client profile or server config) into a VpnProfile.
/// The Result is an error only where OpenVPN itself stops reading the file (lexer errors: bad
/// backslash, unterminated quote, over-long parameter, missing end tag); everything else —
/// bad option arguments, unknown options, risky options, AWS-only keywords — becomes a
/// Diagnostic on the profile, with file, line, column and a stable code.
[[nodiscard]] Result<VpnProfile> parseProfile(std::string_view text, std::string fileName);
/// parseProfile on a file's contents (Io error when it cannot be read).
[[nodiscard]] Result<VpnProfile> parseProfileFile(const std::string& path);

/// Where an option is being applied; changes what is allowed (OpenVPN's permission masks).
enum class OptionContext { Config, Connection, Pushed };

/// Applies one tokenized option (tokens[0] = name) to `profile`, the way OpenVPN's add_option
/// would, and appends it to profile.options. Problems go to `diags` (with the tokens'
/// locations). Returns false when the option was rejected as invalid.
/// Pushed options are applied with origin Pushed and pull-mode checks (netmask must be a
/// dotted quad, host names only with allow-pull-fqdn).
bool applyOption(VpnProfile& profile, const std::vector<OvpnToken>& tokens, OptionContext ctx,
                 std::vector<Diagnostic>& diags, bool inlineBlock = false);
/// For tests: the option names applyOption interprets (one handler each, in its table); it
/// keeps every other option OpenVPN knows in profile.options only.
[[nodiscard]] std::vector<std::string_view> interpretedOptionNames();

/// Recognises an AWS Client VPN endpoint host name
/// (`[label.]cvpn-endpoint-<hex>.prod.clientvpn.<region>.amazonaws.com`).
/// On success sets endpointId ("cvpn-endpoint-…") and region.
[[nodiscard]] bool parseAwsEndpointHost(std::string_view host, std::string& endpointId,
                                        std::string& region);

/// Derives the profile fields that depend on the whole file (device type from dev/dev-type,
/// AWS recognition). parseProfile calls it; call it again after editing options by hand.
void finalizeProfile(VpnProfile& profile, std::vector<Diagnostic>& diags);

} // namespace splitroute::core
