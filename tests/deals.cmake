# Deals, pipelines, users and their CLI (issue 3).
pristriy_add_test(NAME tst_lineitemmath SOURCES deals/tst_lineitemmath.cpp)
pristriy_add_test(NAME tst_dealservice SOURCES deals/tst_dealservice.cpp)
# Deals in the trash with their tasks and calls (issue 9).
pristriy_add_test(NAME tst_dealtrash SOURCES deals/tst_dealtrash.cpp)
pristriy_add_test(NAME tst_dealscli SOURCES deals/tst_dealscli.cpp)
add_dependencies(tst_dealscli pristriy-cli)
pristriy_add_test(NAME tst_dealgenerator SOURCES deals/tst_dealgenerator.cpp)
add_dependencies(tst_dealgenerator pristriy-cli)
pristriy_add_test(NAME tst_dealboardmodel SOURCES deals/tst_dealboardmodel.cpp)
add_dependencies(tst_dealboardmodel pristriy-cli)
