// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/NetlinkBackend.h"

#include "platform/linux/ChangeOrder.h"
#include "platform/linux/NetlinkDump.h"
#include "platform/linux/RtnlMessages.h"

#include <fcntl.h>
#include <libmnl/libmnl.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <unordered_set>

namespace splitroute::platform {

namespace {

using core::ErrorCode;
using core::Family;
using core::Route;
using namespace rtnl; // message building and parsing

// The kernel sizes each dump datagram after the largest read the socket has seen, capped at
// 32 KB; a smaller buffer than the datagram truncates it. 64 KB is always enough.
constexpr std::size_t kRecvBufferSize = std::size_t{64} * 1024;
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
        return setBuffer(SO_RCVBUFFORCE, SO_RCVBUF, bytes, "receive");
    }
    /// The same for the send buffer: one sendmsg() must fit in it whole.
    core::Result<std::size_t> setSendBuffer(int bytes) {
        return setBuffer(SO_SNDBUFFORCE, SO_SNDBUF, bytes, "send");
    }

private:
    core::Result<std::size_t> setBuffer(int forceOption, int option, int bytes, const char* what) {
        const std::string error = std::string("cannot size the netlink ") + what + " buffer";
        if (setsockopt(fd(), SOL_SOCKET, forceOption, &bytes, sizeof bytes) < 0) {
            if (errno != EPERM)
                return sysError(errno, error);
            if (setsockopt(fd(), SOL_SOCKET, option, &bytes, sizeof bytes) < 0)
                return sysError(errno, error);
        }
        int granted = 0;
        socklen_t len = sizeof granted;
        if (getsockopt(fd(), SOL_SOCKET, option, &granted, &len) < 0)
            return sysError(errno, error);
        return static_cast<std::size_t>(granted);
    }

    core::Result<void> setFlag(int option) {
        int one = 1;
        if (mnl_socket_setsockopt(m_nl, option, &one, sizeof one) < 0)
            return sysError(errno, "cannot set a netlink socket option");
        return {};
    }

    mnl_socket* m_nl = nullptr;
    std::uint32_t m_seq = 1;
};

/// The request socket as the source of dump replies.
class SocketSource final : public DatagramSource {
public:
    explicit SocketSource(Socket& s) : m_socket(s) {}
    int send(const nlmsghdr* request) override {
        return mnl_socket_sendto(m_socket.get(), request, request->nlmsg_len) < 0 ? errno : 0;
    }
    ssize_t receive(char* buf, std::size_t size) override {
        // ENOSPC when a datagram does not fit (MSG_TRUNC).
        return mnl_socket_recvfrom(m_socket.get(), buf, size);
    }
    std::uint32_t nextSeq() override { return m_socket.nextSeq(); }

private:
    Socket& m_socket;
};

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
        SocketSource source(*req);
        auto links = dumpLinks(source);
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
                    // Notifications were dropped because we read too slowly. The kernel
                    // keeps dropping new ones until the queue has been read empty; then the
                    // socket works again. Hand out what we have, report the loss next time.
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
    SocketSource source(*s);
    return dumpRoutes(source, options);
}

core::Result<std::vector<InterfaceInfo>> NetlinkBackend::listInterfaces() {
    auto s = Socket::open();
    if (!s)
        return s.error();
    SocketSource source(*s);
    for (int attempt = 0; attempt < kDumpAttempts; ++attempt) {
        auto links = dumpLinks(source);
        if (!links)
            return links.error();
        DumpRequest req(source, RTM_GETADDR, sizeof(ifaddrmsg));
        static_cast<ifaddrmsg*>(req.familyHeader())->ifa_family = AF_UNSPEC;
        std::vector<std::pair<std::uint32_t, InterfaceAddress>> addresses;
        auto r = runDump(source, req.h, "address dump", [&](const nlmsghdr* h) {
            std::uint32_t index = 0;
            InterfaceAddress a;
            if (h->nlmsg_type == RTM_NEWADDR && parseAddress(h, index, a))
                addresses.emplace_back(index, a);
        });
        if (!r)
            return r.error();
        if (*r)
            continue;
        std::vector<InterfaceInfo> result = std::move(*links);
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

namespace {

constexpr std::size_t kPrefetchAhead = 8;

/// One apply() call: the socket, the buffers, every change's resolved links, and the
/// progress reported so far.
class Applier {
public:
    Applier(Socket& s, const core::ChangeSet& changeSet, const ProgressFn& progress,
            std::size_t batchBytes, std::size_t maxPerBatch)
        : m_socket(s), m_changes(changeSet.changes), m_progress(progress), m_batchBytes(batchBytes),
          m_maxPerBatch(maxPerBatch), m_buf(batchBytes + routeMessageBound(Route{})),
          m_rbuf(kRecvBufferSize) {}

    /// Resolves interface names to indexes for every change; the index of the first change
    /// that names an unknown interface, with its error, or total.
    std::size_t resolveAll(std::optional<core::Error>& error) {
        m_links.resize(m_changes.size());
        for (std::size_t i = 0; i < m_changes.size(); ++i)
            if (auto r = resolveChange(m_changes[i], m_links[i]); !r) {
                const core::RouteChange& c = m_changes[i];
                error = r.error();
                error->message = std::string(core::changeKindName(c.kind)) + " " +
                                 c.route.toString() + ": " + error->message;
                return i;
            }
        return m_changes.size();
    }

    /// Sends changes[begin, end) in their order. On the first failure exactly
    /// changes[begin, failed) have taken effect (later ones of the same batch are undone).
    std::optional<ApplyResult::Failure> sequential(std::size_t begin, std::size_t end) {
        std::size_t pos = begin;
        while (pos < end) {
            auto batch = sendBatchOf(
                end - pos, [&](std::size_t k) { return pos + k; }, false);
            if (batch.transport)
                return unknownState(*batch.transport, pos, pos + batch.sent);
            const std::size_t batchEnd = pos + batch.sent;
            if (!batch.errors.empty()) {
                const BatchError& first = batch.errors.front();
                const std::size_t failed = pos + first.offset;
                // Messages after the failing one in this buffer were processed anyway: undo
                // those that succeeded, newest first.
                std::vector<std::size_t> undo;
                std::size_t e = 0;
                for (std::size_t k = 0; k < batch.sent; ++k) {
                    while (e < batch.errors.size() && batch.errors[e].offset < k)
                        ++e;
                    const bool failedHere = e < batch.errors.size() && batch.errors[e].offset == k;
                    if (pos + k > failed && !failedHere)
                        undo.push_back(pos + k);
                }
                std::reverse(undo.begin(), undo.end());
                core::Error err = changeError(m_changes[failed], first.err, first.kernelMessage);
                const UndoFailures left = undoAll(undo);
                if (left.count > 0) {
                    appendUndoFailures(err, left, "later changes of the same batch");
                    m_unknownEnd = batchEnd;
                }
                return ApplyResult::Failure{failed, std::move(err)};
            }
            pos = batchEnd;
            report(pos);
        }
        return std::nullopt;
    }

    enum class Outcome { Applied, UndoneAfterFailure, Broken };

    /// Sends a segment in the order the kernel takes fastest. When a change fails, undoes
    /// every change of the segment this call applied, so that the caller can send the
    /// segment again in the given order (which finds the first failure exactly).
    Outcome reordered(const OrderedSegment& seg, std::optional<ApplyResult::Failure>& broken) {
        const std::size_t n = seg.order.size();
        std::size_t pos = 0;
        while (pos < n) {
            auto batch = sendBatchOf(
                n - pos, [&](std::size_t k) { return seg.order[pos + k]; }, false);
            if (batch.transport) {
                broken = unknownState(*batch.transport, seg.begin, seg.end);
                return Outcome::Broken;
            }
            if (batch.errors.empty()) {
                pos += batch.sent;
                report(seg.begin + pos);
                continue;
            }
            std::vector<std::size_t> undo(seg.order.begin(),
                                          seg.order.begin() + static_cast<std::ptrdiff_t>(pos));
            std::size_t firstFailed = m_changes.size();
            const BatchError* firstError = nullptr;
            std::size_t e = 0;
            for (std::size_t k = 0; k < batch.sent; ++k) {
                const std::size_t index = seg.order[pos + k];
                while (e < batch.errors.size() && batch.errors[e].offset < k)
                    ++e;
                if (e < batch.errors.size() && batch.errors[e].offset == k) {
                    if (index < firstFailed) {
                        firstFailed = index;
                        firstError = &batch.errors[e];
                    }
                    ++e;
                    continue;
                }
                undo.push_back(index);
            }
            std::reverse(undo.begin(), undo.end());
            const UndoFailures left = undoAll(undo);
            if (left.count == 0)
                return Outcome::UndoneAfterFailure;
            // Some of the run stays applied, scattered over it: report the run's start, and
            // that all of it must be checked against the table.
            core::Error err =
                changeError(m_changes[firstFailed], firstError->err, firstError->kernelMessage);
            err.message = "change " + std::to_string(firstFailed) + ": " + err.message;
            appendUndoFailures(err, left,
                               "changes of the run " + std::to_string(seg.begin) + " to " +
                                   std::to_string(seg.end - 1));
            m_unknownEnd = seg.end;
            broken = ApplyResult::Failure{seg.begin, std::move(err)};
            return Outcome::Broken;
        }
        return Outcome::Applied;
    }

private:
    struct Batch {
        std::size_t sent = 0;                 ///< messages in the batch
        std::vector<BatchError> errors;       ///< sorted by offset
        std::optional<core::Error> transport; ///< sending or reading failed: state unknown
    };
    struct UndoFailures {
        std::size_t count = 0;
        int err = 0;
    };

    /// Builds one batch from up to `available` changes (change index of the k-th: indexOf(k)),
    /// inverted when `inverse`, and sends it.
    template <typename IndexOf>
    Batch sendBatchOf(std::size_t available, IndexOf indexOf, bool inverse) {
        const std::uint32_t firstSeq = m_socket.nextSeq(static_cast<std::uint32_t>(m_maxPerBatch));
        std::size_t used = 0;
        std::size_t count = 0;
        nlmsghdr* last = nullptr;
        while (count < available && count < m_maxPerBatch) {
            const std::size_t index = indexOf(count);
            // A reordered run reads the changes in a random order: fetch a few ahead, or
            // every change costs a cache and TLB miss (~1 s of a 1M-route delete).
            if (count + kPrefetchAhead < available) {
                const std::size_t ahead = indexOf(count + kPrefetchAhead);
                __builtin_prefetch(&m_changes[ahead]);
                __builtin_prefetch(&m_links[ahead]);
            }
            const core::RouteChange& c = m_changes[index];
            const std::size_t bound = routeMessageBound(c.route);
            if (used > 0 && used + bound > m_batchBytes)
                break;
            if (used + bound > m_buf.size())
                m_buf.resize(used + bound);
            auto kind = c.kind;
            if (inverse)
                kind = kind == core::ChangeKind::Add ? core::ChangeKind::Delete
                                                     : core::ChangeKind::Add;
            nlmsghdr* msg = putRouteMessage(m_buf.data() + used, kind, c.route, m_links[index],
                                            firstSeq + static_cast<std::uint32_t>(count));
            // resolveAll() let only routes through that fit; stop before one that does not.
            if (!msg)
                break;
            last = msg;
            used += last->nlmsg_len;
            ++count;
        }
        if (!last)
            return Batch{
                0,
                {},
                core::makeError(core::ErrorCode::Internal, "a route message could not be built")};
        last->nlmsg_flags |= NLM_F_ACK;
        auto errors = sendBatch(m_socket, m_buf.data(), used, firstSeq, count, m_rbuf);
        if (!errors)
            return Batch{count, {}, errors.error()};
        return Batch{count, std::move(*errors), std::nullopt};
    }

    /// Applies the inverse of changes[undo[0]], changes[undo[1]], ... in that order.
    UndoFailures undoAll(const std::vector<std::size_t>& undo) {
        UndoFailures f;
        std::size_t pos = 0;
        while (pos < undo.size()) {
            auto batch = sendBatchOf(
                undo.size() - pos, [&](std::size_t k) { return undo[pos + k]; }, true);
            if (batch.transport) {
                f.count += undo.size() - pos;
                f.err = batch.transport->sysErrno;
                break;
            }
            if (!batch.errors.empty() && f.count == 0)
                f.err = batch.errors.front().err;
            f.count += batch.errors.size();
            pos += batch.sent;
        }
        return f;
    }

    static void appendUndoFailures(core::Error& e, const UndoFailures& f,
                                   const std::string& which) {
        if (f.count > 0)
            e.message += "; " + std::to_string(f.count) + " " + which +
                         " could not be undone or are in an unknown state (" + errnoText(f.err) +
                         ")";
    }

    ApplyResult::Failure unknownState(core::Error e, std::size_t begin, std::size_t end) {
        e.message += "; changes " + std::to_string(begin) + " to " + std::to_string(end - 1) +
                     " are in an unknown state";
        m_unknownEnd = end;
        return ApplyResult::Failure{begin, std::move(e)};
    }

public:
    /// See ApplyResult::unknownEnd.
    [[nodiscard]] std::size_t unknownEnd() const { return m_unknownEnd; }

private:
    /// Progress never goes back: after a segment was undone and is sent again in its given
    /// order, nothing is reported until the count passes what was reported before.
    void report(std::size_t applied) {
        if (m_progress && applied > m_reported) {
            m_reported = applied;
            m_progress(applied, m_changes.size());
        }
    }

    core::Result<void> resolve(const core::InterfaceName& name, std::uint32_t index,
                               std::uint32_t& out) {
        out = index;
        if (index != 0 || name.empty())
            return {};
        if (!m_names) {
            SocketSource source(m_socket);
            auto n = dumpLinkNames(source);
            if (!n)
                return n.error();
            m_names = std::move(*n);
        }
        out = m_names->index(name.str());
        if (out == 0) {
            core::Error e =
                core::makeError(ErrorCode::NoDevice, "no interface named '" + name.str() + "'");
            e.sysErrno = ENODEV;
            return e;
        }
        return {};
    }

    core::Result<void> resolveChange(const core::RouteChange& c, ResolvedLinks& links) {
        if (!routeMessageFits(c.route))
            return core::makeError(core::ErrorCode::OutOfRange,
                                   std::to_string(c.route.nexthops.size()) +
                                       " next hops do not fit in one netlink route message "
                                       "(their attribute would exceed 65535 bytes)");
        if (auto r = resolve(c.route.interface, c.route.ifindex, links.oif); !r)
            return r;
        links.hops.resize(c.route.nexthops.size());
        for (std::size_t i = 0; i < c.route.nexthops.size(); ++i)
            if (auto r = resolve(c.route.nexthops[i].interface, c.route.nexthops[i].ifindex,
                                 links.hops[i]);
                !r)
                return r;
        return {};
    }

    Socket& m_socket;
    const std::vector<core::RouteChange>& m_changes;
    const ProgressFn& m_progress;
    const std::size_t m_batchBytes;
    const std::size_t m_maxPerBatch;
    std::vector<char> m_buf;
    std::vector<char> m_rbuf;
    std::vector<ResolvedLinks> m_links;
    std::optional<LinkNames> m_names; // names -> indexes, from one link dump made on demand
    std::size_t m_reported = 0;
    std::size_t m_unknownEnd = 0;
};

} // namespace

ApplyResult NetlinkBackend::apply(const core::ChangeSet& changeSet, const ProgressFn& progress) {
    ApplyResult result;
    const std::size_t total = changeSet.changes.size();
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
    // netlink refuses (EMSGSIZE) a message larger than the send buffer; the default
    // (net.core.wmem_default, usually 208 KB) is enough unless batchBytes was raised.
    if (m_options.batchBytes > std::size_t{64} * 1024) {
        auto sndbuf = s->setSendBuffer(static_cast<int>(
            std::min<std::size_t>(m_options.batchBytes * 2 + std::size_t{64} * 1024, 1 << 30)));
        if (!sndbuf)
            return fail(0, sndbuf.error());
    }

    Applier applier(*s, changeSet, progress, m_options.batchBytes, maxPerBatch);
    std::optional<core::Error> unresolvedError;
    const std::size_t resolved = applier.resolveAll(unresolvedError);
    const std::vector<OrderedSegment> segments =
        m_options.kernelOrder ? kernelOrder(changeSet.changes, 0, resolved)
                              : std::vector<OrderedSegment>{OrderedSegment{0, resolved, {}}};
    for (const OrderedSegment& seg : segments) {
        if (!seg.order.empty()) {
            std::optional<ApplyResult::Failure> broken;
            switch (applier.reordered(seg, broken)) {
            case Applier::Outcome::Applied:
                result.applied = seg.end;
                continue;
            case Applier::Outcome::Broken:
                result.failure = std::move(broken);
                result.unknownEnd = applier.unknownEnd();
                return result;
            case Applier::Outcome::UndoneAfterFailure:
                break; // send it again as given
            }
        }
        if (auto failure = applier.sequential(seg.begin, seg.end)) {
            result.applied = failure->index;
            result.failure = std::move(failure);
            result.unknownEnd = applier.unknownEnd();
            return result;
        }
        result.applied = seg.end;
    }
    if (unresolvedError)
        return fail(resolved, std::move(*unresolvedError));
    return result;
}

core::Result<std::unique_ptr<RouteMonitor>> NetlinkBackend::watch() {
    return NetlinkMonitor::open();
}

} // namespace splitroute::platform
