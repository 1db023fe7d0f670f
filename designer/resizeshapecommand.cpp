#include "resizeshapecommand.h"

#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnxmlnode.h"

namespace {

QPointF pointOf(const BpmnXmlNode *node)
{
    return QPointF(node->attribute(u"x").toDouble(), node->attribute(u"y").toDouble());
}

} // namespace

bool ResizeShapeCommand::isResizable(const ProcessDocument &document, const QString &shapeId)
{
    const BpmnXmlNode *shape = document.document().elementById(shapeId);
    if (!shape || !shape->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
        return false;
    const BpmnElementType type =
        ProcessRules::typeOf(document.document().elementById(shape->attribute(u"bpmnElement")));
    return BpmnSchema::isActivity(type) || type == BpmnElementType::Participant ||
           type == BpmnElementType::Lane || type == BpmnElementType::TextAnnotation ||
           type == BpmnElementType::Group;
}

ResizeShapeCommand::Plan ResizeShapeCommand::plan(const ProcessDocument &document, const QString &shapeId)
{
    Plan plan;
    if (!isResizable(document, shapeId))
        return plan;
    BpmnXmlNode *shape = document.document().elementById(shapeId);
    plan.bounds = shape->firstChildElement(BpmnNamespaces::dc, u"Bounds");
    if (!plan.bounds)
        return plan;
    plan.id = shapeId;
    plan.original = ProcessDocument::bounds(shape);
    const QString elementId = shape->attribute(u"bpmnElement");
    const BpmnXmlNode *plane = document.plane();
    if (!plane)
        return plan;
    for (const BpmnXmlNode *edge : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNEdge")) {
        const BpmnXmlNode *flow = document.document().elementById(edge->attribute(u"bpmnElement"));
        if (!flow)
            continue;
        const QVector<BpmnXmlNode *> points = edge->childElements(BpmnNamespaces::di, u"waypoint");
        if (points.isEmpty())
            continue;
        bool attached = false;
        const QPair<QString, QString> ends = ProcessRules::connectionEnds(flow);
        if (ends.first == elementId) {
            plan.endPoints.append(points.first());
            attached = true;
        }
        if (ends.second == elementId && points.size() > 1) {
            plan.endPoints.append(points.last());
            attached = true;
        }
        if (attached)
            plan.edgeIds.append(edge->attribute(u"id"));
    }
    for (const BpmnXmlNode *point : std::as_const(plan.endPoints))
        plan.originalPoints.append(pointOf(point));
    return plan;
}

ResizeShapeCommand::ResizeShapeCommand(ProcessDocument *document, const Plan &plan, const QRectF &bounds,
                                       int gesture, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Resize"), parent)
    , m_gesture(gesture)
{
    if (plan.isEmpty())
        return;
    const QRectF rect(bounds.topLeft(), bounds.size().expandedTo(minimumSize()));
    addSetAttribute(plan.bounds, QStringLiteral("x"), ProcessDocument::formatNumber(rect.x()));
    addSetAttribute(plan.bounds, QStringLiteral("y"), ProcessDocument::formatNumber(rect.y()));
    addSetAttribute(plan.bounds, QStringLiteral("width"), ProcessDocument::formatNumber(rect.width()));
    addSetAttribute(plan.bounds, QStringLiteral("height"), ProcessDocument::formatNumber(rect.height()));
    addChangedId(plan.id);
    // An end of a flow keeps its relative place: on the right edge it stays on the right edge.
    const QRectF &old = plan.original;
    for (int i = 0; i < plan.endPoints.size(); ++i) {
        const QPointF p = plan.originalPoints.at(i);
        const qreal fx = old.width() > 0 ? (p.x() - old.left()) / old.width() : 0;
        const qreal fy = old.height() > 0 ? (p.y() - old.top()) / old.height() : 0;
        const QPointF moved(qRound(rect.left() + fx * rect.width()), qRound(rect.top() + fy * rect.height()));
        addSetAttribute(plan.endPoints.at(i), QStringLiteral("x"), ProcessDocument::formatNumber(moved.x()));
        addSetAttribute(plan.endPoints.at(i), QStringLiteral("y"), ProcessDocument::formatNumber(moved.y()));
    }
    for (const QString &edgeId : plan.edgeIds)
        addChangedId(edgeId);
}

bool ResizeShapeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *resize = static_cast<const ResizeShapeCommand *>(other);
    if (m_gesture == 0 || resize->m_gesture != m_gesture)
        return false;
    setNewAttributeValues(resize->newAttributeValues());
    return true;
}
