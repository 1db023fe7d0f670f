# Opening a database with every check and quick_check, each against SQLite alone on the same file.
qt_add_executable(bench_store bench_store.cpp)
target_link_libraries(bench_store PRIVATE pristriy_model pristriy_warnings benchmark::benchmark SQLite::SQLite3)
target_compile_definitions(bench_store PRIVATE PRISTRIY_CLI_PATH="$<TARGET_FILE:pristriy-cli>")
add_dependencies(bench_store pristriy-cli)
