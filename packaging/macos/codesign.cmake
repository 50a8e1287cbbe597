# CPack runs this script (CPACK_PRE_BUILD_SCRIPTS) after it has installed the
# bundle into its staging folder and before it builds the disk image. When the
# environment variable ACTIVO_CODESIGN_IDENTITY names a signing identity, for
# example "Developer ID Application: ActivoHQ (TEAMID1234)", it signs every
# library, framework and plugin of the bundle from the inside out, then the
# bundle itself with the hardened runtime, a secure timestamp and
# CPACK_ACTIVO_ENTITLEMENTS. Without the variable it leaves the bundle as
# macdeployqt left it (ad-hoc signed on Apple silicon), which Gatekeeper rejects
# on other Macs.
#
# NOTE: not run yet, since it needs macOS and a Developer ID certificate. The
# macos job of .github/workflows/packages.yml runs it when the signing secrets exist.

set(identity "$ENV{ACTIVO_CODESIGN_IDENTITY}")
if(identity STREQUAL "")
    message(STATUS "ACTIVO_CODESIGN_IDENTITY is not set: the bundle is not signed for distribution")
    return()
endif()

file(GLOB bundles LIST_DIRECTORIES true
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app"
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/*.app")
list(LENGTH bundles bundle_count)
if(NOT bundle_count EQUAL 1)
    message(FATAL_ERROR "expected one .app bundle under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}, found ${bundle_count}: ${bundles}")
endif()
set(bundle "${bundles}")

function(activo_codesign path)
    execute_process(
        COMMAND codesign --force --options runtime --timestamp --sign "${identity}" ${ARGN} "${path}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign failed for ${path} (exit ${result})")
    endif()
endfunction()

# Nested code first: a signature covers the code it contains, so the bundle is signed last.
file(GLOB_RECURSE libraries "${bundle}/Contents/PlugIns/*.dylib" "${bundle}/Contents/Frameworks/*.dylib")
foreach(library IN LISTS libraries)
    if(NOT IS_SYMLINK "${library}")
        activo_codesign("${library}")
    endif()
endforeach()
file(GLOB frameworks LIST_DIRECTORIES true "${bundle}/Contents/Frameworks/*.framework")
foreach(framework IN LISTS frameworks)
    activo_codesign("${framework}")
endforeach()
activo_codesign("${bundle}" --entitlements "${CPACK_ACTIVO_ENTITLEMENTS}")

execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${bundle}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "codesign --verify failed for ${bundle} (exit ${result})")
endif()
message(STATUS "Signed ${bundle} as ${identity}")
