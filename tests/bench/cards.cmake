# The contact and company cards (issue 9): their deals lists on a million deals, the Owner filter by name.
qt_add_executable(bench_cards bench_cards.cpp)
target_link_libraries(bench_cards PRIVATE pristriy_model pristriy_warnings benchmark::benchmark)
