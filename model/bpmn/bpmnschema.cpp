#include "bpmnschema.h"

#include "bpmnnamespaces.h"

#include <QHash>

namespace {

struct TypeName
{
    BpmnElementType type;
    QStringView name;
};

constexpr TypeName typeNames[] = {
    {BpmnElementType::Definitions, u"definitions"},
    {BpmnElementType::Process, u"process"},
    {BpmnElementType::Collaboration, u"collaboration"},
    {BpmnElementType::Participant, u"participant"},
    {BpmnElementType::MessageFlow, u"messageFlow"},
    {BpmnElementType::Task, u"task"},
    {BpmnElementType::UserTask, u"userTask"},
    {BpmnElementType::ServiceTask, u"serviceTask"},
    {BpmnElementType::SendTask, u"sendTask"},
    {BpmnElementType::ReceiveTask, u"receiveTask"},
    {BpmnElementType::ManualTask, u"manualTask"},
    {BpmnElementType::BusinessRuleTask, u"businessRuleTask"},
    {BpmnElementType::ScriptTask, u"scriptTask"},
    {BpmnElementType::CallActivity, u"callActivity"},
    {BpmnElementType::SubProcess, u"subProcess"},
    {BpmnElementType::Transaction, u"transaction"},
    {BpmnElementType::AdHocSubProcess, u"adHocSubProcess"},
    {BpmnElementType::StartEvent, u"startEvent"},
    {BpmnElementType::EndEvent, u"endEvent"},
    {BpmnElementType::IntermediateCatchEvent, u"intermediateCatchEvent"},
    {BpmnElementType::IntermediateThrowEvent, u"intermediateThrowEvent"},
    {BpmnElementType::BoundaryEvent, u"boundaryEvent"},
    {BpmnElementType::ExclusiveGateway, u"exclusiveGateway"},
    {BpmnElementType::ParallelGateway, u"parallelGateway"},
    {BpmnElementType::InclusiveGateway, u"inclusiveGateway"},
    {BpmnElementType::EventBasedGateway, u"eventBasedGateway"},
    {BpmnElementType::ComplexGateway, u"complexGateway"},
    {BpmnElementType::SequenceFlow, u"sequenceFlow"},
    {BpmnElementType::Association, u"association"},
    {BpmnElementType::LaneSet, u"laneSet"},
    {BpmnElementType::Lane, u"lane"},
    {BpmnElementType::DataObject, u"dataObject"},
    {BpmnElementType::DataObjectReference, u"dataObjectReference"},
    {BpmnElementType::DataStore, u"dataStore"},
    {BpmnElementType::DataStoreReference, u"dataStoreReference"},
    {BpmnElementType::TextAnnotation, u"textAnnotation"},
    {BpmnElementType::Group, u"group"},
    {BpmnElementType::Message, u"message"},
    {BpmnElementType::Signal, u"signal"},
    {BpmnElementType::Error, u"error"},
    {BpmnElementType::Escalation, u"escalation"},
    {BpmnElementType::DataInput, u"dataInput"},
    {BpmnElementType::DataOutput, u"dataOutput"},
};

struct EventDefinitionName
{
    BpmnEventDefinitionType type;
    QStringView name;
};

constexpr EventDefinitionName eventDefinitionNames[] = {
    {BpmnEventDefinitionType::Message, u"messageEventDefinition"},
    {BpmnEventDefinitionType::Timer, u"timerEventDefinition"},
    {BpmnEventDefinitionType::Error, u"errorEventDefinition"},
    {BpmnEventDefinitionType::Signal, u"signalEventDefinition"},
    {BpmnEventDefinitionType::Escalation, u"escalationEventDefinition"},
    {BpmnEventDefinitionType::Conditional, u"conditionalEventDefinition"},
    {BpmnEventDefinitionType::Link, u"linkEventDefinition"},
    {BpmnEventDefinitionType::Compensation, u"compensateEventDefinition"},
    {BpmnEventDefinitionType::Cancel, u"cancelEventDefinition"},
    {BpmnEventDefinitionType::Terminate, u"terminateEventDefinition"},
};

bool inRange(BpmnElementType type, BpmnElementType first, BpmnElementType last)
{
    return type >= first && type <= last;
}

bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    for (QStringView candidate : names) {
        if (name == candidate)
            return true;
    }
    return false;
}

} // namespace

namespace BpmnSchema {

BpmnElementType elementType(QStringView localName)
{
    // Immutable after its thread-safe initialisation, so readers on any thread may share it.
    static const QHash<QString, BpmnElementType> types = [] {
        QHash<QString, BpmnElementType> hash;
        for (const TypeName &entry : typeNames)
            hash.insert(entry.name.toString(), entry.type);
        return hash;
    }();
    return types.value(localName.toString(), BpmnElementType::Unknown);
}

QString elementName(BpmnElementType type)
{
    for (const TypeName &entry : typeNames) {
        if (entry.type == type)
            return entry.name.toString();
    }
    return QString();
}

BpmnEventDefinitionType eventDefinitionType(QStringView localName)
{
    if (!localName.endsWith(u"EventDefinition"))
        return BpmnEventDefinitionType::None;
    for (const EventDefinitionName &entry : eventDefinitionNames) {
        if (entry.name == localName)
            return entry.type;
    }
    return BpmnEventDefinitionType::None;
}

bool isTask(BpmnElementType type)
{
    return inRange(type, BpmnElementType::Task, BpmnElementType::ScriptTask);
}

bool isSubProcess(BpmnElementType type)
{
    return inRange(type, BpmnElementType::SubProcess, BpmnElementType::AdHocSubProcess);
}

bool isActivity(BpmnElementType type)
{
    return inRange(type, BpmnElementType::Task, BpmnElementType::AdHocSubProcess);
}

bool isEvent(BpmnElementType type)
{
    return inRange(type, BpmnElementType::StartEvent, BpmnElementType::BoundaryEvent);
}

bool isGateway(BpmnElementType type)
{
    return inRange(type, BpmnElementType::ExclusiveGateway, BpmnElementType::ComplexGateway);
}

bool isFlowNode(BpmnElementType type)
{
    return inRange(type, BpmnElementType::Task, BpmnElementType::ComplexGateway);
}

bool isFlowElementsContainer(BpmnElementType type)
{
    return type == BpmnElementType::Process || isSubProcess(type);
}

bool isDefaultAttributeValue(QStringView elementNamespace, QStringView elementName, QStringView attributeName,
                             QStringView value)
{
    if (elementNamespace != BpmnNamespaces::model)
        return false;
    const BpmnElementType type = elementType(elementName);
    if (attributeName == u"isForCompensation")
        return isActivity(type) && value == u"false";
    if (attributeName == u"startQuantity" || attributeName == u"completionQuantity")
        return isActivity(type) && value == u"1";
    if (attributeName == u"isInterrupting")
        return type == BpmnElementType::StartEvent && value == u"true";
    if (attributeName == u"cancelActivity")
        return type == BpmnElementType::BoundaryEvent && value == u"true";
    if (attributeName == u"parallelMultiple")
        return value == u"false";
    if (attributeName == u"triggeredByEvent")
        return isSubProcess(type) && value == u"false";
    if (attributeName == u"gatewayDirection")
        return isGateway(type) && value == u"Unspecified";
    if (attributeName == u"instantiate")
        return value == u"false";
    if (attributeName == u"eventGatewayType")
        return value == u"Exclusive";
    if (attributeName == u"processType")
        return value == u"None";
    if (attributeName == u"isClosed")
        return value == u"false";
    if (attributeName == u"method")
        return type == BpmnElementType::Transaction && value == u"##Compensate";
    if (attributeName == u"cancelRemainingInstances")
        return value == u"true";
    if (attributeName == u"isSequential")
        return value == u"false";
    if (attributeName == u"behavior")
        return value == u"All";
    if (attributeName == u"testBefore")
        return value == u"false";
    if (attributeName == u"isCollection")
        return value == u"false";
    if (attributeName == u"isUnlimited")
        return value == u"true";
    if (attributeName == u"associationDirection")
        return value == u"None";
    if (attributeName == u"expressionLanguage")
        return type == BpmnElementType::Definitions && value == u"http://www.w3.org/1999/XPath";
    if (attributeName == u"typeLanguage")
        return type == BpmnElementType::Definitions && value == u"http://www.w3.org/2001/XMLSchema";
    if (attributeName == u"implementation") {
        if (isOneOf(elementName, {u"serviceTask", u"sendTask", u"receiveTask"}))
            return value == u"##WebService";
        if (isOneOf(elementName,
                    {u"userTask", u"businessRuleTask", u"globalUserTask", u"globalBusinessRuleTask"}))
            return value == u"##unspecified";
    }
    return false;
}

} // namespace BpmnSchema
