// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace splitroute::core {

/// The whole file as bytes. Errors name the file ("cannot open 'x'", "cannot read 'x'").
[[nodiscard]] Result<std::string> readFileBytes(const std::string& path);

/// Writes `bytes` to `path` through a temporary file beside it and a rename, so that a reader
/// sees the old file or the new one, never a part; the directory is created when missing.
/// The file gets permission bits `mode` (on Windows only what std::filesystem maps); the
/// temporary file is owner-only before anything is written into it (a profile may hold a
/// key). A symbolic link is written through (its target is replaced, the link stays); a file
/// replaced keeps its owner and group where the process may set them (POSIX). Errors name the
/// file; on error nothing is left behind.
[[nodiscard]] Result<void> writeFileBytesAtomically(const std::string& path, std::string_view bytes,
                                                    unsigned mode);

/// The permission bits (07777) of the first of `paths` that exists, else `fallback`: what a
/// rewritten file keeps (the file it replaces, else the one it was made from).
[[nodiscard]] unsigned existingFileMode(std::initializer_list<std::string> paths,
                                        unsigned fallback);

} // namespace splitroute::core
