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

bool ProcessRules::canCreate(BpmnElementType type)
{
    return BpmnSchema::isTask(type) || BpmnSchema::isGateway(type) || type == BpmnElementType::StartEvent ||
           type == BpmnElementType::EndEvent || type == BpmnElementType::IntermediateThrowEvent ||
           type == BpmnElementType::IntermediateCatchEvent || type == BpmnElementType::SubProcess ||
           type == BpmnElementType::CallActivity;
}

QSizeF ProcessRules::defaultSize(BpmnElementType type)
{
    if (BpmnSchema::isEvent(type))
        return QSizeF(36, 36);
    if (BpmnSchema::isGateway(type))
        return QSizeF(50, 50);
    return QSizeF(100, 80);
}
