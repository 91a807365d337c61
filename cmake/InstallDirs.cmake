# Where Splitroute installs its files: the one place that decides it. Included by the top
# CMakeLists.txt before any install() rule.
#
# Programs, libexec, data: GNUInstallDirs under CMAKE_INSTALL_PREFIX (/usr/local by default;
# the .deb is built with /usr, see the `package` preset).
#
# System integration files must go where their readers look, which does not follow the prefix:
# iproute2 reads only /etc/iproute2/rt_protos.d, polkitd only /usr/share/polkit-1/actions (and
# /etc/polkit-1). The rule, applied when installing (so `cmake --install --prefix` obeys it too):
#   prefix /usr or /usr/local  ->  /etc/iproute2/rt_protos.d and /usr/share/polkit-1/actions
#   any other prefix           ->  <prefix>/etc/iproute2/rt_protos.d and
#                                  <prefix>/share/polkit-1/actions (nothing outside the prefix)
# Every path is written through file(INSTALL), so DESTDIR (and cpack's staging) is obeyed.
# The keeper's systemd unit (platform/keeper/CMakeLists.txt) needs no such rule: systemd reads
# /usr/lib/systemd/system and /usr/local/lib/systemd/system, i.e. <prefix>/lib/systemd/system.
include(GNUInstallDirs)

# The installed helper, as the client and the polkit action name it (absolute). pkexec and
# HelperClient need the absolute path at build time: it follows the configure-time prefix.
set(SPLITROUTE_HELPER_INSTALL_DIR ${CMAKE_INSTALL_LIBEXECDIR}/splitroute)
set(SPLITROUTE_HELPER_INSTALL_PATH
    ${CMAKE_INSTALL_FULL_LIBEXECDIR}/splitroute/splitroute-helper)

# splitroute_install_system_file(FILE <path> KIND iproute2-protocols|polkit-action)
function(splitroute_install_system_file)
    cmake_parse_arguments(S "" "FILE;KIND" "" ${ARGN})
    if(S_KIND STREQUAL "iproute2-protocols")
        set(system_dir /etc/iproute2/rt_protos.d)
        set(prefixed_dir etc/iproute2/rt_protos.d)
    elseif(S_KIND STREQUAL "polkit-action")
        set(system_dir /usr/share/polkit-1/actions)
        set(prefixed_dir share/polkit-1/actions)
    else()
        message(FATAL_ERROR "splitroute_install_system_file: unknown KIND ${S_KIND}")
    endif()
    install(CODE "
        string(REGEX REPLACE \"/+$\" \"\" _splitroute_prefix \"\${CMAKE_INSTALL_PREFIX}\")
        if(_splitroute_prefix STREQUAL \"/usr\" OR _splitroute_prefix STREQUAL \"/usr/local\")
            set(_splitroute_dir \"${system_dir}\")
        else()
            set(_splitroute_dir \"\${_splitroute_prefix}/${prefixed_dir}\")
        endif()
        file(INSTALL DESTINATION \"\${_splitroute_dir}\" TYPE FILE
             PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
             FILES \"${S_FILE}\")")
endfunction()

# The helper path is compiled into splitroute-cli and the window and written into the polkit
# action; installing under another prefix than the configured one would put the helper where
# neither looks.
install(CODE "
    string(REGEX REPLACE \"/+$\" \"\" _splitroute_prefix \"\${CMAKE_INSTALL_PREFIX}\")
    if(NOT _splitroute_prefix STREQUAL \"${CMAKE_INSTALL_PREFIX}\")
        message(WARNING \"Installing under \${CMAKE_INSTALL_PREFIX}, but this build was \"
            \"configured for ${CMAKE_INSTALL_PREFIX}: splitroute-cli, the window and the polkit \"
            \"action look for the helper at ${SPLITROUTE_HELPER_INSTALL_PATH}. Configure with \"
            \"-DCMAKE_INSTALL_PREFIX=\${CMAKE_INSTALL_PREFIX} to install there.\")
    endif()")
