// SPDX-License-Identifier: GPL-3.0-or-later
// Journal's file operations on POSIX: openat() relative to the state directory, fsync() of
// the file and of the directory, flock() for the single-instance lock.

#include "platform/helper/HelperOs.h"
#include "platform/helper/Journal.h"

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

using helperos::osError;

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

core::Result<std::optional<std::string>> Journal::readText(const char* name) const {
    int fd = ::openat(m_dirFd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::optional<std::string>{};
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
    return std::optional<std::string>(std::move(text));
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

core::Result<void> Journal::rename(const char* from, const std::string& to) {
    if (::renameat(m_dirFd, from, m_dirFd, to.c_str()) != 0)
        return osError("cannot rename " + std::string(from) + " to " + to + " in " + m_dir, errno);
    return syncDir();
}

} // namespace splitroute::platform
