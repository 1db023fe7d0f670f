#include "moveshapescommand.h"

#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnxmlnode.h"

#include <QHash>
#include <QSet>

namespace {

BpmnXmlNode *labelBoundsOf(const BpmnXmlNode *owner)
{
    const BpmnXmlNode *label = owner->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel");
    return label ? label->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
}

QPointF pointOf(const BpmnXmlNode *node, QStringView xName = u"x", QStringView yName = u"y")
{
    return QPointF(node->attribute(xName).toDouble(), node->attribute(yName).toDouble());
}

} // namespace

MoveShapesCommand::Plan MoveShapesCommand::plan(const ProcessDocument &document, const QStringList &shapeIds)
{
    Plan plan;
    QSet<QString> moved;
    for (const QString &id : shapeIds) {
        BpmnXmlNode *shape = document.document().elementById(id);
        BpmnXmlNode *bounds = shape ? shape->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
        if (!bounds || !shape->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            continue;
        Plan::Shape entry;
        entry.id = id;
        entry.bounds = bounds;
        entry.original = ProcessDocument::bounds(shape);
        entry.labelBounds = labelBoundsOf(shape);
        if (entry.labelBounds)
            entry.originalLabel = ProcessDocument::bounds(entry.labelBounds->parent());
        plan.shapes.append(entry);
        moved.insert(shape->attribute(u"bpmnElement"));
    }
    const BpmnXmlNode *plane = document.plane();
    if (!plane || moved.isEmpty())
        return plan;
    for (const BpmnXmlNode *edge : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNEdge")) {
        const BpmnXmlNode *flow = document.document().elementById(edge->attribute(u"bpmnElement"));
        if (!flow)
            continue;
        const QPair<QString, QString> ends = ProcessRules::connectionEnds(flow);
        const bool source = moved.contains(ends.first);
        const bool target = moved.contains(ends.second);
        if (!source && !target)
            continue;
        const QVector<BpmnXmlNode *> points = edge->childElements(BpmnNamespaces::di, u"waypoint");
        if (points.isEmpty())
            continue;
        Plan::Edge entry;
        entry.id = edge->attribute(u"id");
        if (source && target) {
            entry.points = points;
            entry.labelBounds = labelBoundsOf(edge);
            if (entry.labelBounds)
                entry.originalLabel = ProcessDocument::bounds(entry.labelBounds->parent());
        } else {
            entry.points.append(source ? points.first() : points.last());
        }
        for (const BpmnXmlNode *point : std::as_const(entry.points))
            entry.original.append(pointOf(point));
        plan.edges.append(entry);
    }
    return plan;
}

MoveShapesCommand::MoveShapesCommand(ProcessDocument *document, const Plan &plan, QPointF delta, int gesture,
                                     QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Move %n element(s)", nullptr, int(plan.shapes.size())),
                          parent)
    , m_gesture(gesture)
{
    for (const Plan::Shape &shape : plan.shapes) {
        setPoint(shape.bounds, shape.original.topLeft() + delta, QStringLiteral("x"), QStringLiteral("y"));
        if (shape.labelBounds)
            setPoint(shape.labelBounds, shape.originalLabel.topLeft() + delta, QStringLiteral("x"),
                     QStringLiteral("y"));
        addChangedId(shape.id);
    }
    for (const Plan::Edge &edge : plan.edges) {
        for (int i = 0; i < edge.points.size(); ++i)
            setPoint(edge.points.at(i), edge.original.at(i) + delta, QStringLiteral("x"),
                     QStringLiteral("y"));
        if (edge.labelBounds)
            setPoint(edge.labelBounds, edge.originalLabel.topLeft() + delta, QStringLiteral("x"),
                     QStringLiteral("y"));
        addChangedId(edge.id);
    }
}

bool MoveShapesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveShapesCommand *>(other);
    if (m_gesture == 0 || move->m_gesture != m_gesture)
        return false;
    // Same gesture, same plan: the same steps in the same order, only the values moved on.
    setNewAttributeValues(move->newAttributeValues());
    return true;
}

void MoveShapesCommand::setPoint(BpmnXmlNode *node, QPointF point, const QString &xName, const QString &yName)
{
    addSetAttribute(node, xName, ProcessDocument::formatNumber(point.x()));
    addSetAttribute(node, yName, ProcessDocument::formatNumber(point.y()));
}
