# The BPMN renderer of the process designer and `pristriy-cli bpmn render`.
pristriy_add_test(NAME tst_bpmnrenderer SOURCES designer/tst_bpmnrenderer.cpp LIBS pristriy_designer)
# The CLI cases run the built binary.
add_dependencies(tst_bpmnrenderer pristriy-cli)
# The interactive canvas: commands with undo/redo, rules, the scene following the document.
pristriy_add_test(NAME tst_processscene SOURCES designer/tst_processscene.cpp LIBS pristriy_designer_widgets)
# The editor widget driven with mouse events: palette, connect, undo, save.
pristriy_add_test(NAME tst_processeditor SOURCES designer/tst_processeditor.cpp LIBS pristriy_designer_widgets)
