# `pristriy-cli bpmn ...`: validate, convert and render BPMN files. Included from app/CMakeLists.txt.
target_sources(pristriy-cli PRIVATE cli/bpmncommand.cpp cli/bpmncommand.h)
target_link_libraries(pristriy-cli PRIVATE pristriy_designer)
