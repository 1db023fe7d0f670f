# "My tasks" with 100,000 open tasks in a 1,000,000-deal database, reminders, the timeline (issue 3).
qt_add_executable(bench_activity bench_activity.cpp)
target_link_libraries(bench_activity PRIVATE pristriy_model pristriy_warnings benchmark::benchmark)
target_compile_definitions(bench_activity PRIVATE PRISTRIY_CLI_PATH="$<TARGET_FILE:pristriy-cli>")
add_dependencies(bench_activity pristriy-cli)
