# Settings every target of our own shares: warnings are errors, Qt's stricter string rules.
function(guidedesk_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-error=deprecated-declarations)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS)
endfunction()

# A Qt Test executable registered with ctest. Tests run offscreen with pinned locale and
# time zone so that results do not depend on the machine. KEYRING: the test talks to the real
# OS keychain, so it runs inside a private D-Bus session with an unlocked gnome-keyring.
function(guidedesk_add_test name)
    cmake_parse_arguments(ARG "KEYRING" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    guidedesk_configure_target(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    if(ARG_KEYRING)
        add_test(NAME ${name}
                 COMMAND ${PROJECT_SOURCE_DIR}/scripts/with-keyring.sh --private $<TARGET_FILE:${name}>)
        set_tests_properties(${name} PROPERTIES LABELS keychain)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=Asia/Shanghai;LANG=C.UTF-8;LC_ALL=C.UTF-8"
        TIMEOUT 300)
endfunction()
