// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The system resolver (getaddrinfo) for core's injected Resolver: core makes no OS calls.

#include "core/plan/Resolver.h"

namespace splitroute::platform {

/// Resolves a host name with getaddrinfo (AF_UNSPEC): IPv4 and IPv6 addresses, sorted,
/// without duplicates. An error's message is gai_strerror's text alone ("Name or service not
/// known"), for callers that word the context themselves.
[[nodiscard]] core::Result<std::vector<core::IpAddress>> resolveHost(const std::string& host);

/// resolveHost with the host in the error ("cannot resolve HOST: reason"), as the CLI prints it.
[[nodiscard]] core::Resolver systemResolver();

} // namespace splitroute::platform
