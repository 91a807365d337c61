// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace splitroute::core {

/// Where in a source text something was found. line and column are 1-based; 0 means unknown.
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;

    /// "file:line:column", leaving out what is unknown.
    [[nodiscard]] std::string toString() const;
};

/// Error categories shared by core, platform and the helper protocol.
enum class ErrorCode {
    Parse,            ///< malformed input text
    InvalidArgument,  ///< well-formed but not acceptable (e.g. netmask not contiguous)
    HostBitsSet,      ///< a prefix with bits set past its length
    OutOfRange,       ///< number or length out of range
    Unsupported,      ///< recognised but not supported
    Io,               ///< file could not be read or written
    NotFound,         ///< ESRCH / ERROR_NOT_FOUND
    Exists,           ///< EEXIST / ERROR_OBJECT_ALREADY_EXISTS
    NoDevice,         ///< ENODEV: interface does not exist
    NetUnreachable,   ///< ENETUNREACH (IPv4), EHOSTUNREACH (IPv6): gateway not reachable
    PermissionDenied, ///< EPERM / EACCES / ERROR_ACCESS_DENIED
    Forbidden,        ///< refused by policy (helper)
    Protocol,         ///< helper protocol violation
    Timeout,
    System, ///< any other OS error; see Error::sysErrno
    Internal,
};

/// Stable lower-case name of an ErrorCode (used in JSON output and the helper protocol).
[[nodiscard]] const char* errorCodeName(ErrorCode code);

/// An expected failure: a code, a human readable message and (for parsers) a location.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
    SourceLocation where;
    int sysErrno = 0; ///< OS error number when the error came from the OS

    /// "file:line:column: message" (location parts only when known).
    [[nodiscard]] std::string toString() const;
};

[[nodiscard]] inline Error makeError(ErrorCode code, std::string message,
                                     SourceLocation where = {}) {
    return Error{code, std::move(message), std::move(where), 0};
}

/// A value or an Error. Expected failures are values, not exceptions.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & {
        assert(ok());
        return std::get<0>(m_v);
    }
    [[nodiscard]] const T& value() const& {
        assert(ok());
        return std::get<0>(m_v);
    }
    [[nodiscard]] T&& value() && {
        assert(ok());
        return std::get<0>(std::move(m_v));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const {
        assert(!ok());
        return std::get<1>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    [[nodiscard]] const Error& error() const {
        assert(!m_ok);
        return m_error;
    }

private:
    bool m_ok = true;
    Error m_error;
};

/// Severity of a diagnostic or finding.
enum class Severity { Info, Warning, Error };
[[nodiscard]] const char* severityName(Severity s);

/// A non-fatal message about input, with its location (importers, profile parser).
struct Diagnostic {
    Severity severity = Severity::Warning;
    std::string code; ///< short stable identifier, e.g. "unparsed-line", "script-option"
    std::string message;
    SourceLocation where;

    [[nodiscard]] std::string toString() const;
};

} // namespace splitroute::core
