// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's I/O loop, independent of how input and output are waited for (HelperIo).

#include "platform/helper/HelperService.h"

#include <algorithm>
#include <cstring>

namespace splitroute::platform {

void OutputQueue::consume(std::size_t n) {
    m_pos += std::min(n, size());
    if (m_pos == m_buf.size()) {
        m_buf.clear();
        m_pos = 0;
    } else if (m_pos >= (std::size_t(1) << 20) && m_pos * 2 >= m_buf.size()) {
        m_buf.erase(0, m_pos); // keep the sent part from growing without end
        m_pos = 0;
    }
}

namespace {

/// Request lines as they arrive in chunks: complete lines are taken one at a time, a line
/// longer than the limit is discarded up to its newline.
class LineBuffer {
public:
    explicit LineBuffer(std::size_t maxLineBytes) : m_max(maxLineBytes) {}

    /// Appends a chunk; true when it ended a line longer than the limit without its newline
    /// (the line is being discarded and the caller answers with an error).
    bool append(std::string_view chunk) {
        if (m_skipping) {
            // Only what follows the oversized line's newline is kept.
            const auto nl = chunk.find('\n');
            if (nl == std::string_view::npos)
                return false;
            m_skipping = false;
            chunk.remove_prefix(nl + 1);
        }
        m_buf.append(chunk);
        if (!hasLine() && m_buf.size() - m_pos > m_max) {
            m_buf.resize(m_pos);
            m_scanned = m_pos;
            compact();
            m_skipping = true;
            return true;
        }
        return false;
    }
    /// Whether a complete line waits.
    bool hasLine() {
        if (m_nl == std::string::npos || m_nl < m_pos) {
            const void* nl = std::memchr(m_buf.data() + m_scanned, '\n', m_buf.size() - m_scanned);
            if (!nl) {
                m_scanned = m_buf.size();
                m_nl = std::string::npos;
                return false;
            }
            m_nl = static_cast<std::size_t>(static_cast<const char*>(nl) - m_buf.data());
        }
        return true;
    }
    /// The next complete line, without its newline; valid until the next call.
    std::string_view take() {
        std::string_view line(m_buf.data() + m_pos, m_nl - m_pos);
        m_pos = m_scanned = m_nl + 1;
        m_nl = std::string::npos;
        return line;
    }
    /// After the last take(): drops what was taken.
    void compact() {
        m_buf.erase(0, m_pos);
        m_scanned -= m_pos;
        m_pos = 0;
        m_nl = std::string::npos;
    }
    /// A last request without its newline, at the end of input (empty when none).
    std::string_view rest() const {
        return m_skipping ? std::string_view() : std::string_view(m_buf).substr(m_pos);
    }

private:
    std::size_t m_max;
    std::string m_buf;
    std::size_t m_pos = 0;                // start of the first line not taken
    std::size_t m_scanned = 0;            // bytes before this hold no newline past m_pos
    std::size_t m_nl = std::string::npos; // the newline ending the next line, once found
    bool m_skipping = false;              // inside an oversized line
};

} // namespace

int runHelperLoop(HelperService& service, HelperIo& io, OutputQueue* out,
                  const std::function<void()>& afterRequest) {
    const HelperOptions& options = service.options();
    LineBuffer lines(options.maxLineBytes);
    std::string chunk;
    bool inputEnded = false;
    int endStatus = 0;
    auto after = [&] {
        if (afterRequest)
            afterRequest();
    };
    auto handle = [&](std::string_view line) {
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            return; // blank lines are keep-alives
        service.handleLine(line, HelperService::Clock::now());
        after();
    };
    // Sends what the client will take now; false when it is gone.
    auto flush = [&] {
        while (out && !out->empty()) {
            auto n = io.writeSome(out->front());
            if (!n)
                return false;
            if (*n == 0)
                return true;
            out->consume(*n);
        }
        return true;
    };
    auto paused = [&] {
        return out && out->size() > options.pauseInputBytes;
    };
    // The client is gone or does not read: revert, and say why where it can still be read.
    auto disconnect = [&](int status) {
        service.shutdown("disconnect");
        after();
        (void)flush();
        return status;
    };

    for (;;) {
        while (!paused() && lines.hasLine())
            handle(lines.take());
        lines.compact();
        if (!flush())
            return disconnect(0);
        if (out && out->size() > options.maxQueuedBytes)
            return disconnect(1);
        if (inputEnded && !lines.hasLine()) {
            handle(lines.rest()); // a last request without its newline
            service.shutdown("disconnect");
            after();
            break;
        }

        std::optional<std::chrono::milliseconds> timeout;
        if (auto d = service.deadline()) {
            auto left =
                std::chrono::ceil<std::chrono::milliseconds>(*d - HelperService::Clock::now());
            timeout = std::chrono::milliseconds(std::clamp<long long>(left.count(), 0, 60000));
        }
        chunk.clear();
        const HelperIo::Status st =
            io.wait(timeout, chunk, !inputEnded && !paused(), out && !out->empty());
        if (st == HelperIo::Status::Retry)
            continue;
        if (st == HelperIo::Status::WaitError) {
            service.shutdown("error");
            after();
            return 1;
        }
        if (st == HelperIo::Status::Stop) {
            service.shutdown("signal");
            after();
            (void)flush(); // the "reverted" event, if the client still reads
            return 0;
        }
        service.tick(HelperService::Clock::now());
        after();
        if (st == HelperIo::Status::End || st == HelperIo::Status::ReadError) {
            inputEnded = true;
            endStatus = st == HelperIo::Status::ReadError ? 1 : 0;
        } else if (st == HelperIo::Status::Data && lines.append(chunk)) {
            service.handleOversizedLine();
        }
    }

    // Input has ended: what was said still reaches a client that reads it, unless it stops
    // reading for a minute or a stop signal comes.
    auto lastProgress = HelperService::Clock::now();
    while (out && !out->empty()) {
        const std::size_t before = out->size();
        if (!flush())
            break;
        if (out->size() < before)
            lastProgress = HelperService::Clock::now();
        if (out->empty() || HelperService::Clock::now() - lastProgress > std::chrono::minutes(1))
            break;
        const auto st = io.wait(std::chrono::seconds(1), chunk, false, true);
        if (st == HelperIo::Status::Stop || st == HelperIo::Status::WaitError)
            break;
    }
    return endStatus;
}

} // namespace splitroute::platform
