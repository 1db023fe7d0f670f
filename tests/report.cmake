# The funnel dashboard: numbers, drill-down, the report funnel command and the dashboard (issue 5).
pristriy_add_test(NAME tst_funnelquery SOURCES report/tst_funnelquery.cpp LIBS SQLite::SQLite3)
pristriy_add_test(NAME tst_reportcli SOURCES report/tst_reportcli.cpp)
add_dependencies(tst_reportcli pristriy-cli)
pristriy_add_test(NAME tst_dashboard SOURCES report/tst_dashboard.cpp LIBS pristriy_gui Qt6::PrintSupport GUI)
# The dashboard is checked in each language it is translated to (issue 9), with the catalogues
# embedded in pristriy_gui under :/i18n.
# Issue 9: the charts' value axes in the locale's number format, shortened where long.
pristriy_add_test(NAME tst_axisscale SOURCES report/tst_axisscale.cpp)
