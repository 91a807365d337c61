// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/SourcePlan.h"

#include "app/gui/TableSource.h"
#include "core/analyze/Analyzer.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace splitroute::app {

namespace {
/// The texts here are the Workspace's (their translations live under its name).
class PlanText {
    Q_DECLARE_TR_FUNCTIONS(splitroute::app::Workspace)
};
} // namespace

SourcePlan planSource(const TableSource& source) {
    SourcePlan out;
    if (!source.table)
        return out;
    std::vector<core::ConnectionPlanInput> inputs;
    std::vector<const VpnConnection*> planned;
    for (const VpnConnection& c : source.connections)
        if (c.policy) {
            inputs.push_back({c.profile.get(), c.device.str(), &*c.policy});
            planned.push_back(&c);
        }
    if (inputs.empty())
        return out;
    // Primary and backup: each connection with decisions is planned in turn (core).
    std::size_t failed = 0;
    auto plan = core::planConnections(*source.table, inputs, {}, &failed);
    if (!plan.ok()) {
        out.message = PlanText::tr("Cannot plan %1: %2")
                          .arg(planned[failed]->name, QString::fromStdString(plan.error().message));
        spdlog::warn("{}", out.message.toStdString());
        return out;
    }
    out.plan = std::move(plan.value());
    if (const VpnConnection* sel = source.selected(); sel && !sel->device.empty())
        out.plan->tunnelDevice = sel->device.str();
    out.message = PlanText::tr("%n route change(s) planned.", nullptr,
                               static_cast<int>(out.plan->changes.size()));
    spdlog::debug("planned {} route change(s)", out.plan->changes.size());
    return out;
}

std::vector<core::Finding> sourceFindings(const TableSource& source, const core::RouteTable& shown,
                                          bool before, const core::Plan* plan) {
    core::AnalysisInput input;
    input.table = &shown;
    // The profile describes the connected state: not the table before it.
    input.profile = before ? nullptr : source.profile.get();
    std::vector<core::Finding> findings = core::analyze(input);
    if (plan)
        findings.insert(findings.end(), plan->findings.begin(), plan->findings.end());
    if (before)
        return findings;
    // What the VPN inputs said: options that run code, unknown options, AWS notes, pushed
    // options a filter dropped — each named with its connection and place.
    for (const VpnConnection& c : source.connections)
        for (const core::Diagnostic& d : c.diagnostics) {
            core::Finding f;
            f.code = "profile-" + d.code;
            f.severity = d.severity;
            // Name the connection unless the place already does (a profile's own lines).
            QString text = diagnosticText(d);
            if (!text.startsWith(c.name + QLatin1Char(':')))
                text = PlanText::tr("%1: %2").arg(c.name, text);
            f.message = text.toStdString();
            findings.push_back(std::move(f));
        }
    return findings;
}

} // namespace splitroute::app
