#include "arrangeshapescommand.h"

#include "membershipcommand.h"
#include "moveshapescommand.h"
#include "processcontainers.h"
#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnxmlnode.h"

#include <QSet>
#include <QSignalBlocker>

#include <algorithm>
#include <optional>

namespace {

struct Box
{
    QString id;
    QRectF rect;
};

QVector<Box> boxes(const ProcessDocument &document, const QStringList &shapeIds)
{
    QVector<Box> result;
    for (const QString &id : ArrangeShapesCommand::arrangeable(document, shapeIds)) {
        const BpmnXmlNode *shape = document.document().elementById(id);
        if (shape && shape->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            result.append({id, ProcessDocument::bounds(shape)});
    }
    return result;
}

// What moves `node` along when it moves: the activity a boundary event is on, the pool of a
// process, else the semantic parent (a sub-process, a process).
const BpmnXmlNode *carrierOf(const ProcessDocument &document, const BpmnXmlNode *node)
{
    if (node->is(BpmnNamespaces::model, u"boundaryEvent"))
        return document.document().elementById(node->attribute(u"attachedToRef"));
    if (node->is(BpmnNamespaces::model, u"process"))
        return ProcessContainers::participantOf(document, node);
    return node->parent();
}

} // namespace

QHash<QString, QPointF> ArrangeShapesCommand::alignDeltas(const ProcessDocument &document,
                                                          const QStringList &shapeIds, Alignment alignment)
{
    const QVector<Box> all = boxes(document, shapeIds);
    QHash<QString, QPointF> deltas;
    if (all.size() < 2)
        return deltas;
    QRectF area = all.first().rect;
    for (const Box &box : all)
        area = area.united(box.rect);
    for (const Box &box : all) {
        QPointF delta;
        switch (alignment) {
        case Alignment::Left:
            delta.setX(area.left() - box.rect.left());
            break;
        case Alignment::HorizontalCentre:
            delta.setX(area.center().x() - box.rect.center().x());
            break;
        case Alignment::Right:
            delta.setX(area.right() - box.rect.right());
            break;
        case Alignment::Top:
            delta.setY(area.top() - box.rect.top());
            break;
        case Alignment::VerticalCentre:
            delta.setY(area.center().y() - box.rect.center().y());
            break;
        case Alignment::Bottom:
            delta.setY(area.bottom() - box.rect.bottom());
            break;
        }
        delta = QPointF(qRound(delta.x()), qRound(delta.y()));
        if (!delta.isNull())
            deltas.insert(box.id, delta);
    }
    return deltas;
}

QHash<QString, QPointF> ArrangeShapesCommand::distributeDeltas(const ProcessDocument &document,
                                                               const QStringList &shapeIds,
                                                               Qt::Orientation orientation)
{
    QVector<Box> all = boxes(document, shapeIds);
    QHash<QString, QPointF> deltas;
    if (all.size() < 3)
        return deltas;
    const bool horizontal = orientation == Qt::Horizontal;
    const auto start = [horizontal](const QRectF &r) { return horizontal ? r.left() : r.top(); };
    const auto length = [horizontal](const QRectF &r) { return horizontal ? r.width() : r.height(); };
    std::sort(all.begin(), all.end(), [&](const Box &a, const Box &b) {
        return start(a.rect) + length(a.rect) / 2 < start(b.rect) + length(b.rect) / 2;
    });
    qreal occupied = 0;
    for (const Box &box : std::as_const(all))
        occupied += length(box.rect);
    const qreal first = start(all.first().rect);
    const qreal last = start(all.last().rect) + length(all.last().rect);
    const qreal gap = (last - first - occupied) / (all.size() - 1);
    qreal position = first;
    for (const Box &box : std::as_const(all)) {
        const qreal shift = qRound(position - start(box.rect));
        if (shift != 0)
            deltas.insert(box.id, horizontal ? QPointF(shift, 0) : QPointF(0, shift));
        position += length(box.rect) + gap;
    }
    return deltas;
}

QStringList ArrangeShapesCommand::arrangeable(const ProcessDocument &document, const QStringList &shapeIds)
{
    // As bpmn-js: boundary events stay on their activity, lanes in their pool, and what lies in
    // another selected shape moves with it rather than on its own.
    const BpmnDocument &bpmn = document.document();
    QSet<QString> selected;
    for (const QString &id : shapeIds) {
        if (const BpmnXmlNode *shape = bpmn.elementById(id))
            selected.insert(shape->attribute(u"bpmnElement"));
    }
    QStringList result;
    for (const QString &id : shapeIds) {
        const BpmnXmlNode *shape = bpmn.elementById(id);
        if (!shape || !shape->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            continue;
        const BpmnXmlNode *element = bpmn.elementById(shape->attribute(u"bpmnElement"));
        const BpmnElementType type = ProcessRules::typeOf(element);
        if (!element || type == BpmnElementType::Lane || type == BpmnElementType::BoundaryEvent)
            continue;
        bool inside = false;
        for (const BpmnXmlNode *node = carrierOf(document, element); node && !inside;
             node = carrierOf(document, node))
            inside = node->isElement() && selected.contains(node->attribute(u"id"));
        if (!inside)
            result.append(id);
    }
    return result;
}

ArrangeShapesCommand::ArrangeShapesCommand(ProcessDocument *document, const QHash<QString, QPointF> &deltas,
                                           const QString &text, QUndoCommand *parent)
    : DocumentEditCommand(document, text, parent)
{
    // One plan for every moved shape (linear in the size of the diagram whatever the selection);
    // each shape it moves takes the delta of the selected element it lies in.
    const BpmnDocument &bpmn = document->document();
    QHash<QString, QPointF> elementDeltas; // by semantic id
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const BpmnXmlNode *shape = bpmn.elementById(it.key());
        if (shape && shape->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            elementDeltas.insert(shape->attribute(u"bpmnElement"), it.value());
    }
    QStringList ids = deltas.keys();
    ids.sort();
    const MoveShapesCommand::Plan plan = MoveShapesCommand::plan(*document, ids, false);
    // The delta of the selected element that `elementId` moves with: itself, the activity a
    // boundary event is on, the sub-process or pool around it.
    const auto deltaOf = [&](const QString &elementId) -> std::optional<QPointF> {
        const BpmnXmlNode *node = bpmn.elementById(elementId);
        for (int depth = 0; node && depth < 1000; ++depth) {
            if (node->isElement()) {
                const auto found = elementDeltas.constFind(node->attribute(u"id"));
                if (found != elementDeltas.cend())
                    return *found;
            }
            node = carrierOf(*document, node);
        }
        return std::nullopt;
    };
    for (const MoveShapesCommand::Plan::Shape &shape : plan.shapes) {
        const BpmnXmlNode *di = bpmn.elementById(shape.id);
        const std::optional<QPointF> delta = di ? deltaOf(di->attribute(u"bpmnElement")) : std::nullopt;
        if (!delta)
            continue;
        setPoint(shape.bounds, shape.original.topLeft() + *delta);
        if (shape.labelBounds)
            setPoint(shape.labelBounds, shape.originalLabel.topLeft() + *delta);
        addChangedId(shape.id);
    }
    for (const MoveShapesCommand::Plan::Edge &edge : plan.edges) {
        const BpmnXmlNode *di = bpmn.elementById(edge.id);
        const BpmnXmlNode *flow = di ? bpmn.elementById(di->attribute(u"bpmnElement")) : nullptr;
        if (!flow || edge.points.isEmpty())
            continue;
        const QPair<QString, QString> ends = ProcessRules::connectionEnds(flow);
        const std::optional<QPointF> source = deltaOf(ends.first);
        const std::optional<QPointF> target = deltaOf(ends.second);
        const QVector<BpmnXmlNode *> waypoints = di->childElements(BpmnNamespaces::di, u"waypoint");
        if (source && target && *source == *target) {
            // Both ends by the same delta: the whole flow moves.
            for (int i = 0; i < edge.points.size(); ++i)
                setPoint(edge.points.at(i), edge.original.at(i) + *source);
            if (edge.labelBounds)
                setPoint(edge.labelBounds, edge.originalLabel.topLeft() + *source);
        } else {
            // Each moved end takes its element's delta; the bends stay.
            for (int i = 0; i < edge.points.size(); ++i) {
                BpmnXmlNode *point = edge.points.at(i);
                const bool first = point == waypoints.first();
                const bool last = point == waypoints.last();
                if (first && source)
                    setPoint(point, edge.original.at(i) + *source);
                else if (last && target)
                    setPoint(point, edge.original.at(i) + *target);
            }
        }
        addChangedId(edge.id);
    }
    QHash<QString, QPointF> rootDeltas;
    for (const QString &root : plan.roots) {
        if (const std::optional<QPointF> delta = deltaOf(root))
            rootDeltas.insert(root, *delta);
    }
    if (isEmpty() || rootDeltas.isEmpty())
        return;
    // Where the moved elements land decides their lane: read with the move applied (quietly,
    // and taken back), applied after it by redo().
    const QSignalBlocker quiet(document);
    DocumentEditCommand::redo();
    auto membership = std::make_unique<UpdateMembershipCommand>(document, rootDeltas,
                                                                UpdateMembershipCommand::Scope::LanesOnly);
    DocumentEditCommand::undo();
    if (!membership->isEmpty())
        m_membership = std::move(membership);
}

ArrangeShapesCommand::~ArrangeShapesCommand() = default;

void ArrangeShapesCommand::redo()
{
    DocumentEditCommand::redo();
    if (m_membership)
        m_membership->redo();
}

void ArrangeShapesCommand::undo()
{
    if (m_membership)
        m_membership->undo();
    DocumentEditCommand::undo();
}

void ArrangeShapesCommand::setPoint(BpmnXmlNode *node, QPointF point)
{
    addSetPosition(node, point);
}
