# BPMN model, XML interchange, validation and the `pristriy-cli bpmn` commands.
pristriy_add_test(NAME tst_bpmnxml SOURCES bpmn/tst_bpmnxml.cpp)
pristriy_add_test(NAME tst_bpmnvalidator SOURCES bpmn/tst_bpmnvalidator.cpp)
pristriy_add_test(NAME tst_bpmncli SOURCES bpmn/tst_bpmncli.cpp)
# The CLI test runs the built binary.
add_dependencies(tst_bpmncli pristriy-cli)
