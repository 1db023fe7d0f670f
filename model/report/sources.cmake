# The funnel dashboard's numbers, drill-down and tables (issue 5).
target_sources(pristriy_model PRIVATE
    report/axisscale.cpp report/axisscale.h
    report/funnel.h
    report/funnelquery.cpp report/funnelquery.h
    report/funneltablemodel.cpp report/funneltablemodel.h
    report/funneldeallistmodel.cpp report/funneldeallistmodel.h
)
