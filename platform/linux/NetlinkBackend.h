// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/RouteBackend.h"

#include <cstddef>

namespace splitroute::platform {

/// RouteBackend over rtnetlink (libmnl).
///
/// Every operation opens its own netlink socket. A netlink socket belongs to the network
/// namespace of the thread that created it, so one backend object follows the calling
/// thread into whatever namespace it is in (tests and the benchmark rely on this).
///
/// Dumps (listRoutes, listInterfaces) read the socket on a second, short-lived thread while
/// the calling thread parses, so the kernel's walk of the FIB (done inside recvmsg) and our
/// parsing overlap; see NetlinkDump.h. The thread is joined before the call returns.
///
/// apply() sends changes in batches of many messages per sendmsg(). The kernel handles all
/// messages of one sendmsg() in order and does NOT stop at a failing one, so when change k
/// of a batch fails, the later changes of the same batch may still have taken effect. apply()
/// reads every error of the batch back (each carries its sequence number), then undoes the
/// later changes of that batch that succeeded, in reverse order, so that exactly changes
/// 0..k-1 have taken effect when it reports the failure of change k. (Undoing a delete
/// re-adds the route as the change describes it, so attributes core::Route does not model,
/// such as route metrics like mtu, are not restored. Should an undo itself fail, the failure
/// message says how many later changes remain in effect.) Only one batch is ever in flight.
///
/// Long runs of deletes go to the kernel in the order its FIB removes routes fastest (IPv4
/// in a fixed random order, IPv6 ascending; see ChangeOrder.h), not in the given order,
/// unless the given order is as good already; the result is the same. Should a delete of
/// such a run fail, apply() re-adds every route the run removed (from its description, like
/// any undo, so over the whole run rather than one batch) and sends the run again in the
/// given order, so the report above holds exactly: changes 0..k-1 in effect, k the first
/// change that fails in the given order. Progress reports the highest count of changes in
/// effect so far and never goes back; after such a resend the final `applied` can be lower.
/// When the kernel's answers are lost (ENOBUFS), or an undo fails, ApplyResult::unknownEnd
/// says up to where changes may have taken effect.
///
/// Adds never replace (NLM_F_EXCL) and carry the route's own rtm_protocol (the planner sets
/// core::proto::Splitroute). Deletes pass protocol, type, gateway and interface so the kernel
/// removes only the route meant; note that the kernel treats metric 0 in a delete as "any
/// metric", so deletes should carry the metric the dump reported.
class NetlinkBackend final : public RouteBackend {
public:
    struct Options {
        /// Bytes of route messages per sendmsg(). Rates are flat from about 4 KB (the kernel's
        /// FIB work is the whole cost past that); 64 KB keeps round trips negligible.
        std::size_t batchBytes = std::size_t{64} * 1024;
        /// Send long runs of deletes in the order the kernel takes fastest (see
        /// ChangeOrder.h); false sends every change in the given order.
        bool kernelOrder = true;
    };

    NetlinkBackend() = default;
    explicit NetlinkBackend(Options options) : m_options(options) {}

    [[nodiscard]] std::string name() const override { return "netlink"; }
    [[nodiscard]] core::Result<core::RouteTable>
    listRoutes(const ListOptions& options = {}) override;
    [[nodiscard]] core::Result<std::vector<InterfaceInfo>> listInterfaces() override;
    [[nodiscard]] ApplyResult apply(const core::ChangeSet& changes,
                                    const ProgressFn& progress = {}) override;
    [[nodiscard]] core::Result<std::unique_ptr<RouteMonitor>> watch() override;

private:
    Options m_options;
};

} // namespace splitroute::platform
