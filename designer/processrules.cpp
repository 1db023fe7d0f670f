#include "processrules.h"

#include "bpmn/bpmndocument.h"
#include "bpmn/bpmnnamespaces.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProcessRules", text);
}

using Kind = ProcessRules::ConnectionKind;

bool isData(BpmnElementType type)
{
    return type == BpmnElementType::DataObjectReference || type == BpmnElementType::DataStoreReference;
}

// Events join message flows when they have no event definition or a message one.
bool isMessageEvent(const BpmnXmlNode *event)
{
    for (const auto &child : event->children()) {
        if (!child->isElement() || child->namespaceUri() != BpmnNamespaces::model)
            continue;
        const BpmnEventDefinitionType definition = BpmnSchema::eventDefinitionType(child->name());
        if (definition != BpmnEventDefinitionType::None && definition != BpmnEventDefinitionType::Message)
            return false;
    }
    return true;
}

bool hasMessageDefinition(const BpmnXmlNode *event)
{
    return event->firstChildElement(BpmnNamespaces::model, u"messageEventDefinition") != nullptr;
}

// As bpmn-js: pools, activities, and throwing events with a message (or no) definition.
bool isMessageFlowSource(const BpmnXmlNode *node, BpmnElementType type)
{
    if (type == BpmnElementType::Participant || BpmnSchema::isActivity(type))
        return true;
    return (type == BpmnElementType::IntermediateThrowEvent || type == BpmnElementType::EndEvent) &&
           isMessageEvent(node);
}

bool isMessageFlowTarget(const BpmnXmlNode *node, BpmnElementType type)
{
    if (type == BpmnElementType::Participant)
        return true;
    if (BpmnSchema::isActivity(type))
        return node->attribute(u"isForCompensation") != u"true";
    if (type == BpmnElementType::BoundaryEvent)
        return hasMessageDefinition(node);
    return (type == BpmnElementType::StartEvent || type == BpmnElementType::IntermediateCatchEvent) &&
           isMessageEvent(node);
}

// Whether `container` already holds a `name` connection from `sourceId` to `targetId`.
bool alreadyConnected(const BpmnXmlNode *container, QStringView name, const QString &sourceId,
                      const QString &targetId)
{
    if (!container)
        return false;
    for (const BpmnXmlNode *connection : container->childElements(BpmnNamespaces::model, name)) {
        if (ProcessRules::connectionEnds(connection) == qMakePair(sourceId, targetId))
            return true;
    }
    return false;
}

QString messageFlowProblem(const BpmnDocument &document, const BpmnXmlNode *source, const BpmnXmlNode *target)
{
    if (!isMessageFlowSource(source, ProcessRules::typeOf(source)))
        return tr("A message flow starts at a pool, an activity or an event that sends a message.");
    if (!isMessageFlowTarget(target, ProcessRules::typeOf(target)))
        return tr("A message flow ends at a pool, an activity or an event that receives a message.");
    const BpmnXmlNode *pool = ProcessRules::poolOf(document, source);
    if (alreadyConnected(pool->parent(), u"messageFlow", source->attribute(u"id"), target->attribute(u"id")))
        return tr("These elements are already connected.");
    return QString();
}

QString sequenceFlowProblem(const BpmnXmlNode *source, const BpmnXmlNode *target)
{
    const BpmnElementType sourceType = ProcessRules::typeOf(source);
    const BpmnElementType targetType = ProcessRules::typeOf(target);
    if (isData(sourceType) || isData(targetType))
        return tr("A data association joins an activity to a data object or data store.");
    if (!BpmnSchema::isFlowNode(sourceType) || !BpmnSchema::isFlowNode(targetType))
        return tr("A sequence flow connects events, activities and gateways.");
    if (sourceType == BpmnElementType::EndEvent)
        return tr("No sequence flow may leave an end event.");
    if (targetType == BpmnElementType::StartEvent)
        return tr("No sequence flow may enter a start event.");
    if (targetType == BpmnElementType::BoundaryEvent)
        return tr("No sequence flow may enter a boundary event.");
    if (source->parent() != target->parent())
        return tr("A sequence flow stays inside one process or sub-process.");
    if (alreadyConnected(source->parent(), u"sequenceFlow", source->attribute(u"id"),
                         target->attribute(u"id")))
        return tr("These elements are already connected.");
    return QString();
}

} // namespace

BpmnElementType ProcessRules::typeOf(const BpmnXmlNode *node)
{
    if (!node || node->namespaceUri() != BpmnNamespaces::model)
        return BpmnElementType::Unknown;
    return BpmnSchema::elementType(node->name());
}

QString ProcessRules::connectionProblem(const BpmnDocument &document, const QString &sourceId,
                                        const QString &targetId)
{
    const BpmnXmlNode *source = document.elementById(sourceId);
    const BpmnXmlNode *target = document.elementById(targetId);
    const Kind kind = connectionKind(document, sourceId, targetId);
    if (kind == Kind::None)
        return tr("These elements cannot be connected.");
    if (source == target)
        return tr("An element cannot be connected to itself.");
    switch (kind) {
    case Kind::Association:
        return alreadyConnected(source->parent(), u"association", sourceId, targetId)
                   ? tr("These elements are already connected.")
                   : QString();
    case Kind::DataOutputAssociation:
        return alreadyConnected(source, u"dataOutputAssociation", sourceId, targetId)
                   ? tr("These elements are already connected.")
                   : QString();
    case Kind::DataInputAssociation:
        return alreadyConnected(target, u"dataInputAssociation", sourceId, targetId)
                   ? tr("These elements are already connected.")
                   : QString();
    case Kind::MessageFlow:
        return messageFlowProblem(document, source, target);
    default:
        return sequenceFlowProblem(source, target);
    }
}

ProcessRules::ConnectionKind ProcessRules::connectionKind(const BpmnDocument &document,
                                                          const QString &sourceId, const QString &targetId)
{
    const BpmnXmlNode *source = document.elementById(sourceId);
    const BpmnXmlNode *target = document.elementById(targetId);
    if (!source || !target || !source->parent() || !target->parent())
        return Kind::None;
    const BpmnElementType sourceType = typeOf(source);
    const BpmnElementType targetType = typeOf(target);
    // A text annotation is joined to what it explains by an association (either direction).
    const auto annotates = [](BpmnElementType type) {
        return BpmnSchema::isFlowNode(type) || isData(type) || type == BpmnElementType::TextAnnotation ||
               type == BpmnElementType::Participant;
    };
    if ((sourceType == BpmnElementType::TextAnnotation && annotates(targetType)) ||
        (targetType == BpmnElementType::TextAnnotation && annotates(sourceType)))
        return Kind::Association;
    if (BpmnSchema::isActivity(sourceType) && isData(targetType))
        return Kind::DataOutputAssociation;
    if (isData(sourceType) && BpmnSchema::isActivity(targetType))
        return Kind::DataInputAssociation;
    const BpmnXmlNode *sourcePool = poolOf(document, source);
    const BpmnXmlNode *targetPool = poolOf(document, target);
    if (sourcePool && targetPool && sourcePool != targetPool)
        return Kind::MessageFlow;
    return Kind::SequenceFlow;
}

ProcessRules::ConnectionKind ProcessRules::kindOf(const BpmnXmlNode *connection)
{
    if (!connection || connection->namespaceUri() != BpmnNamespaces::model)
        return Kind::None;
    const QString &name = connection->name();
    if (name == u"sequenceFlow")
        return Kind::SequenceFlow;
    if (name == u"messageFlow")
        return Kind::MessageFlow;
    if (name == u"association")
        return Kind::Association;
    if (name == u"dataInputAssociation")
        return Kind::DataInputAssociation;
    if (name == u"dataOutputAssociation")
        return Kind::DataOutputAssociation;
    return Kind::None;
}

const BpmnXmlNode *ProcessRules::poolOf(const BpmnDocument &document, const BpmnXmlNode *element)
{
    if (typeOf(element) == BpmnElementType::Participant)
        return element;
    const BpmnXmlNode *process = element;
    while (process && !process->is(BpmnNamespaces::model, u"process"))
        process = process->parent();
    const BpmnXmlNode *root = document.root();
    if (!process || !root)
        return nullptr;
    const QString processId = process->attribute(u"id");
    for (const BpmnXmlNode *collaboration : root->childElements(BpmnNamespaces::model, u"collaboration")) {
        for (const BpmnXmlNode *participant :
             collaboration->childElements(BpmnNamespaces::model, u"participant")) {
            if (participant->attribute(u"processRef") == processId)
                return participant;
        }
    }
    return nullptr;
}

QString ProcessRules::reconnectionProblem(const BpmnDocument &document, const QString &connectionId,
                                          bool sourceEnd, const QString &newElementId)
{
    const BpmnXmlNode *connection = document.elementById(connectionId);
    const Kind kind = kindOf(connection);
    if (kind == Kind::None)
        return tr("Only flows and associations can be reconnected.");
    QPair<QString, QString> ends = connectionEnds(connection);
    (sourceEnd ? ends.first : ends.second) = newElementId;
    const Kind newKind = connectionKind(document, ends.first, ends.second);
    if (newKind != kind && newKind != Kind::None) {
        switch (kind) {
        case Kind::SequenceFlow:
            if (newKind == Kind::MessageFlow)
                return tr("A sequence flow stays inside one pool; between pools draw a message flow.");
            return tr("A sequence flow connects events, activities and gateways.");
        case Kind::MessageFlow:
            return tr("A message flow connects elements of two different pools.");
        case Kind::Association:
            return tr("An association joins a text annotation to another element.");
        default:
            return tr("A data association joins an activity to a data object or data store.");
        }
    }
    return connectionProblem(document, ends.first, ends.second);
}

bool ProcessRules::canBeDefaultOrConditional(const BpmnDocument &document, const QString &flowId)
{
    const BpmnXmlNode *flow = document.elementById(flowId);
    if (kindOf(flow) != Kind::SequenceFlow)
        return false;
    const BpmnElementType sourceType = typeOf(document.elementById(flow->attribute(u"sourceRef")));
    return BpmnSchema::isActivity(sourceType) || sourceType == BpmnElementType::ExclusiveGateway ||
           sourceType == BpmnElementType::InclusiveGateway || sourceType == BpmnElementType::ComplexGateway;
}

QPair<QString, QString> ProcessRules::connectionEnds(const BpmnXmlNode *connection)
{
    if (!connection)
        return {};
    if (connection->hasAttribute(u"sourceRef") || connection->hasAttribute(u"targetRef"))
        return {connection->attribute(u"sourceRef"), connection->attribute(u"targetRef")};
    const auto childRef = [connection](QStringView name) {
        const BpmnXmlNode *ref = connection->firstChildElement(BpmnNamespaces::model, name);
        return ref ? ref->textContent().trimmed() : QString();
    };
    const QString owner = connection->parent() ? connection->parent()->attribute(u"id") : QString();
    if (connection->name() == u"dataOutputAssociation")
        return {owner, childRef(u"targetRef")};
    if (connection->name() == u"dataInputAssociation")
        return {childRef(u"sourceRef"), owner};
    return {};
}

bool ProcessRules::canCreate(BpmnElementType type)
{
    return BpmnSchema::isTask(type) || BpmnSchema::isGateway(type) || type == BpmnElementType::StartEvent ||
           type == BpmnElementType::EndEvent || type == BpmnElementType::IntermediateThrowEvent ||
           type == BpmnElementType::IntermediateCatchEvent || type == BpmnElementType::SubProcess ||
           type == BpmnElementType::CallActivity || type == BpmnElementType::TextAnnotation ||
           type == BpmnElementType::DataObjectReference || type == BpmnElementType::DataStoreReference ||
           type == BpmnElementType::Group || type == BpmnElementType::BoundaryEvent ||
           type == BpmnElementType::Participant || type == BpmnElementType::Lane ||
           type == BpmnElementType::Transaction || type == BpmnElementType::AdHocSubProcess;
}

bool ProcessRules::canInsertIntoFlow(BpmnElementType type)
{
    return BpmnSchema::isActivity(type) || BpmnSchema::isGateway(type) ||
           type == BpmnElementType::IntermediateThrowEvent || type == BpmnElementType::IntermediateCatchEvent;
}

QSizeF ProcessRules::defaultSize(BpmnElementType type)
{
    if (BpmnSchema::isEvent(type))
        return QSizeF(36, 36);
    if (BpmnSchema::isGateway(type))
        return QSizeF(50, 50);
    switch (type) {
    case BpmnElementType::TextAnnotation:
        return QSizeF(100, 30);
    case BpmnElementType::DataObjectReference:
        return QSizeF(36, 50);
    case BpmnElementType::DataStoreReference:
        return QSizeF(50, 50);
    case BpmnElementType::Group:
        return QSizeF(300, 200);
    default:
        return QSizeF(100, 80);
    }
}
