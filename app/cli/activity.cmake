# `pristriy-cli tasks list`: "My tasks" on the command line (issue 3). Included from app/CMakeLists.txt.
target_sources(pristriy-cli PRIVATE cli/taskscommand.cpp cli/taskscommand.h)
