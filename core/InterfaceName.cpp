// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/InterfaceName.h"

#include <deque>
#include <mutex>
#include <unordered_map>

namespace splitroute::core {

namespace {
struct Pool {
    std::mutex mutex;
    std::deque<std::string> names{std::string()}; // deque: references stay valid on growth
    std::unordered_map<std::string_view, std::uint32_t> ids;
};
Pool& pool() {
    static Pool p;
    return p;
}
} // namespace

InterfaceName::InterfaceName(std::string_view name) {
    if (name.empty())
        return;
    Pool& p = pool();
    std::lock_guard lock(p.mutex);
    if (auto it = p.ids.find(name); it != p.ids.end()) {
        m_id = it->second;
        return;
    }
    p.names.emplace_back(name);
    m_id = static_cast<std::uint32_t>(p.names.size() - 1);
    p.ids.emplace(std::string_view(p.names.back()), m_id);
}

const std::string& InterfaceName::str() const {
    Pool& p = pool();
    std::lock_guard lock(p.mutex);
    return p.names[m_id];
}

} // namespace splitroute::core
