pristriy_add_test(NAME tst_database SOURCES store/tst_database.cpp LIBS SQLite::SQLite3)
pristriy_add_test(NAME tst_migrations SOURCES store/tst_migrations.cpp LIBS SQLite::SQLite3)
pristriy_add_test(NAME tst_eventlog SOURCES store/tst_eventlog.cpp)
pristriy_add_test(NAME tst_money SOURCES store/tst_money.cpp)
