# Cross-compiling Splitroute's Qt-free parts (core, the IP Helper backend, the helper and
# Windows tools) for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix:
# the posix thread model, so std::thread and std::mutex work).
#   cmake --preset windows && cmake --build --preset windows
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(SPLITROUTE_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_CXX_COMPILER ${SPLITROUTE_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${SPLITROUTE_MINGW_TRIPLE}-windres)

# Fully static executables: no libgcc/libstdc++/winpthread DLLs to ship (or to find under wine).
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# nlohmann_json is header-only, so the host's copy serves the Windows build too. Its CMake
# package exports /usr/include as the include directory, which would put glibc's headers in
# front of MinGW's. Stage a prefix that holds only the json headers and the package files
# (symlinked: the package computes its prefix from where its files appear to be).
set(_sr_stage "")
if(NOT CMAKE_IN_TRY_COMPILE AND EXISTS /usr/share/cmake/nlohmann_json/nlohmann_jsonConfig.cmake)
    set(_sr_stage ${CMAKE_BINARY_DIR}/mingw-host-headers)
    file(MAKE_DIRECTORY ${_sr_stage}/include ${_sr_stage}/share/cmake/nlohmann_json)
    # spdlog and fmt (the CLI's logging) are used header-only the same way:
    # app/CMakeLists.txt makes spdlog::spdlog an interface target over these.
    foreach(_h IN ITEMS nlohmann spdlog fmt)
        if(NOT EXISTS ${_sr_stage}/include/${_h} AND EXISTS /usr/include/${_h})
            file(CREATE_LINK /usr/include/${_h} ${_sr_stage}/include/${_h} SYMBOLIC)
        endif()
    endforeach()
    file(GLOB _sr_json_pkg /usr/share/cmake/nlohmann_json/*.cmake)
    foreach(_f IN LISTS _sr_json_pkg)
        get_filename_component(_n ${_f} NAME)
        if(NOT EXISTS ${_sr_stage}/share/cmake/nlohmann_json/${_n})
            file(CREATE_LINK ${_f} ${_sr_stage}/share/cmake/nlohmann_json/${_n} SYMBOLIC)
        endif()
    endforeach()
endif()

set(CMAKE_FIND_ROOT_PATH /usr/${SPLITROUTE_MINGW_TRIPLE} ${_sr_stage})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

find_program(SPLITROUTE_WINE NAMES wine wine64)
if(SPLITROUTE_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${SPLITROUTE_WINE})
endif()
