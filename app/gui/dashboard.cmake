# The funnel dashboard (issue 5): the directors' area of the main window. Only the chart adapter
# includes Qt Charts (deprecated after Qt 6.10), so that a later move touches one file.
target_sources(pristriy_gui PRIVATE
    gui/dashboard/chartadapter.cpp gui/dashboard/chartadapter.h
    gui/dashboard/funnelwidget.cpp gui/dashboard/funnelwidget.h
    gui/dashboard/drilldowndialog.cpp gui/dashboard/drilldowndialog.h
    gui/dashboard/ownersmenu.cpp gui/dashboard/ownersmenu.h
    gui/dashboard/dashboardpage.cpp gui/dashboard/dashboardpage.h
)
target_link_libraries(pristriy_gui PRIVATE Qt6::Charts Qt6::PrintSupport)
# The Dashboard area's icon where the desktop's icon theme has none.
qt_add_resources(pristriy_gui "dashboard_icons"
    PREFIX "/icons"
    BASE "${PROJECT_SOURCE_DIR}/resources/icons"
    FILES ${PROJECT_SOURCE_DIR}/resources/icons/dashboard.svg
)
