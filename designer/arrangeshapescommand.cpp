#include "arrangeshapescommand.h"

#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnxmlnode.h"

#include <algorithm>

namespace {

struct Box
{
    QString id;
    QRectF rect;
};

QVector<Box> boxes(const ProcessDocument &document, const QStringList &shapeIds)
{
    QVector<Box> result;
    for (const QString &id : shapeIds) {
        const BpmnXmlNode *shape = document.document().elementById(id);
        if (shape && shape->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            result.append({id, ProcessDocument::bounds(shape)});
    }
    return result;
}

BpmnXmlNode *labelBoundsOf(const BpmnXmlNode *owner)
{
    const BpmnXmlNode *label = owner->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel");
    return label ? label->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
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

ArrangeShapesCommand::ArrangeShapesCommand(ProcessDocument *document, const QHash<QString, QPointF> &deltas,
                                           const QString &text, QUndoCommand *parent)
    : DocumentEditCommand(document, text, parent)
{
    QHash<QString, QPointF> byElement; // semantic id -> delta
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        BpmnXmlNode *shape = document->document().elementById(it.key());
        BpmnXmlNode *bounds = shape ? shape->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
        if (!bounds || !shape->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            continue;
        movePoint(bounds, it.value());
        if (BpmnXmlNode *label = labelBoundsOf(shape))
            movePoint(label, it.value());
        byElement.insert(shape->attribute(u"bpmnElement"), it.value());
        addChangedId(it.key());
    }
    const BpmnXmlNode *plane = document->plane();
    if (!plane || byElement.isEmpty())
        return;
    // One pass over the edges: linear in the size of the diagram whatever the selection.
    for (const BpmnXmlNode *edge : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNEdge")) {
        const BpmnXmlNode *flow = document->document().elementById(edge->attribute(u"bpmnElement"));
        if (!flow)
            continue;
        const QPair<QString, QString> ends = ProcessRules::connectionEnds(flow);
        const auto source = byElement.constFind(ends.first);
        const auto target = byElement.constFind(ends.second);
        const bool moveSource = source != byElement.cend();
        const bool moveTarget = target != byElement.cend();
        if (!moveSource && !moveTarget)
            continue;
        const QVector<BpmnXmlNode *> points = edge->childElements(BpmnNamespaces::di, u"waypoint");
        if (points.isEmpty())
            continue;
        if (moveSource && moveTarget && *source == *target) {
            for (BpmnXmlNode *point : points)
                movePoint(point, *source);
            if (BpmnXmlNode *label = labelBoundsOf(edge))
                movePoint(label, *source);
        } else {
            if (moveSource)
                movePoint(points.first(), *source);
            if (moveTarget && points.size() > 1)
                movePoint(points.last(), *target);
        }
        addChangedId(edge->attribute(u"id"));
    }
}

void ArrangeShapesCommand::movePoint(BpmnXmlNode *node, QPointF delta)
{
    addSetAttribute(node, QStringLiteral("x"),
                    ProcessDocument::formatNumber(node->attribute(u"x").toDouble() + delta.x()));
    addSetAttribute(node, QStringLiteral("y"),
                    ProcessDocument::formatNumber(node->attribute(u"y").toDouble() + delta.y()));
}
