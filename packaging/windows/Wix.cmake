# The Windows Installer package (.msi), built by CPack's WIX generator with the
# WiX .NET tool. Included from packaging/CMakeLists.txt before include(CPack).
# The Qt runtime, QtKeychain and the MSVC runtime are installed next to the
# executable by packaging/cmake/ActivoInstall.cmake.

if(CMAKE_VERSION VERSION_LESS 3.30)
    message(WARNING "The MSI needs CMake 3.30 or later (CPACK_WIX_VERSION 4 and "
        "CPACK_WIX_INSTALL_SCOPE); this is CMake ${CMAKE_VERSION}.")
endif()

set(CPACK_GENERATOR "WIX")
# WiX .NET tool (wix.exe, WiX 4 or 5); preset.wxs.patch.xml uses its schema.
set(CPACK_WIX_VERSION 4)
set(CPACK_WIX_ARCHITECTURE x64)
# Fixed for the life of the product: every version's MSI carries it, so a new
# version replaces an installed older one instead of installing beside it.
# Never change it, and never reuse it for another product.
set(CPACK_WIX_UPGRADE_GUID "C8B79E4F-A7D5-4FAE-B99F-95E1EA6890F3")
# Installs for all users into Program Files, needs administrator rights, and
# writes the preset under HKEY_LOCAL_MACHINE.
set(CPACK_WIX_INSTALL_SCOPE perMachine)
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/windows/activo-desk.ico")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/License.rtf")
# "." puts the "Activo Desk" shortcut straight into the Start menu, without a
# folder or an uninstall shortcut (Windows Settings uninstalls).
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(CPACK_WIX_ROOT_FEATURE_TITLE "Activo Desk")
set(CPACK_WIX_ROOT_FEATURE_DESCRIPTION "The Activo Desk application with the Qt runtime it needs.")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/preset.wxs.patch.xml")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "support@activohq.cloud")
