# Settings shared by every target of the project: warnings, sanitizers and the
# Qt macros that keep string and URL conversions explicit.
add_library(activo_compile_options INTERFACE)

target_compile_definitions(activo_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    # Deprecated APIs up to Qt 6.4 are compile errors, so the code keeps
    # building with the newer Qt 6 used by the Windows and macOS installers.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(activo_compile_options INTERFACE /W4 /permissive- /utf-8)
    if(ACTIVO_WARNINGS_AS_ERRORS)
        target_compile_options(activo_compile_options INTERFACE /WX)
    endif()
else()
    target_compile_options(activo_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(ACTIVO_WARNINGS_AS_ERRORS)
        target_compile_options(activo_compile_options INTERFACE -Werror)
    endif()
endif()

if(ACTIVO_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "ACTIVO_SANITIZE is supported with GCC and Clang only")
    endif()
    target_compile_options(activo_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(activo_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer targets (tests/fuzz) need Clang. Every target of such a build is
# compiled with the fuzzer's coverage instrumentation and with AddressSanitizer
# and UndefinedBehaviorSanitizer, so activo_core is checked the way the fuzz
# target is. Only the fuzz targets link libFuzzer itself (-fsanitize=fuzzer).
if(ACTIVO_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ACTIVO_BUILD_FUZZERS needs Clang with libFuzzer, but the C++ compiler is "
            "${CMAKE_CXX_COMPILER_ID}. Configure with the \"fuzz\" preset (cmake --preset fuzz) or "
            "-DCMAKE_CXX_COMPILER=clang++.")
    endif()
    target_compile_options(activo_compile_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(activo_compile_options INTERFACE -fsanitize=address,undefined)
endif()
