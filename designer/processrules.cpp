#include "processrules.h"

#include "bpmn/bpmndocument.h"
#include "bpmn/bpmnnamespaces.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProcessRules", text);
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
    const BpmnElementType sourceType = typeOf(source);
    const BpmnElementType targetType = typeOf(target);
    if (isAssociation(document, sourceId, targetId)) {
        if (source == target)
            return tr("An element cannot be connected to itself.");
        for (const BpmnXmlNode *association :
             source->parent()->childElements(BpmnNamespaces::model, u"association")) {
            if (association->attribute(u"sourceRef") == sourceId &&
                association->attribute(u"targetRef") == targetId)
                return tr("These elements are already connected.");
        }
        return QString();
    }
    if (!BpmnSchema::isFlowNode(sourceType) || !BpmnSchema::isFlowNode(targetType))
        return tr("A sequence flow connects events, activities and gateways.");
    if (source == target)
        return tr("An element cannot be connected to itself.");
    if (sourceType == BpmnElementType::EndEvent)
        return tr("No sequence flow may leave an end event.");
    if (targetType == BpmnElementType::StartEvent)
        return tr("No sequence flow may enter a start event.");
    if (targetType == BpmnElementType::BoundaryEvent)
        return tr("No sequence flow may enter a boundary event.");
    if (source->parent() != target->parent())
        return tr("A sequence flow stays inside one process or sub-process.");
    for (const BpmnXmlNode *flow : source->parent()->childElements(BpmnNamespaces::model, u"sequenceFlow")) {
        if (flow->attribute(u"sourceRef") == sourceId && flow->attribute(u"targetRef") == targetId)
            return tr("These elements are already connected.");
    }
    return QString();
}

bool ProcessRules::isAssociation(const BpmnDocument &document, const QString &sourceId,
                                 const QString &targetId)
{
    const BpmnXmlNode *source = document.elementById(sourceId);
    const BpmnXmlNode *target = document.elementById(targetId);
    if (!source || !target || !source->parent())
        return false;
    // A text annotation is joined to what it explains by an association (either direction).
    const BpmnElementType sourceType = typeOf(source);
    const BpmnElementType targetType = typeOf(target);
    const auto annotates = [](BpmnElementType type) {
        return BpmnSchema::isFlowNode(type) || type == BpmnElementType::DataObjectReference ||
               type == BpmnElementType::DataStoreReference || type == BpmnElementType::TextAnnotation;
    };
    return (sourceType == BpmnElementType::TextAnnotation && annotates(targetType)) ||
           (targetType == BpmnElementType::TextAnnotation && annotates(sourceType));
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
           type == BpmnElementType::Group;
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
