#pragma once

#include <QString>
#include <QStringView>

// The kinds of BPMN elements the typed models know, and facts from the BPMN 2.0 schema.
enum class BpmnElementType : quint8
{
    Unknown,
    Definitions,
    Process,
    Collaboration,
    Participant,
    MessageFlow,
    // activities
    Task,
    UserTask,
    ServiceTask,
    SendTask,
    ReceiveTask,
    ManualTask,
    BusinessRuleTask,
    ScriptTask,
    CallActivity,
    SubProcess,
    Transaction,
    AdHocSubProcess,
    // events
    StartEvent,
    EndEvent,
    IntermediateCatchEvent,
    IntermediateThrowEvent,
    BoundaryEvent,
    // gateways
    ExclusiveGateway,
    ParallelGateway,
    InclusiveGateway,
    EventBasedGateway,
    ComplexGateway,
    // flows and the rest
    SequenceFlow,
    Association,
    LaneSet,
    Lane,
    DataObject,
    DataObjectReference,
    DataStore,
    DataStoreReference,
    TextAnnotation,
    Group,
    Message,
    Signal,
    Error,
    Escalation,
    // the data an activity or a process takes and gives (inside ioSpecification)
    DataInput,
    DataOutput,
};

enum class BpmnEventDefinitionType : quint8
{
    None,
    Message,
    Timer,
    Error,
    Signal,
    Escalation,
    Conditional,
    Link,
    Compensation,
    Cancel,
    Terminate,
};

namespace BpmnSchema {
// Type of an element of the BPMN model namespace by its local name.
BpmnElementType elementType(QStringView localName);
QString elementName(BpmnElementType type);
// Event definition by local name ("timerEventDefinition"); None when it is not one.
BpmnEventDefinitionType eventDefinitionType(QStringView localName);

bool isTask(BpmnElementType type);
bool isSubProcess(BpmnElementType type); // subProcess, transaction, adHocSubProcess
bool isActivity(BpmnElementType type);
bool isEvent(BpmnElementType type);
bool isGateway(BpmnElementType type);
bool isFlowNode(BpmnElementType type);
// Holds flow elements: process and the sub-process kinds.
bool isFlowElementsContainer(BpmnElementType type);

// True when an attribute without namespace merely repeats the schema default on this element
// (isInterrupting="true", completionQuantity="1", ...); such attributes carry no information.
bool isDefaultAttributeValue(QStringView elementNamespace, QStringView elementName, QStringView attributeName,
                             QStringView value);
} // namespace BpmnSchema
