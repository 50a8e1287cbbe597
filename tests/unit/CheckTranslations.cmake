# Fails when a translation file is out of date or incomplete: lupdate runs on a
# copy of each .ts file against the current sources, and the copy must have no
# unfinished, vanished or obsolete message afterwards. The English file holds
# plural forms only (lupdate -pluralonly).
#   cmake -DLUPDATE=<path> -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -P CheckTranslations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${SOURCE_DIR}/translations/*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "No .ts files found in ${SOURCE_DIR}/translations")
endif()

set(failures "")
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    set(options -no-obsolete -locations none)
    if(name MATCHES "_en\\.ts$")
        list(APPEND options -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" ${options} app ui -ts "${copy}"
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(READ "${copy}" content)
    foreach(state unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${state}\"" found "${content}")
        list(LENGTH found count)
        if(count GREATER 0)
            string(APPEND failures "${name}: ${count} ${state} message(s)\n")
        endif()
    endforeach()
    file(READ "${ts}" original)
    if(NOT original STREQUAL content)
        string(APPEND failures "${name}: differs from what lupdate writes; run `cmake --build --preset dev --target update_translations` and translate the new messages\n")
    endif()
endforeach()

if(failures)
    message(FATAL_ERROR "Translations are not complete:\n${failures}")
endif()
message(STATUS "All translation files are complete and up to date")
