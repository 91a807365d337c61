// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RouteTable.h"

#include <string>
#include <vector>

namespace splitroute::core {

enum class ChangeKind : std::uint8_t { Add, Delete };
[[nodiscard]] const char* changeKindName(ChangeKind k); // "add", "delete"

/// One route addition or deletion, with why it is in the plan.
struct RouteChange {
    ChangeKind kind = ChangeKind::Add;
    Route route;
    std::string reason; ///< e.g. the policy rule's label; free text for people

    friend bool operator==(const RouteChange&, const RouteChange&) = default;
};

/// An ordered list of route changes: the unit that is planned, exported, applied, reverted.
struct ChangeSet {
    std::vector<RouteChange> changes;

    [[nodiscard]] bool empty() const { return changes.empty(); }
    [[nodiscard]] std::size_t size() const { return changes.size(); }
    /// The changes that undo this one, in reverse order.
    [[nodiscard]] ChangeSet inverse() const;
    /// The table after applying the changes in order. Deleting a route that is not there,
    /// or adding one whose key exists, is an error naming the change's index.
    [[nodiscard]] Result<RouteTable> applyTo(const RouteTable& before) const;

    friend bool operator==(const ChangeSet&, const ChangeSet&) = default;
};

} // namespace splitroute::core
