set(CPACK_PACKAGE_NAME "splitroute")
set(CPACK_PACKAGE_VENDOR "Splitroute")
set(CPACK_PACKAGE_CONTACT "Splitroute developers <splitroute@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Split-tunnel route manager for OpenVPN and AWS Client VPN")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Changing routes goes through pkexec; without it the app still reads tables and plans (and
# runs the helper directly as root). Debian 12 ships pkexec as its own package (polkitd alone
# has no pkexec); policykit-1 is the older name that still brings it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pkexec | policykit-1")
include(CPack)
