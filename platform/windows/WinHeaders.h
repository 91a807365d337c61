// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Windows headers the IP Helper backend needs, in the order they must come
// (winsock2 before windows.h; iphlpapi pulls in netioapi for Vista and later).

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0A00 // Windows 10: the *2 IP Helper functions exist since Vista
#endif

// clang-format off
#include <winsock2.h>
#include <ws2ipdef.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <iphlpapi.h>
#include <netioapi.h>
#include <knownfolders.h>
#include <sddl.h>
#include <shellapi.h>
#include <shlobj.h>
// clang-format on

// The COM headers define `interface` as a macro (struct); core::Route has a member of that
// name. Every Windows header this code uses is included above, so the macro can go.
#undef interface
