// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Route.h"

#include <string>

namespace splitroute::core::exportdetail {

/// A PowerShell expression for the index of the interface a route leaves through, the way
/// Windows selects interfaces in New-NetRoute (-InterfaceIndex) and route.exe (IF n): the
/// route's index or an interface named by number ("12", "0x12") as a literal; an interface
/// named by its IPv4 address (as `route print` names them) through Get-NetIPAddress at run
/// time; an alias through Get-NetIPInterface. `literal` tells whether it is a plain number.
std::string windowsIndexExpr(const Route& r, bool& literal);

/// "IPv4" or "IPv6", as -AddressFamily takes it.
std::string windowsFamily(const Route& r);

} // namespace splitroute::core::exportdetail
