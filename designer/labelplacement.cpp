#include "labelplacement.h"

#include "bpmnlabelpainter.h"
#include "documenteditcommand.h"
#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QObject>
#include <QUndoStack>
#include <QVector>

#include <cmath>
#include <typeinfo>

namespace {

using Side = LabelPlacement::Side;

constexpr qreal defaultLabelWidth = 90; // the label painter wraps a label without DI bounds at it
constexpr qreal verticalGap = 4;        // between the element and a label above or below it
constexpr qreal horizontalGap = 6;      // between the element and a label beside it
constexpr Side preference[] = {Side::Bottom, Side::Top, Side::Left, Side::Right};

bool segmentCrosses(QPointF a, QPointF b, const QRectF &rect)
{
    if (rect.contains(a) || rect.contains(b))
        return true;
    const QLineF segment(a, b);
    const QLineF sides[] = {
        QLineF(rect.topLeft(), rect.topRight()), QLineF(rect.topRight(), rect.bottomRight()),
        QLineF(rect.bottomRight(), rect.bottomLeft()), QLineF(rect.bottomLeft(), rect.topLeft())};
    for (const QLineF &side : sides) {
        if (segment.intersects(side, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

struct EdgeGeometry
{
    QString elementId;
    QVector<QPointF> points;
    QRectF box;

    bool crosses(const QRectF &rect) const
    {
        if (!box.intersects(rect))
            return false;
        for (int i = 1; i < points.size(); ++i) {
            if (segmentCrosses(points.at(i - 1), points.at(i), rect))
                return true;
        }
        return points.size() == 1 && rect.contains(points.first());
    }
};

// The shapes and edges of the edited diagram, read once per adjustment.
struct Diagram
{
    QHash<QString, BpmnXmlNode *> shapeOf; // by semantic id
    QVector<std::pair<QString, QRectF>> shapes;
    QVector<EdgeGeometry> edges;

    Diagram(const BpmnDocument &document, const BpmnXmlNode *plane)
    {
        if (!plane)
            return;
        for (const auto &child : plane->children()) {
            if (child->is(BpmnNamespaces::bpmnDi, u"BPMNShape")) {
                const QString id = child->attribute(u"bpmnElement");
                shapeOf.insert(id, child.get());
                // Pools, lanes, groups and open sub-processes are the ground labels lie on.
                const BpmnElementType type = ProcessRules::typeOf(document.elementById(id));
                const bool ground =
                    type == BpmnElementType::Participant || type == BpmnElementType::Lane ||
                    type == BpmnElementType::Group ||
                    (BpmnSchema::isSubProcess(type) && child->attribute(u"isExpanded") == u"true");
                if (!ground)
                    shapes.append({id, ProcessDocument::bounds(child.get())});
            } else if (child->is(BpmnNamespaces::bpmnDi, u"BPMNEdge")) {
                EdgeGeometry edge;
                edge.elementId = child->attribute(u"bpmnElement");
                for (const BpmnXmlNode *point : child->childElements(BpmnNamespaces::di, u"waypoint"))
                    edge.points.append(
                        QPointF(point->attribute(u"x").toDouble(), point->attribute(u"y").toDouble()));
                if (edge.points.isEmpty())
                    continue;
                qreal left = edge.points.first().x(), right = left;
                qreal top = edge.points.first().y(), bottom = top;
                for (const QPointF &p : std::as_const(edge.points)) {
                    left = std::min(left, p.x());
                    right = std::max(right, p.x());
                    top = std::min(top, p.y());
                    bottom = std::max(bottom, p.y());
                }
                edge.box = QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-1, -1, 1, 1);
                edges.append(edge);
            }
        }
    }

    // What a label at `rect` is in the way of: each flow it crosses weighs more than the shapes
    // it covers (not the element's own, nor the shapes it lies in).
    int cost(const QString &elementId, const QRectF &element, const QRectF &rect) const
    {
        int crossings = 0;
        for (const EdgeGeometry &edge : edges)
            crossings += edge.crosses(rect) ? 1 : 0;
        int covered = 0;
        for (const auto &[id, bounds] : shapes) {
            if (id != elementId && !bounds.contains(element) && bounds.intersects(rect))
                ++covered;
        }
        return crossings * 10 + covered;
    }
};

QString nameOf(const BpmnXmlNode *element)
{
    return element ? element->attribute(u"name") : QString();
}

// What a label without DI bounds covers: its text, centred below the element as the painter
// draws it.
QRectF defaultRect(const QRectF &bounds, const QString &text)
{
    return LabelPlacement::rectOn(bounds, Side::Bottom, LabelPlacement::labelSize(text));
}

struct Placement
{
    QRectF rect;
    bool moved = false;
};

// Where the label of an element with a name should be: where it is while nothing is in its way,
// else on the free side that bpmn-js would choose.
Placement place(const Diagram &diagram, const QString &elementId, const BpmnXmlNode *shape,
                const QString &text)
{
    const QRectF bounds = ProcessDocument::bounds(shape);
    const BpmnXmlNode *label = shape->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel");
    const BpmnXmlNode *labelBounds =
        label ? label->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
    QRectF current;
    QSizeF size = LabelPlacement::labelSize(text);
    if (labelBounds && labelBounds->attribute(u"width").toDouble() > 0) {
        current = ProcessDocument::bounds(label);
        if (!LabelPlacement::sideOf(bounds, current))
            return {current, false}; // put there by hand: left alone
        size = current.size();
    } else {
        current = defaultRect(bounds, text);
    }
    const int currentCost = diagram.cost(elementId, bounds, current);
    if (currentCost == 0)
        return {current, false};
    Placement best{current, false};
    int bestCost = currentCost;
    for (const Side side : preference) {
        const QRectF rect = LabelPlacement::rectOn(bounds, side, size);
        const int cost = diagram.cost(elementId, bounds, rect);
        if (cost < bestCost) {
            best = {rect, true};
            bestCost = cost;
        }
    }
    return best;
}

// Moves the labels, or gives them DI bounds, as one edit.
class LabelMoveCommand : public DocumentEditCommand
{
public:
    LabelMoveCommand(ProcessDocument *document, QUndoCommand *parent)
        : DocumentEditCommand(document, QObject::tr("Place labels"), parent)
    {}

    void moveLabel(BpmnXmlNode *shape, const QRectF &rect)
    {
        BpmnXmlNode *label = shape->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel");
        BpmnXmlNode *bounds = label ? label->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
        if (bounds) {
            addSetPosition(bounds, rect.topLeft());
            addSetAttribute(bounds, QStringLiteral("width"), ProcessDocument::formatNumber(rect.width()));
            addSetAttribute(bounds, QStringLiteral("height"), ProcessDocument::formatNumber(rect.height()));
            addChangedId(shape->attribute(u"id"));
            return;
        }
        auto newBounds = BpmnXmlNode::createElement(BpmnNamespaces::dc.toString(), QStringLiteral("Bounds"),
                                                    QStringLiteral("dc"));
        newBounds->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(rect.x()));
        newBounds->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(rect.y()));
        newBounds->setAttribute(QStringLiteral("width"), ProcessDocument::formatNumber(rect.width()));
        newBounds->setAttribute(QStringLiteral("height"), ProcessDocument::formatNumber(rect.height()));
        if (label) {
            addInsert(label, std::move(newBounds));
            return;
        }
        auto newLabel = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(),
                                                   QStringLiteral("BPMNLabel"), shape->prefix());
        newLabel->appendChild(std::move(newBounds));
        addInsert(shape, std::move(newLabel));
    }
};

// The semantic elements and flows a changed node belongs to.
void addOwner(const BpmnXmlNode *node, QSet<QString> *elements, QSet<QString> *edges)
{
    for (const BpmnXmlNode *n = node; n; n = n->parent()) {
        if (n->is(BpmnNamespaces::bpmnDi, u"BPMNShape")) {
            elements->insert(n->attribute(u"bpmnElement"));
            return;
        }
        if (n->is(BpmnNamespaces::bpmnDi, u"BPMNEdge")) {
            edges->insert(n->attribute(u"bpmnElement"));
            return;
        }
        if (n->namespaceUri() == BpmnNamespaces::model && n->hasAttribute(u"id")) {
            const QString id = n->attribute(u"id");
            if (n->is(BpmnNamespaces::model, u"sequenceFlow") ||
                n->is(BpmnNamespaces::model, u"messageFlow") || n->is(BpmnNamespaces::model, u"association"))
                edges->insert(id);
            else
                elements->insert(id);
            return;
        }
    }
}

void collect(const QUndoCommand *command, QVector<const BpmnXmlNode *> *nodes)
{
    if (const auto *edit = dynamic_cast<const DocumentEditCommand *>(command))
        edit->collectTouchedNodes(nodes);
    for (int i = 0; i < command->childCount(); ++i)
        collect(command->child(i), nodes);
}

bool completed(const QUndoCommand *command)
{
    if (const auto *edit = dynamic_cast<const DocumentEditCommand *>(command))
        return edit->hasFollowUps();
    for (int i = 0; i < command->childCount(); ++i) {
        if (dynamic_cast<const LabelMoveCommand *>(command->child(i)))
            return true;
    }
    return false;
}

} // namespace

bool LabelPlacement::hasExternalLabel(const BpmnXmlNode *element)
{
    const BpmnElementType type = ProcessRules::typeOf(element);
    return type != BpmnElementType::Unknown && BpmnLabelPainter::hasExternalLabel(type);
}

QSizeF LabelPlacement::labelSize(const QString &text)
{
    const QFontMetricsF metrics(BpmnLabelPainter::font());
    qreal widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const qreal width = std::min(defaultLabelWidth, std::ceil(widest) + 4);
    const qreal height = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    return QSizeF(width, std::ceil(std::max(height, metrics.height())));
}

QRectF LabelPlacement::rectOn(const QRectF &bounds, Side side, QSizeF size)
{
    const QPointF centre = bounds.center();
    switch (side) {
    case Side::Bottom:
        return QRectF(QPointF(centre.x() - size.width() / 2, bounds.bottom() + verticalGap), size);
    case Side::Top:
        return QRectF(QPointF(centre.x() - size.width() / 2, bounds.top() - verticalGap - size.height()),
                      size);
    case Side::Left:
        return QRectF(QPointF(bounds.left() - horizontalGap - size.width(), centre.y() - size.height() / 2),
                      size);
    case Side::Right:
        return QRectF(QPointF(bounds.right() + horizontalGap, centre.y() - size.height() / 2), size);
    }
    return {};
}

std::optional<Side> LabelPlacement::sideOf(const QRectF &bounds, const QRectF &label)
{
    const QPointF offset = label.center() - bounds.center();
    const bool besideHorizontally = std::abs(offset.x()) <= bounds.width() / 2 + 1;
    const bool besideVertically = std::abs(offset.y()) <= bounds.height() / 2 + 1;
    if (besideHorizontally && label.top() >= bounds.bottom() - 2)
        return Side::Bottom;
    if (besideHorizontally && label.bottom() <= bounds.top() + 2)
        return Side::Top;
    if (besideVertically && label.right() <= bounds.left() + 2)
        return Side::Left;
    if (besideVertically && label.left() >= bounds.right() - 2)
        return Side::Right;
    return std::nullopt;
}

QRectF LabelPlacement::labelRect(const ProcessDocument &document, const QString &elementId,
                                 const QString &text)
{
    const BpmnXmlNode *element = document.document().elementById(elementId);
    if (!hasExternalLabel(element))
        return {};
    const Diagram diagram(document.document(), document.plane());
    const BpmnXmlNode *shape = diagram.shapeOf.value(elementId);
    if (!shape)
        return {};
    return place(diagram, elementId, shape, text.isEmpty() ? QStringLiteral(" ") : text).rect;
}

DocumentEditCommand *LabelPlacement::adjust(ProcessDocument *document, const QSet<QString> &elementIds,
                                            const QSet<QString> &edgeIds, QUndoCommand *parent)
{
    const BpmnDocument &bpmn = document->document();
    const Diagram diagram(bpmn, document->plane());
    if (diagram.shapeOf.isEmpty())
        return nullptr;
    QSet<QString> wanted = elementIds;
    QVector<const EdgeGeometry *> changedEdges;
    for (const QString &id : edgeIds) {
        if (const BpmnXmlNode *flow = bpmn.elementById(id)) {
            wanted.insert(flow->attribute(u"sourceRef"));
            wanted.insert(flow->attribute(u"targetRef"));
        }
    }
    for (const EdgeGeometry &edge : diagram.edges) {
        if (edgeIds.contains(edge.elementId))
            changedEdges.append(&edge);
    }
    // Labels of other elements that a changed flow now runs through.
    if (!changedEdges.isEmpty()) {
        for (auto it = diagram.shapeOf.cbegin(); it != diagram.shapeOf.cend(); ++it) {
            const BpmnXmlNode *element = bpmn.elementById(it.key());
            const QString text = nameOf(element);
            if (wanted.contains(it.key()) || text.trimmed().isEmpty() || !hasExternalLabel(element))
                continue;
            const QRectF bounds = ProcessDocument::bounds(it.value());
            const BpmnXmlNode *label = it.value()->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel");
            const QRectF rect = label && label->firstChildElement(BpmnNamespaces::dc, u"Bounds")
                                    ? ProcessDocument::bounds(label)
                                    : defaultRect(bounds, text);
            for (const EdgeGeometry *edge : std::as_const(changedEdges)) {
                if (edge->crosses(rect)) {
                    wanted.insert(it.key());
                    break;
                }
            }
        }
    }
    QVector<std::pair<BpmnXmlNode *, QRectF>> moves;
    for (const QString &id : std::as_const(wanted)) {
        const BpmnXmlNode *element = bpmn.elementById(id);
        const QString text = nameOf(element);
        BpmnXmlNode *shape = diagram.shapeOf.value(id);
        if (!shape || text.trimmed().isEmpty() || !hasExternalLabel(element))
            continue;
        const Placement placement = place(diagram, id, shape, text);
        if (placement.moved)
            moves.append({shape, placement.rect});
    }
    if (moves.isEmpty())
        return nullptr; // nothing made: a child command cannot be taken back from its parent
    auto *command = new LabelMoveCommand(document, parent);
    for (const auto &[shape, rect] : std::as_const(moves))
        command->moveLabel(shape, rect);
    return command;
}

void LabelPlacement::completeTop(ProcessDocument *document)
{
    QUndoStack *stack = document->undoStack();
    if (stack->index() == 0 || stack->index() != stack->count())
        return;
    // The stack hands out its commands as const; the newest one is completed as bpmn-js's
    // post-execute behaviours complete theirs, inside the same undo step.
    auto *top = const_cast<QUndoCommand *>(stack->command(stack->index() - 1));
    if (completed(top))
        return;
    auto *edit = dynamic_cast<DocumentEditCommand *>(top);
    const bool macro = !edit && typeid(*top) == typeid(QUndoCommand);
    if ((!edit && !macro) || (edit && !edit->canMoveLabels()))
        return;
    QVector<const BpmnXmlNode *> nodes;
    collect(top, &nodes);
    QSet<QString> elements;
    QSet<QString> edges;
    for (const BpmnXmlNode *node : std::as_const(nodes))
        addOwner(node, &elements, &edges);
    if (edit) {
        edit->attachFollowUp(std::unique_ptr<DocumentEditCommand>(adjust(document, elements, edges)));
        return;
    }
    // A macro redoes its children in order and undoes them in reverse: the follow-up, its last
    // child, is applied after everything else and taken back first.
    if (DocumentEditCommand *child = adjust(document, elements, edges, top))
        child->redo();
}
