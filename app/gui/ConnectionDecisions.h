// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/DecisionStore.h"

#include <QString>

#include "core/plan/SplitPolicy.h"

#include <optional>

namespace splitroute::app {

struct TableSource;
struct VpnConnection;

/// The decisions made per VPN connection: held by the connection (VpnConnection::policy),
/// saved to the DecisionStore as they change, given back to a connection opened again, and
/// read from and written to policy files (core::SplitPolicy JSON). No signals and no
/// messages: Workspace says what happened.
class ConnectionDecisions {
public:
    /// Where decisions are kept (DecisionStore; empty: not kept).
    void setDir(const QString& dir) { m_store.setDir(dir); }
    [[nodiscard]] QString dir() const { return m_store.dir(); }

    /// Gives `connection` (of `source`), when it has no decisions, those saved for it; true
    /// when it did.
    bool restore(const TableSource& source, VpnConnection& connection) const;
    /// Sets the decisions of `connection` (of `source`) and saves them; false, with `error`
    /// set, when they could not be saved (they are then not safe in the store: wouldBeLost).
    bool keep(const TableSource& source, VpnConnection& connection, const core::SplitPolicy& policy,
              QString* error);

    /// Whether a connection of `source` holds decisions that differ from where the Networks
    /// tab starts (the profile's own policy, for its device or for any).
    [[nodiscard]] static bool differFromStart(const TableSource& source);
    /// Whether closing `source` loses decisions: some differ from the start and are not kept
    /// in the store (not kept at all, the last save failed, or a connection has no identity).
    [[nodiscard]] bool wouldBeLost(const TableSource& source) const;

    /// With several connections on a table, the selected one without decisions starts from a
    /// policy made for its own device (decisions are made one connection at a time).
    static void startSelected(TableSource& source);
    /// The decisions the Networks tab starts from for the selected connection of `source` (a
    /// table with a VPN profile): those kept, else the profile's own.
    [[nodiscard]] static core::SplitPolicy onShow(const TableSource& source);

    /// Writes a policy file (atomically); false with `error` ("path: reason") when it could not.
    static bool writePolicyFile(const QString& path, const core::SplitPolicy& policy,
                                QString* error);
    /// Reads a policy file; nullopt with `error` (with the file, line and column) when it
    /// cannot.
    [[nodiscard]] static std::optional<core::SplitPolicy> readPolicyFile(const QString& path,
                                                                         QString* error);

private:
    DecisionStore m_store;
    bool m_storeFailed = false; ///< the last save failed: decisions are not safe there
};

} // namespace splitroute::app
