// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/OwnedRouteStore.h"

#include "platform/windows/WinFiles.h"
#include "platform/windows/WinUtil.h"

namespace splitroute::platform::win {

namespace {

constexpr DWORD kMaxRecordBytes = 64u << 20;

std::wstring parentOf(const std::wstring& path) {
    const auto slash = path.find_last_of(L"\\/");
    return slash == std::wstring::npos ? std::wstring() : path.substr(0, slash);
}

} // namespace

OwnedRouteStore::OwnedRouteStore(std::wstring path) : m_path(std::move(path)) {}

core::Result<std::wstring> OwnedRouteStore::defaultPath() {
    auto folder = programDataFolder();
    if (!folder)
        return folder.error();
    return *folder + L"\\Splitroute\\owned-routes.json";
}

core::Result<std::wstring> OwnedRouteStore::path() const {
    if (!m_path.empty())
        return m_path;
    return defaultPath();
}

core::Result<iphelper::OwnedRouteRecord> OwnedRouteStore::load() const {
    auto file = path();
    if (!file)
        return file.error();
    auto content = readWholeFile(*file, kMaxRecordBytes);
    if (!content)
        return content.error();
    if (!*content)
        return iphelper::OwnedRouteRecord{};
    const std::string& text = **content;
    auto rec = iphelper::OwnedRouteRecord::parse(text);
    if (!rec) {
        core::Error e = rec.error();
        e.where.file = toUtf8(*file);
        return e;
    }
    return rec;
}

core::Result<void> OwnedRouteStore::save(const iphelper::OwnedRouteRecord& record) const {
    auto file = path();
    if (!file)
        return file.error();
    if (auto dir = ensureProtectedFolder(parentOf(*file)); !dir)
        return dir;
    return replaceFile(*file, record.toJson().dump(2) + "\n");
}

} // namespace splitroute::platform::win
