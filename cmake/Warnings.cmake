add_library(splitroute_warnings INTERFACE)
if(MSVC)
    target_compile_options(splitroute_warnings INTERFACE /W4)
else()
    target_compile_options(splitroute_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
endif()
