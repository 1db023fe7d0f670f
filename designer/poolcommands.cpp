#include "poolcommands.h"

#include "moveshapescommand.h"
#include "processcontainers.h"
#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NestedLaneCommand", text);
}

constexpr qreal nameBand = 30;  // the band with a lane's name, beside its child lanes
constexpr qreal laneSize = 120; // how much a new lane adds across the pool

// Pools and lanes are computed as if horizontal; a vertical pool is that picture mirrored on the
// diagonal.
QRectF transposed(const QRectF &rect, bool horizontal)
{
    return horizontal ? rect : QRectF(rect.y(), rect.x(), rect.height(), rect.width());
}

QVector<BpmnXmlNode *> childLanesOf(const BpmnXmlNode *lane)
{
    const BpmnXmlNode *set = lane ? lane->firstChildElement(BpmnNamespaces::model, u"childLaneSet") : nullptr;
    return set ? set->childElements(BpmnNamespaces::model, u"lane") : QVector<BpmnXmlNode *>();
}

} // namespace

CloseLaneGapCommand::Gap CloseLaneGapCommand::gapOf(const ProcessDocument &document, const QString &laneId,
                                                    const QStringList &deletedIds)
{
    Gap gap;
    const BpmnXmlNode *lane = document.document().elementById(laneId);
    if (!lane || !lane->is(BpmnNamespaces::model, u"lane") || !lane->parent())
        return gap;
    gap.bounds = ProcessContainers::boundsOf(document, laneId);
    for (const BpmnXmlNode *ref : lane->childElements(BpmnNamespaces::model, u"flowNodeRef"))
        gap.flowNodeIds.append(ref->textContent().trimmed());
    // The nearest remaining lane of the same set, the one before first.
    const QVector<BpmnXmlNode *> siblings = lane->parent()->childElements(BpmnNamespaces::model, u"lane");
    const int index = int(siblings.indexOf(const_cast<BpmnXmlNode *>(lane)));
    const auto usable = [&](const BpmnXmlNode *candidate) {
        const QString id = candidate->attribute(u"id");
        return !deletedIds.contains(id) && ProcessContainers::shapeOf(document, id);
    };
    for (int i = index - 1; i >= 0 && gap.neighbourId.isEmpty(); --i) {
        if (usable(siblings.at(i)))
            gap.neighbourId = siblings.at(i)->attribute(u"id");
    }
    for (int i = index + 1; i < siblings.size() && gap.neighbourId.isEmpty(); ++i) {
        if (usable(siblings.at(i)))
            gap.neighbourId = siblings.at(i)->attribute(u"id");
    }
    return gap;
}

CloseLaneGapCommand::CloseLaneGapCommand(ProcessDocument *document, const Gap &gap, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Close lane gap"), parent)
{
    BpmnXmlNode *neighbour = document->document().elementById(gap.neighbourId);
    BpmnXmlNode *shape = ProcessContainers::shapeOf(*document, gap.neighbourId);
    BpmnXmlNode *boundsNode = shape ? shape->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
    if (!neighbour || !boundsNode || gap.bounds.isEmpty())
        return;
    const QRectF grown = ProcessDocument::bounds(shape) | gap.bounds;
    addSetPosition(boundsNode, grown.topLeft());
    addSetAttribute(boundsNode, QStringLiteral("width"), ProcessDocument::formatNumber(grown.width()));
    addSetAttribute(boundsNode, QStringLiteral("height"), ProcessDocument::formatNumber(grown.height()));
    addChangedId(shape->attribute(u"id"));
    int index = -1;
    for (int i = 0; i < neighbour->childCount() && index < 0; ++i) {
        if (neighbour->childAt(i)->is(BpmnNamespaces::model, u"childLaneSet"))
            index = i;
    }
    for (const QString &id : gap.flowNodeIds) {
        if (!document->document().elementById(id))
            continue; // deleted with the lane
        auto ref = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("flowNodeRef"),
                                              neighbour->prefix());
        ref->appendChild(BpmnXmlNode::createText(id));
        addInsert(neighbour, std::move(ref), index < 0 ? -1 : index++);
    }
}

UnwrapCollaborationCommand::UnwrapCollaborationCommand(ProcessDocument *document, const QString &processId,
                                                       QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Remove the last pool"), parent)
{
    BpmnXmlNode *plane = document->plane();
    BpmnXmlNode *collaboration =
        plane ? document->document().elementById(plane->attribute(u"bpmnElement")) : nullptr;
    const BpmnXmlNode *process = document->document().elementById(processId);
    if (!collaboration || !collaboration->is(BpmnNamespaces::model, u"collaboration") || !process)
        return;
    // Only an empty collaboration goes; what else it holds (annotations, ...) keeps it.
    for (const auto &child : collaboration->children()) {
        if (child->isElement())
            return;
    }
    addSetAttribute(plane, QStringLiteral("bpmnElement"), processId);
    addRemove(collaboration);
}

NestedLaneCommand::NestedLaneCommand(ProcessDocument *document)
    : DocumentEditCommand(document, QObject::tr("Add lane"))
{}

bool NestedLaneCommand::isNested(const ProcessDocument &document, const QString &laneId)
{
    const BpmnXmlNode *lane = document.document().elementById(laneId);
    return lane && lane->is(BpmnNamespaces::model, u"lane") && lane->parent() &&
           lane->parent()->is(BpmnNamespaces::model, u"childLaneSet");
}

QString NestedLaneCommand::freshId(const QString &prefix)
{
    for (int k = 0;; ++k) {
        const QString id = document()->uniqueId(k == 0 ? prefix : prefix + QString::number(k));
        if (!m_usedIds.contains(id)) {
            m_usedIds.append(id);
            return id;
        }
    }
}

NestedLaneCommand *NestedLaneCommand::dropOnLane(ProcessDocument *document, const QString &laneId,
                                                 QPointF point)
{
    const BpmnXmlNode *lane = document->document().elementById(laneId);
    const BpmnXmlNode *participant =
        ProcessContainers::participantOf(*document, ProcessContainers::processOfElement(lane));
    const bool horizontal =
        !participant || ProcessContainers::isHorizontal(*document, participant->attribute(u"id"));
    const QRectF rect = transposed(ProcessContainers::boundsOf(*document, laneId), horizontal);
    const QPointF at = horizontal ? point : QPointF(point.y(), point.x());
    const bool before = at.y() < rect.center().y();
    const QVector<BpmnXmlNode *> children = childLanesOf(lane);
    if (children.isEmpty())
        return divide(document, laneId, before);
    return addBeside(document, (before ? children.first() : children.last())->attribute(u"id"), before);
}

NestedLaneCommand *NestedLaneCommand::divide(ProcessDocument *document, const QString &laneId, bool before)
{
    auto *command = new NestedLaneCommand(document);
    BpmnXmlNode *lane = document->document().elementById(laneId);
    BpmnXmlNode *participant =
        ProcessContainers::participantOf(*document, ProcessContainers::processOfElement(lane));
    if (!lane || !lane->is(BpmnNamespaces::model, u"lane") || !participant ||
        !ProcessContainers::shapeOf(*document, laneId)) {
        command->m_problem = tr("Lanes are added to a lane of a pool.");
        return command;
    }
    const QVector<BpmnXmlNode *> children = childLanesOf(lane);
    if (!children.isEmpty()) {
        delete command;
        return addBeside(document, (before ? children.first() : children.last())->attribute(u"id"), before);
    }
    command->m_horizontal = ProcessContainers::isHorizontal(*document, participant->attribute(u"id"));
    const bool horizontal = command->m_horizontal;
    const QRectF outer = transposed(ProcessContainers::boundsOf(*document, laneId), horizontal);
    if (outer.width() <= 2 * nameBand) {
        command->m_problem = tr("This lane is too narrow to hold lanes.");
        return command;
    }
    // The lane keeps its name band; its child lanes lie beside it. The first takes the lane's place
    // and what it holds (the lane keeps naming that too).
    const QRectF body(outer.x() + nameBand, outer.y(), outer.width() - nameBand, outer.height());
    const QString prefix = lane->prefix();
    const QString firstId = command->freshId(QStringLiteral("Lane_"));
    command->m_elementId = command->freshId(QStringLiteral("Lane_"));
    auto set =
        BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("childLaneSet"), prefix);
    set->setAttribute(QStringLiteral("id"), command->freshId(QStringLiteral("LaneSet_")));
    auto first = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("lane"), prefix);
    first->setAttribute(QStringLiteral("id"), firstId);
    for (const BpmnXmlNode *ref : lane->childElements(BpmnNamespaces::model, u"flowNodeRef"))
        first->appendChild(ref->clone());
    auto added = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("lane"), prefix);
    added->setAttribute(QStringLiteral("id"), command->m_elementId);
    if (before) {
        set->appendChild(std::move(added));
        set->appendChild(std::move(first));
    } else {
        set->appendChild(std::move(first));
        set->appendChild(std::move(added));
    }
    command->addInsert(lane, std::move(set));
    // The first child lane's shape, then room for the new one.
    BpmnXmlNode *plane = document->plane();
    auto shape = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(), QStringLiteral("BPMNShape"),
                                            plane->prefix());
    shape->setAttribute(QStringLiteral("id"), firstId + QStringLiteral("_di"));
    shape->setAttribute(QStringLiteral("bpmnElement"), firstId);
    shape->setAttribute(QStringLiteral("isHorizontal"),
                        horizontal ? QStringLiteral("true") : QStringLiteral("false"));
    auto bounds = BpmnXmlNode::createElement(BpmnNamespaces::dc.toString(), QStringLiteral("Bounds"));
    const QRectF rect = transposed(body, horizontal);
    bounds->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(rect.x()));
    bounds->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(rect.y()));
    bounds->setAttribute(QStringLiteral("width"), ProcessDocument::formatNumber(rect.width()));
    bounds->setAttribute(QStringLiteral("height"), ProcessDocument::formatNumber(rect.height()));
    shape->appendChild(std::move(bounds));
    command->addInsert(plane, std::move(shape), ProcessContainers::containerShapeIndex(*document, plane));
    command->makeRoom(participant, body, before, ProcessContainers::laneWithParents(lane));
    return command;
}

NestedLaneCommand *NestedLaneCommand::addBeside(ProcessDocument *document, const QString &laneId, bool before)
{
    auto *command = new NestedLaneCommand(document);
    BpmnXmlNode *lane = document->document().elementById(laneId);
    if (!isNested(*document, laneId) || !ProcessContainers::shapeOf(*document, laneId)) {
        command->m_problem = tr("Lanes are added next to a lane inside a lane.");
        return command;
    }
    BpmnXmlNode *set = lane->parent();
    BpmnXmlNode *participant =
        ProcessContainers::participantOf(*document, ProcessContainers::processOfElement(lane));
    if (!participant) {
        command->m_problem = tr("Lanes are added to a lane of a pool.");
        return command;
    }
    command->m_horizontal = ProcessContainers::isHorizontal(*document, participant->attribute(u"id"));
    command->m_elementId = command->freshId(QStringLiteral("Lane_"));
    auto added =
        BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("lane"), lane->prefix());
    added->setAttribute(QStringLiteral("id"), command->m_elementId);
    command->addInsert(set, std::move(added), set->indexOf(lane) + (before ? 0 : 1));
    const QRectF reference =
        transposed(ProcessContainers::boundsOf(*document, laneId), command->m_horizontal);
    command->makeRoom(participant, reference, before, ProcessContainers::laneWithParents(set->parent()));
    return command;
}

void NestedLaneCommand::makeRoom(BpmnXmlNode *participant, const QRectF &reference, bool before,
                                 const QVector<BpmnXmlNode *> &growing)
{
    ProcessDocument *doc = document();
    const bool horizontal = m_horizontal;
    const qreal edge = before ? reference.top() : reference.bottom();
    // The lanes beyond the edge move out by one lane, with what they hold.
    QStringList movedShapes;
    for (const BpmnXmlNode *lane :
         ProcessContainers::lanesOf(ProcessContainers::processOf(*doc, participant))) {
        if (growing.contains(const_cast<BpmnXmlNode *>(lane)))
            continue;
        const BpmnXmlNode *shape = ProcessContainers::shapeOf(*doc, lane->attribute(u"id"));
        if (!shape)
            continue;
        const QRectF bounds = transposed(ProcessDocument::bounds(shape), horizontal);
        const bool beyond = before ? bounds.bottom() <= edge + 0.5 : bounds.top() >= edge - 0.5;
        if (!beyond)
            continue;
        movedShapes.append(shape->attribute(u"id"));
        for (const BpmnXmlNode *ref : lane->childElements(BpmnNamespaces::model, u"flowNodeRef")) {
            if (const BpmnXmlNode *node = ProcessContainers::shapeOf(*doc, ref->textContent().trimmed()))
                movedShapes.append(node->attribute(u"id"));
        }
    }
    movedShapes.removeDuplicates();
    const qreal shift = before ? -laneSize : laneSize;
    const QPointF delta = horizontal ? QPointF(0, shift) : QPointF(shift, 0);
    addMoves(MoveShapesCommand::plan(*doc, movedShapes, false), delta);
    // The lanes around the new one and the pool grow by it.
    QVector<BpmnXmlNode *> grown = growing;
    grown.append(participant);
    for (const BpmnXmlNode *element : std::as_const(grown)) {
        BpmnXmlNode *shape = ProcessContainers::shapeOf(*doc, element->attribute(u"id"));
        BpmnXmlNode *boundsNode = shape ? shape->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
        if (!boundsNode)
            continue;
        const QRectF b = transposed(ProcessDocument::bounds(shape), horizontal);
        const QRectF larger = transposed(
            QRectF(b.x(), before ? b.y() - laneSize : b.y(), b.width(), b.height() + laneSize), horizontal);
        addSetPosition(boundsNode, larger.topLeft());
        addSetAttribute(boundsNode, QStringLiteral("width"), ProcessDocument::formatNumber(larger.width()));
        addSetAttribute(boundsNode, QStringLiteral("height"), ProcessDocument::formatNumber(larger.height()));
    }
    // The new lane's shape.
    BpmnXmlNode *plane = doc->plane();
    const QRectF rect =
        transposed(QRectF(reference.x(), before ? reference.top() - laneSize : reference.bottom(),
                          reference.width(), laneSize),
                   horizontal);
    auto shape = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(), QStringLiteral("BPMNShape"),
                                            plane->prefix());
    shape->setAttribute(QStringLiteral("id"), m_elementId + QStringLiteral("_di"));
    shape->setAttribute(QStringLiteral("bpmnElement"), m_elementId);
    shape->setAttribute(QStringLiteral("isHorizontal"),
                        horizontal ? QStringLiteral("true") : QStringLiteral("false"));
    auto bounds = BpmnXmlNode::createElement(BpmnNamespaces::dc.toString(), QStringLiteral("Bounds"));
    bounds->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(rect.x()));
    bounds->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(rect.y()));
    bounds->setAttribute(QStringLiteral("width"), ProcessDocument::formatNumber(rect.width()));
    bounds->setAttribute(QStringLiteral("height"), ProcessDocument::formatNumber(rect.height()));
    shape->appendChild(std::move(bounds));
    addInsert(plane, std::move(shape), ProcessContainers::containerShapeIndex(*doc, plane));
}
