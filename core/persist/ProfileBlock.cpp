// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/persist/ProfileBlock.h"

#include "core/export/Exporter.h"
#include "core/export/OpenVpnExporter.h"
#include "core/persist/Diff.h"
#include "core/plan/TunnelContext.h"
#include "core/vpn/OvpnLexer.h"
#include "core/vpn/ProfileParser.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <vector>

namespace splitroute::core {

namespace {

// Comment lines are kept well under OpenVPN's 256-byte read size (OPTION_LINE_SIZE): fgets
// would hand the rest of a longer line to the parser as a line of its own.
constexpr std::size_t kMaxCommentLine = 200;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Whether a line looks like a BEGIN/END marker naming splitroute: a comment ("#" or ";",
// any number of them) whose words start with "begin splitroute" / "end splitroute".
enum class MarkerKind { None, Begin, End };
MarkerKind markerKind(std::string_view line) {
    std::size_t i = line.find_first_not_of(" \t");
    if (i == std::string_view::npos || (line[i] != '#' && line[i] != ';'))
        return MarkerKind::None;
    i = line.find_first_not_of("#; \t", i);
    if (i == std::string_view::npos)
        return MarkerKind::None;
    const std::string rest = lower(line.substr(i));
    auto startsWords = [&](std::string_view word) {
        if (rest.rfind(word, 0) != 0)
            return false;
        const std::size_t j = rest.find_first_not_of(" \t", word.size());
        return j != word.size() && j != std::string::npos &&
               rest.compare(j, std::string_view("splitroute").size(), "splitroute") == 0;
    };
    if (startsWords("begin"))
        return MarkerKind::Begin;
    if (startsWords("end"))
        return MarkerKind::End;
    return MarkerKind::None;
}

std::string lineEndOf(std::string_view text) {
    const std::size_t nl = text.find('\n');
    if (nl != std::string_view::npos && nl > 0 && text[nl - 1] == '\r')
        return "\r\n";
    return "\n";
}

// Control characters (line breaks above all) would end a comment line early.
std::string oneLine(std::string_view s) {
    std::string out;
    for (char c : s)
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
    return out;
}

// "# text" split into comment lines of at most kMaxCommentLine bytes, at spaces where there
// are any, never inside a UTF-8 sequence.
std::vector<std::string> wrapComment(const std::string& line) {
    std::vector<std::string> out;
    std::string rest = line;
    while (rest.size() > kMaxCommentLine) {
        // Past the continuation prefix ("#   "): a cut there would make no progress.
        constexpr std::size_t kPrefix = 4;
        std::size_t cut = rest.rfind(' ', kMaxCommentLine);
        if (cut == std::string::npos || cut <= kPrefix) {
            cut = kMaxCommentLine;
            while (cut > kPrefix && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80)
                --cut;
        }
        out.push_back(rest.substr(0, cut));
        std::size_t next = rest.find_first_not_of(' ', cut);
        rest = "#   " + (next == std::string::npos ? std::string() : rest.substr(next));
    }
    out.push_back(rest);
    return out;
}

Error refuse(ErrorCode code, std::string message, const std::string& file, int line) {
    return makeError(code, std::move(message), SourceLocation{file, line, line > 0 ? 1 : 0});
}

// What the block needs from OpenVPN to work: the pushed options its `pull-filter ignore` lines
// must drop, the redirect-gateway families whose override the plan removes, and the tunnel
// routes it deletes. Mirrors openVpnProfileLines (which writes the lines from the same plan).
struct BlockNeeds {
    std::vector<std::string> ignores;  ///< the block's `pull-filter ignore` texts
    std::array<bool, 2> noOverride{};  ///< [V4, V6]: the plan removes the default override
    std::vector<Prefix> deletedRoutes; ///< pushed tunnel routes the plan deletes
};

BlockNeeds blockNeeds(const Plan& plan, const VpnProfile& block) {
    BlockNeeds needs;
    for (const auto& f : block.pullFilters)
        if (f.action == PullFilter::Action::Ignore)
            needs.ignores.push_back(f.text);
    const std::string& tun = plan.tunnelDevice;
    for (const auto& c : plan.changes.changes) {
        const Route& r = c.route;
        if (c.kind != ChangeKind::Delete || tun.empty() || r.interface.str() != tun ||
            r.protocol == proto::Splitroute)
            continue;
        if (isOverridePrefix(r.destination) || r.destination.isDefault())
            needs.noOverride[r.family() == Family::V6 ? 1 : 0] = true;
        else
            needs.deletedRoutes.push_back(r.destination);
    }
    return needs;
}

// OpenVPN's apply_pull_filter: strncmp(pushed, pattern, strlen(pattern)) == 0, case-sensitive.
bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// An option as a person would write it: `pull-filter accept "redirect-gateway"`.
std::string optionText(const ProfileOption& o) {
    std::string s = o.name;
    for (std::size_t i = 0; i < o.args.size(); ++i) {
        const std::string& a = o.args[i];
        const bool quote = (o.name == "pull-filter" && i == 1) || a.empty() ||
                           a.find_first_of(" \t\"'#;") != std::string::npos;
        if (!quote) {
            s += " " + a;
            continue;
        }
        s += " \"";
        for (char c : a) {
            if (c == '"' || c == '\\')
                s += '\\';
            s += c;
        }
        s += '"';
    }
    return "`" + oneLine(s) + "`";
}

struct Defeat {
    int line = 0;
    std::string what; ///< the defeating option, as optionText
    std::string why;  ///< the rest of the sentence
};

// The user's options that keep the block from working, in file order. Options inside an
// existing Splitroute block (lines `skipFrom`..`skipTo`) are ours: that block is replaced.
std::vector<Defeat> findDefeats(const VpnProfile& profile, const BlockNeeds& needs, int skipFrom,
                                int skipTo) {
    auto ours = [&](const SourceLocation& w) {
        return skipFrom > 0 && w.line >= skipFrom && w.line <= skipTo;
    };
    std::vector<Defeat> out;

    // 1. An earlier accept/reject that is the first filter to match a pushed option one of
    //    the block's ignore lines is there for. Pushed options that start with both texts
    //    start with the longer one; the first user filter whose text starts that one decides
    //    for all of them (an earlier ignore there is harmless). route-nopull refuses pushed
    //    routes whatever a filter accepts, so only reject matters then.
    std::vector<const ProfileOption*> filters;
    for (const auto& o : profile.options)
        if (o.name == "pull-filter" && o.args.size() == 2 && !o.inlineBlock &&
            o.origin == OptionOrigin::Config && !ours(o.where) &&
            (o.args[0] == "accept" || o.args[0] == "ignore" || o.args[0] == "reject"))
            filters.push_back(&o);
    for (std::size_t k = 0; k < filters.size(); ++k) {
        const ProfileOption& f = *filters[k];
        const std::string& action = f.args[0];
        const std::string& text = f.args[1];
        if (action == "ignore" || (action == "accept" && profile.routeNopull))
            continue;
        for (const std::string& ignore : needs.ignores) {
            if (!startsWith(ignore, text) && !startsWith(text, ignore))
                continue;
            const std::string& longer = text.size() > ignore.size() ? text : ignore;
            const bool shadowed =
                std::any_of(filters.begin(), filters.begin() + static_cast<std::ptrdiff_t>(k),
                            [&](auto* g) { return startsWith(longer, g->args[1]); });
            if (shadowed)
                continue;
            out.push_back(
                {f.where.line, optionText(f),
                 "comes before the Splitroute block and wins over its `pull-filter ignore \"" +
                     oneLine(ignore) +
                     "\"` (OpenVPN uses the first pull-filter whose text the "
                     "pushed option starts with" +
                     (action == "reject" ? std::string(", and reject drops the connection") : "") +
                     "); remove it or move it after the block"});
            break;
        }
    }

    // 2. The profile's own redirect-gateway / route: not pushed, so no pull-filter drops it.
    if (needs.noOverride[0] || needs.noOverride[1]) {
        for (const auto& o : profile.options) {
            if (o.name != "redirect-gateway" || o.inlineBlock || ours(o.where))
                continue;
            const bool v4 = std::find(o.args.begin(), o.args.end(), "!ipv4") == o.args.end();
            const bool v6 = std::find(o.args.begin(), o.args.end(), "ipv6") != o.args.end();
            const bool v4Hit = v4 && needs.noOverride[0];
            const bool v6Hit = v6 && needs.noOverride[1];
            if (!v4Hit && !v6Hit)
                continue;
            out.push_back({o.where.line, optionText(o),
                           "is the profile's own, not pushed: OpenVPN sends " +
                               std::string(v4Hit && v6Hit ? "IPv4 and IPv6"
                                           : v4Hit        ? "IPv4"
                                                          : "IPv6") +
                               " traffic into the tunnel by it, and the Splitroute block's "
                               "`pull-filter ignore \"redirect-gateway\"` only drops pushed "
                               "options, while the plan keeps other traffic outside the tunnel; "
                               "remove it"});
        }
    }
    auto checkRoutes = [&](const std::vector<ProfileRoute>& routes, const char* kind) {
        for (const auto& r : routes) {
            if (r.origin != OptionOrigin::Config || ours(r.where) || !r.prefix ||
                r.gatewayKind == GatewayKind::NetGateway ||
                r.gatewayKind == GatewayKind::RemoteHost)
                continue;
            if (std::find(needs.deletedRoutes.begin(), needs.deletedRoutes.end(), *r.prefix) ==
                needs.deletedRoutes.end())
                continue;
            out.push_back({r.where.line, "`" + oneLine(r.text) + "`",
                           std::string("is the profile's own ") + kind +
                               ", not pushed: the plan takes " + r.prefix->toString() +
                               " out of the tunnel, but the Splitroute block's pull-filter only "
                               "drops pushed options and cannot delete a route the profile "
                               "adds; remove it"});
        }
    };
    checkRoutes(profile.routes, "route");
    checkRoutes(profile.routes6, "route-ipv6");
    std::stable_sort(out.begin(), out.end(),
                     [](const Defeat& a, const Defeat& b) { return a.line < b.line; });
    return out;
}

} // namespace

Result<BlockSpan> findSplitBlock(std::string_view text, const std::string& file) {
    const std::string name = file.empty() ? std::string("the profile") : file;
    // Lines inside inline blocks (<ca>…</ca>) are data, whatever they look like.
    auto lexed = OvpnLexer(text, file).lexFile();
    if (!lexed)
        return lexed.error();
    std::vector<std::pair<int, int>> inlineLines; // [first, last] body lines
    for (const auto& d : lexed->directives)
        if (d.inlineBlock && !d.tokens.empty())
            inlineLines.emplace_back(d.tokens[0].where.line + 1, d.endLine - 1);
    auto inInline = [&](int line) {
        return std::any_of(inlineLines.begin(), inlineLines.end(),
                           [&](const auto& r) { return line >= r.first && line <= r.second; });
    };

    BlockSpan span;
    bool open = false;
    std::size_t beginLineStart = 0;
    const std::vector<TextLine> lines = splitTextLines(text);
    std::size_t offset = 0;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const int lineNo = static_cast<int>(k) + 1;
        std::string_view body = lines[k].text;
        if (k == 0 && body.substr(0, 3) == "\xEF\xBB\xBF")
            body.remove_prefix(3);
        const std::size_t lineStart = offset;
        offset += lines[k].text.size() + lines[k].eol.size();
        if (inInline(lineNo))
            continue;
        const MarkerKind kind = markerKind(body);
        if (kind == MarkerKind::None)
            continue;
        const bool exact = kind == MarkerKind::Begin ? body == kBlockBegin : body == kBlockEnd;
        if (!exact)
            return refuse(ErrorCode::InvalidArgument,
                          name + " line " + std::to_string(lineNo) + ": \"" + oneLine(body) +
                              "\" is not a marker Splitroute writes (expected \"" +
                              std::string(kind == MarkerKind::Begin ? kBlockBegin : kBlockEnd) +
                              "\"); the block was written or edited by someone else, so it is "
                              "left alone. Remove or fix it by hand first.",
                          file, lineNo);
        if (kind == MarkerKind::Begin) {
            if (open || span.found)
                return refuse(ErrorCode::InvalidArgument,
                              name + " line " + std::to_string(lineNo) + ": a second \"" +
                                  std::string(kBlockBegin) + "\" (the first is at line " +
                                  std::to_string(span.beginLine) +
                                  "); a profile holds one Splitroute block. Remove one by hand "
                                  "first.",
                              file, lineNo);
            open = true;
            span.beginLine = lineNo;
            beginLineStart = lineStart;
        } else {
            if (!open)
                return refuse(ErrorCode::InvalidArgument,
                              name + " line " + std::to_string(lineNo) + ": \"" +
                                  std::string(kBlockEnd) + "\" without \"" +
                                  std::string(kBlockBegin) +
                                  "\" before it. Remove or fix it by hand first.",
                              file, lineNo);
            open = false;
            span.found = true;
            span.endLine = lineNo;
            span.begin = beginLineStart;
            span.end = offset;
            // A block at the very end without a line break was appended to a profile whose
            // last line had none: the line break before it belongs to the block.
            if (lines[k].eol.empty() && span.begin > 0) {
                span.begin -= 1;
                if (span.begin > 0 && text[span.begin - 1] == '\r')
                    span.begin -= 1;
            }
        }
    }
    if (open)
        return refuse(ErrorCode::InvalidArgument,
                      name + " line " + std::to_string(span.beginLine) + ": \"" +
                          std::string(kBlockBegin) + "\" without \"" + std::string(kBlockEnd) +
                          "\" after it. Remove or fix it by hand first.",
                      file, span.beginLine);
    return span;
}

Result<std::string> removeSplitBlock(std::string_view text, const std::string& file) {
    auto span = findSplitBlock(text, file);
    if (!span)
        return span.error();
    if (!span->found)
        return makeError(ErrorCode::NotFound,
                         "no Splitroute block (\"" + std::string(kBlockBegin) + "\") in " +
                             (file.empty() ? std::string("the profile") : file),
                         SourceLocation{file, 0, 0});
    std::string out(text.substr(0, span->begin));
    out.append(text.substr(span->end));
    return out;
}

Result<ProfileEdit> writeSplitBlock(std::string_view original, const Plan& plan,
                                    const BlockOptions& options) {
    const std::string& file = options.fileName;
    const std::string name = file.empty() ? std::string("the profile") : file;
    const std::string output = options.outputName.empty() ? file : options.outputName;

    auto profile = parseProfile(original, file);
    if (!profile)
        return profile.error();
    if (profile->aws || profile->authFederate) {
        int line = 0;
        for (const auto& d : profile->diagnostics)
            if (d.code == "aws-only-option" && line == 0)
                line = d.where.line;
        for (const auto& r : profile->remotes) {
            std::string id;
            std::string region;
            if (line == 0 && parseAwsEndpointHost(r.host, id, region))
                line = r.where.line;
        }
        return refuse(ErrorCode::Unsupported,
                      name + " is an AWS Client VPN profile" +
                          (profile->aws ? " (remote " + profile->awsEndpointId + ")"
                                        : std::string(" (auth-federate)")) +
                          ": the AWS VPN Client strips pull-filter and enforces its own routes, "
                          "so a block in the profile would not last. Keep the split with the "
                          "keeper instead: splitroute-cli keep (README, \"Keeping a split\").",
                      file, line);
    }

    auto span = findSplitBlock(original, file);
    if (!span)
        return span.error();
    std::string base(original);
    if (span->found)
        base =
            std::string(original.substr(0, span->begin)) + std::string(original.substr(span->end));

    const std::string directives = openVpnProfileLines(plan);
    if (directives.empty())
        return refuse(ErrorCode::InvalidArgument,
                      "the plan changes nothing an OpenVPN profile can say (no pull-filter or "
                      "route line); " +
                          name + " is left as it is",
                      file, 0);

    // A block OpenVPN would not obey is refused rather than written.
    auto blockProfile = parseProfile(directives, "block");
    if (!blockProfile)
        return blockProfile.error();
    const std::vector<Defeat> defeats =
        findDefeats(*profile, blockNeeds(plan, *blockProfile), span->found ? span->beginLine : 0,
                    span->found ? span->endLine : 0);
    if (!defeats.empty()) {
        const Defeat& first = defeats.front();
        std::string message = name + " line " + std::to_string(first.line) + ": " + first.what +
                              " " + first.why + ".";
        if (defeats.size() > 1) {
            message += " Also in the way:";
            for (std::size_t i = 1; i < defeats.size(); ++i)
                message += (i > 1 ? ", line " : " line ") + std::to_string(defeats[i].line) + " (" +
                           defeats[i].what + ")";
            message += ".";
        }
        return refuse(ErrorCode::InvalidArgument, message + " " + name + " is left as it is.", file,
                      first.line);
    }

    std::vector<std::string> lines;
    lines.emplace_back(kBlockBegin);
    std::string what = "# Added by Splitroute: the split";
    if (!options.planName.empty())
        what += " of plan \"" + oneLine(options.planName) + "\"";
    if (!options.connection.empty())
        what += " for the connection \"" + oneLine(options.connection) + "\"";
    lines.push_back(what + ".");
    lines.emplace_back("# OpenVPN reads these lines at every connect. To remove them, run");
    lines.push_back("#   splitroute-cli persist --undo --profile " +
                    oneLine(output.empty() ? std::string("PROFILE") : output));
    lines.emplace_back("# or delete everything from BEGIN to END splitroute, and reconnect.");
    std::string describe = exportdetail::describe(plan, "# ");
    for (const TextLine& l : splitTextLines(describe))
        lines.emplace_back(l.text);
    for (const TextLine& l : splitTextLines(directives))
        lines.emplace_back(l.text);
    lines.emplace_back(kBlockEnd);

    const std::string eol = lineEndOf(base);
    const bool noFinalBreak = !base.empty() && base.back() != '\n';
    std::string block;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const bool marker = i == 0 || i + 1 == lines.size();
        std::vector<std::string> wrapped =
            !marker && line.rfind('#', 0) == 0 ? wrapComment(line) : std::vector<std::string>{line};
        for (std::string& w : wrapped) {
            // A comment (a label, a name) must not read as a marker when the block is found
            // again.
            if (!marker && markerKind(w) != MarkerKind::None)
                w.insert(w.find('#') + 1, " -");
            block += w;
            block += eol;
        }
    }
    ProfileEdit edit;
    edit.replacedBlock = span->found;
    if (noFinalBreak) {
        // The block starts with the line break the last line lacked and ends without one.
        block.erase(block.size() - eol.size());
        edit.text = base + eol + block;
    } else {
        edit.text = base + block;
    }
    edit.blockLine =
        static_cast<int>(std::count(base.begin(), base.end(), '\n')) + (noFinalBreak ? 2 : 1);
    edit.diff =
        unifiedDiff(original, edit.text,
                    {file.empty() ? "profile" : file, output.empty() ? "profile" : output, 3});
    return edit;
}

} // namespace splitroute::core
