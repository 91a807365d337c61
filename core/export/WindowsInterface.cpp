// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/WindowsInterface.h"

#include "core/export/Exporter.h"

#include <charconv>

namespace splitroute::core::exportdetail {

std::string windowsIndexExpr(const Route& r, bool& literal) {
    literal = true;
    if (r.ifindex)
        return std::to_string(r.ifindex);
    const std::string name = r.interface.str();
    unsigned idx = 0;
    const bool hex = name.rfind("0x", 0) == 0 || name.rfind("0X", 0) == 0;
    const char* b = name.data() + (hex ? 2 : 0);
    auto [p, ec] = std::from_chars(b, name.data() + name.size(), idx, hex ? 16 : 10);
    if (!name.empty() && ec == std::errc() && p == name.data() + name.size())
        return std::to_string(idx);
    literal = false;
    if (auto a = IpAddress::parse(name); a && a->isV4())
        return "(Get-NetIPAddress -IPAddress " + a->toString() +
               " -ErrorAction Stop).InterfaceIndex";
    return "(Get-NetIPInterface -InterfaceAlias " + psQuote(name) + " -AddressFamily " +
           windowsFamily(r) + " -ErrorAction Stop).ifIndex";
}

std::string windowsFamily(const Route& r) {
    return r.family() == Family::V6 ? "IPv6" : "IPv4";
}

} // namespace splitroute::core::exportdetail
