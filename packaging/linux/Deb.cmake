# The Debian package: the binary, its desktop entry, icon, AppStream data and
# manual page, plus the copyright, changelog and an example preset under
# /usr/share/doc/activo-desk. It uses the distribution's Qt libraries, so no Qt
# is copied into it.
# Included from packaging/CMakeLists.txt before include(CPack).

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_PACKAGE_NAME "activo-desk")
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "ActivoHQ <support@activohq.cloud>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The extended description; CPack takes the synopsis line from
# CPACK_PACKAGE_DESCRIPTION_SUMMARY.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Activo Desk connects to the ActivoHQ fixed-asset REST API. Finance staff use
it to find an asset by code, name or RFID EPC, read its book value, browse a
company's whole register, register new acquisitions and correct assets.
.
The API key is kept in the desktop keyring through the Secret Service
(GNOME Keyring) or KWallet.")

# dpkg-shlibdeps finds the libraries the binary links: Qt Core, Gui, Widgets,
# Network, Svg, Charts and Print Support, QtKeychain, libxlsxwriter (when the
# build found it, for XLSX export) and the C++ runtime. On Debian 12, libqt6svg6 also
# holds the SVG icon engine and image format plugins that draw the icons, so the
# link to Qt Svg brings them in (tests/packaging checks that it stays so).
# dpkg-shlibdeps cannot see what Qt loads at run time, so that is listed by hand:
#   qt6-qpa-plugins        the xcb platform plugin, without which no window opens
#   qt6-translations-l10n  Qt's own strings (qtbase_es.qm) for the Spanish interface
#   ca-certificates        the CA bundle for HTTPS, which every non-loopback server needs
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n, ca-certificates")
# QtKeychain needs a Secret Service or KWallet daemon to store the key. Without
# one, the application offers to keep the key for the session only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Strips the binary in the .deb and puts its debug information into
# activo-desk-dbgsym_<version>_<arch>.ddeb beside it.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)

set(activo_resources "${PROJECT_SOURCE_DIR}/resources")
install(FILES "${activo_resources}/linux/activo-desk.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${activo_resources}/icons/activo-desk.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${activo_resources}/linux/cloud.activohq.desk.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/preset.ini.example"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/activo-desk/examples"
    RENAME preset.ini)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/activo-desk")

# Debian policy wants the manual page and the changelog compressed with gzip -9n
# (-n leaves the time stamp out, so the bytes do not change between builds).
# string(TIMESTAMP) takes SOURCE_DATE_EPOCH when it is set.
string(TIMESTAMP ACTIVO_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file("${CMAKE_CURRENT_LIST_DIR}/changelog.Debian.in"
    "${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian" @ONLY)
set(activo_gzip_inputs
    "${CMAKE_CURRENT_LIST_DIR}/activo-desk.1"
    "${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian")
foreach(input IN LISTS activo_gzip_inputs)
    get_filename_component(name "${input}" NAME)
    execute_process(COMMAND gzip -9nc "${input}"
        OUTPUT_FILE "${CMAKE_CURRENT_BINARY_DIR}/${name}.gz"
        RESULT_VARIABLE gzip_result)
    if(NOT gzip_result EQUAL 0)
        message(FATAL_ERROR "gzip failed on ${input} (exit ${gzip_result})")
    endif()
endforeach()
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/activo-desk.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/activo-desk")
