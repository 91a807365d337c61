#pragma once

// The system resolver (getaddrinfo) for core's injected Resolver: core makes no OS calls.

#include "core/plan/Resolver.h"

namespace splitroute::cli {

/// Resolves a host name with getaddrinfo (AF_UNSPEC): IPv4 and IPv6 addresses, sorted,
/// without duplicates. Errors carry gai_strerror's text.
[[nodiscard]] core::Result<std::vector<core::IpAddress>> resolveHost(const std::string& host);
[[nodiscard]] core::Resolver systemResolver();

} // namespace splitroute::cli
