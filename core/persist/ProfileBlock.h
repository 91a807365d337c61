// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Making a split last in a plain OpenVPN client profile: the OpenVPN exporter's lines
// (pull-filter / route … net_gateway) written as one marked block at the end of a copy of the
// profile, and taken out again exactly.
//
//   # BEGIN splitroute v1
//   # Added by Splitroute: … (what it is, which plan and connection, how to remove it)
//   pull-filter ignore "redirect-gateway"
//   route 203.0.113.0 255.255.255.0 net_gateway
//   # END splitroute
//
// Every other byte of the profile stays as it was: a UTF-8 BOM, CRLF line ends (the block
// uses the line end of the profile's first line), inline blocks (<ca>…</ca>), a last line
// without a line break (the block then starts with a line break and ends without one, so
// that removing it gives back the original bytes).

#include "core/Result.h"
#include "core/plan/Planner.h"

#include <string>
#include <string_view>

namespace splitroute::core {

/// What the block's comment says and what errors name.
struct BlockOptions {
    std::string fileName;   ///< the profile's name, for error locations and the diff header
    std::string outputName; ///< the written copy's name (diff header, undo command); = fileName
    std::string planName;   ///< which plan / policy the split comes from ("" = not said)
    std::string connection; ///< which VPN connection it is for ("" = not said)
};

/// The new profile text and what changed.
struct ProfileEdit {
    std::string text;           ///< the whole new profile, bytes
    std::string diff;           ///< unifiedDiff(original, text): "--- fileName", "+++ outputName"
    bool replacedBlock = false; ///< the original already held a Splitroute block (replaced)
    int blockLine = 0;          ///< 1-based line of "# BEGIN splitroute" in `text`
};

/// The marker lines (without line end).
inline constexpr std::string_view kBlockBegin = "# BEGIN splitroute v1";
inline constexpr std::string_view kBlockEnd = "# END splitroute";

/// Where a Splitroute block is in a profile: byte range [begin, end) that removeSplitBlock
/// cuts out (marker lines, the lines between, and the line break that belongs to the block),
/// and the 1-based lines of its markers. `found` is false for a profile without one.
struct BlockSpan {
    bool found = false;
    std::size_t begin = 0;
    std::size_t end = 0;
    int beginLine = 0;
    int endLine = 0;
};

/// Finds our block. Errors (ErrorCode::InvalidArgument, with file and line) for a block this
/// code did not write: a BEGIN/END marker naming splitroute in another form than kBlockBegin
/// / kBlockEnd (another version, another comment character, text after it), a second BEGIN,
/// a BEGIN without END or an END without BEGIN. Marker-like lines inside inline blocks
/// (<ca>…</ca>) are certificate data, not markers; a profile OpenVPN itself cannot read
/// (missing end tag, bad quoting) is an error too.
[[nodiscard]] Result<BlockSpan> findSplitBlock(std::string_view text, const std::string& file = {});

/// A copy of `original` with the split of `plan` as the block at its end (an existing block
/// of ours is removed first, so saving again replaces it). Refused, changing nothing:
/// - a profile findSplitBlock refuses;
/// - an AWS Client VPN profile (remote cvpn-endpoint-….amazonaws.com or `auth-federate`):
///   the AWS VPN Client strips `pull-filter` — ErrorCode::Unsupported pointing to the keeper;
/// - a plan with nothing a profile can express (ErrorCode::InvalidArgument);
/// - a profile with an option that would keep the block from working (ErrorCode::
///   InvalidArgument, file and line of the first such option, the others named in the
///   message). OpenVPN tries pull-filters in file order and the first whose text the pushed
///   option starts with wins (apply_pull_filter: a case-sensitive prefix match), and
///   pull-filter only sees pushed options. So these defeat it:
///   - an earlier `pull-filter accept` or `reject` that is the first filter to match a pushed
///     option one of the block's `pull-filter ignore` lines targets (`accept "route"` before
///     `ignore "route 10.1.0.0 255.255.0.0"`; also the longer `accept "redirect-gateway
///     def1"`), unless an earlier user `ignore` already catches those (accept is moot under
///     `route-nopull`, which refuses pushed routes anyway);
///   - the profile's own `redirect-gateway` (for a family whose override the plan removes),
///     or its own `route`/`route-ipv6` for a tunnel route the plan deletes.
///   Harmless look-alikes pass: filters on other options, an earlier `pull-filter ignore`,
///   `route-nopull`, `redirect-private`, text inside inline blocks, and the lines of an
///   existing Splitroute block (it is replaced).
/// Comment lines are wrapped below OpenVPN's 256-byte line limit (a longer line's rest would
/// be read as an option of its own).
[[nodiscard]] Result<ProfileEdit> writeSplitBlock(std::string_view original, const Plan& plan,
                                                  const BlockOptions& options);

/// `text` without our block: exactly the bytes before writeSplitBlock added it. A profile
/// without a block is an error (ErrorCode::NotFound, "no Splitroute block in FILE"); refusals
/// as findSplitBlock.
[[nodiscard]] Result<std::string> removeSplitBlock(std::string_view text,
                                                   const std::string& file = {});

} // namespace splitroute::core
