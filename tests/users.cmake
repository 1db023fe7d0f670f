# Users and team: the service, the command line and the dialogs.
pristriy_add_test(NAME tst_userservice SOURCES users/tst_userservice.cpp LIBS SQLite::SQLite3)
pristriy_add_test(NAME tst_userscli SOURCES users/tst_userscli.cpp)
add_dependencies(tst_userscli pristriy-cli)
pristriy_add_test(NAME tst_usersdialog SOURCES users/tst_usersdialog.cpp LIBS pristriy_gui)
