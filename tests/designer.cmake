# The BPMN renderer of the process designer and `pristriy-cli bpmn render`.
pristriy_add_test(NAME tst_bpmnrenderer SOURCES designer/tst_bpmnrenderer.cpp LIBS pristriy_designer)
# The CLI cases run the built binary.
add_dependencies(tst_bpmnrenderer pristriy-cli)
