# `pristriy-cli report funnel ...`: the funnel dashboard's numbers (issue 5). Included from app/CMakeLists.txt.
target_sources(pristriy-cli PRIVATE cli/reportcommand.cpp cli/reportcommand.h)
