# The Windows zip (Windows cross-build only): the static executables, nothing to install
# besides unpacking them into one folder (splitroute-cli.exe starts the splitroute-helper.exe
# next to it), with the Windows notes. `cmake --build --preset windows --target windows-zip`
# writes build/windows/splitroute-VERSION-windows-x86_64.zip; scripts/cross-windows.sh builds
# it and checks what it holds.
set(SPLITROUTE_WINDOWS_ZIP
    ${PROJECT_BINARY_DIR}/splitroute-${PROJECT_VERSION}-windows-x86_64.zip)
set(_zip_dir ${PROJECT_BINARY_DIR}/zip/splitroute-${PROJECT_VERSION}-windows-x86_64)
file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/zip) # the working directory of the packing
add_custom_command(OUTPUT ${SPLITROUTE_WINDOWS_ZIP}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${_zip_dir}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_zip_dir}
    COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:splitroute-cli>
        $<TARGET_FILE:splitroute-helper> $<TARGET_FILE:splitroute-wincheck> ${_zip_dir}
    COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/platform/windows/README.md
        ${_zip_dir}/README-windows.md
    COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/resources/LICENSE ${_zip_dir}/LICENSE.txt
    COMMAND ${CMAKE_COMMAND} -E rm -f ${SPLITROUTE_WINDOWS_ZIP}
    COMMAND ${CMAKE_COMMAND} -E tar cf ${SPLITROUTE_WINDOWS_ZIP} --format=zip
        splitroute-${PROJECT_VERSION}-windows-x86_64
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR}/zip
    DEPENDS splitroute-cli splitroute-helper splitroute-wincheck
        ${PROJECT_SOURCE_DIR}/platform/windows/README.md
    COMMENT "Packing ${SPLITROUTE_WINDOWS_ZIP}"
    VERBATIM)
add_custom_target(windows-zip DEPENDS ${SPLITROUTE_WINDOWS_ZIP})
