add_library(splitroute_warnings INTERFACE)
# CI builds (the ci preset) turn every warning into an error: a warning lands nowhere.
option(SPLITROUTE_WERROR "Treat compiler warnings as errors" OFF)
if(MSVC)
    target_compile_options(splitroute_warnings INTERFACE /W4)
    if(SPLITROUTE_WERROR)
        target_compile_options(splitroute_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(splitroute_warnings INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    # -Wshadow=local is GCC's; clang (the fuzz preset) knows only -Wshadow.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(splitroute_warnings INTERFACE -Wshadow=local)
    endif()
    if(SPLITROUTE_WERROR)
        target_compile_options(splitroute_warnings INTERFACE -Werror)
    endif()
endif()
