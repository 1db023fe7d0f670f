# The funnel dashboard at 1,000,000 deals: dashboard, filter change, drill-down, `report funnel` (issue 5).
qt_add_executable(bench_report bench_report.cpp)
target_link_libraries(bench_report PRIVATE pristriy_model pristriy_warnings benchmark::benchmark)
target_compile_definitions(bench_report PRIVATE PRISTRIY_CLI_PATH="$<TARGET_FILE:pristriy-cli>")
add_dependencies(bench_report pristriy-cli)
