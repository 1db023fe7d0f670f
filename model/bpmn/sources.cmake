# BPMN 2.0 model, XML interchange and validation; included from model/CMakeLists.txt.
target_sources(pristriy_model PRIVATE
    bpmn/bpmnnamespaces.h
    bpmn/bpmnxmlnode.cpp bpmn/bpmnxmlnode.h
    bpmn/bpmndiagnostic.cpp bpmn/bpmndiagnostic.h
    bpmn/bpmnschema.cpp bpmn/bpmnschema.h
    bpmn/bpmndocument.cpp bpmn/bpmndocument.h
    bpmn/bpmnreader.cpp bpmn/bpmnreader.h
    bpmn/bpmnconsistencycheck.cpp bpmn/bpmnconsistencycheck.h
    bpmn/bpmnwriter.cpp bpmn/bpmnwriter.h
    bpmn/bpmnsemanticmodel.cpp bpmn/bpmnsemanticmodel.h
    bpmn/bpmndimodel.cpp bpmn/bpmndimodel.h
    bpmn/bpmnvalidator.cpp bpmn/bpmnvalidator.h
    bpmn/bpmnxmlcompare.cpp bpmn/bpmnxmlcompare.h
    bpmn/bpmngenerator.cpp bpmn/bpmngenerator.h
)
