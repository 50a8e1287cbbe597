# Install steps for the activo-desk executable that go beyond install(TARGETS):
# the platform metadata (Windows version resource and icon, macOS Info.plist and
# icon) and, on Windows and macOS, the runtime that the installed tree needs on a
# machine without Qt: the Qt libraries and plugins, QtKeychain and Qt's own
# Spanish strings. Linux packages depend on the distribution's Qt packages
# instead, so nothing is copied there.
#
# app/CMakeLists.txt calls activo_install_desktop_runtime(activo-desk) right
# after install(TARGETS activo-desk ...).
#
# NOTE: the Windows and macOS branches have only been configured on Linux with
# WIN32 or APPLE forced on; .github/workflows/packages.yml is their first real run.

include_guard(DIRECTORY)

get_filename_component(ACTIVO_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)

# Oldest macOS release in LSMinimumSystemVersion when CMAKE_OSX_DEPLOYMENT_TARGET
# is not set. Qt 6.8 supports macOS 12 and later.
set(ACTIVO_DEFAULT_MACOS_MINIMUM "12.0")

# Languages whose Qt catalog (qtbase_<language>.qm) is installed next to the
# application on Windows and macOS. English needs none.
set(ACTIVO_QT_CATALOG_LANGUAGES es)

function(activo_install_desktop_runtime target)
    _activo_add_platform_metadata(${target})
    if(WIN32 OR APPLE)
        # QtKeychain goes in before the deploy script runs, so that macdeployqt
        # finds it in the bundle when it resolves the executable's dependencies.
        _activo_install_keychain_runtime(${target})
        _activo_install_qt_catalogs(${target})
        _activo_install_qt_runtime(${target})
    endif()
    if(WIN32)
        # The MSVC runtime DLLs are installed next to the executable (app-local),
        # because the MSI cannot run the vc_redist installer that windeployqt copies.
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
        set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
        include(InstallRequiredSystemLibraries)
    endif()
endfunction()

# Stores the file name of the executable, without suffix, in output_variable.
function(_activo_output_name target output_variable)
    get_target_property(name ${target} OUTPUT_NAME)
    if(NOT name)
        set(name ${target})
    endif()
    set(${output_variable} "${name}" PARENT_SCOPE)
endfunction()

function(_activo_add_platform_metadata target)
    set(root "${PROJECT_SOURCE_DIR}")
    if(WIN32)
        set(ACTIVO_ICO_PATH "${root}/resources/windows/activo-desk.ico")
        _activo_output_name(${target} ACTIVO_EXECUTABLE_NAME)
        configure_file("${ACTIVO_PACKAGING_DIR}/windows/activo-desk.rc.in"
            "${CMAKE_CURRENT_BINARY_DIR}/activo-desk.rc" @ONLY)
        target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/activo-desk.rc")
    elseif(APPLE)
        set(icns "${root}/resources/macos/activo-desk.icns")
        target_sources(${target} PRIVATE "${icns}")
        set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

        if(CMAKE_OSX_DEPLOYMENT_TARGET)
            set(ACTIVO_MACOS_MINIMUM_VERSION "${CMAKE_OSX_DEPLOYMENT_TARGET}")
        else()
            set(ACTIVO_MACOS_MINIMUM_VERSION "${ACTIVO_DEFAULT_MACOS_MINIMUM}")
        endif()
        # configure_file fills in LSMinimumSystemVersion; CMake fills in the
        # MACOSX_BUNDLE_ values from the target's properties when it writes the bundle.
        configure_file("${ACTIVO_PACKAGING_DIR}/macos/Info.plist.in"
            "${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in" @ONLY)
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in"
            MACOSX_BUNDLE_ICON_FILE "activo-desk.icns"
            MACOSX_BUNDLE_COPYRIGHT "Copyright ActivoHQ"
            # QtKeychain is installed into Contents/Frameworks (see below).
            INSTALL_RPATH "@executable_path/../Frameworks")
    endif()
endfunction()

# Runs windeployqt (Windows) or macdeployqt (macOS) on the installed executable.
# They copy the Qt libraries and the plugins the application loads: the platform
# plugin, styles, image formats (SVG included), the SVG icon engine and the TLS
# backends (Schannel on Windows), plus on Windows a qt.conf that points Qt at
# ../plugins and ../translations.
function(_activo_install_qt_runtime target)
    if(NOT COMMAND qt_generate_deploy_app_script)
        message(WARNING "qt_generate_deploy_app_script() needs Qt 6.3 or later; "
            "the installed ${target} will not contain the Qt runtime.")
        return()
    endif()

    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        set(deploy_arguments OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        if(WIN32)
            # windeployqt would copy the vc_redist installer, which an MSI cannot run.
            list(APPEND deploy_arguments NO_COMPILER_RUNTIME)
        endif()
    else()
        # Qt 6.3 and 6.4 name the output variable FILENAME_VARIABLE.
        set(deploy_arguments FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    qt_generate_deploy_app_script(TARGET ${target} ${deploy_arguments})
    install(SCRIPT "${deploy_script}")
endfunction()

# QtKeychain is not a Qt module, so windeployqt ignores it. macdeployqt would copy
# it only if it could resolve the @rpath of the installed binary, so it is
# installed explicitly on both platforms.
function(_activo_install_keychain_runtime target)
    set(keychain Qt6Keychain::Qt6Keychain)
    get_target_property(aliased ${keychain} ALIASED_TARGET)
    if(aliased)
        set(keychain ${aliased})
    endif()
    get_target_property(keychain_type ${keychain} TYPE)
    if(NOT keychain_type STREQUAL "SHARED_LIBRARY")
        message(STATUS "QtKeychain is a ${keychain_type}; no QtKeychain runtime to install")
        return()
    endif()

    if(WIN32)
        install(IMPORTED_RUNTIME_ARTIFACTS ${keychain}
            RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
            LIBRARY DESTINATION "${CMAKE_INSTALL_BINDIR}")
    elseif(APPLE)
        _activo_output_name(${target} bundle_name)
        set(frameworks "${bundle_name}.app/Contents/Frameworks")
        install(IMPORTED_RUNTIME_ARTIFACTS ${keychain}
            LIBRARY DESTINATION "${frameworks}"
            FRAMEWORK DESTINATION "${frameworks}")
    endif()
endfunction()

# The application loads qtbase_<language>.qm from QLibraryInfo's translations
# path. The deploy tools write a merged qt_<language>.qm on Windows and no
# catalog at all on macOS, so the qtbase catalogs are installed explicitly:
# to <prefix>/translations on Windows (qt.conf sets the prefix to the install
# root) and to Contents/translations in the bundle, which is Qt's default
# translations path for an application bundle.
function(_activo_install_qt_catalogs target)
    set(catalog_dir "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
    if(WIN32)
        set(destination "translations")
    else()
        _activo_output_name(${target} bundle_name)
        set(destination "${bundle_name}.app/Contents/translations")
    endif()
    foreach(language IN LISTS ACTIVO_QT_CATALOG_LANGUAGES)
        set(catalog "${catalog_dir}/qtbase_${language}.qm")
        if(EXISTS "${catalog}")
            install(FILES "${catalog}" DESTINATION "${destination}")
        else()
            message(WARNING "${catalog} not found: install Qt's translations (qttranslations) "
                "so that Qt's own dialogs are translated into '${language}'.")
        endif()
    endforeach()
endfunction()
