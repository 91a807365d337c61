// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace splitroute::core {

/// An interned interface name ("eth0", "tun0", "Wi-Fi", "0x12", "192.168.1.10").
/// Four bytes in a Route instead of a std::string: a routing table names few interfaces but
/// may hold a million routes. Names live in a process-wide, append-only, thread-safe pool.
class InterfaceName {
public:
    InterfaceName() = default;
    InterfaceName(std::string_view name); // NOLINT(google-explicit-constructor): a name is a name
    InterfaceName(const std::string& name) : InterfaceName(std::string_view(name)) {}
    InterfaceName(const char* name) : InterfaceName(std::string_view(name)) {}

    [[nodiscard]] const std::string& str() const;
    [[nodiscard]] bool empty() const { return m_id == 0; }
    operator const std::string&() const { return str(); } // NOLINT(google-explicit-constructor)

    friend bool operator==(const InterfaceName& a, const InterfaceName& b) {
        return a.m_id == b.m_id;
    }
    friend bool operator==(const InterfaceName& a, std::string_view b) { return a.str() == b; }
    /// Orders by text, so sorted output does not depend on interning order.
    friend std::strong_ordering operator<=>(const InterfaceName& a, const InterfaceName& b) {
        return a.m_id == b.m_id ? std::strong_ordering::equal : a.str().compare(b.str()) <=> 0;
    }

private:
    std::uint32_t m_id = 0; // 0 is the empty name
};

} // namespace splitroute::core
