# The deals UI part (issue 3): products, line items, lost reasons, deal edits, pipeline editing, the deal
# list model, and the offscreen GUI of the deal card, the list, the board filters and the settings.
pristriy_add_test(NAME tst_dealsuiservices SOURCES dealsui/tst_dealsuiservices.cpp)
pristriy_add_test(NAME tst_deallistmodel SOURCES dealsui/tst_deallistmodel.cpp)
pristriy_add_test(NAME tst_dealsuigui SOURCES dealsui/tst_dealsuigui.cpp LIBS pristriy_gui)
# Benchmarks at a million deals (not run by CTest): the list, the board's quick filters, the card.
if(PRISTRIY_BUILD_BENCHMARKS)
    find_package(benchmark REQUIRED)
    qt_add_executable(bench_dealsui dealsui/bench_dealsui.cpp)
    target_link_libraries(bench_dealsui PRIVATE pristriy_model pristriy_warnings benchmark::benchmark)
endif()
