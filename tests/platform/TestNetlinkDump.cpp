// SPDX-License-Identifier: GPL-3.0-or-later
// The threaded netlink dump (platform/linux/NetlinkDump) fed from a scripted source of
// datagrams instead of a socket: retry on NLM_F_DUMP_INTR, the error paths (EINTR, ENOBUFS,
// the kernel's error in NLMSG_DONE or NLMSG_ERROR, a failing send), stale replies, a ring of
// buffers wrapping many times. The receiving thread stops exactly where the dump ends, so
// every test also checks how many datagrams it read (one more would block forever on a real
// socket). The last test records a real kernel dump in a network namespace (root only) and
// replays it with NLM_F_DUMP_INTR set on the first attempt.

#include "NetnsFixture.h"
#include "TestUtil.h"

#include "platform/linux/NetlinkBackend.h"
#include "platform/linux/NetlinkDump.h"
#include "platform/linux/RtnlMessages.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

using namespace splitroute;
using platform::ListOptions;
using platform::rtnl::DatagramSource;

namespace {

constexpr std::uint32_t kForeignSeq = 0xffffffffu; // left as is: a late reply to another request

/// One thing the source does on a receive() call: hand out a datagram, or fail with errno.
struct Step {
    std::vector<char> bytes;
    int err = 0;
};

/// The replies to one request: the request type expected and what receive() then returns.
struct Reply {
    std::uint16_t type = 0;
    std::vector<Step> steps;
    int sendErr = 0; ///< send() fails with this errno instead
};

/// Messages appended into one datagram.
class Datagram {
public:
    nlmsghdr* put(std::uint16_t type, std::uint16_t flags = NLM_F_MULTI) {
        const std::size_t at = m_bytes.size();
        m_bytes.resize(at + MNL_SOCKET_BUFFER_SIZE); // room for one message
        nlmsghdr* h = mnl_nlmsg_put_header(m_bytes.data() + at);
        h->nlmsg_type = type;
        h->nlmsg_flags = flags;
        m_open = at;
        return h;
    }
    /// Ends the message begun with put() (or built in place at tail()).
    void close() {
        const auto* h = reinterpret_cast<const nlmsghdr*>(m_bytes.data() + m_open);
        m_bytes.resize(m_open + MNL_ALIGN(h->nlmsg_len));
    }
    char* tail(std::size_t room) {
        m_open = m_bytes.size();
        m_bytes.resize(m_open + room);
        return m_bytes.data() + m_open;
    }
    [[nodiscard]] std::size_t size() const { return m_bytes.size(); }
    [[nodiscard]] bool empty() const { return m_bytes.empty(); }
    Step step() { return Step{std::move(m_bytes), 0}; }

private:
    std::vector<char> m_bytes;
    std::size_t m_open = 0;
};

void putLink(Datagram& d, int index, const char* name) {
    nlmsghdr* h = d.put(RTM_NEWLINK);
    auto* ifi = static_cast<ifinfomsg*>(mnl_nlmsg_put_extra_header(h, sizeof(ifinfomsg)));
    ifi->ifi_index = index;
    mnl_attr_put_strz(h, IFLA_IFNAME, name);
    d.close();
}

void putRoute(Datagram& d, const core::Route& r, std::uint16_t flags = NLM_F_MULTI) {
    platform::rtnl::ResolvedLinks links;
    links.oif = r.ifindex;
    for (const auto& nh : r.nexthops)
        links.hops.push_back(nh.ifindex);
    nlmsghdr* h = platform::rtnl::putRouteMessage(d.tail(platform::rtnl::routeMessageBound(r)),
                                                  core::ChangeKind::Add, r, links, 0);
    h->nlmsg_flags = flags; // what the kernel sets in dump replies
    d.close();
}

void putDone(Datagram& d, int err = 0, std::uint16_t flags = NLM_F_MULTI) {
    nlmsghdr* h = d.put(NLMSG_DONE, flags);
    std::memcpy(mnl_nlmsg_put_extra_header(h, sizeof err), &err, sizeof err);
    d.close();
}

void putError(Datagram& d, int err) {
    nlmsghdr* h = d.put(NLMSG_ERROR, 0);
    auto* e = static_cast<nlmsgerr*>(mnl_nlmsg_put_extra_header(h, sizeof(nlmsgerr)));
    e->error = err;
    d.close();
}

Step failure(int err) {
    return Step{{}, err};
}

/// Replays scripted replies. Sequence numbers of the scripted messages are set to those of
/// the request they answer (kForeignSeq: to one before it, a late reply).
class ReplaySource final : public DatagramSource {
public:
    explicit ReplaySource(std::vector<Reply> replies) : m_replies(replies.begin(), replies.end()) {}

    int send(const nlmsghdr* request) override {
        m_requests.push_back(request->nlmsg_type);
        if (m_replies.empty()) {
            m_problems += "unexpected request " + std::to_string(request->nlmsg_type) + "; ";
            return ECONNREFUSED;
        }
        Reply r = std::move(m_replies.front());
        m_replies.pop_front();
        if (r.type != request->nlmsg_type)
            m_problems += "request " + std::to_string(request->nlmsg_type) + " instead of " +
                          std::to_string(r.type) + "; ";
        if (!m_pending.empty())
            m_problems += "a request before the previous dump was read to its end; ";
        if (r.sendErr)
            return r.sendErr;
        m_pending.assign(r.steps.begin(), r.steps.end());
        for (auto& step : m_pending) {
            int len = static_cast<int>(step.bytes.size());
            for (auto* h = reinterpret_cast<nlmsghdr*>(step.bytes.data()); mnl_nlmsg_ok(h, len);
                 h = const_cast<nlmsghdr*>(mnl_nlmsg_next(h, &len)))
                h->nlmsg_seq =
                    h->nlmsg_seq == kForeignSeq ? request->nlmsg_seq - 1 : request->nlmsg_seq;
        }
        return 0;
    }

    ssize_t receive(char* buf, std::size_t size) override {
        std::lock_guard lock(m_mutex); // only to make the test's reads race-free
        ++m_receives;
        if (m_pending.empty()) {
            // A real socket would block here for ever: the dump has ended.
            m_problems += "receive() after the end of the dump; ";
            errno = ENOTCONN;
            return -1;
        }
        Step step = std::move(m_pending.front());
        m_pending.pop_front();
        if (step.err) {
            errno = step.err;
            return -1;
        }
        if (step.bytes.size() > size) {
            errno = ENOSPC;
            return -1;
        }
        std::memcpy(buf, step.bytes.data(), step.bytes.size());
        return static_cast<ssize_t>(step.bytes.size());
    }

    std::uint32_t nextSeq() override { return m_seq++; }

    [[nodiscard]] std::string problems() const { return m_problems; }
    [[nodiscard]] int receives() {
        std::lock_guard lock(m_mutex);
        return m_receives;
    }
    [[nodiscard]] std::size_t unread() const { return m_pending.size(); }
    [[nodiscard]] std::size_t repliesLeft() const { return m_replies.size(); }
    [[nodiscard]] const std::vector<std::uint16_t>& requests() const { return m_requests; }

private:
    std::deque<Reply> m_replies;
    std::deque<Step> m_pending;
    std::vector<std::uint16_t> m_requests;
    std::string m_problems;
    std::mutex m_mutex;
    int m_receives = 0;
    std::uint32_t m_seq = 1000;
};

constexpr std::uint32_t kVeth = 2;

/// n routes like a real table: IPv4 /24s via a gateway, IPv6 /64s, every 7th multipath.
std::vector<core::Route> makeRoutes(int n) {
    std::vector<core::Route> v;
    for (int i = 0; i < n; ++i) {
        core::Route r;
        r.ifindex = kVeth;
        r.interface = "veth0";
        r.protocol = core::proto::Splitroute;
        r.metric = static_cast<std::uint32_t>(i % 3);
        if (i % 2 == 0) {
            r.destination =
                core::Prefix(core::IpAddress::v4(0x10000000u + (std::uint32_t(i) << 8)), 24);
            r.gateway = core::IpAddress::v4(0x0a010002);
        } else {
            std::array<std::uint8_t, 16> b{0x20, 0x01, 0x0d, 0xb8};
            b[6] = static_cast<std::uint8_t>(i >> 8);
            b[7] = static_cast<std::uint8_t>(i);
            r.destination = core::Prefix(core::IpAddress::v6(b), 64);
            r.gateway = *core::IpAddress::parse("2001:db8:1::2");
            r.metric += 1024;
        }
        if (i % 7 == 0) {
            core::NextHop a{r.gateway, "veth0", kVeth, 1, 0};
            core::NextHop b = a;
            b.gateway = r.gateway.isV4() ? core::IpAddress::v4(0x0a010003)
                                         : *core::IpAddress::parse("2001:db8:1::3");
            b.ifindex = 1;
            b.interface = "lo";
            b.weight = 3;
            r.nexthops = {a, b};
            r.gateway = {};
            r.interface = {};
            r.ifindex = 0;
        }
        v.push_back(r);
    }
    return v;
}

Reply linkReply() {
    Datagram d;
    putLink(d, 1, "lo");
    putLink(d, static_cast<int>(kVeth), "veth0");
    putDone(d);
    return Reply{RTM_GETLINK, {d.step()}};
}

/// The route dump of `routes`, perRoutes to a datagram, NLMSG_DONE in the last one.
/// interruptAt >= 0: that message and all after it carry NLM_F_DUMP_INTR.
Reply routeReply(const std::vector<core::Route>& routes, std::size_t perDatagram,
                 long interruptAt = -1) {
    Reply reply{RTM_GETROUTE, {}};
    Datagram d;
    for (std::size_t i = 0; i < routes.size(); ++i) {
        std::uint16_t flags = NLM_F_MULTI;
        if (interruptAt >= 0 && long(i) >= interruptAt)
            flags |= NLM_F_DUMP_INTR;
        putRoute(d, routes[i], flags);
        if ((i + 1) % perDatagram == 0)
            reply.steps.push_back(d.step());
    }
    putDone(d, 0, NLM_F_MULTI | (interruptAt >= 0 ? NLM_F_DUMP_INTR : 0));
    reply.steps.push_back(d.step());
    return reply;
}

constexpr std::size_t kMaxAhead = platform::rtnl::kMaxDatagramsAhead;

/// Waits (up to 10 s) until the source has been read n times; how often it was read.
int waitForReceives(ReplaySource& source, int n) {
    QDeadlineTimer deadline(10'000);
    while (source.receives() < n && !deadline.hasExpired())
        QThread::msleep(1);
    return source.receives();
}

std::string describe(const core::Result<core::RouteTable>& r) {
    return r ? std::to_string(r->size()) + " routes" : "error: " + r.error().message;
}

// ---- a raw socket, to record what the kernel really sends ---------------------------------

class RecordingSource final : public DatagramSource {
public:
    RecordingSource() {
        m_nl = mnl_socket_open(NETLINK_ROUTE);
        int one = 1;
        m_ok = m_nl && mnl_socket_bind(m_nl, 0, MNL_SOCKET_AUTOPID) == 0 &&
               mnl_socket_setsockopt(m_nl, NETLINK_GET_STRICT_CHK, &one, sizeof one) == 0;
    }
    ~RecordingSource() override {
        if (m_nl)
            mnl_socket_close(m_nl);
    }
    RecordingSource(const RecordingSource&) = delete;
    RecordingSource& operator=(const RecordingSource&) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    int send(const nlmsghdr* request) override {
        m_replies.push_back(Reply{request->nlmsg_type, {}});
        return mnl_socket_sendto(m_nl, request, request->nlmsg_len) < 0 ? errno : 0;
    }
    ssize_t receive(char* buf, std::size_t size) override {
        ssize_t n = mnl_socket_recvfrom(m_nl, buf, size);
        if (n >= 0)
            m_replies.back().steps.push_back(Step{std::vector<char>(buf, buf + n), 0});
        return n;
    }
    std::uint32_t nextSeq() override { return m_seq++; }
    [[nodiscard]] const std::vector<Reply>& replies() const { return m_replies; }

private:
    mnl_socket* m_nl = nullptr;
    bool m_ok = false;
    std::uint32_t m_seq = 1;
    std::vector<Reply> m_replies;
};

} // namespace

class TestNetlinkDump : public QObject {
    Q_OBJECT

private slots:
    void cleanDump_data() {
        QTest::addColumn<int>("routes");
        QTest::addColumn<int>("perDatagram");
        QTest::newRow("empty") << 0 << 1;
        QTest::newRow("one datagram") << 50 << 100;
        QTest::newRow("full datagrams, done alone") << 40 << 10;
        QTest::newRow("ring wraps many times") << 3000 << 7;
        QTest::newRow("one route per datagram") << 100 << 1;
        QTest::newRow("32 KB datagrams") << 5000 << 400;
    }
    void cleanDump() {
        QFETCH(int, routes);
        QFETCH(int, perDatagram);
        const auto want = makeRoutes(routes);
        Reply reply = routeReply(want, std::size_t(perDatagram));
        const int datagrams = int(reply.steps.size());
        ReplaySource source({linkReply(), std::move(reply)});
        auto got = platform::rtnl::dumpRoutes(source, {});
        QVERIFY2(got, describe(got).c_str());
        QCOMPARE(got->routes(), want);
        QCOMPARE(source.problems(), std::string());
        QCOMPARE(source.receives(), 1 + datagrams); // exactly up to NLMSG_DONE
        QCOMPARE(source.unread(), std::size_t(0));
    }

    void filters() {
        // The kernel filters by family itself; a route of another table or family that
        // still arrives is dropped (as in a dump of an old kernel without strict checking).
        const auto all = makeRoutes(200);
        ReplaySource source({linkReply(), routeReply(all, 30)});
        auto got = platform::rtnl::dumpRoutes(source, ListOptions{core::Family::V4, 0});
        QVERIFY2(got, describe(got).c_str());
        std::vector<core::Route> want;
        for (const auto& r : all)
            if (r.family() == core::Family::V4)
                want.push_back(r);
        QCOMPARE(got->routes(), want);
        QCOMPARE(source.problems(), std::string());
    }

    void staleRepliesIgnored() {
        // Replies to an earlier request on the same socket (another sequence number) are
        // skipped, also an NLMSG_DONE or error of theirs.
        const auto want = makeRoutes(20);
        Reply reply = routeReply(want, 5);
        Datagram stale;
        core::Route other = makeRoutes(1)[0];
        other.metric = 77;
        putRoute(stale, other);
        putError(stale, -EINVAL);
        putDone(stale);
        int len = int(stale.size());
        Step s = stale.step();
        for (auto* h = reinterpret_cast<nlmsghdr*>(s.bytes.data()); mnl_nlmsg_ok(h, len);
             h = const_cast<nlmsghdr*>(mnl_nlmsg_next(h, &len)))
            h->nlmsg_seq = kForeignSeq;
        reply.steps.insert(reply.steps.begin() + 1, std::move(s));
        ReplaySource source({linkReply(), std::move(reply)});
        auto got = platform::rtnl::dumpRoutes(source, {});
        QVERIFY2(got, describe(got).c_str());
        QCOMPARE(got->routes(), want);
        QCOMPARE(source.problems(), std::string());
    }

    void interruptedDumpIsRetried_data() {
        QTest::addColumn<int>("interruptAt");
        QTest::addColumn<bool>("linksToo");
        QTest::newRow("first message") << 0 << false;
        QTest::newRow("middle") << 333 << false;
        QTest::newRow("only NLMSG_DONE") << 1000 << false;
        QTest::newRow("link dump interrupted first") << 500 << true;
    }
    void interruptedDumpIsRetried() {
        QFETCH(int, interruptAt);
        QFETCH(bool, linksToo);
        const auto clean = makeRoutes(1000);
        // What the interrupted walk saw: some routes twice, some missing, one changed.
        auto torn = clean;
        torn.erase(torn.begin() + 400, torn.begin() + 450);
        torn.insert(torn.begin() + 600, clean.begin() + 100, clean.begin() + 130);
        torn[10].metric = 99;
        std::vector<Reply> replies;
        if (linksToo) {
            Reply links = linkReply();
            Datagram d;
            putLink(d, 1, "lo");
            putDone(d, 0, NLM_F_MULTI | NLM_F_DUMP_INTR);
            links.steps = {d.step()};
            replies.push_back(std::move(links));
        }
        replies.push_back(linkReply());
        replies.push_back(routeReply(torn, 40, interruptAt));
        replies.push_back(linkReply());
        replies.push_back(routeReply(clean, 40));
        ReplaySource source(std::move(replies));
        auto got = platform::rtnl::dumpRoutes(source, {});
        QVERIFY2(got, describe(got).c_str());
        QCOMPARE(got->routes(), clean);
        QCOMPARE(source.problems(), std::string());
        QCOMPARE(source.repliesLeft(), std::size_t(0));
        std::vector<std::uint16_t> want{RTM_GETLINK, RTM_GETROUTE, RTM_GETLINK, RTM_GETROUTE};
        if (linksToo)
            want.insert(want.begin(), RTM_GETLINK);
        QCOMPARE(source.requests(), want);
    }

    void interruptedEveryTime() {
        const auto routes = makeRoutes(10);
        std::vector<Reply> replies;
        for (int i = 0; i < 8; ++i) {
            replies.push_back(linkReply());
            replies.push_back(routeReply(routes, 4, 5));
        }
        ReplaySource source(std::move(replies));
        auto got = platform::rtnl::dumpRoutes(source, {});
        QVERIFY(!got);
        QCOMPARE(got.error().sysErrno, EAGAIN);
        QVERIFY2(got.error().message.find("kept changing") != std::string::npos,
                 got.error().message.c_str());
        QCOMPARE(source.problems(), std::string());
        QCOMPARE(source.repliesLeft(), std::size_t(0));
    }

    void errors_data() {
        QTest::addColumn<int>("kind"); // 0: receive error, 1: DONE error, 2: NLMSG_ERROR,
                                       // 3: send error
        QTest::addColumn<int>("err");
        QTest::addColumn<int>("at"); // datagram of the route dump where it happens
        QTest::addColumn<QString>("message");
        QTest::newRow("ENOBUFS first") << 0 << ENOBUFS << 0
                                       << "cannot read the route dump: No buffer space "
                                          "available (ENOBUFS)";
        QTest::newRow("ENOBUFS later") << 0 << ENOBUFS << 20
                                       << "cannot read the route dump: No buffer space "
                                          "available (ENOBUFS)";
        QTest::newRow("ENOSPC (truncated)") << 0 << ENOSPC << 3
                                            << "cannot read the route dump: No space left on "
                                               "device (ENOSPC)";
        QTest::newRow("DONE with EINVAL") << 1 << EINVAL << 0
                                          << "the kernel refused the route dump: Invalid "
                                             "argument (EINVAL)";
        QTest::newRow("DONE with EMSGSIZE")
            << 1 << EMSGSIZE << 0
            << "the kernel refused the route dump: Message too long (EMSGSIZE)";
        QTest::newRow("NLMSG_ERROR") << 2 << EOPNOTSUPP << 0
                                     << "the kernel refused the route dump: Operation not "
                                        "supported (EOPNOTSUPP)";
        QTest::newRow("send fails") << 3 << EPERM << 0
                                    << "cannot request the route dump: Operation not permitted "
                                       "(EPERM)";
    }
    void errors() {
        QFETCH(int, kind);
        QFETCH(int, err);
        QFETCH(int, at);
        QFETCH(QString, message);
        const auto routes = makeRoutes(300);
        Reply reply = routeReply(routes, 10); // 31 datagrams
        int expectReceives = 1;               // the link dump
        if (kind == 0) {
            reply.steps.insert(reply.steps.begin() + at, failure(err));
            expectReceives += at + 1;
        } else if (kind == 1) {
            Datagram d;
            putDone(d, -err);
            reply.steps = {d.step()};
            expectReceives += 1;
        } else if (kind == 2) {
            Datagram d;
            putError(d, -err);
            reply.steps = {d.step()};
            expectReceives += 1;
        } else {
            reply.sendErr = err;
        }
        ReplaySource source({linkReply(), std::move(reply)});
        auto got = platform::rtnl::dumpRoutes(source, {});
        QVERIFY2(!got, describe(got).c_str());
        QCOMPARE(QString::fromStdString(got.error().message), message);
        QCOMPARE(got.error().sysErrno, err);
        // The thread stopped at the failure and was joined: nothing read after it.
        QCOMPARE(source.receives(), expectReceives);
        QCOMPARE(source.problems(), std::string());
    }

    void eintrIsRetried() {
        const auto routes = makeRoutes(100);
        Reply reply = routeReply(routes, 10);
        reply.steps.insert(reply.steps.begin() + 3, failure(EINTR));
        reply.steps.insert(reply.steps.begin(), failure(EINTR));
        ReplaySource source({linkReply(), std::move(reply)});
        auto got = platform::rtnl::dumpRoutes(source, {});
        QVERIFY2(got, describe(got).c_str());
        QCOMPARE(got->routes(), routes);
        QCOMPARE(source.problems(), std::string());
        QCOMPARE(source.unread(), std::size_t(0));
    }

    void readsAheadOfASlowParser() {
        // While the parser is busy (the route vector doubling stalls it for tens of
        // milliseconds at 500k routes) the receiving thread goes on reading into new buffers:
        // the kernel's walk must not wait. Here the parser sits on the first message until
        // every datagram of the dump has been read (with a fixed ring of 8 it never would).
        const auto routes = makeRoutes(300);
        Reply reply = routeReply(routes, 1);
        const int datagrams = int(reply.steps.size());
        QVERIFY(std::size_t(datagrams) > 8 && std::size_t(datagrams) < kMaxAhead);
        ReplaySource source({std::move(reply)});
        platform::rtnl::DumpRequest req(source, RTM_GETROUTE, sizeof(rtmsg));
        int readWhileStuck = -1;
        int messages = 0;
        auto r = platform::rtnl::runDump(source, req.h, "route dump", [&](const nlmsghdr*) {
            if (messages++ == 0)
                readWhileStuck = waitForReceives(source, datagrams);
        });
        QVERIFY(r);
        QVERIFY(!*r);
        QCOMPARE(readWhileStuck, datagrams);
        QCOMPARE(messages, int(routes.size()));
        QCOMPARE(source.problems(), std::string());
    }

    void readAheadIsBounded() {
        // ... but not without bound: with the parser stuck, the thread fills
        // kMaxDatagramsAhead buffers and then waits for one to be given back.
        const auto routes = makeRoutes(int(kMaxAhead) + 40);
        Reply reply = routeReply(routes, 1);
        const int datagrams = int(reply.steps.size());
        ReplaySource source({std::move(reply)});
        platform::rtnl::DumpRequest req(source, RTM_GETROUTE, sizeof(rtmsg));
        int readWhileStuck = -1;
        int messages = 0;
        auto r = platform::rtnl::runDump(source, req.h, "route dump", [&](const nlmsghdr*) {
            if (messages++ == 0) {
                waitForReceives(source, int(kMaxAhead));
                QThread::msleep(200); // time to read more, if it would
                readWhileStuck = source.receives();
            }
        });
        QVERIFY(r);
        QCOMPARE(readWhileStuck, int(kMaxAhead));
        QCOMPARE(messages, int(routes.size()));
        QCOMPARE(source.receives(), datagrams);
        QCOMPARE(source.problems(), std::string());
    }

    void missingTableIsEmpty() {
        // A dump of one table that does not exist fails with ENOENT: no routes, not an error.
        Datagram d;
        putDone(d, -ENOENT);
        ReplaySource source({linkReply(), Reply{RTM_GETROUTE, {d.step()}}});
        auto got = platform::rtnl::dumpRoutes(source, ListOptions{core::Family::V4, 4242});
        QVERIFY2(got, describe(got).c_str());
        QVERIFY(got->empty());
    }

    void recordedKernelDumpReplayed() {
        // A real dump recorded in a namespace, replayed with the first attempt flagged as
        // interrupted and torn (a datagram missing): the result is the clean dump.
        if (auto why = testutil::netnsUnavailableReason(); !why.empty())
            QSKIP(why.c_str());
        testutil::Netns ns;
        QVERIFY2(ns.ok(), ns.error().c_str());
        QVERIFY2(ns.quietIpv6(), ns.error().c_str());
        std::string batch = "link add veth0 type veth peer name veth1\n"
                            "link set veth0 up\nlink set veth1 up\n"
                            "addr add 10.1.0.1/24 dev veth0\n"
                            "addr add 2001:db8:1::1/64 dev veth0 nodad\n";
        for (int i = 0; i < 1500; ++i)
            batch += "route add 10." + std::to_string(100 + i / 250) + "." +
                     std::to_string(i % 250) + ".0/24 via 10.1.0.2\n";
        for (int i = 0; i < 500; ++i)
            batch += "route add 2001:db8:" + std::to_string(100 + i) + "::/48 nexthop via " +
                     "2001:db8:1::2 nexthop via 2001:db8:1::3 weight 2\n";
        QVERIFY2(ns.ipBatch(batch), ns.error().c_str());
        QVERIFY2(ns.enter(), ns.error().c_str());

        RecordingSource recorder;
        QVERIFY(recorder.ok());
        auto real = platform::rtnl::dumpRoutes(recorder, {});
        QVERIFY2(real, describe(real).c_str());
        QVERIFY(real->size() >= 2000);
        auto viaBackend = platform::NetlinkBackend().listRoutes();
        QVERIFY2(viaBackend, describe(viaBackend).c_str());
        QCOMPARE(real->routes(), viaBackend->routes());
        ns.leave();

        const auto& recorded = recorder.replies();
        QCOMPARE(recorded.size(), std::size_t(2));
        QVERIFY2(recorded[1].steps.size() > 2, "expected a dump of several datagrams");
        Reply torn = recorded[1];
        torn.steps.erase(torn.steps.begin() + 1); // a whole datagram of routes went missing
        for (auto& step : torn.steps) {
            int len = static_cast<int>(step.bytes.size());
            for (auto* h = reinterpret_cast<nlmsghdr*>(step.bytes.data()); mnl_nlmsg_ok(h, len);
                 h = const_cast<nlmsghdr*>(mnl_nlmsg_next(h, &len)))
                h->nlmsg_flags |= NLM_F_DUMP_INTR;
        }
        ReplaySource source({recorded[0], torn, recorded[0], recorded[1]});
        auto replayed = platform::rtnl::dumpRoutes(source, {});
        QVERIFY2(replayed, describe(replayed).c_str());
        QCOMPARE(replayed->routes(), real->routes());
        QCOMPARE(source.problems(), std::string());
        QCOMPARE(source.repliesLeft(), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestNetlinkDump)
#include "TestNetlinkDump.moc"
