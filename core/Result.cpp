// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Result.h"

namespace splitroute::core {

std::string SourceLocation::toString() const {
    std::string s = file;
    if (line > 0) {
        if (!s.empty())
            s += ':';
        s += std::to_string(line);
        if (column > 0)
            s += ':' + std::to_string(column);
    }
    return s;
}

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::Parse:
        return "parse";
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::HostBitsSet:
        return "host-bits-set";
    case ErrorCode::OutOfRange:
        return "out-of-range";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::Exists:
        return "exists";
    case ErrorCode::NoDevice:
        return "no-device";
    case ErrorCode::NetUnreachable:
        return "net-unreachable";
    case ErrorCode::PermissionDenied:
        return "permission-denied";
    case ErrorCode::Forbidden:
        return "forbidden";
    case ErrorCode::Protocol:
        return "protocol";
    case ErrorCode::Timeout:
        return "timeout";
    case ErrorCode::System:
        return "system";
    case ErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

std::string Error::toString() const {
    std::string loc = where.toString();
    return loc.empty() ? message : loc + ": " + message;
}

const char* severityName(Severity s) {
    switch (s) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "error";
}

std::string Diagnostic::toString() const {
    std::string loc = where.toString();
    std::string s = loc.empty() ? std::string() : loc + ": ";
    return s + severityName(severity) + ": " + message;
}

} // namespace splitroute::core
