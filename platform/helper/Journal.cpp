#include "platform/helper/Journal.h"

#include "core/RouteJson.h"

#include <cerrno>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace splitroute::platform {

using core::ErrorCode;
using core::makeError;
using nlohmann::json;

namespace {
constexpr const char* kPending = "journal.json";
constexpr const char* kLast = "last-applied.json";

core::Error osError(const std::string& what, int err) {
    core::Error e =
        makeError(err == EACCES || err == EPERM ? ErrorCode::PermissionDenied : ErrorCode::Io,
                  what + ": " + std::strerror(err));
    e.sysErrno = err;
    return e;
}
} // namespace

const char* journalStateName(JournalRecord::State s) {
    switch (s) {
    case JournalRecord::State::Applying:
        return "applying";
    case JournalRecord::State::Pending:
        return "pending";
    case JournalRecord::State::Confirmed:
        return "confirmed";
    }
    return "applying";
}

json toJson(const JournalRecord& r) {
    json j{{"format", "splitroute-journal"},
           {"version", 1},
           {"state", journalStateName(r.state)},
           {"transaction", r.transaction},
           {"createdAt", r.createdAt},
           {"confirmDeadline", r.confirmDeadline},
           {"changes", r.changes},
           {"inverse", core::toJson(r.inverse)}};
    j["peerUid"] = r.peerUid ? json(*r.peerUid) : json(nullptr);
    return j;
}

core::Result<JournalRecord> journalRecordFromJson(const json& j) {
    auto bad = [](const std::string& what) {
        return makeError(ErrorCode::Parse, "journal: " + what);
    };
    if (!j.is_object() || j.value("format", "") != "splitroute-journal")
        return bad("not a splitroute journal");
    if (!j.contains("version") || j["version"] != 1)
        return bad("unsupported version");
    JournalRecord r;
    const std::string state = j.value("state", "");
    if (state == "applying")
        r.state = JournalRecord::State::Applying;
    else if (state == "pending")
        r.state = JournalRecord::State::Pending;
    else if (state == "confirmed")
        r.state = JournalRecord::State::Confirmed;
    else
        return bad("unknown state '" + state + "'");
    if (!j.contains("transaction") || !j["transaction"].is_number_unsigned())
        return bad("missing transaction");
    r.transaction = j["transaction"].get<std::uint64_t>();
    if (j.contains("createdAt") && j["createdAt"].is_number_integer())
        r.createdAt = j["createdAt"].get<std::int64_t>();
    if (j.contains("confirmDeadline") && j["confirmDeadline"].is_number_integer())
        r.confirmDeadline = j["confirmDeadline"].get<std::int64_t>();
    if (j.contains("changes") && j["changes"].is_number_unsigned())
        r.changes = j["changes"].get<std::size_t>();
    if (j.contains("peerUid") && j["peerUid"].is_number_unsigned())
        r.peerUid = j["peerUid"].get<std::uint32_t>();
    if (!j.contains("inverse"))
        return bad("missing inverse");
    auto inv = core::changeSetFromJson(j["inverse"]);
    if (!inv)
        return bad(inv.error().message);
    r.inverse = std::move(inv).value();
    return r;
}

Journal::~Journal() {
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the flock
    if (m_dirFd >= 0)
        ::close(m_dirFd);
}

core::Result<void> Journal::open(const std::string& dir) {
    if (dir.empty() || dir[0] != '/')
        return makeError(ErrorCode::InvalidArgument, "state directory must be absolute: " + dir);
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
        return osError("cannot create " + dir, errno);
    // O_NOFOLLOW: a symlink planted at the state directory's path is refused, not followed.
    m_dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (m_dirFd < 0)
        return osError("cannot open state directory " + dir, errno);
    struct stat st {};
    if (::fstat(m_dirFd, &st) != 0)
        return osError("cannot stat " + dir, errno);
    if (st.st_uid != ::geteuid() || (st.st_mode & 022) != 0)
        return makeError(ErrorCode::PermissionDenied,
                         "state directory " + dir +
                             " must be owned by this user and not writable by others");
    m_lockFd = ::openat(m_dirFd, "lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_lockFd < 0)
        return osError("cannot open " + dir + "/lock", errno);
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK)
            return makeError(ErrorCode::Exists,
                             "another splitroute-helper is running (" + dir + "/lock is held)");
        return osError("cannot lock " + dir + "/lock", errno);
    }
    m_dir = dir;
    return {};
}

core::Result<std::optional<JournalRecord>> Journal::read(const char* name) const {
    int fd = ::openat(m_dirFd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::optional<JournalRecord>{};
        return osError("cannot open " + m_dir + "/" + name, errno);
    }
    std::string text;
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int err = errno;
            ::close(fd);
            return osError("cannot read " + m_dir + "/" + name, err);
        }
        if (n == 0)
            break;
        text.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded())
        return makeError(ErrorCode::Parse, m_dir + "/" + name + ": not valid JSON");
    auto r = journalRecordFromJson(j);
    if (!r)
        return makeError(ErrorCode::Parse, m_dir + "/" + name + ": " + r.error().message);
    return std::optional<JournalRecord>(std::move(r).value());
}

core::Result<std::optional<JournalRecord>> Journal::readPending() const {
    return read(kPending);
}
core::Result<std::optional<JournalRecord>> Journal::readLast() const {
    return read(kLast);
}

core::Result<void> Journal::syncDir() {
    if (::fsync(m_dirFd) != 0)
        return osError("fsync of " + m_dir + " failed", errno);
    return {};
}

core::Result<void> Journal::writeAtomically(const char* name, const std::string& text) {
    const std::string tmp = std::string(name) + ".tmp";
    int fd =
        ::openat(m_dirFd, tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return osError("cannot create " + m_dir + "/" + tmp, errno);
    std::size_t off = 0;
    while (off < text.size()) {
        ssize_t n = ::write(fd, text.data() + off, text.size() - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int err = errno;
            ::close(fd);
            return osError("cannot write " + m_dir + "/" + tmp, err);
        }
        off += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        int err = errno;
        ::close(fd);
        return osError("fsync of " + m_dir + "/" + tmp + " failed", err);
    }
    if (::close(fd) != 0)
        return osError("cannot close " + m_dir + "/" + tmp, errno);
    if (::renameat(m_dirFd, tmp.c_str(), m_dirFd, name) != 0)
        return osError("cannot rename " + tmp + " to " + name + " in " + m_dir, errno);
    return syncDir();
}

core::Result<void> Journal::remove(const char* name) {
    if (::unlinkat(m_dirFd, name, 0) != 0 && errno != ENOENT)
        return osError("cannot remove " + m_dir + "/" + name, errno);
    return syncDir();
}

core::Result<void> Journal::writePending(const JournalRecord& r) {
    return writeAtomically(kPending, toJson(r).dump() + "\n");
}

core::Result<void> Journal::commitPending(JournalRecord r) {
    // last-applied.json is replaced atomically first, journal.json removed second. A crash
    // in between leaves both naming the same transaction, which HelperService::start()
    // recognises as committed (it drops journal.json instead of rolling back).
    r.state = JournalRecord::State::Confirmed;
    r.confirmDeadline = 0;
    if (auto w = writeAtomically(kLast, toJson(r).dump() + "\n"); !w)
        return w;
    return remove(kPending);
}

core::Result<void> Journal::removePending() {
    return remove(kPending);
}
core::Result<void> Journal::removeLast() {
    return remove(kLast);
}

core::Result<void> Journal::quarantinePending(std::uint64_t transaction) {
    const std::string name = "journal.failed-" + std::to_string(transaction) + ".json";
    if (::renameat(m_dirFd, kPending, m_dirFd, name.c_str()) != 0)
        return osError("cannot rename journal.json to " + name + " in " + m_dir, errno);
    return syncDir();
}

} // namespace splitroute::platform
