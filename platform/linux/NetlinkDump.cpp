// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/NetlinkDump.h"

#include "platform/linux/RtnlMessages.h"

#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <new>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace splitroute::platform::rtnl {

using core::ErrorCode;

namespace {

// The kernel fills dump skbs of at most 32 KB (SKB_WITH_OVERHEAD(32768)), or more for a single
// message that needs more (min_dump_alloc); 64 KB buffers always hold one whole.
constexpr std::size_t kSlotSize = std::size_t{64} * 1024;
// Buffers made before the first receive; more are made while the parser falls behind (as it
// does while the route vector doubles: copying 50 MB of routes at 500k stalls it for tens of
// milliseconds), up to kMaxDatagramsAhead, so the kernel's walk never waits for the parser.
constexpr std::size_t kInitialSlots = 8;
static_assert(kMaxDatagramsAhead >= kInitialSlots);
// The parser is faster than the kernel, so it would sleep and be woken for every datagram.
// It sleeps until this many are waiting (or the last one is), which saves most of the
// wake-ups and context switches (they cost CPU that a loaded machine does not have).
constexpr std::size_t kWakeBatch = 4;
// A dump is retried when the kernel flags it NLM_F_DUMP_INTR.
constexpr int kDumpAttempts = 8;

// mnl_nlmsg_ok() and mnl_nlmsg_next(), inline (they are calls into the shared library, and
// both threads walk every message header of a dump).
bool messageOk(const nlmsghdr* h, int len) {
    return len >= static_cast<int>(sizeof(nlmsghdr)) && h->nlmsg_len >= sizeof(nlmsghdr) &&
           static_cast<int>(h->nlmsg_len) <= len;
}
const nlmsghdr* nextMessage(const nlmsghdr* h, int& len) {
    len -= static_cast<int>(MNL_ALIGN(h->nlmsg_len));
    return reinterpret_cast<const nlmsghdr*>(reinterpret_cast<const char*>(h) +
                                             MNL_ALIGN(h->nlmsg_len));
}

/// The receiving thread and its buffers. The thread runs source.receive() into free buffers
/// (making a new one when none is free, up to kMaxDatagramsAhead) until the datagram that
/// ends the dump (endsDump), a receive error, or stop; the consumer takes filled slots in
/// order and gives each back. The destructor stops and joins the thread.
class Receiver {
public:
    struct Slot {
        char* buffer = nullptr;
        const char* data = nullptr;
        std::size_t length = 0;
        int err = 0;       ///< errno of a failed receive (then this is the last slot)
        bool last = false; ///< the thread stops after this slot
    };

    Receiver(DatagramSource& source, std::uint32_t seq) : m_source(source), m_seq(seq) {
        m_buffers.reserve(kMaxDatagramsAhead);
        m_free.reserve(kMaxDatagramsAhead);
        m_filled.resize(kMaxDatagramsAhead);
        for (std::size_t i = 0; i < kInitialSlots; ++i)
            m_free.push_back(newBuffer());
    }
    Receiver(const Receiver&) = delete;
    Receiver& operator=(const Receiver&) = delete;
    ~Receiver() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_freed.notify_one();
        if (m_thread.joinable())
            m_thread.join();
    }

    /// Starts the thread; the errno when it cannot be started.
    int start() {
        try {
            m_thread = std::thread([this] { run(); });
        } catch (const std::system_error& e) {
            return e.code().value() ? e.code().value() : EAGAIN;
        }
        return 0;
    }

    /// The next filled slot (blocks). Give it back with release() before asking again.
    Slot next() {
        std::unique_lock lock(m_mutex);
        if (m_count == 0)
            m_filledCv.wait(lock, [&] { return m_count >= kWakeBatch || m_ended; });
        return m_filled[m_head];
    }
    void release() {
        bool wake = false;
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(m_filled[m_head].buffer);
            m_head = (m_head + 1) % m_filled.size();
            --m_count;
            wake = m_waiting;
        }
        if (wake)
            m_freed.notify_one();
    }

private:
    char* newBuffer() {
        m_buffers.push_back(std::make_unique_for_overwrite<char[]>(kSlotSize));
        return m_buffers.back().get();
    }

    /// A free buffer for the next datagram: a recycled one, a new one while the parser is
    /// behind (made outside the lock, so the parser never waits for malloc), or, at
    /// kMaxDatagramsAhead or when memory runs out, the next one the parser gives back.
    /// Null when stopped.
    char* takeBuffer() {
        std::unique_lock lock(m_mutex);
        if (m_stop)
            return nullptr;
        if (m_free.empty() && m_buffers.size() < kMaxDatagramsAhead) {
            lock.unlock();
            std::unique_ptr<char[]> fresh;
            try {
                fresh = std::make_unique_for_overwrite<char[]>(kSlotSize);
            } catch (const std::bad_alloc&) {
                // Not fatal: the initial buffers keep the dump going at the parser's pace.
            }
            lock.lock();
            if (fresh) {
                m_buffers.push_back(std::move(fresh)); // reserved: never reallocates
                return m_buffers.back().get();
            }
        }
        if (m_free.empty()) {
            m_waiting = true;
            m_freed.wait(lock, [&] { return m_stop || !m_free.empty(); });
            m_waiting = false;
            if (m_stop)
                return nullptr;
        }
        char* buf = m_free.back();
        m_free.pop_back();
        return buf;
    }

    void run() {
        std::size_t tail = 0;
        for (;;) {
            char* buf = takeBuffer();
            if (!buf)
                return; // stopped
            Slot slot;
            slot.buffer = buf;
            bool wake = false;
            ssize_t n = m_source.receive(buf, kSlotSize);
            if (n < 0) {
                if (errno == EINTR) {
                    std::lock_guard lock(m_mutex);
                    m_free.push_back(buf);
                    continue;
                }
                slot.err = errno;
                slot.last = true;
            } else {
                slot.data = buf;
                slot.length = static_cast<std::size_t>(n);
                slot.last = endsDatagram(buf, n);
            }
            {
                std::lock_guard lock(m_mutex);
                m_filled[tail] = slot;
                ++m_count;
                m_ended = slot.last;
                wake = m_count >= kWakeBatch || slot.last;
            }
            if (wake)
                m_filledCv.notify_one();
            if (slot.last)
                return;
            tail = (tail + 1) % m_filled.size();
        }
    }

    [[nodiscard]] bool endsDatagram(const char* buf, ssize_t n) const {
        int len = static_cast<int>(n);
        for (const auto* h = reinterpret_cast<const nlmsghdr*>(buf); messageOk(h, len);
             h = nextMessage(h, len))
            if (endsDump(h, m_seq))
                return true;
        return false;
    }

    DatagramSource& m_source;
    const std::uint32_t m_seq;
    std::vector<std::unique_ptr<char[]>> m_buffers; // every buffer made (never reallocates)
    std::vector<char*> m_free;                      // buffers not holding a datagram
    std::vector<Slot> m_filled;                     // ring of filled slots, oldest at m_head
    std::mutex m_mutex;
    std::condition_variable m_filledCv; // a slot was filled
    std::condition_variable m_freed;    // a buffer was released, or stop
    std::size_t m_head = 0;             // the oldest filled slot
    std::size_t m_count = 0;            // filled slots not yet released
    bool m_ended = false;               // the last slot has been filled
    bool m_waiting = false;             // the thread waits for a buffer
    bool m_stop = false;
    std::thread m_thread;
};

/// One RTM_GETLINK dump. Result: nullopt when the dump was interrupted.
template <typename OnLink>
core::Result<std::optional<bool>> dumpLinksOnce(DatagramSource& s, OnLink&& onLink) {
    DumpRequest req(s, RTM_GETLINK, sizeof(ifinfomsg));
    static_cast<ifinfomsg*>(req.familyHeader())->ifi_family = AF_UNSPEC;
    auto r = runDump(s, req.h, "link dump", [&](const nlmsghdr* h) {
        if (h->nlmsg_type == RTM_NEWLINK)
            onLink(h);
    });
    if (!r)
        return r.error();
    if (*r)
        return std::optional<bool>();
    return std::optional<bool>(true);
}

} // namespace

DumpRequest::DumpRequest(DatagramSource& s, std::uint16_t type, std::size_t headerSize) {
    h = mnl_nlmsg_put_header(buf);
    h->nlmsg_type = type;
    h->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    h->nlmsg_seq = s.nextSeq();
    mnl_nlmsg_put_extra_header(h, headerSize);
}

void* DumpRequest::familyHeader() const {
    return mnl_nlmsg_get_payload(h);
}

ErrorCode codeForErrno(int err) {
    switch (err) {
    case EEXIST:
        return ErrorCode::Exists;
    case ESRCH:
    case ENOENT:
        return ErrorCode::NotFound;
    case ENODEV:
        return ErrorCode::NoDevice;
    case ENETUNREACH:  // IPv4: the gateway is on no link
    case EHOSTUNREACH: // IPv6: the same
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

bool endsDump(const nlmsghdr* h, std::uint32_t seq) {
    if (h->nlmsg_seq != seq)
        return false;
    if (h->nlmsg_type == NLMSG_DONE)
        return true;
    if (h->nlmsg_type != NLMSG_ERROR)
        return false;
    if (mnl_nlmsg_get_payload_len(h) < sizeof(nlmsgerr))
        return true;
    return static_cast<const nlmsgerr*>(mnl_nlmsg_get_payload(h))->error != 0;
}

core::Result<bool> runDump(DatagramSource& source, nlmsghdr* request, const char* what,
                           const MessageFn& onMessage) {
    if (int err = source.send(request); err != 0)
        return sysError(err, std::string("cannot request the ") + what);
    const std::uint32_t seq = request->nlmsg_seq;
    Receiver receiver(source, seq);
    if (int err = receiver.start(); err != 0)
        return sysError(err, std::string("cannot start reading the ") + what);
    bool interrupted = false;
    for (;;) {
        const Receiver::Slot slot = receiver.next();
        if (slot.err != 0)
            return sysError(slot.err, std::string("cannot read the ") + what);
        int len = static_cast<int>(slot.length);
        for (const auto* h = reinterpret_cast<const nlmsghdr*>(slot.data); messageOk(h, len);
             h = nextMessage(h, len)) {
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
                // What an interrupted dump delivers is thrown away: do not parse it.
                if (!interrupted)
                    onMessage(h);
            }
        }
        if (slot.last) // cannot happen: the thread stops only where the loop above returns
            return sysError(EBADMSG, std::string("the ") + what + " ended without NLMSG_DONE");
        receiver.release();
    }
}

core::Result<std::vector<InterfaceInfo>> dumpLinks(DatagramSource& source) {
    for (int attempt = 0; attempt < kDumpAttempts; ++attempt) {
        std::vector<InterfaceInfo> links;
        auto r = dumpLinksOnce(source, [&](const nlmsghdr* h) {
            InterfaceInfo info;
            if (parseLink(h, info))
                links.push_back(std::move(info));
        });
        if (!r)
            return r.error();
        if (*r)
            return links;
    }
    return sysError(EAGAIN, "the link list kept changing during the dump");
}

core::Result<LinkNames> dumpLinkNames(DatagramSource& source) {
    for (int attempt = 0; attempt < kDumpAttempts; ++attempt) {
        LinkNames names;
        auto r = dumpLinksOnce(source, [&](const nlmsghdr* h) {
            std::uint32_t index = 0;
            std::string_view name;
            if (parseLinkName(h, index, name))
                names.set(index, name);
        });
        if (!r)
            return r.error();
        if (*r)
            return names;
    }
    return sysError(EAGAIN, "the link list kept changing during the dump");
}

core::Result<core::RouteTable> dumpRoutes(DatagramSource& source, const ListOptions& options) {
    using core::Family;
    for (int attempt = 0; attempt < kDumpAttempts; ++attempt) {
        auto names = dumpLinkNames(source);
        if (!names)
            return names.error();
        DumpRequest req(source, RTM_GETROUTE, sizeof(rtmsg));
        auto* rtm = static_cast<rtmsg*>(req.familyHeader());
        rtm->rtm_family = static_cast<unsigned char>(
            options.family == Family::None ? AF_UNSPEC : afOf(options.family));
        if (options.table != 0) {
            // With strict checking the kernel filters the dump by table itself.
            rtm->rtm_table =
                static_cast<unsigned char>(options.table < 256 ? options.table : RT_TABLE_UNSPEC);
            mnl_attr_put_u32(req.h, RTA_TABLE, options.table);
        }
        // Routes are parsed in place at the end of one vector that becomes the table.
        std::vector<core::Route> routes;
        routes.reserve(1024);
        auto r = runDump(source, req.h, "route dump", [&](const nlmsghdr* h) {
            if (h->nlmsg_type != RTM_NEWROUTE)
                return;
            core::Route& route = routes.emplace_back();
            if (!parseRoute(h, *names, route) ||
                (options.family != Family::None && route.family() != options.family) ||
                (options.table != 0 && route.table != options.table))
                routes.pop_back();
        });
        if (!r) {
            // A single-family dump of a table that does not exist fails with ENOENT.
            if (options.table != 0 && r.error().sysErrno == ENOENT)
                return core::RouteTable{};
            return r.error();
        }
        if (!*r)
            return core::RouteTable(std::move(routes));
    }
    return sysError(EAGAIN, "the routing table kept changing during the dump");
}

} // namespace splitroute::platform::rtnl
