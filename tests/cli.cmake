pristriy_add_test(NAME tst_cli SOURCES cli/tst_cli.cpp)
add_dependencies(tst_cli pristriy-cli)
