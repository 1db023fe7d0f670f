pristriy_add_test(NAME tst_database SOURCES store/tst_database.cpp store/filetools.h LIBS SQLite::SQLite3)
add_dependencies(tst_database pristriy-cli)
pristriy_add_test(NAME tst_migrations SOURCES store/tst_migrations.cpp LIBS SQLite::SQLite3)
pristriy_add_test(NAME tst_eventlog SOURCES store/tst_eventlog.cpp)
pristriy_add_test(NAME tst_money SOURCES store/tst_money.cpp)
pristriy_add_test(NAME tst_crashrecovery SOURCES store/tst_crashrecovery.cpp store/filetools.h LIBS SQLite::SQLite3)
add_dependencies(tst_crashrecovery pristriy-cli)
pristriy_add_test(NAME tst_concurrency SOURCES store/tst_concurrency.cpp store/filetools.h LIBS SQLite::SQLite3)
add_dependencies(tst_concurrency pristriy-cli)
# The same two programs on one file for 30 s (CTest runs 8 s): cmake --build build --target stress_concurrency
add_custom_target(stress_concurrency
    COMMAND ${CMAKE_COMMAND} -E env PRISTRIY_STRESS_SECONDS=30 $<TARGET_FILE:tst_concurrency>
    DEPENDS tst_concurrency pristriy-cli USES_TERMINAL)
