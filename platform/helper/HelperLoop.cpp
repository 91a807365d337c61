// The helper's I/O loop, independent of how input is waited for (HelperInput).

#include "platform/helper/HelperService.h"

#include <algorithm>
#include <cstring>

namespace splitroute::platform {

int runHelperLoop(HelperService& service, HelperInput& input, std::size_t maxLineBytes,
                  const std::function<void()>& afterRequest) {
    std::string buf;
    std::size_t scanned = 0; // bytes of buf known to hold no newline
    bool skipping = false;   // inside an oversized line, discarding up to its newline
    std::string chunk;
    auto handle = [&](std::string_view line) {
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            return; // blank lines are keep-alives
        service.handleLine(line, HelperService::Clock::now());
        if (afterRequest)
            afterRequest();
    };
    for (;;) {
        std::optional<std::chrono::milliseconds> timeout;
        if (auto d = service.deadline()) {
            auto left =
                std::chrono::ceil<std::chrono::milliseconds>(*d - HelperService::Clock::now());
            timeout = std::chrono::milliseconds(std::clamp<long long>(left.count(), 0, 60000));
        }
        chunk.clear();
        const HelperInput::Status st = input.wait(timeout, chunk);
        if (st == HelperInput::Status::Retry)
            continue;
        if (st == HelperInput::Status::WaitError) {
            service.shutdown("error");
            return 1;
        }
        if (st == HelperInput::Status::Stop) {
            service.shutdown("signal");
            if (afterRequest)
                afterRequest();
            return 0;
        }
        service.tick(HelperService::Clock::now());
        if (afterRequest)
            afterRequest();
        if (st == HelperInput::Status::Timeout)
            continue;
        if (st == HelperInput::Status::End || st == HelperInput::Status::ReadError) {
            if (!skipping && !buf.empty())
                handle(buf); // a last request without its newline
            service.shutdown("disconnect");
            if (afterRequest)
                afterRequest();
            return st == HelperInput::Status::ReadError ? 1 : 0;
        }
        buf.append(chunk);
        std::size_t start = 0;
        for (;;) {
            const void* nl = std::memchr(buf.data() + scanned, '\n', buf.size() - scanned);
            if (!nl)
                break;
            const auto pos = static_cast<std::size_t>(static_cast<const char*>(nl) - buf.data());
            if (skipping)
                skipping = false;
            else
                handle(std::string_view(buf).substr(start, pos - start));
            start = pos + 1;
            scanned = start;
        }
        buf.erase(0, start);
        scanned = buf.size();
        if (skipping) {
            buf.clear();
            scanned = 0;
        } else if (buf.size() > maxLineBytes) {
            service.handleOversizedLine();
            skipping = true;
            buf.clear();
            scanned = 0;
        }
    }
}

} // namespace splitroute::platform
