// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/RtnlMessages.h"

#include <libmnl/libmnl.h>
#include <linux/if_link.h>
#include <linux/if_tun.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <fstream>

namespace splitroute::platform::rtnl {

using core::Family;
using core::IpAddress;
using core::Route;

// ---- attributes ------------------------------------------------------------------------

/// Indexes the attributes in [start, start+len) by type; later duplicates win, unknown
/// types (above max) are skipped.
void parseAttrs(const nlattr** table, int max, const void* start, std::size_t len) {
    // The walk of mnl_attr_ok()/mnl_attr_next(), inline: a route dump calls this for every
    // attribute of every route, and libmnl's calls cannot be inlined from the shared library.
    const auto* p = static_cast<const char*>(start);
    while (len >= sizeof(nlattr)) {
        const auto* attr = reinterpret_cast<const nlattr*>(p);
        if (attr->nla_len < sizeof(nlattr) || attr->nla_len > len)
            break;
        const int type = attr->nla_type & NLA_TYPE_MASK;
        if (type <= max)
            table[type] = attr;
        const std::size_t step = MNL_ALIGN(attr->nla_len);
        if (step >= len)
            break;
        p += step;
        len -= step;
    }
}

static std::size_t payloadLength(const nlattr* a) {
    return a->nla_len - MNL_ATTR_HDRLEN;
}
static const void* payloadOf(const nlattr* a) {
    return reinterpret_cast<const char*>(a) + MNL_ATTR_HDRLEN;
}

/// Attributes of a message with a fixed family header of `headerSize` bytes; false when the
/// message is too short to hold that header.
static bool parseMessageAttrs(const nlmsghdr* h, std::size_t headerSize, const nlattr** table,
                              int max) {
    if (h->nlmsg_len < MNL_NLMSG_HDRLEN + MNL_ALIGN(headerSize))
        return false;
    parseAttrs(table, max, mnl_nlmsg_get_payload_offset(h, headerSize),
               h->nlmsg_len - MNL_NLMSG_HDRLEN - MNL_ALIGN(headerSize));
    return true;
}

static std::uint32_t attrU32(const nlattr* a, std::uint32_t fallback = 0) {
    if (!a || payloadLength(a) < 4)
        return fallback;
    std::uint32_t v;
    std::memcpy(&v, payloadOf(a), sizeof v);
    return v;
}

static std::string attrString(const nlattr* a) {
    if (!a)
        return {};
    const char* p = static_cast<const char*>(mnl_attr_get_payload(a));
    return std::string(p, strnlen(p, mnl_attr_get_payload_len(a)));
}

static Family familyOf(int af) {
    return af == AF_INET ? Family::V4 : af == AF_INET6 ? Family::V6 : Family::None;
}

int afOf(Family f) {
    return f == Family::V4 ? AF_INET : AF_INET6;
}

static std::size_t addressBytes(Family f) {
    return f == Family::V4 ? 4 : 16;
}

/// An address attribute of the given family; null when absent or of the wrong size.
static IpAddress attrAddress(const nlattr* a, Family f) {
    if (!a || f == Family::None || payloadLength(a) != addressBytes(f))
        return {};
    return IpAddress::fromBytes(f, static_cast<const std::uint8_t*>(payloadOf(a)));
}

/// RTA_VIA: a gateway of another family (an IPv4 route via an IPv6 next hop).
static IpAddress attrVia(const nlattr* a) {
    if (!a || mnl_attr_get_payload_len(a) < sizeof(rtvia))
        return {};
    const auto* via = static_cast<const rtvia*>(mnl_attr_get_payload(a));
    Family f = familyOf(via->rtvia_family);
    if (f == Family::None || mnl_attr_get_payload_len(a) != sizeof(rtvia) + addressBytes(f))
        return {};
    return IpAddress::fromBytes(f, via->rtvia_addr);
}

core::InterfaceName LinkNames::lookUp(std::uint32_t index) {
    core::InterfaceName n;
    if (index != 0) {
        auto it = m_names.find(index);
        if (it != m_names.end()) {
            n = it->second;
        } else {
            char buf[IF_NAMESIZE] = {};
            if (if_indextoname(index, buf))
                n = core::InterfaceName(buf);
            m_names.emplace(index, n);
        }
    }
    m_lastIndex = index;
    m_lastName = n;
    return n;
}

std::uint32_t LinkNames::index(const std::string& name) const {
    for (const auto& [index, n] : m_names)
        if (n.str() == name)
            return index;
    return 0;
}

// ---- route conversion ------------------------------------------------------------------

static core::RouteType routeTypeFromKernel(unsigned char t) {
    using core::RouteType;
    switch (t) {
    case RTN_UNICAST:
        return RouteType::Unicast;
    case RTN_LOCAL:
        return RouteType::Local;
    case RTN_BROADCAST:
        return RouteType::Broadcast;
    case RTN_ANYCAST:
        return RouteType::Anycast;
    case RTN_MULTICAST:
        return RouteType::Multicast;
    case RTN_BLACKHOLE:
        return RouteType::Blackhole;
    case RTN_UNREACHABLE:
        return RouteType::Unreachable;
    case RTN_PROHIBIT:
        return RouteType::Prohibit;
    case RTN_THROW:
        return RouteType::Throw;
    case RTN_NAT:
        return RouteType::Nat;
    default:
        return RouteType::Unspecified;
    }
}

static unsigned char routeTypeToKernel(core::RouteType t) {
    using core::RouteType;
    switch (t) {
    case RouteType::Unicast:
        return RTN_UNICAST;
    case RouteType::Local:
        return RTN_LOCAL;
    case RouteType::Broadcast:
        return RTN_BROADCAST;
    case RouteType::Anycast:
        return RTN_ANYCAST;
    case RouteType::Multicast:
        return RTN_MULTICAST;
    case RouteType::Blackhole:
        return RTN_BLACKHOLE;
    case RouteType::Unreachable:
        return RTN_UNREACHABLE;
    case RouteType::Prohibit:
        return RTN_PROHIBIT;
    case RouteType::Throw:
        return RTN_THROW;
    case RouteType::Nat:
        return RTN_NAT;
    case RouteType::Unspecified:
        return RTN_UNSPEC;
    }
    return RTN_UNSPEC;
}

static std::uint8_t flagsFromKernel(unsigned flags) {
    std::uint8_t f = 0;
    if (flags & RTNH_F_ONLINK)
        f |= core::routeflag::OnLink;
    if (flags & RTNH_F_LINKDOWN)
        f |= core::routeflag::LinkDown;
    if (flags & RTNH_F_DEAD)
        f |= core::routeflag::Dead;
    return f;
}

static void parseMultipath(const nlattr* a, Family family, LinkNames& names, Route& r) {
    const auto* p = static_cast<const char*>(mnl_attr_get_payload(a));
    std::size_t remaining = mnl_attr_get_payload_len(a);
    while (remaining >= sizeof(rtnexthop)) {
        const auto* nh = reinterpret_cast<const rtnexthop*>(p);
        if (nh->rtnh_len < sizeof(rtnexthop) || nh->rtnh_len > remaining)
            break;
        core::NextHop hop;
        hop.ifindex = static_cast<std::uint32_t>(nh->rtnh_ifindex);
        hop.interface = names.name(hop.ifindex);
        hop.weight = static_cast<std::uint16_t>(nh->rtnh_hops + 1);
        hop.flags = flagsFromKernel(nh->rtnh_flags);
        const nlattr* tb[RTA_MAX + 1] = {};
        parseAttrs(tb, RTA_MAX, p + RTNH_LENGTH(0), nh->rtnh_len - RTNH_LENGTH(0));
        hop.gateway = tb[RTA_GATEWAY] ? attrAddress(tb[RTA_GATEWAY], family) : attrVia(tb[RTA_VIA]);
        r.nexthops.push_back(hop);
        std::size_t step = RTNH_ALIGN(nh->rtnh_len);
        if (step >= remaining)
            break;
        remaining -= step;
        p += step;
    }
}

/// RTM_NEWROUTE / RTM_DELROUTE → Route. False for other families, cache clones and
/// malformed messages.
bool parseRoute(const nlmsghdr* h, LinkNames& names, Route& r) {
    const nlattr* tb[RTA_MAX + 1] = {};
    if (!parseMessageAttrs(h, sizeof(rtmsg), tb, RTA_MAX))
        return false;
    const auto* rtm = static_cast<const rtmsg*>(mnl_nlmsg_get_payload(h));
    Family family = familyOf(rtm->rtm_family);
    // Clones are the IPv6 exception cache (PMTU, redirects), not routes anyone installed.
    if (family == Family::None || (rtm->rtm_flags & RTM_F_CLONED) ||
        rtm->rtm_dst_len > core::familyBits(family))
        return false;
    r = Route{};
    IpAddress dst =
        tb[RTA_DST] ? attrAddress(tb[RTA_DST], family) : core::Prefix::any(family).address();
    if (dst.isNull())
        return false;
    r.destination = core::Prefix(dst, rtm->rtm_dst_len);
    r.gateway = tb[RTA_GATEWAY] ? attrAddress(tb[RTA_GATEWAY], family) : attrVia(tb[RTA_VIA]);
    r.ifindex = attrU32(tb[RTA_OIF]);
    r.interface = names.name(r.ifindex);
    r.metric = attrU32(tb[RTA_PRIORITY]);
    // rtm_table is 8 bits; tables above 255 exist only in RTA_TABLE.
    r.table = attrU32(tb[RTA_TABLE], rtm->rtm_table);
    r.type = routeTypeFromKernel(rtm->rtm_type);
    r.protocol = rtm->rtm_protocol;
    r.scope = rtm->rtm_scope;
    r.flags = flagsFromKernel(rtm->rtm_flags);
    r.preferredSource = attrAddress(tb[RTA_PREFSRC], family);
    if (tb[RTA_MULTIPATH])
        parseMultipath(tb[RTA_MULTIPATH], family, names, r);
    return true;
}

// ---- links and addresses ---------------------------------------------------------------

/// Whether NAME is a wireless device. rtnetlink does not say; cfg80211 devices have a
/// phy80211 link and wext-compatible ones a wireless directory in sysfs. sysfs shows the
/// namespace it was mounted in, so the index must match too.
static bool isWireless(const std::string& name, std::uint32_t index) {
    if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
        return false;
    const std::string dir = "/sys/class/net/" + name;
    std::ifstream f(dir + "/ifindex");
    std::uint32_t sysIndex = 0;
    if (!(f >> sysIndex) || sysIndex != index)
        return false;
    struct stat st {};
    return stat((dir + "/wireless").c_str(), &st) == 0 ||
           stat((dir + "/phy80211").c_str(), &st) == 0;
}

InterfaceKind classifyLink(unsigned short arphrd, const std::string& kind, int tunType,
                           const std::string& name, std::uint32_t index) {
    if (kind == "tun") {
        // IFLA_TUN_TYPE (kernel 4.15+) says tun or tap; without it a tap is an Ethernet-type
        // device and a tun has no link-layer header (ARPHRD_NONE).
        if (tunType != 0)
            return tunType == IFF_TAP ? InterfaceKind::Tap : InterfaceKind::Tun;
        return arphrd == ARPHRD_ETHER ? InterfaceKind::Tap : InterfaceKind::Tun;
    }
    if (kind == "ovpn") // OpenVPN data-channel offload device (kernel 6.16+): a layer-3 tunnel
        return InterfaceKind::Tun;
    if (kind == "wireguard")
        return InterfaceKind::WireGuard;
    if (kind == "veth")
        return InterfaceKind::Veth;
    if (kind == "bridge")
        return InterfaceKind::Bridge;
    if (kind == "ppp")
        return InterfaceKind::Ppp;
    switch (arphrd) {
    case ARPHRD_LOOPBACK:
        return InterfaceKind::Loopback;
    case ARPHRD_PPP:
        return InterfaceKind::Ppp;
    case ARPHRD_NONE:
        return kind.empty() ? InterfaceKind::Tun : InterfaceKind::Other;
    case ARPHRD_ETHER:
        if (!kind.empty())
            return InterfaceKind::Other; // vlan, macvlan, bond, ...: virtual
        return isWireless(name, index) ? InterfaceKind::Wireless : InterfaceKind::Ethernet;
    default:
        return InterfaceKind::Other;
    }
}

/// RTM_NEWLINK / RTM_DELLINK → InterfaceInfo (without addresses).
bool parseLink(const nlmsghdr* h, InterfaceInfo& info) {
    const nlattr* tb[IFLA_MAX + 1] = {};
    if (!parseMessageAttrs(h, sizeof(ifinfomsg), tb, IFLA_MAX))
        return false;
    const auto* ifi = static_cast<const ifinfomsg*>(mnl_nlmsg_get_payload(h));
    if (ifi->ifi_index <= 0)
        return false;
    info = InterfaceInfo{};
    info.index = static_cast<std::uint32_t>(ifi->ifi_index);
    info.name = attrString(tb[IFLA_IFNAME]);
    info.mtu = attrU32(tb[IFLA_MTU]);
    info.up = (ifi->ifi_flags & IFF_UP) != 0;
    std::string kind;
    int tunType = 0;
    if (tb[IFLA_LINKINFO]) {
        const nlattr* li[IFLA_INFO_MAX + 1] = {};
        parseAttrs(li, IFLA_INFO_MAX, mnl_attr_get_payload(tb[IFLA_LINKINFO]),
                   mnl_attr_get_payload_len(tb[IFLA_LINKINFO]));
        kind = attrString(li[IFLA_INFO_KIND]);
        if (kind == "tun" && li[IFLA_INFO_DATA]) {
            const nlattr* td[IFLA_TUN_MAX + 1] = {};
            parseAttrs(td, IFLA_TUN_MAX, mnl_attr_get_payload(li[IFLA_INFO_DATA]),
                       mnl_attr_get_payload_len(li[IFLA_INFO_DATA]));
            if (td[IFLA_TUN_TYPE] && mnl_attr_get_payload_len(td[IFLA_TUN_TYPE]) >= 1)
                tunType = mnl_attr_get_u8(td[IFLA_TUN_TYPE]);
        }
    }
    info.kind = classifyLink(ifi->ifi_type, kind, tunType, info.name, info.index);
    return true;
}

bool parseLinkName(const nlmsghdr* h, std::uint32_t& index, std::string_view& name) {
    const nlattr* tb[IFLA_MAX + 1] = {};
    if (!parseMessageAttrs(h, sizeof(ifinfomsg), tb, IFLA_MAX))
        return false;
    const auto* ifi = static_cast<const ifinfomsg*>(mnl_nlmsg_get_payload(h));
    if (ifi->ifi_index <= 0)
        return false;
    index = static_cast<std::uint32_t>(ifi->ifi_index);
    name = {};
    if (const nlattr* a = tb[IFLA_IFNAME]) {
        const char* p = static_cast<const char*>(payloadOf(a));
        name = std::string_view(p, strnlen(p, payloadLength(a)));
    }
    return true;
}

/// RTM_NEWADDR → (ifindex, address).
bool parseAddress(const nlmsghdr* h, std::uint32_t& index, InterfaceAddress& addr) {
    const nlattr* tb[IFA_MAX + 1] = {};
    if (!parseMessageAttrs(h, sizeof(ifaddrmsg), tb, IFA_MAX))
        return false;
    const auto* ifa = static_cast<const ifaddrmsg*>(mnl_nlmsg_get_payload(h));
    Family family = familyOf(ifa->ifa_family);
    if (family == Family::None)
        return false;
    // On point-to-point links IFA_ADDRESS is the peer and IFA_LOCAL our own address;
    // elsewhere both are ours (IPv6 sends only IFA_ADDRESS).
    IpAddress a = attrAddress(tb[IFA_LOCAL] ? tb[IFA_LOCAL] : tb[IFA_ADDRESS], family);
    if (a.isNull())
        return false;
    index = ifa->ifa_index;
    addr = InterfaceAddress{a, ifa->ifa_prefixlen};
    return true;
}

// ---- route messages --------------------------------------------------------------------

/// Upper bound of the size of a route message built by putRouteMessage().
std::size_t routeMessageBound(const Route& r) {
    return 256 + r.nexthops.size() * 64;
}

/// Bytes of an RTA_GATEWAY or RTA_VIA attribute for `gw` (0 for none).
static std::size_t gatewayAttrSize(Family routeFamily, const IpAddress& gw) {
    if (gw.isNull())
        return 0;
    if (gw.family() == routeFamily)
        return MNL_ALIGN(MNL_ATTR_HDRLEN + addressBytes(routeFamily));
    return MNL_ALIGN(MNL_ATTR_HDRLEN + sizeof(rtvia) + addressBytes(gw.family()));
}

std::size_t multipathAttrSize(const Route& r) {
    if (r.nexthops.empty())
        return 0;
    std::size_t n = MNL_ATTR_HDRLEN;
    for (const auto& hop : r.nexthops)
        n += RTNH_ALIGN(sizeof(rtnexthop)) + gatewayAttrSize(r.family(), hop.gateway);
    return n;
}

bool routeMessageFits(const Route& r) {
    // The largest message: header, rtmsg, RTA_TABLE, RTA_DST, RTA_OIF, the gateway,
    // RTA_PRIORITY, RTA_PREFSRC, RTA_MULTIPATH.
    const std::size_t fixed =
        MNL_NLMSG_HDRLEN + MNL_ALIGN(sizeof(rtmsg)) + 4 * MNL_ALIGN(MNL_ATTR_HDRLEN + 4) +
        2 * MNL_ALIGN(MNL_ATTR_HDRLEN + 16) + gatewayAttrSize(r.family(), r.gateway);
    const std::size_t multipath = multipathAttrSize(r);
    return multipath <= kMaxAttrBytes && fixed + multipath <= kMaxRouteMessageBytes;
}

static void putGateway(nlmsghdr* h, Family routeFamily, const IpAddress& gw) {
    if (gw.isNull())
        return;
    if (gw.family() == routeFamily) {
        mnl_attr_put(h, RTA_GATEWAY, addressBytes(routeFamily), gw.bytes().data());
        return;
    }
    // An IPv4 route via an IPv6 next hop (kernel 5.2+).
    char via[sizeof(rtvia) + 16] = {};
    auto* v = reinterpret_cast<rtvia*>(via);
    v->rtvia_family = static_cast<__kernel_sa_family_t>(afOf(gw.family()));
    std::memcpy(v->rtvia_addr, gw.bytes().data(), addressBytes(gw.family()));
    mnl_attr_put(h, RTA_VIA, sizeof(rtvia) + addressBytes(gw.family()), via);
}

/// Builds one RTM_NEWROUTE (create, never replace) or RTM_DELROUTE at `at`.
nlmsghdr* putRouteMessage(char* at, core::ChangeKind kind, const Route& r,
                          const ResolvedLinks& links, std::uint32_t seq) {
    // An attribute's length is 16 bits: a longer RTA_MULTIPATH would wrap, and the kernel would
    // read the rest of it as top-level attributes (another RTA_TABLE, say).
    if (!routeMessageFits(r) || links.hops.size() != r.nexthops.size())
        return nullptr;
    const bool add = kind == core::ChangeKind::Add;
    const Family family = r.family();
    nlmsghdr* h = mnl_nlmsg_put_header(at);
    h->nlmsg_type = add ? RTM_NEWROUTE : RTM_DELROUTE;
    h->nlmsg_flags = NLM_F_REQUEST | (add ? NLM_F_CREATE | NLM_F_EXCL : 0);
    h->nlmsg_seq = seq;
    auto* rtm = static_cast<rtmsg*>(mnl_nlmsg_put_extra_header(h, sizeof(rtmsg)));
    rtm->rtm_family = static_cast<unsigned char>(afOf(family));
    rtm->rtm_dst_len = static_cast<unsigned char>(r.destination.length());
    rtm->rtm_table = static_cast<unsigned char>(r.table < 256 ? r.table : RT_TABLE_UNSPEC);
    // On delete, a zero protocol/type and scope "nowhere" are wildcards to the kernel; we
    // pass the route's protocol and type so only exactly that route can go.
    rtm->rtm_protocol = r.protocol;
    if (add) {
        rtm->rtm_scope = r.scope;
        rtm->rtm_type = r.type == core::RouteType::Unspecified
                            ? static_cast<unsigned char>(RTN_UNICAST)
                            : routeTypeToKernel(r.type);
        if (r.flags & core::routeflag::OnLink)
            rtm->rtm_flags |= RTNH_F_ONLINK;
    } else {
        rtm->rtm_scope = RT_SCOPE_NOWHERE;
        rtm->rtm_type = routeTypeToKernel(r.type);
    }
    mnl_attr_put_u32(h, RTA_TABLE, r.table);
    if (r.destination.length() > 0)
        mnl_attr_put(h, RTA_DST, addressBytes(family), r.destination.address().bytes().data());
    if (links.oif)
        mnl_attr_put_u32(h, RTA_OIF, links.oif);
    putGateway(h, family, r.gateway);
    // IPv6 turns metric 0 into 1024 on add. On delete both families treat metric 0 as "any
    // metric" (the first match by protocol and next hop goes), so deletes should carry the
    // metric the dump reported.
    mnl_attr_put_u32(h, RTA_PRIORITY, r.metric);
    if (!r.preferredSource.isNull() && r.preferredSource.family() == family)
        mnl_attr_put(h, RTA_PREFSRC, addressBytes(family), r.preferredSource.bytes().data());
    if (!r.nexthops.empty()) {
        nlattr* nest = mnl_attr_nest_start(h, RTA_MULTIPATH);
        for (std::size_t i = 0; i < r.nexthops.size(); ++i) {
            const core::NextHop& hop = r.nexthops[i];
            auto* nh = static_cast<rtnexthop*>(mnl_nlmsg_get_payload_tail(h));
            std::memset(nh, 0, RTNH_ALIGN(sizeof(rtnexthop)));
            h->nlmsg_len += RTNH_ALIGN(sizeof(rtnexthop));
            nh->rtnh_ifindex = static_cast<int>(links.hops[i]);
            nh->rtnh_hops = static_cast<unsigned char>(std::clamp<int>(hop.weight, 1, 256) - 1);
            if (add && (hop.flags & core::routeflag::OnLink))
                nh->rtnh_flags |= RTNH_F_ONLINK;
            putGateway(h, family, hop.gateway);
            nh->rtnh_len = static_cast<unsigned short>(
                static_cast<char*>(mnl_nlmsg_get_payload_tail(h)) - reinterpret_cast<char*>(nh));
        }
        const auto nestBytes = static_cast<std::size_t>(
            static_cast<char*>(mnl_nlmsg_get_payload_tail(h)) - reinterpret_cast<char*>(nest));
        if (nestBytes > kMaxAttrBytes)
            return nullptr; // routeMessageFits() said otherwise: never send a wrapped length
        mnl_attr_nest_end(h, nest);
    }
    if (h->nlmsg_len > kMaxRouteMessageBytes)
        return nullptr;
    return h;
}

/// The kernel's extended-ack text of an error message, if it sent one.
std::string extackMessage(const nlmsghdr* h) {
    if (!(h->nlmsg_flags & NLM_F_ACK_TLVS))
        return {};
    const auto* e = static_cast<const nlmsgerr*>(mnl_nlmsg_get_payload(h));
    // Without NLM_F_CAPPED the whole request is echoed before the TLVs.
    std::size_t offset = sizeof(nlmsgerr);
    if (!(h->nlmsg_flags & NLM_F_CAPPED))
        offset += MNL_ALIGN(e->msg.nlmsg_len) - sizeof(nlmsghdr);
    std::size_t payload = mnl_nlmsg_get_payload_len(h);
    if (offset >= payload)
        return {};
    const nlattr* tb[NLMSGERR_ATTR_MAX + 1] = {};
    parseAttrs(tb, NLMSGERR_ATTR_MAX, static_cast<const char*>(mnl_nlmsg_get_payload(h)) + offset,
               payload - offset);
    return attrString(tb[NLMSGERR_ATTR_MSG]);
}

} // namespace splitroute::platform::rtnl
