// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// rtnetlink dumps (RTM_GETLINK, RTM_GETROUTE, RTM_GETADDR) over any source of datagrams: the
// real socket (NetlinkBackend) or recorded kernel replies (tests, see TestNetlinkDump).
//
// A dump is read by two threads. The kernel does its dump work inside recvmsg(): each
// netlink_recvmsg() copies one queued skb out and then, when the queue is short, runs the
// dump callback to fill the next skb (at most ~32 KB, sized after our largest read). A
// receiving thread therefore runs recvmsg() -- and with it the kernel's walk of the FIB --
// while the calling thread parses the datagrams it already has. They share recycled 64 KiB
// buffers: a few to start with, more while the parser falls behind (up to
// kMaxDatagramsAhead), so that the kernel's walk -- the larger half of the work -- never
// waits for the parser.

#include "core/Result.h"
#include "core/RouteTable.h"
#include "platform/RouteBackend.h"

#include <linux/netlink.h>
#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace splitroute::platform::rtnl {

class LinkNames;

/// How many received datagrams may wait for the parser at most (each in a 64 KiB buffer, so
/// 32 MiB at worst; a 1M-route dump is ~1900 datagrams). The receiving thread waits beyond.
constexpr std::size_t kMaxDatagramsAhead = 512;

/// Where dump requests go and their replies come from. send() is called on the calling
/// thread, receive() on the receiving thread, never both at once for one dump.
class DatagramSource {
public:
    virtual ~DatagramSource() = default;
    /// Sends one request; 0, or the errno of the failure.
    virtual int send(const nlmsghdr* request) = 0;
    /// Receives one datagram into buf: its length, or -1 with errno set (EINTR is retried).
    virtual ssize_t receive(char* buf, std::size_t size) = 0;
    /// A fresh sequence number for a request.
    virtual std::uint32_t nextSeq() = 0;
};

/// A dump request (NLM_F_REQUEST | NLM_F_DUMP) with a zeroed family header of headerSize
/// bytes and a fresh sequence number; attributes may be added to h.
struct DumpRequest {
    alignas(nlmsghdr) char buf[256] = {};
    nlmsghdr* h = nullptr;

    DumpRequest(DatagramSource& s, std::uint16_t type, std::size_t headerSize);
    [[nodiscard]] void* familyHeader() const;
};

/// The errno → ErrorCode mapping used for every netlink error.
[[nodiscard]] core::ErrorCode codeForErrno(int err);
/// "No such device (ENODEV)".
[[nodiscard]] std::string errnoText(int err);
/// An error with the errno, "what: No such device (ENODEV)".
[[nodiscard]] core::Error sysError(int err, const std::string& what);

/// Whether h ends the dump with sequence number seq: its NLMSG_DONE, or an NLMSG_ERROR that
/// carries an error (or is truncated). Both threads decide the end with this one test.
[[nodiscard]] bool endsDump(const nlmsghdr* h, std::uint32_t seq);

using MessageFn = std::function<void(const nlmsghdr*)>;

/// Sends a dump request and hands every reply message to onMessage (on the calling thread).
/// Returns whether the kernel flagged the dump as interrupted (NLM_F_DUMP_INTR: the table
/// changed during the walk, so entries may be missing or repeated; the caller dumps again).
/// Errors: the send (“cannot request the WHAT”), the receive (“cannot read the WHAT”, e.g.
/// ENOBUFS), the kernel's own (“the kernel refused the WHAT”). The receiving thread has
/// always been joined when this returns.
core::Result<bool> runDump(DatagramSource& source, nlmsghdr* request, const char* what,
                           const MessageFn& onMessage);

/// One RTM_GETLINK dump, retried while interrupted: the links.
core::Result<std::vector<InterfaceInfo>> dumpLinks(DatagramSource& source);
/// The same, keeping only index → name (no sysfs look-ups for the link kind).
core::Result<LinkNames> dumpLinkNames(DatagramSource& source);

/// The routes of options.family and options.table (0: all tables) as one RouteTable: a link
/// dump for the interface names, then one RTM_GETROUTE dump, both again when the kernel
/// flags the route dump as interrupted (up to a few times, then EAGAIN).
core::Result<core::RouteTable> dumpRoutes(DatagramSource& source, const ListOptions& options);

} // namespace splitroute::platform::rtnl
