#include "moveshapescommand.h"

#include "membershipcommand.h"
#include "processcontainers.h"
#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnxmlnode.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>

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

MoveShapesCommand::Plan MoveShapesCommand::plan(const ProcessDocument &document, const QStringList &shapeIds,
                                                bool laneMovesPool)
{
    Plan plan;
    const BpmnDocument &bpmn = document.document();
    // The elements the user moved; a lane stands for its pool.
    QVector<const BpmnXmlNode *> roots;
    QSet<const BpmnXmlNode *> known;
    QSet<const BpmnXmlNode *> expanded; // sub-processes drawn open: their content moves along
    for (const QString &id : shapeIds) {
        const BpmnXmlNode *shape = bpmn.elementById(id);
        if (!shape || !shape->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            continue;
        const BpmnXmlNode *element = bpmn.elementById(shape->attribute(u"bpmnElement"));
        if (laneMovesPool && ProcessRules::typeOf(element) == BpmnElementType::Lane) {
            if (const BpmnXmlNode *pool =
                    ProcessContainers::participantOf(document, ProcessContainers::processOfElement(element)))
                element = pool;
        } else if (shape->attribute(u"isExpanded") == u"true") {
            expanded.insert(element);
        }
        if (element && !known.contains(element)) {
            known.insert(element);
            roots.append(element);
        }
    }
    // What moves with them.
    QSet<QString> moved;
    for (const BpmnXmlNode *element : std::as_const(roots)) {
        moved.insert(element->attribute(u"id"));
        const BpmnElementType type = ProcessRules::typeOf(element);
        if (type == BpmnElementType::Participant) {
            if (const BpmnXmlNode *process = ProcessContainers::processOf(document, element))
                moved += ProcessContainers::descendantIds(process);
        } else if (BpmnSchema::isSubProcess(type) && expanded.contains(element)) {
            moved += ProcessContainers::descendantIds(element);
        }
    }
    const BpmnXmlNode *plane = document.plane();
    QVector<BpmnXmlNode *> shapes;
    if (plane) {
        shapes = plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape");
        // An expanded call activity shows the process it calls: that content moves with it.
        for (int pass = 0; pass < 2; ++pass) {
            for (const BpmnXmlNode *shape : std::as_const(shapes)) {
                if (shape->attribute(u"isExpanded") != u"true" ||
                    !moved.contains(shape->attribute(u"bpmnElement")))
                    continue;
                const BpmnXmlNode *element = bpmn.elementById(shape->attribute(u"bpmnElement"));
                const BpmnXmlNode *called = element && element->is(BpmnNamespaces::model, u"callActivity")
                                                ? bpmn.elementById(element->attribute(u"calledElement"))
                                                : nullptr;
                if (called && called->is(BpmnNamespaces::model, u"process"))
                    moved += ProcessContainers::descendantIds(called);
            }
        }
        // Boundary events go with their activities (and with what those are inside).
        for (const BpmnXmlNode *shape : std::as_const(shapes)) {
            const BpmnXmlNode *element = bpmn.elementById(shape->attribute(u"bpmnElement"));
            if (element && element->is(BpmnNamespaces::model, u"boundaryEvent") &&
                moved.contains(element->attribute(u"attachedToRef")))
                moved.insert(element->attribute(u"id"));
        }
    }
    for (const BpmnXmlNode *element : std::as_const(roots)) {
        // Not a root when it moves with another one (a task in a moved pool or sub-process).
        bool inside = ProcessRules::typeOf(element) == BpmnElementType::BoundaryEvent &&
                      moved.contains(element->attribute(u"attachedToRef"));
        for (const BpmnXmlNode *node = element->parent(); node && !inside; node = node->parent())
            inside = node->isElement() && moved.contains(node->attribute(u"id"));
        if (!inside)
            plan.roots.append(element->attribute(u"id"));
    }
    for (const BpmnXmlNode *shape : std::as_const(shapes)) {
        BpmnXmlNode *bounds = shape->firstChildElement(BpmnNamespaces::dc, u"Bounds");
        if (!bounds || !moved.contains(shape->attribute(u"bpmnElement")))
            continue;
        Plan::Shape entry;
        entry.id = shape->attribute(u"id");
        entry.bounds = bounds;
        entry.original = ProcessDocument::bounds(shape);
        entry.labelBounds = labelBoundsOf(shape);
        if (entry.labelBounds)
            entry.originalLabel = ProcessDocument::bounds(entry.labelBounds->parent());
        plan.shapes.append(entry);
    }
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
    , m_delta(delta)
    , m_roots(plan.roots)
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
    if (hasFollowUps() || m_gesture == 0 || move->m_gesture != m_gesture || m_membership)
        return false;
    // Same gesture, same plan: the same steps in the same order, only the values moved on.
    setNewAttributeValues(move->newAttributeValues());
    m_delta = move->m_delta;
    return true;
}

void MoveShapesCommand::setPoint(BpmnXmlNode *node, QPointF point, const QString &xName, const QString &yName)
{
    addSetAttribute(node, xName, ProcessDocument::formatNumber(point.x()));
    addSetAttribute(node, yName, ProcessDocument::formatNumber(point.y()));
}

MoveShapesCommand::~MoveShapesCommand() = default;

void MoveShapesCommand::redo()
{
    DocumentEditCommand::redo();
    if (m_membership)
        m_membership->redo();
}

void MoveShapesCommand::undo()
{
    if (m_membership)
        m_membership->undo();
    DocumentEditCommand::undo();
}

QString MoveShapesCommand::finishGesture(QUndoStack *stack)
{
    if (!stack || stack->index() == 0 || stack->index() != stack->count())
        return QString();
    const QUndoCommand *top = stack->command(stack->index() - 1);
    if (top->id() != int(ProcessCommandId::MoveShapes))
        return QString();
    // The stack hands out its commands as const; this one is ours to complete.
    auto *move = const_cast<MoveShapesCommand *>(static_cast<const MoveShapesCommand *>(top));
    if (move->m_membership || move->m_roots.isEmpty())
        return QString();
    auto membership =
        std::make_unique<UpdateMembershipCommand>(move->document(), move->m_roots, move->m_delta);
    if (!membership->problem().isEmpty()) {
        // Taken back as if it had not happened: no redo entry is left for it. The stack drops
        // an obsolete command without undoing it, so it is undone first.
        move->undo();
        move->setObsolete(true);
        stack->undo();
        return membership->problem();
    }
    if (membership->isEmpty())
        return QString();
    membership->redo();
    move->m_membership = std::move(membership);
    return QString();
}
