# SPDX-License-Identifier: GPL-3.0-or-later
# SPLITROUTE_SANITIZE=address,undefined (the asan preset): every target is built with those
# sanitizers, and any undefined behaviour stops the program instead of printing and going on.
set(SPLITROUTE_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(SPLITROUTE_SANITIZE)
    add_compile_options(-fsanitize=${SPLITROUTE_SANITIZE} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${SPLITROUTE_SANITIZE})
endif()
