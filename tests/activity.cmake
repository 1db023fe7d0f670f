# Tasks, calls, notes, sharing, the timeline, "My tasks" and the activity panel (issue 3).
pristriy_add_test(NAME tst_activityservices SOURCES activity/tst_activityservices.cpp activity/activitytestbase.h)
pristriy_add_test(NAME tst_taskscli SOURCES activity/tst_taskscli.cpp activity/activitytestbase.h)
add_dependencies(tst_taskscli pristriy-cli)
pristriy_add_test(NAME tst_activitymodels SOURCES activity/tst_activitymodels.cpp activity/activitytestbase.h)
pristriy_add_test(NAME tst_activitygui SOURCES activity/tst_activitygui.cpp activity/activitytestbase.h
    LIBS pristriy_gui GUI)
