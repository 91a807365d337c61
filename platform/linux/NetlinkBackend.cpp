#include "platform/linux/NetlinkBackend.h"

#include <libmnl/libmnl.h>
#include <linux/if_link.h>
#include <linux/if_tun.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace splitroute::platform {

namespace {

using core::ErrorCode;
using core::Family;
using core::IpAddress;
using core::Route;

// The kernel sizes each dump datagram after the largest read the socket has seen, capped at
// 32 KB; a smaller buffer than the datagram truncates it. 64 KB is always enough.
constexpr std::size_t kRecvBufferSize = 64 * 1024;
// A dump is retried when the kernel flags it NLM_F_DUMP_INTR (the table changed while it was
// being walked, so what we read may miss or repeat entries).
constexpr int kDumpAttempts = 8;
// Acknowledgements are queued to our socket while the kernel works through one sendmsg();
// whatever does not fit in the receive buffer is dropped (the socket then reports ENOBUFS).
// An error ack is a separate skb whose true size is about 1-2 KB, so a batch may hold at
// most rcvbuf / kAckTruesize messages.
constexpr std::size_t kAckTruesize = 2048;
constexpr int kApplyReceiveBuffer = 8 * 1024 * 1024;
constexpr int kMonitorReceiveBuffer = 4 * 1024 * 1024;
// The monitor reads at most this many datagrams per readEvents() call so that a flood of
// notifications (a 100k-route apply) does not starve the caller's event loop.
constexpr int kMonitorReadsPerCall = 64;

ErrorCode codeForErrno(int err) {
    switch (err) {
    case EEXIST:
        return ErrorCode::Exists;
    case ESRCH:
    case ENOENT:
        return ErrorCode::NotFound;
    case ENODEV:
        return ErrorCode::NoDevice;
    case ENETUNREACH:
        return ErrorCode::NetUnreachable;
    case EPERM:
    case EACCES:
        return ErrorCode::PermissionDenied;
    default:
        return ErrorCode::System;
    }
}

std::string errnoText(int err) {
    const char* name = strerrorname_np(err);
    return std::string(std::strerror(err)) + " (" + (name ? name : std::to_string(err)) + ")";
}

core::Error sysError(int err, const std::string& what) {
    core::Error e = core::makeError(codeForErrno(err), what + ": " + errnoText(err));
    e.sysErrno = err;
    return e;
}

/// One NETLINK_ROUTE socket, in the network namespace of the thread that opened it.
class Socket {
public:
    Socket() = default;
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    Socket(Socket&& o) noexcept : m_nl(std::exchange(o.m_nl, nullptr)), m_seq(o.m_seq) {}
    Socket& operator=(Socket&& o) noexcept {
        std::swap(m_nl, o.m_nl);
        std::swap(m_seq, o.m_seq);
        return *this;
    }
    ~Socket() {
        if (m_nl)
            mnl_socket_close(m_nl);
    }

    /// groups: RTMGRP_* bit mask of multicast groups to join (0 for a request socket).
    static core::Result<Socket> open(unsigned groups = 0) {
        Socket s;
        s.m_nl = mnl_socket_open(NETLINK_ROUTE);
        if (!s.m_nl)
            return sysError(errno, "cannot open a netlink socket");
        if (mnl_socket_bind(s.m_nl, groups, MNL_SOCKET_AUTOPID) < 0)
            return sysError(errno, "cannot bind the netlink socket");
        // Strict checking makes the kernel honour (and validate) the filters of dump
        // requests instead of silently ignoring them; kernels before 4.20 lack it.
        if (auto r = s.setFlag(NETLINK_GET_STRICT_CHK); !r && r.error().sysErrno != ENOPROTOOPT)
            return r.error();
        // Error messages from the kernel ("Nexthop device is not up") and acks that do not
        // echo the whole request back (keeps acks small, so more fit in the receive buffer).
        if (auto r = s.setFlag(NETLINK_EXT_ACK); !r && r.error().sysErrno != ENOPROTOOPT)
            return r.error();
        if (auto r = s.setFlag(NETLINK_CAP_ACK); !r && r.error().sysErrno != ENOPROTOOPT)
            return r.error();
        s.m_seq = 1;
        return s;
    }

    [[nodiscard]] mnl_socket* get() const { return m_nl; }
    [[nodiscard]] int fd() const { return mnl_socket_get_fd(m_nl); }
    std::uint32_t nextSeq(std::uint32_t count = 1) {
        std::uint32_t s = m_seq;
        m_seq += count;
        return s;
    }

    /// Asks for a receive buffer of `bytes` (beyond net.core.rmem_max when we have
    /// CAP_NET_ADMIN) and returns what the kernel granted.
    core::Result<std::size_t> setReceiveBuffer(int bytes) {
        if (setsockopt(fd(), SOL_SOCKET, SO_RCVBUFFORCE, &bytes, sizeof bytes) < 0) {
            if (errno != EPERM)
                return sysError(errno, "cannot size the netlink receive buffer");
            if (setsockopt(fd(), SOL_SOCKET, SO_RCVBUF, &bytes, sizeof bytes) < 0)
                return sysError(errno, "cannot size the netlink receive buffer");
        }
        int granted = 0;
        socklen_t len = sizeof granted;
        if (getsockopt(fd(), SOL_SOCKET, SO_RCVBUF, &granted, &len) < 0)
            return sysError(errno, "cannot read the netlink receive buffer size");
        return static_cast<std::size_t>(granted);
    }

private:
    core::Result<void> setFlag(int option) {
        int one = 1;
        if (mnl_socket_setsockopt(m_nl, option, &one, sizeof one) < 0)
            return sysError(errno, "cannot set a netlink socket option");
        return {};
    }

    mnl_socket* m_nl = nullptr;
    std::uint32_t m_seq = 1;
};

// ---- attributes ------------------------------------------------------------------------

/// Indexes the attributes in [start, start+len) by type; later duplicates win, unknown
/// types (above max) are skipped.
void parseAttrs(const nlattr** table, int max, const void* start, std::size_t len) {
    const auto* attr = static_cast<const nlattr*>(start);
    int remaining = static_cast<int>(len);
    while (mnl_attr_ok(attr, remaining)) {
        int type = mnl_attr_get_type(attr);
        if (type <= max)
            table[type] = attr;
        remaining -= static_cast<int>(MNL_ALIGN(attr->nla_len));
        attr = mnl_attr_next(attr);
    }
}

/// Attributes of a message with a fixed family header of `headerSize` bytes; false when the
/// message is too short to hold that header.
bool parseMessageAttrs(const nlmsghdr* h, std::size_t headerSize, const nlattr** table, int max) {
    if (h->nlmsg_len < MNL_NLMSG_HDRLEN + MNL_ALIGN(headerSize))
        return false;
    parseAttrs(table, max, mnl_nlmsg_get_payload_offset(h, headerSize),
               h->nlmsg_len - MNL_NLMSG_HDRLEN - MNL_ALIGN(headerSize));
    return true;
}

std::uint32_t attrU32(const nlattr* a, std::uint32_t fallback = 0) {
    return a && mnl_attr_get_payload_len(a) >= 4 ? mnl_attr_get_u32(a) : fallback;
}

std::string attrString(const nlattr* a) {
    if (!a)
        return {};
    const char* p = static_cast<const char*>(mnl_attr_get_payload(a));
    return std::string(p, strnlen(p, mnl_attr_get_payload_len(a)));
}

Family familyOf(int af) {
    return af == AF_INET ? Family::V4 : af == AF_INET6 ? Family::V6 : Family::None;
}

int afOf(Family f) {
    return f == Family::V4 ? AF_INET : AF_INET6;
}

std::size_t addressBytes(Family f) {
    return f == Family::V4 ? 4 : 16;
}

/// An address attribute of the given family; null when absent or of the wrong size.
IpAddress attrAddress(const nlattr* a, Family f) {
    if (!a || f == Family::None || mnl_attr_get_payload_len(a) != addressBytes(f))
        return {};
    return IpAddress::fromBytes(f, static_cast<const std::uint8_t*>(mnl_attr_get_payload(a)));
}

/// RTA_VIA: a gateway of another family (an IPv4 route via an IPv6 next hop).
IpAddress attrVia(const nlattr* a) {
    if (!a || mnl_attr_get_payload_len(a) < sizeof(rtvia))
        return {};
    const auto* via = static_cast<const rtvia*>(mnl_attr_get_payload(a));
    Family f = familyOf(via->rtvia_family);
    if (f == Family::None || mnl_attr_get_payload_len(a) != sizeof(rtvia) + addressBytes(f))
        return {};
    return IpAddress::fromBytes(f, via->rtvia_addr);
}

// ---- route conversion ------------------------------------------------------------------

core::RouteType routeTypeFromKernel(unsigned char t) {
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

unsigned char routeTypeToKernel(core::RouteType t) {
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

std::uint8_t flagsFromKernel(unsigned flags) {
    std::uint8_t f = 0;
    if (flags & RTNH_F_ONLINK)
        f |= core::routeflag::OnLink;
    if (flags & RTNH_F_LINKDOWN)
        f |= core::routeflag::LinkDown;
    if (flags & RTNH_F_DEAD)
        f |= core::routeflag::Dead;
    return f;
}

/// ifindex → name, filled from RTM_GETLINK and kept up to date by the monitor.
class LinkNames {
public:
    void set(std::uint32_t index, const std::string& name) { m_names[index] = name; }
    void clear() { m_names.clear(); }
    /// The name of a link; asks the kernel (SIOCGIFNAME) for one that appeared after the
    /// link dump, and remembers the answer.
    core::InterfaceName name(std::uint32_t index) {
        if (index == 0)
            return {};
        auto it = m_names.find(index);
        if (it != m_names.end())
            return it->second;
        char buf[IF_NAMESIZE] = {};
        core::InterfaceName n =
            if_indextoname(index, buf) ? core::InterfaceName(buf) : core::InterfaceName();
        m_names.emplace(index, n);
        return n;
    }
    /// Index of a link by name, or 0.
    [[nodiscard]] std::uint32_t index(const std::string& name) const {
        for (const auto& [index, n] : m_names)
            if (n.str() == name)
                return index;
        return 0;
    }

private:
    std::unordered_map<std::uint32_t, core::InterfaceName> m_names;
};

void parseMultipath(const nlattr* a, Family family, LinkNames& names, Route& r) {
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
bool isWireless(const std::string& name, std::uint32_t index) {
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

// ---- dumps -----------------------------------------------------------------------------

/// Sends a dump request and hands every reply message to onMessage. Returns whether the
/// kernel flagged the dump as interrupted (then the caller dumps again).
template <typename OnMessage>
core::Result<bool> runDump(Socket& s, nlmsghdr* request, std::vector<char>& buf, const char* what,
                           OnMessage&& onMessage) {
    if (mnl_socket_sendto(s.get(), request, request->nlmsg_len) < 0)
        return sysError(errno, std::string("cannot request the ") + what);
    const std::uint32_t seq = request->nlmsg_seq;
    bool interrupted = false;
    for (;;) {
        ssize_t n = mnl_socket_recvfrom(s.get(), buf.data(), buf.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return sysError(errno, std::string("cannot read the ") + what);
        }
        int len = static_cast<int>(n);
        for (const auto* h = reinterpret_cast<const nlmsghdr*>(buf.data()); mnl_nlmsg_ok(h, len);
             h = mnl_nlmsg_next(h, &len)) {
            if (h->nlmsg_seq != seq)
                continue; // a late reply to an earlier request on this socket
            if (h->nlmsg_flags & NLM_F_DUMP_INTR)
                interrupted = true;
            switch (h->nlmsg_type) {
            case NLMSG_DONE: {
                // The dump's own error, if any, is an int in NLMSG_DONE's payload.
                int err = 0;
                if (mnl_nlmsg_get_payload_len(h) >= sizeof err)
                    std::memcpy(&err, mnl_nlmsg_get_payload(h), sizeof err);
                if (err < 0)
                    return sysError(-err, std::string("the kernel refused the ") + what);
                return interrupted;
            }
            case NLMSG_ERROR: {
                if (mnl_nlmsg_get_payload_len(h) < sizeof(nlmsgerr))
                    return sysError(EBADMSG, std::string("truncated error in the ") + what);
                const auto* e = static_cast<const nlmsgerr*>(mnl_nlmsg_get_payload(h));
                if (e->error != 0)
                    return sysError(-e->error, std::string("the kernel refused the ") + what);
                break;
            }
            case NLMSG_NOOP:
            case NLMSG_OVERRUN:
                break;
            default:
                onMessage(h);
            }
        }
    }
}

struct DumpRequest {
    alignas(nlmsghdr) char buf[256] = {};
    nlmsghdr* h = nullptr;

    DumpRequest(Socket& s, std::uint16_t type, std::size_t headerSize) {
        h = mnl_nlmsg_put_header(buf);
        h->nlmsg_type = type;
        h->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
        h->nlmsg_seq = s.nextSeq();
        mnl_nlmsg_put_extra_header(h, headerSize);
    }
    template <typename T> T* header() { return static_cast<T*>(mnl_nlmsg_get_payload(h)); }
};

/// One RTM_GETLINK dump. Result: the links, or nullopt when the dump was interrupted.
core::Result<std::optional<std::vector<InterfaceInfo>>> dumpLinksOnce(Socket& s,
                                                                      std::vector<char>& buf) {
    DumpRequest req(s, RTM_GETLINK, sizeof(ifinfomsg));
    req.header<ifinfomsg>()->ifi_family = AF_UNSPEC;
    std::vector<InterfaceInfo> links;
    auto r = runDump(s, req.h, buf, "link dump", [&](const nlmsghdr* h) {
        InterfaceInfo info;
        if (h->nlmsg_type == RTM_NEWLINK && parseLink(h, info))
            links.push_back(std::move(info));
    });
    if (!r)
        return r.error();
    if (*r)
        return std::optional<std::vector<InterfaceInfo>>();
    return std::optional<std::vector<InterfaceInfo>>(std::move(links));
}

core::Result<std::vector<InterfaceInfo>> dumpLinks(Socket& s, std::vector<char>& buf) {
    for (int attempt = 0; attempt < kDumpAttempts; ++attempt) {
        auto r = dumpLinksOnce(s, buf);
        if (!r)
            return r.error();
        if (*r)
            return std::move(**r);
    }
    return sysError(EAGAIN, "the link list kept changing during the dump");
}

core::Result<LinkNames> dumpLinkNames(Socket& s, std::vector<char>& buf) {
    auto links = dumpLinks(s, buf);
    if (!links)
        return links.error();
    LinkNames names;
    for (const auto& l : *links)
        names.set(l.index, l.name);
    return names;
}

// ---- route messages --------------------------------------------------------------------

/// Upper bound of the size of a route message built by putRouteMessage().
std::size_t routeMessageBound(const Route& r) {
    return 256 + r.nexthops.size() * 64;
}

void putGateway(nlmsghdr* h, Family routeFamily, const IpAddress& gw) {
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

/// Interface indexes of a change, resolved from names where the route gives none.
struct ResolvedLinks {
    std::uint32_t oif = 0;
    std::vector<std::uint32_t> hops;
};

/// Builds one RTM_NEWROUTE (create, never replace) or RTM_DELROUTE at `at`.
nlmsghdr* putRouteMessage(char* at, core::ChangeKind kind, const Route& r,
                          const ResolvedLinks& links, std::uint32_t seq) {
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
    // IPv6 turns metric 0 into 1024 on add and treats it as "any" on delete.
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
        mnl_attr_nest_end(h, nest);
    }
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

struct BatchError {
    std::size_t offset; ///< message index within the batch
    int err;
    std::string kernelMessage;
};

/// Sends `count` messages (one buffer; the last asks for an ack) and reads their answers.
/// The kernel processes the whole buffer inside sendmsg() and queues one error message per
/// failing request plus the final ack, each carrying the request's sequence number; the
/// final ack (or error) of the last message closes the batch.
core::Result<std::vector<BatchError>> sendBatch(Socket& s, const char* buf, std::size_t len,
                                                std::uint32_t firstSeq, std::size_t count,
                                                std::vector<char>& rbuf) {
    if (mnl_socket_sendto(s.get(), buf, len) < 0)
        return sysError(errno, "cannot send route changes");
    const std::uint32_t lastSeq = firstSeq + static_cast<std::uint32_t>(count - 1);
    std::vector<BatchError> errors;
    bool done = false;
    while (!done) {
        ssize_t n = mnl_socket_recvfrom(s.get(), rbuf.data(), rbuf.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // ENOBUFS: acknowledgements were dropped, so we cannot tell which changes of
            // this batch took effect.
            return sysError(errno, "cannot read the kernel's answers to route changes");
        }
        int rlen = static_cast<int>(n);
        for (const auto* h = reinterpret_cast<const nlmsghdr*>(rbuf.data()); mnl_nlmsg_ok(h, rlen);
             h = mnl_nlmsg_next(h, &rlen)) {
            if (h->nlmsg_type != NLMSG_ERROR || mnl_nlmsg_get_payload_len(h) < sizeof(nlmsgerr))
                continue;
            const std::uint32_t offset = h->nlmsg_seq - firstSeq; // wraps safely
            if (offset >= count)
                continue;
            const auto* e = static_cast<const nlmsgerr*>(mnl_nlmsg_get_payload(h));
            if (e->error != 0)
                errors.push_back({offset, -e->error, extackMessage(h)});
            if (h->nlmsg_seq == lastSeq)
                done = true;
        }
    }
    std::sort(errors.begin(), errors.end(),
              [](const BatchError& a, const BatchError& b) { return a.offset < b.offset; });
    return errors;
}

core::Error changeError(const core::RouteChange& c, int err, const std::string& kernelMessage) {
    std::string msg = std::string(core::changeKindName(c.kind)) + " " + c.route.toString() + ": " +
                      errnoText(err);
    if (!kernelMessage.empty())
        msg += ": " + kernelMessage;
    core::Error e = core::makeError(codeForErrno(err), std::move(msg));
    e.sysErrno = err;
    return e;
}

// ---- monitor ---------------------------------------------------------------------------

class NetlinkMonitor final : public RouteMonitor {
public:
    static core::Result<std::unique_ptr<RouteMonitor>> open() {
        // Join the groups first, then read the link list: a link created in between is
        // reported as changed rather than missed.
        auto s = Socket::open(RTMGRP_LINK | RTMGRP_IPV4_ROUTE | RTMGRP_IPV6_ROUTE);
        if (!s)
            return s.error();
        if (auto r = s->setReceiveBuffer(kMonitorReceiveBuffer); !r)
            return r.error();
        int flags = fcntl(s->fd(), F_GETFL);
        if (flags < 0 || fcntl(s->fd(), F_SETFL, flags | O_NONBLOCK) < 0)
            return sysError(errno, "cannot make the netlink monitor non-blocking");

        auto m = std::unique_ptr<NetlinkMonitor>(new NetlinkMonitor(std::move(*s)));
        auto req = Socket::open();
        if (!req)
            return req.error();
        auto links = dumpLinks(*req, m->m_buf);
        if (!links)
            return links.error();
        for (const auto& l : *links) {
            m->m_known.insert(l.index);
            m->m_names.set(l.index, l.name);
        }
        return std::unique_ptr<RouteMonitor>(std::move(m));
    }

    [[nodiscard]] int fd() const override { return m_socket.fd(); }

    core::Result<std::vector<RouteEvent>> readEvents() override {
        std::vector<RouteEvent> events;
        if (m_overrun) {
            m_overrun = false;
            return overrunError();
        }
        for (int i = 0; i < kMonitorReadsPerCall; ++i) {
            ssize_t n = mnl_socket_recvfrom(m_socket.get(), m_buf.data(), m_buf.size());
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    break;
                if (errno == EINTR)
                    continue;
                if (errno == ENOBUFS) {
                    // Notifications were dropped because we read too slowly; the socket
                    // goes on working. Hand out what we have, report the loss next time.
                    if (events.empty())
                        return overrunError();
                    m_overrun = true;
                    break;
                }
                return sysError(errno, "cannot read route notifications");
            }
            int len = static_cast<int>(n);
            for (const auto* h = reinterpret_cast<const nlmsghdr*>(m_buf.data());
                 mnl_nlmsg_ok(h, len); h = mnl_nlmsg_next(h, &len))
                handle(h, events);
        }
        return events;
    }

private:
    explicit NetlinkMonitor(Socket s) : m_socket(std::move(s)), m_buf(kRecvBufferSize) {}

    static core::Error overrunError() {
        return sysError(ENOBUFS, "route notifications were lost (re-read the table)");
    }

    void handle(const nlmsghdr* h, std::vector<RouteEvent>& events) {
        RouteEvent ev;
        switch (h->nlmsg_type) {
        case RTM_NEWROUTE:
        case RTM_DELROUTE:
            // The kernel sends no RTM_DELROUTE for IPv4 routes it flushes because their link
            // went down or away (IPv6 does send them): watch link events too.
            if (!parseRoute(h, m_names, ev.route))
                return;
            ev.kind = h->nlmsg_type == RTM_NEWROUTE ? RouteEvent::Kind::RouteAdded
                                                    : RouteEvent::Kind::RouteRemoved;
            break;
        case RTM_NEWLINK:
            // RTM_NEWLINK announces new links and every change of an existing one.
            if (!parseLink(h, ev.link))
                return;
            ev.kind = m_known.insert(ev.link.index).second ? RouteEvent::Kind::LinkAdded
                                                           : RouteEvent::Kind::LinkChanged;
            m_names.set(ev.link.index, ev.link.name);
            break;
        case RTM_DELLINK:
            if (!parseLink(h, ev.link))
                return;
            ev.kind = RouteEvent::Kind::LinkRemoved;
            // Keep the name: IPv6 route removals for this link may still follow.
            m_known.erase(ev.link.index);
            break;
        default:
            return;
        }
        events.push_back(std::move(ev));
    }

    Socket m_socket;
    std::vector<char> m_buf;
    LinkNames m_names;
    std::unordered_set<std::uint32_t> m_known;
    bool m_overrun = false;
};

} // namespace

// ---- NetlinkBackend --------------------------------------------------------------------

core::Result<core::RouteTable> NetlinkBackend::listRoutes(const ListOptions& options) {
    auto s = Socket::open();
    if (!s)
        return s.error();
    std::vector<char> buf(kRecvBufferSize);
    for (int attempt = 0; attempt < kDumpAttempts; ++attempt) {
        auto names = dumpLinkNames(*s, buf);
        if (!names)
            return names.error();
        DumpRequest req(*s, RTM_GETROUTE, sizeof(rtmsg));
        auto* rtm = req.header<rtmsg>();
        rtm->rtm_family = static_cast<unsigned char>(
            options.family == Family::None ? AF_UNSPEC : afOf(options.family));
        if (options.table != 0) {
            // With strict checking the kernel filters the dump by table itself.
            rtm->rtm_table =
                static_cast<unsigned char>(options.table < 256 ? options.table : RT_TABLE_UNSPEC);
            mnl_attr_put_u32(req.h, RTA_TABLE, options.table);
        }
        core::RouteTable table;
        auto r = runDump(*s, req.h, buf, "route dump", [&](const nlmsghdr* h) {
            Route route;
            if (h->nlmsg_type != RTM_NEWROUTE || !parseRoute(h, *names, route))
                return;
            if (options.family != Family::None && route.family() != options.family)
                return;
            if (options.table != 0 && route.table != options.table)
                return;
            table.add(std::move(route));
        });
        if (!r) {
            // A single-family dump of a table that does not exist fails with ENOENT.
            if (options.table != 0 && r.error().sysErrno == ENOENT)
                return core::RouteTable{};
            return r.error();
        }
        if (!*r)
            return table;
    }
    return sysError(EAGAIN, "the routing table kept changing during the dump");
}

core::Result<std::vector<InterfaceInfo>> NetlinkBackend::listInterfaces() {
    auto s = Socket::open();
    if (!s)
        return s.error();
    std::vector<char> buf(kRecvBufferSize);
    for (int attempt = 0; attempt < kDumpAttempts; ++attempt) {
        auto links = dumpLinksOnce(*s, buf);
        if (!links)
            return links.error();
        if (!*links)
            continue;
        DumpRequest req(*s, RTM_GETADDR, sizeof(ifaddrmsg));
        req.header<ifaddrmsg>()->ifa_family = AF_UNSPEC;
        std::vector<std::pair<std::uint32_t, InterfaceAddress>> addresses;
        auto r = runDump(*s, req.h, buf, "address dump", [&](const nlmsghdr* h) {
            std::uint32_t index = 0;
            InterfaceAddress a;
            if (h->nlmsg_type == RTM_NEWADDR && parseAddress(h, index, a))
                addresses.emplace_back(index, a);
        });
        if (!r)
            return r.error();
        if (*r)
            continue;
        std::vector<InterfaceInfo> result = std::move(**links);
        std::sort(result.begin(), result.end(),
                  [](const InterfaceInfo& a, const InterfaceInfo& b) { return a.index < b.index; });
        for (auto& [index, a] : addresses) {
            auto it = std::lower_bound(
                result.begin(), result.end(), index,
                [](const InterfaceInfo& l, std::uint32_t i) { return l.index < i; });
            if (it != result.end() && it->index == index)
                it->addresses.push_back(a);
        }
        return result;
    }
    return sysError(EAGAIN, "the interface list kept changing during the dump");
}

ApplyResult NetlinkBackend::apply(const core::ChangeSet& changeSet, const ProgressFn& progress) {
    ApplyResult result;
    const auto& changes = changeSet.changes;
    const std::size_t total = changes.size();
    if (total == 0)
        return result;
    auto fail = [&](std::size_t index, core::Error e) {
        result.failure = ApplyResult::Failure{index, std::move(e)};
        return result;
    };

    auto s = Socket::open();
    if (!s)
        return fail(0, s.error());
    auto rcvbuf = s->setReceiveBuffer(kApplyReceiveBuffer);
    if (!rcvbuf)
        return fail(0, rcvbuf.error());
    const std::size_t maxPerBatch = std::max<std::size_t>(1, *rcvbuf / kAckTruesize);
    std::vector<char> rbuf(kRecvBufferSize);

    // Names → indexes from one link dump, made only if some change names its interface
    // without an index.
    std::optional<LinkNames> names;
    auto resolve = [&](const core::InterfaceName& name, std::uint32_t index,
                       std::uint32_t& out) -> core::Result<void> {
        out = index;
        if (index != 0 || name.empty())
            return {};
        if (!names) {
            auto n = dumpLinkNames(*s, rbuf);
            if (!n)
                return n.error();
            names = std::move(*n);
        }
        out = names->index(name.str());
        if (out == 0) {
            core::Error e =
                core::makeError(ErrorCode::NoDevice, "no interface named '" + name.str() + "'");
            e.sysErrno = ENODEV;
            return e;
        }
        return {};
    };
    auto resolveChange = [&](const core::RouteChange& c,
                             ResolvedLinks& links) -> core::Result<void> {
        if (auto r = resolve(c.route.interface, c.route.ifindex, links.oif); !r)
            return r;
        links.hops.resize(c.route.nexthops.size());
        for (std::size_t i = 0; i < c.route.nexthops.size(); ++i)
            if (auto r = resolve(c.route.nexthops[i].interface, c.route.nexthops[i].ifindex,
                                 links.hops[i]);
                !r)
                return r;
        return {};
    };

    std::vector<char> buf(m_options.batchBytes + routeMessageBound(Route{}));
    std::vector<ResolvedLinks> resolved;
    std::size_t next = 0;
    while (next < total) {
        const std::size_t begin = next;
        std::size_t end = begin;
        std::size_t used = 0;
        std::optional<ApplyResult::Failure> unresolved;
        const std::uint32_t firstSeq = s->nextSeq(static_cast<std::uint32_t>(maxPerBatch));
        nlmsghdr* last = nullptr;
        resolved.clear();
        while (end < total && end - begin < maxPerBatch) {
            const core::RouteChange& c = changes[end];
            const std::size_t bound = routeMessageBound(c.route);
            if (used > 0 && used + bound > m_options.batchBytes)
                break;
            if (used + bound > buf.size())
                buf.resize(used + bound);
            ResolvedLinks links;
            if (auto r = resolveChange(c, links); !r) {
                core::Error e = r.error();
                e.message = std::string(core::changeKindName(c.kind)) + " " + c.route.toString() +
                            ": " + e.message;
                unresolved = ApplyResult::Failure{end, std::move(e)};
                break;
            }
            last = putRouteMessage(buf.data() + used, c.kind, c.route, links,
                                   firstSeq + static_cast<std::uint32_t>(end - begin));
            used += last->nlmsg_len;
            resolved.push_back(std::move(links));
            ++end;
        }
        if (end > begin) {
            last->nlmsg_flags |= NLM_F_ACK;
            auto errors = sendBatch(*s, buf.data(), used, firstSeq, end - begin, rbuf);
            if (!errors) {
                core::Error e = errors.error();
                e.message += "; changes " + std::to_string(begin) + " to " +
                             std::to_string(end - 1) + " are in an unknown state";
                return fail(begin, std::move(e));
            }
            if (!errors->empty()) {
                const BatchError& first = errors->front();
                const std::size_t failed = begin + first.offset;
                // Messages after the failing one in this buffer were processed anyway: undo
                // those that succeeded, newest first, so exactly 0..failed-1 remain applied.
                std::unordered_set<std::size_t> failedOffsets;
                for (const auto& e : *errors)
                    failedOffsets.insert(e.offset);
                std::size_t notUndone = 0;
                int undoErrno = 0;
                for (std::size_t i = end; i-- > failed + 1;) {
                    if (failedOffsets.count(i - begin))
                        continue;
                    const core::RouteChange& c = changes[i];
                    const auto inverse = c.kind == core::ChangeKind::Add ? core::ChangeKind::Delete
                                                                         : core::ChangeKind::Add;
                    const std::uint32_t seq = s->nextSeq();
                    nlmsghdr* h =
                        putRouteMessage(buf.data(), inverse, c.route, resolved[i - begin], seq);
                    h->nlmsg_flags |= NLM_F_ACK;
                    auto undo = sendBatch(*s, buf.data(), h->nlmsg_len, seq, 1, rbuf);
                    if (!undo || !undo->empty()) {
                        ++notUndone;
                        undoErrno = undo ? undo->front().err : undo.error().sysErrno;
                    }
                }
                core::Error e = changeError(changes[failed], first.err, first.kernelMessage);
                if (notUndone > 0)
                    e.message += "; " + std::to_string(notUndone) +
                                 " later changes of the same batch took effect and could not "
                                 "be undone (" +
                                 errnoText(undoErrno) + ")";
                result.applied = failed;
                return fail(failed, std::move(e));
            }
            result.applied = end;
            if (progress)
                progress(result.applied, total);
        }
        if (unresolved) {
            result.failure = std::move(unresolved);
            return result;
        }
        next = end;
    }
    return result;
}

core::Result<std::unique_ptr<RouteMonitor>> NetlinkBackend::watch() {
    return NetlinkMonitor::open();
}

} // namespace splitroute::platform
