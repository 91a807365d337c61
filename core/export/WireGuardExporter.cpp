// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/WireGuardExporter.h"

// Output: a [Peer] AllowedIPs line: exactly the addresses the planned after-table sends into
// the tunnel device — the complement of the bypassed networks when everything else is
// tunnelled — as a minimal CIDR list. wg-quick and the Windows client install one route per
// entry; they treat 0.0.0.0/0 and ::/0 specially (fwmark policy routing / kill-switch), so a
// split list loses that, which the comment says.

namespace splitroute::core {

Result<ExportResult> WireGuardExporter::render(const Plan& plan,
                                               const ExportOptions& options) const {
    PrefixSet set = plan.tunnelled;
    if (set.isEmpty() && !plan.after.empty())
        set = tunnelledSet(plan.after, plan.tunnelDevice);
    if (plan.tunnelDevice.empty())
        return makeError(ErrorCode::InvalidArgument,
                         "WireGuard export: the plan names no tunnel device");
    // The tunnel's own subnet stays in: it is the peer's addresses.
    std::string list;
    for (const auto& p : set.toPrefixes()) {
        if (!list.empty())
            list += ", ";
        list += p.toString();
    }
    ExportResult out;
    out.script = "# Splitroute: AllowedIPs for the WireGuard peer that replaces tunnel " +
                 plan.tunnelDevice + ".\n" + exportdetail::describe(plan, "# ", options.origin) +
                 "# " + std::to_string(set.prefixCount()) +
                 " prefix(es): the addresses the plan sends through the tunnel.\n"
                 "# Replace the peer's AllowedIPs line with this one and restart the tunnel. To "
                 "undo,\n# put the previous AllowedIPs line back (0.0.0.0/0, ::/0 for a full "
                 "tunnel).\n# Note: without 0.0.0.0/0 wg-quick skips its default-route handling "
                 "and the\n# Windows client its kill-switch.\n[Peer]\nAllowedIPs = " +
                 list + "\n";
    out.undo = "# Splitroute: to undo, restore the peer's previous AllowedIPs line (for a full\n"
               "# tunnel: AllowedIPs = 0.0.0.0/0, ::/0) and restart the tunnel.\n";
    return out;
}

} // namespace splitroute::core
