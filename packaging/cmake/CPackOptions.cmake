# CPACK_PROJECT_CONFIG_FILE: cpack includes this file once per generator, with
# CPACK_GENERATOR set to that generator, after CPackConfig.cmake.

if(CPACK_GENERATOR STREQUAL "WIX")
    # The product name in Apps & features and in the installer's dialogs.
    set(CPACK_PACKAGE_NAME "Activo Desk")
    set(CPACK_PACKAGE_FILE_NAME "ActivoDesk-${CPACK_PACKAGE_VERSION}-win64")
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
    set(CPACK_PACKAGE_NAME "Activo Desk")
    set(CPACK_PACKAGE_FILE_NAME "ActivoDesk-${CPACK_PACKAGE_VERSION}-macos")
endif()
