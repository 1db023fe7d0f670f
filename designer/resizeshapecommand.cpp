#include "resizeshapecommand.h"

#include "processcontainers.h"
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
    plan.minimum = minimumSize();
    addFollowers(document, shape, plan);
    return plan;
}

void ResizeShapeCommand::addFollowers(const ProcessDocument &document, const BpmnXmlNode *shape, Plan &plan)
{
    const BpmnXmlNode *element = document.document().elementById(shape->attribute(u"bpmnElement"));
    const BpmnElementType type = ProcessRules::typeOf(element);
    if (type != BpmnElementType::Participant && type != BpmnElementType::Lane)
        return;
    const BpmnXmlNode *process = type == BpmnElementType::Participant
                                     ? ProcessContainers::processOf(document, element)
                                     : ProcessContainers::processOfElement(element);
    const BpmnXmlNode *pool =
        type == BpmnElementType::Participant ? element : ProcessContainers::participantOf(document, process);
    BpmnXmlNode *poolShape = pool ? ProcessContainers::shapeOf(document, pool->attribute(u"id")) : nullptr;
    if (!poolShape)
        return;
    const QRectF poolBounds = ProcessDocument::bounds(poolShape);
    const bool horizontal = poolShape->attribute(u"isHorizontal") != u"false";
    const auto follower = [](BpmnXmlNode *owner) {
        Plan::Follower entry;
        entry.bounds = owner->firstChildElement(BpmnNamespaces::dc, u"Bounds");
        entry.original = ProcessDocument::bounds(owner);
        entry.id = owner->attribute(u"id");
        return entry;
    };
    const QRectF lane = plan.original;
    if (type == BpmnElementType::Lane) {
        Plan::Follower entry = follower(poolShape);
        entry.fw = entry.fh = 1;
        plan.followers.append(entry);
    }
    QStringList shiftedShapes;
    for (const BpmnXmlNode *other : ProcessContainers::lanesOf(process)) {
        BpmnXmlNode *otherShape = ProcessContainers::shapeOf(document, other->attribute(u"id"));
        if (!otherShape || other == element || !otherShape->firstChildElement(BpmnNamespaces::dc, u"Bounds"))
            continue;
        Plan::Follower entry = follower(otherShape);
        const QRectF bounds = entry.original;
        if (type == BpmnElementType::Participant) {
            entry.fw = qAbs(bounds.right() - poolBounds.right()) < 1 ? 1 : 0;
            entry.fh = qAbs(bounds.bottom() - poolBounds.bottom()) < 1 ? 1 : 0;
            // Lanes keep at least the minimum size.
            if (entry.fw > 0)
                plan.minimum.setWidth(
                    std::max(plan.minimum.width(), poolBounds.width() - bounds.width() + 30));
            if (entry.fh > 0)
                plan.minimum.setHeight(
                    std::max(plan.minimum.height(), poolBounds.height() - bounds.height() + 30));
        } else if (horizontal) {
            entry.fw = qAbs(bounds.right() - lane.right()) < 1 ? 1 : 0;
            entry.fy = bounds.top() >= lane.bottom() - 0.5 ? 1 : 0;
        } else {
            entry.fh = qAbs(bounds.bottom() - lane.bottom()) < 1 ? 1 : 0;
            entry.fx = bounds.left() >= lane.right() - 0.5 ? 1 : 0;
        }
        if (entry.fx == 0 && entry.fy == 0 && entry.fw == 0 && entry.fh == 0)
            continue;
        plan.followers.append(entry);
        if (entry.fx > 0 || entry.fy > 0) {
            for (const BpmnXmlNode *ref : other->childElements(BpmnNamespaces::model, u"flowNodeRef")) {
                if (const BpmnXmlNode *refShape =
                        ProcessContainers::shapeOf(document, ref->textContent().trimmed()))
                    shiftedShapes.append(refShape->attribute(u"id"));
            }
        }
    }
    if (!shiftedShapes.isEmpty()) {
        plan.shifted = MoveShapesCommand::plan(document, shiftedShapes, false);
        plan.shiftAxis = horizontal ? QPointF(0, 1) : QPointF(1, 0);
    }
}

ResizeShapeCommand::ResizeShapeCommand(ProcessDocument *document, const Plan &plan, const QRectF &bounds,
                                       int gesture, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Resize"), parent)
    , m_gesture(gesture)
{
    if (plan.isEmpty())
        return;
    const QRectF rect(bounds.topLeft(),
                      bounds.size().expandedTo(plan.minimum.isValid() ? plan.minimum : minimumSize()));
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
    // Pools and lanes that follow, and what the moved lanes hold.
    const qreal dw = rect.width() - old.width();
    const qreal dh = rect.height() - old.height();
    const auto set = [this](BpmnXmlNode *node, const QString &name, qreal value) {
        addSetAttribute(node, name, ProcessDocument::formatNumber(value));
    };
    for (const Plan::Follower &follower : plan.followers) {
        const QRectF &o = follower.original;
        set(follower.bounds, QStringLiteral("x"), o.x() + follower.fx * dw);
        set(follower.bounds, QStringLiteral("y"), o.y() + follower.fy * dh);
        set(follower.bounds, QStringLiteral("width"), o.width() + follower.fw * dw);
        set(follower.bounds, QStringLiteral("height"), o.height() + follower.fh * dh);
        addChangedId(follower.id);
    }
    const QPointF delta(plan.shiftAxis.x() * dw, plan.shiftAxis.y() * dh);
    for (const MoveShapesCommand::Plan::Shape &shape : plan.shifted.shapes) {
        set(shape.bounds, QStringLiteral("x"), shape.original.x() + delta.x());
        set(shape.bounds, QStringLiteral("y"), shape.original.y() + delta.y());
        if (shape.labelBounds) {
            set(shape.labelBounds, QStringLiteral("x"), shape.originalLabel.x() + delta.x());
            set(shape.labelBounds, QStringLiteral("y"), shape.originalLabel.y() + delta.y());
        }
        addChangedId(shape.id);
    }
    for (const MoveShapesCommand::Plan::Edge &edge : plan.shifted.edges) {
        for (int i = 0; i < edge.points.size(); ++i) {
            set(edge.points.at(i), QStringLiteral("x"), edge.original.at(i).x() + delta.x());
            set(edge.points.at(i), QStringLiteral("y"), edge.original.at(i).y() + delta.y());
        }
        if (edge.labelBounds) {
            set(edge.labelBounds, QStringLiteral("x"), edge.originalLabel.x() + delta.x());
            set(edge.labelBounds, QStringLiteral("y"), edge.originalLabel.y() + delta.y());
        }
        addChangedId(edge.id);
    }
}

bool ResizeShapeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *resize = static_cast<const ResizeShapeCommand *>(other);
    if (hasFollowUps() || m_gesture == 0 || resize->m_gesture != m_gesture)
        return false;
    setNewAttributeValues(resize->newAttributeValues());
    return true;
}
