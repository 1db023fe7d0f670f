# Deals, pipelines, users and their CLI (issue 3).
pristriy_add_test(NAME tst_lineitemmath SOURCES deals/tst_lineitemmath.cpp)
pristriy_add_test(NAME tst_dealservice SOURCES deals/tst_dealservice.cpp)
pristriy_add_test(NAME tst_dealscli SOURCES deals/tst_dealscli.cpp)
add_dependencies(tst_dealscli pristriy-cli)
