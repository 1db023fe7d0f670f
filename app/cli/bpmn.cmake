# `pristriy-cli bpmn ...`: validate and convert BPMN files. Included from app/CMakeLists.txt.
target_sources(pristriy-cli PRIVATE cli/bpmncommand.cpp cli/bpmncommand.h)
