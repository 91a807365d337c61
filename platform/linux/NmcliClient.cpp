// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/NmcliClient.h"

#include "core/FileBytes.h"

#include <boost/asio/buffer.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/process.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <future>
#include <set>

#include <sys/stat.h>
#include <unistd.h>

namespace splitroute::platform {

namespace bp = boost::process;
using core::ErrorCode;
using core::makeError;
using core::Result;

NmcliRunner systemNmcliRunner() {
    return [](const std::vector<std::string>& args, const std::string& input) {
        NmcliRun r;
        const char* override = std::getenv("SPLITROUTE_NMCLI");
        const boost::filesystem::path exe =
            override && *override ? boost::filesystem::path(override) : bp::search_path("nmcli");
        if (exe.empty() || !boost::filesystem::exists(exe)) {
            r.out = "nmcli is not installed (or not on PATH)";
            return r;
        }
        boost::asio::io_context ios;
        std::future<std::string> out, err;
        bp::environment env = boost::this_process::environment();
        env["LC_ALL"] = "C.UTF-8";
        std::error_code ec;
        bp::child child(exe, bp::args(args),
                        bp::std_in<boost::asio::buffer(input), bp::std_out> out, bp::std_err > err,
                        bp::env(env), ios, ec);
        if (ec) {
            r.out = "cannot run " + exe.string() + ": " + ec.message();
            return r;
        }
        r.started = true;
        ios.run_for(std::chrono::seconds(60));
        if (!ios.stopped()) {
            child.terminate(ec);
            r.err = "nmcli did not finish within 60 s";
            return r;
        }
        child.wait(ec);
        r.exitCode = ec ? -1 : child.exit_code();
        r.out = out.get();
        r.err = err.get();
        return r;
    };
}

std::vector<std::string> splitNmcliTerse(std::string_view line) {
    std::vector<std::string> fields(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size())
            fields.back() += line[++i];
        else if (line[i] == ':')
            fields.emplace_back();
        else if (line[i] != '\r')
            fields.back() += line[i];
    }
    return fields;
}

namespace {

std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t p = 0;
    while (p < text.size()) {
        const auto nl = text.find('\n', p);
        out.push_back(text.substr(p, nl == std::string_view::npos ? text.npos : nl - p));
        p = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    return out;
}

// "KEY:VALUE" of `nmcli -t -e yes -f a.b,c.d …` (multi-line mode): nmcli 1.42 escapes
// nothing there (an IPv6 route reads "ipv6.routes:2001:db8::/48 2001:db8::1"), so the value is
// everything after the first colon, kept byte for byte.
std::pair<std::string, std::string> keyValue(std::string_view line) {
    const auto colon = line.find(':');
    if (colon == std::string_view::npos)
        return {std::string(line), {}};
    std::string value(line.substr(colon + 1));
    if (!value.empty() && value.back() == '\r')
        value.pop_back();
    return {std::string(line.substr(0, colon)), value};
}

std::string firstLine(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}

bool contains(const std::string& hay, std::string_view needle) {
    std::string h = hay;
    std::transform(h.begin(), h.end(), h.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return h.find(needle) != std::string::npos;
}

std::string describe(const std::vector<NmConnectionInfo>& list, bool activeOnly) {
    std::string s;
    for (const auto& c : list) {
        if (activeOnly && !c.active)
            continue;
        s += (s.empty() ? "'" : ", '") + c.name + "' (" + c.type +
             (c.device.empty() ? "" : " on " + c.device) + ")";
    }
    return s.empty() ? "none" : s;
}

} // namespace

Result<std::vector<NmConnectionInfo>> parseNmcliConnectionList(std::string_view text) {
    std::vector<NmConnectionInfo> out;
    int n = 0;
    for (auto line : lines(text)) {
        ++n;
        if (line.empty())
            continue;
        const auto f = splitNmcliTerse(line);
        if (f.size() < 5)
            return makeError(ErrorCode::Parse,
                             "nmcli output line " + std::to_string(n) +
                                 ": expected NAME:UUID:TYPE:DEVICE:ACTIVE, got '" +
                                 std::string(line) + "'");
        out.push_back({f[0], f[1], f[2], f[3], f[4] == "yes", {}});
    }
    return out;
}

Result<core::NmRoutingSettings> parseNmcliSettings(std::string_view text) {
    core::NmRoutingSettings s;
    std::set<std::string> seen;
    for (auto line : lines(text)) {
        if (line.empty())
            continue;
        auto [key, value] = keyValue(line);
        if (std::string* p = core::nmProperty(s, key)) {
            *p = value;
            seen.insert(key);
        }
    }
    for (const auto& p : core::nmRoutingProperties())
        if (!seen.count(p))
            return makeError(ErrorCode::Parse, "nmcli did not print " + p);
    return s;
}

std::vector<std::string> parseNmcliAddresses(std::string_view text) {
    std::vector<std::string> out;
    for (auto line : lines(text)) {
        auto [key, value] = keyValue(line);
        if ((key.rfind("IP4.ADDRESS", 0) == 0 || key.rfind("IP6.ADDRESS", 0) == 0) &&
            !value.empty() && value.rfind("fe80:", 0) != 0)
            out.push_back(value);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string formatNmcliCall(const std::vector<std::string>& args) {
    std::string s = "nmcli";
    for (const auto& a : args) {
        const bool plain = !a.empty() && std::all_of(a.begin(), a.end(), [](unsigned char c) {
            return std::isalnum(c) || std::string_view("-_./:,=+@%").find(static_cast<char>(c)) !=
                                          std::string_view::npos;
        });
        if (plain) {
            s += " " + a;
            continue;
        }
        s += " '";
        for (char c : a)
            s += c == '\'' ? std::string("'\\''") : std::string(1, c);
        s += "'";
    }
    return s;
}

NmcliClient::NmcliClient(NmcliRunner runner) : m_runner(std::move(runner)) {}

Result<std::string> NmcliClient::run(const std::vector<std::string>& args,
                                     const std::string& input) {
    m_calls.push_back(args);
    const NmcliRun r = m_runner(args, input);
    const std::string call = formatNmcliCall(args);
    if (!r.started)
        return makeError(ErrorCode::NotFound,
                         (r.out.empty() ? std::string("nmcli could not be run") : r.out) +
                             " (Debian package network-manager); nothing was changed by `" + call +
                             "`");
    if (r.exitCode == 0)
        return r.out;
    const std::string said = firstLine(r.err.empty() ? r.out : r.err);
    // nmcli's exit codes (nmcli(1)): 8 NetworkManager is not running, 10 no such connection.
    if (r.exitCode == 8)
        return makeError(ErrorCode::NotFound,
                         "NetworkManager is not running (`" + call + "`: " + said + ")");
    if (contains(said, "not authorized") || contains(said, "insufficient privileges") ||
        contains(said, "permission denied") || contains(said, "access denied"))
        return makeError(ErrorCode::PermissionDenied,
                         "NetworkManager refused `" + call + "`: " + said +
                             " (run as root, or as a user polkit lets modify connections)");
    if (r.exitCode == 10)
        return makeError(ErrorCode::NotFound, "`" + call + "`: " + said);
    return makeError(ErrorCode::System, "`" + call + "` failed (exit status " +
                                            std::to_string(r.exitCode) + "): " + said);
}

Result<std::vector<NmConnectionInfo>> NmcliClient::listConnections() {
    auto text =
        run({"-t", "-e", "yes", "-f", "NAME,UUID,TYPE,DEVICE,ACTIVE", "connection", "show"});
    if (!text)
        return text.error();
    auto list = parseNmcliConnectionList(*text);
    if (!list)
        return list.error();
    for (auto& c : *list) {
        if (c.type != "vpn")
            continue;
        auto t = run({"-t", "-e", "yes", "-f", "vpn.service-type", "connection", "show", c.uuid});
        if (!t)
            return t.error();
        for (auto line : lines(*t))
            if (auto [k, v] = keyValue(line); k == "vpn.service-type")
                c.serviceType = v;
    }
    return list;
}

Result<NmConnectionInfo> NmcliClient::findConnection(const std::string& nameOrUuid) {
    auto list = listConnections();
    if (!list)
        return list.error();
    for (const auto& c : *list)
        if (c.uuid == nameOrUuid)
            return c;
    std::vector<NmConnectionInfo> byName;
    for (const auto& c : *list)
        if (c.name == nameOrUuid)
            byName.push_back(c);
    if (byName.size() == 1)
        return byName.front();
    if (byName.size() > 1)
        return makeError(ErrorCode::InvalidArgument,
                         "several NetworkManager connections are called '" + nameOrUuid +
                             "': give the UUID (" + byName[0].uuid + ", " + byName[1].uuid +
                             (byName.size() > 2 ? ", …" : "") + ")");
    return makeError(ErrorCode::NotFound, "no NetworkManager connection '" + nameOrUuid +
                                              "'; connections here: " + describe(*list, false));
}

Result<bool> NmcliClient::ownsDevice(const NmConnectionInfo& c, const std::string& tunnelDevice) {
    if (!c.active)
        return false;
    if (c.type != "vpn")
        return c.device == tunnelDevice;
    // A NetworkManager VPN lists its base device (eth0); the tun device it brought up carries
    // the addresses of the VPN's active connection.
    auto mine = run({"-t", "-e", "yes", "-f", "IP4,IP6", "connection", "show", "--active", c.uuid});
    if (!mine)
        return mine.error();
    auto dev = run({"-t", "-e", "yes", "-f", "IP4,IP6", "device", "show", tunnelDevice});
    if (!dev) {
        if (dev.error().code == ErrorCode::NotFound)
            return false; // NetworkManager does not know the device
        return dev.error();
    }
    const auto a = parseNmcliAddresses(*mine);
    const auto b = parseNmcliAddresses(*dev);
    return !a.empty() && a == b;
}

Result<NmConnectionInfo> NmcliClient::vpnForDevice(const std::string& tunnelDevice) {
    auto list = listConnections();
    if (!list)
        return list.error();
    for (const auto& c : *list) {
        if (c.type != "vpn" && c.type != "wireguard")
            continue;
        auto owns = ownsDevice(c, tunnelDevice);
        if (!owns)
            return owns.error();
        if (*owns)
            return c;
    }
    return makeError(ErrorCode::NotFound, "no active NetworkManager VPN connection owns " +
                                              tunnelDevice +
                                              "; active connections: " + describe(*list, true));
}

Result<NmConnectionInfo> NmcliClient::connectionOnDevice(const std::string& device) {
    auto list = listConnections();
    if (!list)
        return list.error();
    for (const auto& c : *list)
        if (c.active && c.device == device && c.type != "vpn")
            return c;
    return makeError(ErrorCode::NotFound, "no active NetworkManager connection on " + device +
                                              "; active connections: " + describe(*list, true));
}

Result<core::NmRoutingSettings> NmcliClient::readSettings(const std::string& uuid) {
    std::string fields;
    for (const auto& p : core::nmRoutingProperties())
        fields += (fields.empty() ? "" : ",") + p;
    auto text = run({"-t", "-e", "yes", "-f", fields, "connection", "show", uuid});
    if (!text)
        return text.error();
    auto s = parseNmcliSettings(*text);
    if (!s)
        return makeError(ErrorCode::Parse, "reading connection " + uuid + ": " + s.error().message);
    return s;
}

Result<void> NmcliClient::modify(const std::vector<std::string>& modifyArgs) {
    auto r = run(modifyArgs);
    if (!r)
        return r.error();
    return {};
}

Result<void> NmcliClient::activate(const std::string& uuid, const std::string& ifname) {
    std::vector<std::string> a{"--wait", "30", "connection", "up", uuid};
    if (!ifname.empty()) {
        a.emplace_back("ifname");
        a.push_back(ifname);
    }
    auto r = run(a);
    if (!r)
        return r.error();
    return {};
}

Result<std::string> NmcliClient::offlineModify(const std::string& keyfile,
                                               const std::vector<std::string>& propertyArgs) {
    std::vector<std::string> a{"--offline", "connection", "modify"};
    a.insert(a.end(), propertyArgs.begin(), propertyArgs.end());
    return run(a, keyfile);
}

Result<void> applyNmEdits(NmcliClient& client, const std::vector<core::NmConnectionEdit>& edits,
                          bool undo, bool* rolledBack) {
    if (rolledBack)
        *rolledBack = true;
    std::vector<const core::NmConnectionEdit*> order;
    order.reserve(edits.size());
    for (const auto& e : edits)
        order.push_back(&e);
    if (undo)
        std::reverse(order.begin(), order.end());
    for (std::size_t i = 0; i < order.size(); ++i) {
        auto r = client.modify(order[i]->modifyArgs(undo));
        if (r)
            continue;
        std::string rollback;
        for (std::size_t k = i; k-- > 0;) {
            auto back = client.modify(order[k]->modifyArgs(!undo));
            if (!back)
                rollback += "; rolling back `" + formatNmcliCall(order[k]->modifyArgs(!undo)) +
                            "` failed too: " + back.error().message;
        }
        const std::string what =
            rollback.empty()
                ? (i == 0 ? "; nothing was changed"
                          : "; the " + std::to_string(i) + " change(s) before it were rolled back")
                : rollback;
        if (rolledBack)
            *rolledBack = rollback.empty();
        core::Error e = r.error();
        e.message = "call " + std::to_string(i + 1) + " of " + std::to_string(order.size()) +
                    " failed: " + e.message + what;
        return e;
    }
    return {};
}

std::string nmPersistStateDir() {
    const char* state = std::getenv("XDG_STATE_HOME");
    std::string base;
    if (state && *state == '/') {
        base = state;
    } else {
        const char* home = std::getenv("HOME");
        base = std::string(home && *home ? home : "/root") + "/.local/state";
    }
    return base + "/splitroute/persist";
}

std::string nmBackupPath(const std::string& dir, const std::string& vpnUuid) {
    return dir + "/" + vpnUuid + ".json";
}

Result<void> writePrivateFile(const std::string& path, const std::string& text) {
    return core::writeFileBytesAtomically(path, text, 0600);
}

} // namespace splitroute::platform
