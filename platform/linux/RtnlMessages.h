// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// rtnetlink messages ⇄ core types: building RTM_NEWROUTE/RTM_DELROUTE requests and parsing
// route, link and address messages. No sockets here (see NetlinkBackend), so this is testable
// without root and without a kernel.

#include "platform/RouteBackend.h"

#include <linux/netlink.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct nlattr;

namespace splitroute::platform::rtnl {

/// ifindex → interface name, filled from RTM_GETLINK (and kept up to date by the monitor).
class LinkNames {
public:
    void set(std::uint32_t index, std::string_view name) {
        core::InterfaceName n(name);
        m_names[index] = n;
        if (index == m_lastIndex)
            m_lastName = n;
    }
    /// The name of a link; for one that appeared after the link dump, asks the kernel
    /// (SIOCGIFNAME) and remembers the answer. Empty for index 0 and unknown links.
    core::InterfaceName name(std::uint32_t index) {
        // Routes come in runs over the same few links: remember the last answer.
        if (index == m_lastIndex)
            return m_lastName;
        return lookUp(index);
    }
    /// The index of a link by name, or 0.
    [[nodiscard]] std::uint32_t index(const std::string& name) const;

private:
    core::InterfaceName lookUp(std::uint32_t index);

    std::unordered_map<std::uint32_t, core::InterfaceName> m_names;
    std::uint32_t m_lastIndex = 0; // index 0 has the empty name
    core::InterfaceName m_lastName;
};

/// Interface indexes of a route change, resolved from names where the route gives none.
struct ResolvedLinks {
    std::uint32_t oif = 0;
    std::vector<std::uint32_t> hops; ///< one per next hop
};

/// AF_INET / AF_INET6 for a family.
[[nodiscard]] int afOf(core::Family f);

/// Indexes the attributes in [start, start+len) by type (table has max+1 entries); later
/// duplicates win, types above max are skipped, a truncated attribute ends the walk.
void parseAttrs(const nlattr** table, int max, const void* start, std::size_t len);

/// Upper bound of the size of a message built by putRouteMessage() for this route.
[[nodiscard]] std::size_t routeMessageBound(const core::Route& r);

/// The largest attribute: nlattr's length is 16 bits.
inline constexpr std::size_t kMaxAttrBytes = 0xFFFF;
/// The largest route message putRouteMessage() builds (no route needs more).
inline constexpr std::size_t kMaxRouteMessageBytes = 0xFFFF;

/// Bytes of the RTA_MULTIPATH attribute putRouteMessage() writes for r (0 for a single path).
[[nodiscard]] std::size_t multipathAttrSize(const core::Route& r);
/// Whether putRouteMessage() can build r: its RTA_MULTIPATH within kMaxAttrBytes and the
/// whole message within kMaxRouteMessageBytes.
[[nodiscard]] bool routeMessageFits(const core::Route& r);

/// Builds one RTM_NEWROUTE (NLM_F_CREATE|NLM_F_EXCL: create, never replace) or RTM_DELROUTE
/// at `at`, which must have routeMessageBound(r) bytes, aligned for nlmsghdr. No NLM_F_ACK.
/// Null, with nothing meaningful at `at`, when the route does not fit (routeMessageFits()) or
/// `links` has not one index per next hop.
[[nodiscard]] nlmsghdr* putRouteMessage(char* at, core::ChangeKind kind, const core::Route& r,
                                        const ResolvedLinks& links, std::uint32_t seq);

/// RTM_NEWROUTE / RTM_DELROUTE → Route. False for other families, IPv6 cache clones and
/// malformed messages.
bool parseRoute(const nlmsghdr* h, LinkNames& names, core::Route& r);

/// RTM_NEWLINK / RTM_DELLINK → InterfaceInfo (without addresses).
bool parseLink(const nlmsghdr* h, InterfaceInfo& info);

/// RTM_NEWLINK → index and name only (what a route dump needs; no sysfs look-ups). The name
/// points into the message.
bool parseLinkName(const nlmsghdr* h, std::uint32_t& index, std::string_view& name);

/// RTM_NEWADDR → interface index and address.
bool parseAddress(const nlmsghdr* h, std::uint32_t& index, InterfaceAddress& addr);

/// The kind of a link from its ARPHRD_* type, its rtnetlink kind (IFLA_INFO_KIND, may be
/// empty), its tun type (IFLA_TUN_TYPE: IFF_TUN/IFF_TAP, 0 when unknown) and, for Ethernet
/// devices, whether sysfs says it is wireless.
[[nodiscard]] InterfaceKind classifyLink(unsigned short arphrd, const std::string& kind,
                                         int tunType, const std::string& name, std::uint32_t index);

/// The kernel's extended-ack message text in an NLMSG_ERROR message, or "".
[[nodiscard]] std::string extackMessage(const nlmsghdr* h);

} // namespace splitroute::platform::rtnl
