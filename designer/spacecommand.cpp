#include "spacecommand.h"

#include "processcontainers.h"
#include "processdocument.h"
#include "processrules.h"
#include "resizeshapecommand.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnxmlnode.h"

#include <QHash>

#include <algorithm>

namespace {

enum class Fate
{
    Stays,
    Moves,
    Resized
};

BpmnXmlNode *labelBoundsOf(const BpmnXmlNode *owner)
{
    const BpmnXmlNode *label = owner->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel");
    return label ? label->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
}

// Containers the line may cross: they grow or shrink with the space. A pool without a process
// (a black box) keeps its height, as in bpmn-js: only its length follows.
bool resizesWithSpace(const ProcessDocument &document, const BpmnXmlNode *element, Qt::Orientation axis)
{
    const BpmnElementType type = ProcessRules::typeOf(element);
    if (type == BpmnElementType::Participant && !element->hasAttribute(u"processRef") &&
        ProcessContainers::isHorizontal(document, element->attribute(u"id")) != (axis == Qt::Horizontal))
        return false;
    return type == BpmnElementType::Participant || type == BpmnElementType::Lane ||
           type == BpmnElementType::Group ||
           (BpmnSchema::isSubProcess(type) && ProcessContainers::isExpandedSubProcess(document, element));
}

} // namespace

qreal SpaceCommand::Plan::clamped(qreal amount) const
{
    // side * amount is the space added; it may not go below -maxRemoval.
    if (side * amount < -maxRemoval)
        return -side * maxRemoval;
    return amount;
}

QPointF SpaceCommand::Plan::offset(qreal amount) const
{
    return axis == Qt::Horizontal ? QPointF(amount, 0) : QPointF(0, amount);
}

QRectF SpaceCommand::Plan::resizedBounds(const QRectF &original, qreal amount) const
{
    QRectF rect = original;
    if (axis == Qt::Horizontal) {
        if (side > 0)
            rect.setRight(original.right() + amount);
        else
            rect.setLeft(original.left() + amount);
    } else {
        if (side > 0)
            rect.setBottom(original.bottom() + amount);
        else
            rect.setTop(original.top() + amount);
    }
    return rect;
}

SpaceCommand::Plan SpaceCommand::plan(const ProcessDocument &document, Qt::Orientation axis, qreal start,
                                      int side)
{
    Plan plan;
    plan.axis = axis;
    plan.start = start;
    plan.side = side > 0 ? 1 : -1;
    const BpmnXmlNode *plane = document.plane();
    if (!plane)
        return plan;
    const BpmnDocument &bpmn = document.document();
    const bool horizontal = axis == Qt::Horizontal;
    const auto low = [horizontal](const QRectF &r) { return horizontal ? r.left() : r.top(); };
    const auto high = [horizontal](const QRectF &r) { return horizontal ? r.right() : r.bottom(); };
    const auto along = [horizontal](QPointF p) { return horizontal ? p.x() : p.y(); };
    // On the line counts as beyond it: a lane starting on the line moves, the one ending there grows.
    const auto beyond = [&plan](qreal value) {
        return plan.side > 0 ? value >= plan.start : value <= plan.start;
    };

    struct Entry
    {
        BpmnXmlNode *shape = nullptr;
        const BpmnXmlNode *element = nullptr;
        QRectF bounds;
        Fate fate = Fate::Stays;
    };
    QVector<Entry> entries;
    QHash<QString, int> byElement; // semantic id -> index in entries
    const QVector<BpmnXmlNode *> shapes = plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape");
    entries.reserve(shapes.size());
    for (BpmnXmlNode *shape : shapes) {
        if (!shape->firstChildElement(BpmnNamespaces::dc, u"Bounds"))
            continue;
        Entry entry;
        entry.shape = shape;
        entry.element = bpmn.elementById(shape->attribute(u"bpmnElement"));
        entry.bounds = ProcessDocument::bounds(shape);
        const qreal near = plan.side > 0 ? low(entry.bounds) : high(entry.bounds);
        const qreal far = plan.side > 0 ? high(entry.bounds) : low(entry.bounds);
        if (beyond(near))
            entry.fate = Fate::Moves;
        else if (beyond(far) && entry.element && resizesWithSpace(document, entry.element, axis))
            entry.fate = Fate::Resized;
        if (entry.element)
            byElement.insert(entry.element->attribute(u"id"), int(entries.size()));
        entries.append(entry);
    }
    // Lanes run the length of their pool: where the line crosses the pool's name band, they grow
    // with the pool instead of moving away from the band.
    for (Entry &entry : entries) {
        if (entry.fate != Fate::Moves || ProcessRules::typeOf(entry.element) != BpmnElementType::Lane ||
            ProcessContainers::isHorizontal(document, entry.element->attribute(u"id")) != horizontal)
            continue;
        const BpmnXmlNode *pool =
            ProcessContainers::participantOf(document, ProcessContainers::processOfElement(entry.element));
        const int poolEntry = pool ? byElement.value(pool->attribute(u"id"), -1) : -1;
        if (poolEntry >= 0 && entries.at(poolEntry).fate == Fate::Resized)
            entry.fate = Fate::Resized;
    }
    // Boundary events follow their activity: they move with it, and on a resized one they move
    // when they sit on the side that moves.
    for (Entry &entry : entries) {
        if (!entry.element || !entry.element->is(BpmnNamespaces::model, u"boundaryEvent"))
            continue;
        const int host = byElement.value(entry.element->attribute(u"attachedToRef"), -1);
        if (host < 0)
            continue;
        const Fate hostFate = entries.at(host).fate;
        entry.fate = hostFate == Fate::Moves ? Fate::Moves
                     : hostFate == Fate::Resized
                         ? (beyond(along(entry.bounds.center())) ? Fate::Moves : Fate::Stays)
                         : Fate::Stays;
    }
    const QSizeF minimum = ResizeShapeCommand::minimumSize();
    const qreal minimumExtent = horizontal ? minimum.width() : minimum.height();
    constexpr qreal padding = 10;
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.fate == Fate::Stays)
            continue;
        Plan::Shape shape;
        shape.bounds = entry.shape->firstChildElement(BpmnNamespaces::dc, u"Bounds");
        shape.original = entry.bounds;
        shape.id = entry.shape->attribute(u"id");
        if (entry.fate == Fate::Moves) {
            shape.labelBounds = labelBoundsOf(entry.shape);
            if (shape.labelBounds)
                shape.originalLabel = ProcessDocument::bounds(shape.labelBounds->parent());
            plan.moved.append(shape);
            continue;
        }
        plan.resized.append(shape);
        // A shrinking container keeps what stays inside it, and what moves inside it does not
        // leave it at the other end.
        qreal limit = plan.side > 0 ? low(entry.bounds) + minimumExtent : high(entry.bounds) - minimumExtent;
        qreal slack = std::numeric_limits<qreal>::max();
        for (const Entry &other : std::as_const(entries)) {
            if (&other == &entry || !entry.bounds.contains(other.bounds))
                continue;
            if (other.fate == Fate::Stays)
                limit = plan.side > 0 ? std::max(limit, high(other.bounds) + padding)
                                      : std::min(limit, low(other.bounds) - padding);
            else if (other.fate == Fate::Moves)
                slack = std::min(slack, plan.side > 0 ? low(other.bounds) - padding - low(entry.bounds)
                                                      : high(entry.bounds) - high(other.bounds) - padding);
        }
        slack = std::min(slack, plan.side > 0 ? high(entry.bounds) - limit : limit - low(entry.bounds));
        plan.maxRemoval = std::min(plan.maxRemoval, std::max<qreal>(0, slack));
    }
    for (const BpmnXmlNode *edge : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNEdge")) {
        const QVector<BpmnXmlNode *> points = edge->childElements(BpmnNamespaces::di, u"waypoint");
        if (points.isEmpty())
            continue;
        const BpmnXmlNode *flow = bpmn.elementById(edge->attribute(u"bpmnElement"));
        const QPair<QString, QString> ends =
            flow ? ProcessRules::connectionEnds(flow) : QPair<QString, QString>();
        const int source = byElement.value(ends.first, -1);
        const int target = byElement.value(ends.second, -1);
        Plan::Edge entry;
        entry.id = edge->attribute(u"id");
        entry.points = points;
        entry.whole = source >= 0 && target >= 0 && entries.at(source).fate == Fate::Moves &&
                      entries.at(target).fate == Fate::Moves;
        bool any = false;
        for (int i = 0; i < points.size(); ++i) {
            const QPointF p(points.at(i)->attribute(u"x").toDouble(),
                            points.at(i)->attribute(u"y").toDouble());
            entry.original.append(p);
            // An end follows the shape it is attached to; the bends follow the side they lie on.
            const int end = i == 0 ? source : i == points.size() - 1 ? target : -1;
            bool moves = beyond(along(p));
            if (entry.whole)
                moves = true;
            else if (end >= 0)
                moves =
                    entries.at(end).fate == Fate::Moves || (entries.at(end).fate == Fate::Resized && moves);
            entry.moves.append(moves);
        }
        // An end on a shape the line crosses stays; the bend next to it stays in line with it, so
        // that the segment leaving the shape keeps its direction (the next one stretches instead).
        const int last = int(points.size()) - 1;
        if (last >= 2) {
            for (const auto &[endIndex, bendIndex] : {std::pair(0, 1), std::pair(last, last - 1)}) {
                if (!entry.moves.at(endIndex) && entry.moves.at(bendIndex) &&
                    qFuzzyCompare(1 + along(entry.original.at(endIndex)),
                                  1 + along(entry.original.at(bendIndex))))
                    entry.moves[bendIndex] = false;
            }
        }
        for (const bool moves : std::as_const(entry.moves))
            any = any || moves;
        entry.labelBounds = labelBoundsOf(edge);
        if (entry.labelBounds) {
            entry.originalLabel = ProcessDocument::bounds(entry.labelBounds->parent());
            entry.labelMoves = entry.whole || beyond(along(entry.originalLabel.center()));
        }
        if (any || entry.labelMoves)
            plan.edges.append(entry);
    }
    if (plan.resized.isEmpty())
        plan.maxRemoval = std::numeric_limits<qreal>::max();
    return plan;
}

SpaceCommand::SpaceCommand(ProcessDocument *document, const Plan &plan, qreal requested, QUndoCommand *parent)
    : DocumentEditCommand(document, QString(), parent)
{
    const qreal amount = plan.clamped(requested);
    setText(plan.side * amount >= 0 ? QObject::tr("Make space") : QObject::tr("Remove space"));
    if (amount == 0)
        return;
    const bool horizontal = plan.axis == Qt::Horizontal;
    const QString coordinate = horizontal ? QStringLiteral("x") : QStringLiteral("y");
    const QString extent = horizontal ? QStringLiteral("width") : QStringLiteral("height");
    const auto along = [horizontal](QPointF p) { return horizontal ? p.x() : p.y(); };
    const auto set = [this](BpmnXmlNode *node, const QString &name, qreal value) {
        addSetAttribute(node, name, ProcessDocument::formatNumber(value));
    };
    for (const Plan::Shape &shape : plan.moved) {
        set(shape.bounds, coordinate, along(shape.original.topLeft()) + amount);
        if (shape.labelBounds)
            set(shape.labelBounds, coordinate, along(shape.originalLabel.topLeft()) + amount);
        addChangedId(shape.id);
    }
    for (const Plan::Shape &shape : plan.resized) {
        const QRectF rect = plan.resizedBounds(shape.original, amount);
        if (plan.side < 0)
            set(shape.bounds, coordinate, along(rect.topLeft()));
        set(shape.bounds, extent, horizontal ? rect.width() : rect.height());
        addChangedId(shape.id);
    }
    for (const Plan::Edge &edge : plan.edges) {
        for (int i = 0; i < edge.points.size(); ++i) {
            if (edge.moves.at(i))
                set(edge.points.at(i), coordinate, along(edge.original.at(i)) + amount);
        }
        if (edge.labelBounds && edge.labelMoves)
            set(edge.labelBounds, coordinate, along(edge.originalLabel.topLeft()) + amount);
        addChangedId(edge.id);
    }
}
