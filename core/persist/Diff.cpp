// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/persist/Diff.h"

#include <algorithm>
#include <cstddef>

namespace splitroute::core {

std::vector<TextLine> splitTextLines(std::string_view text) {
    std::vector<TextLine> lines;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) {
            lines.push_back({text.substr(at), {}});
            break;
        }
        const bool cr = nl > at && text[nl - 1] == '\r';
        const std::size_t end = cr ? nl - 1 : nl;
        lines.push_back({text.substr(at, end - at), text.substr(end, nl + 1 - end)});
        at = nl + 1;
    }
    return lines;
}

namespace {

bool sameLine(const TextLine& a, const TextLine& b) {
    return a.text == b.text && a.eol == b.eol;
}

enum class Op { Keep, Remove, Add };
struct Step {
    Op op;
    std::size_t oldIndex; // valid for Keep and Remove
    std::size_t newIndex; // valid for Keep and Add
};

// The edit script old → new: common head and tail kept, the middle by an LCS table.
std::vector<Step> editScript(const std::vector<TextLine>& a, const std::vector<TextLine>& b) {
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && sameLine(a[head], b[head]))
        ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           sameLine(a[a.size() - 1 - tail], b[b.size() - 1 - tail]))
        ++tail;
    const std::size_t n = a.size() - head - tail;
    const std::size_t m = b.size() - head - tail;
    // lcs[i][j]: length of the LCS of a[head+i..] and b[head+j..] (middle part only).
    std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            lcs[i][j] = sameLine(a[head + i], b[head + j]) ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<Step> steps;
    for (std::size_t k = 0; k < head; ++k)
        steps.push_back({Op::Keep, k, k});
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && sameLine(a[head + i], b[head + j])) {
            steps.push_back({Op::Keep, head + i, head + j});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            steps.push_back({Op::Add, 0, head + j});
            ++j;
        } else {
            steps.push_back({Op::Remove, head + i, 0});
            ++i;
        }
    }
    // Removals before additions inside each run of changes, as diff prints them.
    for (std::size_t s = 0; s < steps.size();) {
        if (steps[s].op == Op::Keep) {
            ++s;
            continue;
        }
        std::size_t e = s;
        while (e < steps.size() && steps[e].op != Op::Keep)
            ++e;
        std::stable_partition(steps.begin() + static_cast<std::ptrdiff_t>(s),
                              steps.begin() + static_cast<std::ptrdiff_t>(e),
                              [](const Step& st) { return st.op == Op::Remove; });
        s = e;
    }
    for (std::size_t k = 0; k < tail; ++k)
        steps.push_back({Op::Keep, a.size() - tail + k, b.size() - tail + k});
    return steps;
}

// "start,count" of a hunk side; diff writes start-1 for an empty side and leaves out ",1".
std::string range(std::size_t first, std::size_t count) {
    std::string s = std::to_string(count == 0 ? first : first + 1);
    if (count != 1)
        s += "," + std::to_string(count);
    return s;
}

} // namespace

std::string unifiedDiff(std::string_view oldText, std::string_view newText,
                        const TextDiffOptions& options) {
    if (oldText == newText)
        return {};
    const std::vector<TextLine> a = splitTextLines(oldText);
    const std::vector<TextLine> b = splitTextLines(newText);
    const std::vector<Step> steps = editScript(a, b);
    const std::size_t context = static_cast<std::size_t>(std::max(0, options.context));

    std::string out = "--- " + options.oldName + "\n+++ " + options.newName + "\n";
    auto lineOut = [&](char mark, const TextLine& l) {
        out += mark;
        out += l.text;
        out += '\n';
        if (l.eol.empty())
            out += "\\ No newline at end of file\n";
    };
    std::size_t s = 0;
    while (s < steps.size()) {
        // The next change, its hunk starting `context` lines before it.
        std::size_t first = s;
        while (first < steps.size() && steps[first].op == Op::Keep)
            ++first;
        if (first == steps.size())
            break;
        const std::size_t begin = first - std::min(context, first - s);
        // Extend while the gap of kept lines to the next change is at most 2 * context.
        std::size_t end = first;
        for (;;) {
            while (end < steps.size() && steps[end].op != Op::Keep)
                ++end;
            std::size_t gap = end;
            while (gap < steps.size() && steps[gap].op == Op::Keep)
                ++gap;
            if (gap < steps.size() && gap - end <= 2 * context) {
                end = gap;
                continue;
            }
            end = std::min(gap, end + context);
            break;
        }
        std::size_t oldFirst = 0;
        std::size_t newFirst = 0;
        std::size_t oldCount = 0;
        std::size_t newCount = 0;
        bool oldSeen = false;
        bool newSeen = false;
        for (std::size_t k = begin; k < end; ++k) {
            const Step& st = steps[k];
            if (st.op != Op::Add) {
                if (!oldSeen)
                    oldFirst = st.oldIndex;
                oldSeen = true;
                ++oldCount;
            }
            if (st.op != Op::Remove) {
                if (!newSeen)
                    newFirst = st.newIndex;
                newSeen = true;
                ++newCount;
            }
        }
        // An empty side starts after the lines before the hunk on that side.
        if (!oldSeen) {
            oldFirst = 0;
            for (std::size_t k = 0; k < begin; ++k)
                if (steps[k].op != Op::Add)
                    ++oldFirst;
        }
        if (!newSeen) {
            newFirst = 0;
            for (std::size_t k = 0; k < begin; ++k)
                if (steps[k].op != Op::Remove)
                    ++newFirst;
        }
        out += "@@ -" + range(oldFirst, oldCount) + " +" + range(newFirst, newCount) + " @@\n";
        for (std::size_t k = begin; k < end; ++k) {
            const Step& st = steps[k];
            if (st.op == Op::Keep)
                lineOut(' ', a[st.oldIndex]);
            else if (st.op == Op::Remove)
                lineOut('-', a[st.oldIndex]);
            else
                lineOut('+', b[st.newIndex]);
        }
        s = end;
    }
    return out;
}

} // namespace splitroute::core
