#include "core/ChangeSet.h"

#include <algorithm>

namespace splitroute::core {

const char* changeKindName(ChangeKind k) {
    return k == ChangeKind::Add ? "add" : "delete";
}

ChangeSet ChangeSet::inverse() const {
    ChangeSet inv;
    inv.changes.reserve(changes.size());
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        RouteChange c = *it;
        c.kind = c.kind == ChangeKind::Add ? ChangeKind::Delete : ChangeKind::Add;
        inv.changes.push_back(std::move(c));
    }
    return inv;
}

Result<RouteTable> ChangeSet::applyTo(const RouteTable& before) const {
    RouteTable after = before;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const RouteChange& c = changes[i];
        if (c.kind == ChangeKind::Add) {
            if (after.indexOf(c.route, false) >= 0)
                return makeError(ErrorCode::Exists, "change " + std::to_string(i + 1) + " (add " +
                                                        c.route.toString() +
                                                        "): a route with that key exists");
            after.add(c.route);
        } else if (!after.remove(c.route, false)) {
            return makeError(ErrorCode::NotFound, "change " + std::to_string(i + 1) + " (delete " +
                                                      c.route.toString() + "): no such route");
        }
    }
    return after;
}

} // namespace splitroute::core
