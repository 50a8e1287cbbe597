# The macOS disk image (.dmg) with the application bundle and a link to
# /Applications. Included from packaging/CMakeLists.txt before include(CPack).
# The Qt frameworks, plugins and QtKeychain are put into the bundle by
# packaging/cmake/ActivoInstall.cmake.

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Activo Desk")
set(CPACK_DMG_FORMAT "UDZO")
# Signs the bundle before the image is built when ACTIVO_CODESIGN_IDENTITY is set.
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/codesign.cmake")
set(CPACK_ACTIVO_ENTITLEMENTS "${CMAKE_CURRENT_LIST_DIR}/activo-desk.entitlements")
