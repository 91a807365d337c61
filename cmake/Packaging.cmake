# The .deb: `cmake --preset package && cmake --build --preset package && cd build/package &&
# cpack -G DEB`. Built from a configure with CMAKE_INSTALL_PREFIX=/usr (the `package` preset):
# the package installs its files exactly where the configure put them, so the helper path
# compiled into splitroute-cli, the polkit action's exec.path and the packaged helper agree.
set(CPACK_PACKAGE_NAME "splitroute")
set(CPACK_PACKAGE_VENDOR "Splitroute")
set(CPACK_PACKAGE_CONTACT "Splitroute developers <splitroute@splitroute.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Split-tunnel route manager for OpenVPN and AWS Client VPN")
set(CPACK_PACKAGE_DESCRIPTION
    "Splitroute reads the routes a VPN pushes (OpenVPN profiles and logs,
OpenVPN server configs, AWS Client VPN) and shows them against the
computer's routing table. You decide, network by network, what goes
through the tunnel and what bypasses it; Splitroute shows the table
before and after, applies the difference through a small privileged
helper with confirm-or-revert, and exports it as a script.")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/splitroute/splitroute")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Changing routes goes through pkexec; without it the app still reads tables and plans (and
# runs the helper directly as root). Debian 12 ships pkexec as its own package (polkitd alone
# has no pkexec); policykit-1 is the older name that still brings it.
# qt6-translations-l10n holds Qt's own texts (qtbase_ja.qm, qtbase_ru.qm: the standard buttons
# and file dialogs), which the window loads next to its own translation.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pkexec | policykit-1, qt6-translations-l10n")

# What Debian expects of every package: a copyright file and a changelog (native package:
# changelog.gz), gzip -9n so the bytes do not depend on the build time; files under /etc are
# conffiles.
set(SPLITROUTE_DEB_DIR ${CMAKE_BINARY_DIR}/debian)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${SPLITROUTE_DEB_DIR}/changelog
    @ONLY)
find_program(GZIP_PROGRAM gzip)
if(GZIP_PROGRAM)
    execute_process(COMMAND ${GZIP_PROGRAM} -9nf ${SPLITROUTE_DEB_DIR}/changelog)
    install(FILES ${SPLITROUTE_DEB_DIR}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/splitroute)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/splitroute)
file(WRITE ${SPLITROUTE_DEB_DIR}/conffiles "/etc/iproute2/rt_protos.d/splitroute.conf\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${SPLITROUTE_DEB_DIR}/conffiles)

# A .deb must install under /usr (and then /etc): refuse to package any other configure.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_BINARY_DIR}/SplitrouteCPackConfig.cmake)
file(WRITE ${CPACK_PROJECT_CONFIG_FILE} "
if(CPACK_GENERATOR STREQUAL \"DEB\" AND NOT CPACK_PACKAGING_INSTALL_PREFIX STREQUAL \"/usr\")
    message(FATAL_ERROR \"splitroute: this build is configured for \${CPACK_PACKAGING_INSTALL_PREFIX}; \"
        \"a .deb must be built with CMAKE_INSTALL_PREFIX=/usr: cmake --preset package && \"
        \"cmake --build --preset package && (cd build/package && cpack -G DEB)\")
endif()
")
include(CPack)
