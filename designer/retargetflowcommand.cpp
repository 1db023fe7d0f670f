#include "retargetflowcommand.h"

#include "connectcommand.h"
#include "processdocument.h"

#include "bpmn/bpmnnamespaces.h"

namespace {

BpmnXmlNode *diOf(const BpmnXmlNode *plane, const QString &elementId, QStringView kind)
{
    for (const BpmnXmlNode *di : plane->childElements(BpmnNamespaces::bpmnDi, kind)) {
        if (di->attribute(u"bpmnElement") == elementId)
            return const_cast<BpmnXmlNode *>(di);
    }
    return nullptr;
}

// After documentation, extension elements and the other incoming references (schema order).
int incomingIndex(const BpmnXmlNode *node)
{
    static const QStringView before[] = {u"documentation", u"extensionElements", u"auditing",
                                         u"monitoring",    u"categoryValueRef",  u"incoming"};
    int index = 0;
    for (int i = 0; i < node->childCount(); ++i) {
        const BpmnXmlNode *child = node->childAt(i);
        if (!child->isElement() || child->namespaceUri() != BpmnNamespaces::model)
            continue;
        for (QStringView name : before) {
            if (child->name() == name)
                index = i + 1;
        }
    }
    return index;
}

} // namespace

RetargetFlowCommand::RetargetFlowCommand(ProcessDocument *document, const QString &flowId,
                                         const QString &newTargetId, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Reconnect"), parent)
{
    const BpmnDocument &bpmn = document->document();
    BpmnXmlNode *flow = bpmn.elementById(flowId);
    BpmnXmlNode *newTarget = bpmn.elementById(newTargetId);
    const BpmnXmlNode *plane = document->plane();
    if (!flow || !newTarget || !plane)
        return;
    BpmnXmlNode *oldTarget = bpmn.elementById(flow->attribute(u"targetRef"));
    const BpmnXmlNode *sourceShape = diOf(plane, flow->attribute(u"sourceRef"), u"BPMNShape");
    const BpmnXmlNode *targetShape = diOf(plane, newTargetId, u"BPMNShape");
    BpmnXmlNode *edge = diOf(plane, flowId, u"BPMNEdge");

    addSetAttribute(flow, QStringLiteral("targetRef"), newTargetId);
    markStructural();
    if (oldTarget) {
        for (BpmnXmlNode *incoming : oldTarget->childElements(BpmnNamespaces::model, u"incoming")) {
            if (incoming->textContent().trimmed() == flowId)
                addRemove(incoming);
        }
    }
    auto reference = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("incoming"),
                                                newTarget->prefix());
    reference->appendChild(BpmnXmlNode::createText(flowId));
    addInsert(newTarget, std::move(reference), incomingIndex(newTarget));

    if (!edge || !sourceShape || !targetShape)
        return;
    const QVector<BpmnXmlNode *> points = edge->childElements(BpmnNamespaces::di, u"waypoint");
    const int at = points.isEmpty() ? -1 : edge->indexOf(points.first());
    for (BpmnXmlNode *point : points)
        addRemove(point);
    int index = at;
    for (const QPointF &point :
         ConnectCommand::route(ProcessDocument::bounds(sourceShape), ProcessDocument::bounds(targetShape))) {
        auto waypoint = BpmnXmlNode::createElement(BpmnNamespaces::di.toString(), QStringLiteral("waypoint"),
                                                   points.isEmpty() ? QString() : points.first()->prefix());
        waypoint->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(point.x()));
        waypoint->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(point.y()));
        addInsert(edge, std::move(waypoint), index);
        if (index >= 0)
            ++index;
    }
}
