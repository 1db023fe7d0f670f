#include "bpmnedgepainter.h"

#include "bpmnmarkerpainter.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>

namespace {

constexpr qreal arrowLength = 11;
constexpr qreal arrowHalfWidth = 4;
constexpr qreal envelopeWidth = 20;
constexpr qreal envelopeHeight = 14;

// Unit vector from `from` to `to`; a zero vector when they coincide.
QPointF direction(QPointF from, QPointF to)
{
    const QLineF line(from, to);
    const qreal length = line.length();
    return length > 0 ? (to - from) / length : QPointF();
}

QPointF normal(QPointF unit)
{
    return QPointF(-unit.y(), unit.x());
}

// The middle of the segment that holds the middle of a polyline (by length): on a straight
// line its middle, on a bent one never on a corner.
QPointF middleSegmentCentre(const QVector<QPointF> &points)
{
    qreal total = 0;
    for (int i = 1; i < points.size(); ++i)
        total += QLineF(points.at(i - 1), points.at(i)).length();
    qreal remaining = total / 2;
    for (int i = 1; i < points.size(); ++i) {
        const QLineF segment(points.at(i - 1), points.at(i));
        if (remaining <= segment.length() && segment.length() > 0)
            return segment.center();
        remaining -= segment.length();
    }
    return points.isEmpty() ? QPointF() : points.last();
}

bool isDotted(const BpmnRenderModel::Edge &edge)
{
    return edge.type == BpmnElementType::Association || edge.dataAssociation || edge.unnamedLink;
}

} // namespace

void BpmnEdgePainter::paint(QPainter *painter, const BpmnRenderModel::Edge &edge)
{
    const QVector<QPointF> &points = edge.waypoints;
    if (points.size() < 2)
        return;
    const QColor stroke = edge.colors.strokeOr(Qt::black);
    const QColor fill = edge.colors.fillOr(Qt::white);
    QPen pen(stroke, 1.5, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (edge.type == BpmnElementType::MessageFlow) {
        pen.setDashPattern({4, 3});
    } else if (isDotted(edge)) {
        pen.setWidthF(1);
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.5, 4});
    }
    // Stop the line short of an arrowhead so the line's end does not poke through its tip.
    QPolygonF line(points);
    const bool closedArrow =
        edge.type == BpmnElementType::SequenceFlow || edge.type == BpmnElementType::MessageFlow;
    if (closedArrow) {
        const QPointF back = direction(points.last(), points.at(points.size() - 2));
        line.last() = points.last() + back * (arrowLength - 1);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(line);

    if (edge.type == BpmnElementType::MessageFlow) {
        painter->setPen(QPen(stroke, 1));
        painter->setBrush(fill);
        painter->drawEllipse(points.first(), 4, 4);
    }
    if (edge.dataAssociation || edge.arrowAtTarget)
        paintOpenArrow(painter, points.at(points.size() - 2), points.last(), stroke);
    else if (closedArrow)
        paintArrowhead(painter, points.at(points.size() - 2), points.last(),
                       edge.type == BpmnElementType::SequenceFlow, stroke, fill);
    if (edge.arrowAtSource)
        paintOpenArrow(painter, points.at(1), points.at(0), stroke);
    if (edge.conditionalFromActivity)
        paintConditionDiamond(painter, points.at(0), points.at(1), stroke, fill);
    else if (edge.defaultFlow)
        paintDefaultSlash(painter, points.at(0), points.at(1), stroke);
    if (edge.message != BpmnRenderModel::MessageMarker::None)
        paintMessage(painter, edge);
}

QRectF BpmnEdgePainter::envelopeRect(const BpmnRenderModel::Edge &edge)
{
    QRectF rect(0, 0, envelopeWidth, envelopeHeight);
    rect.moveCenter(middleSegmentCentre(edge.waypoints));
    return rect;
}

void BpmnEdgePainter::paintMessage(QPainter *painter, const BpmnRenderModel::Edge &edge)
{
    // White when the message starts the conversation, shaded when it answers, as the
    // specification shows messages on message flows.
    BpmnMarkerPainter::Ink ink = BpmnMarkerPainter::inkOf(edge.colors);
    if (edge.message == BpmnRenderModel::MessageMarker::NonInitiating)
        ink.fill = QColor(0xb0, 0xb0, 0xb0);
    BpmnMarkerPainter::paintEnvelope(painter, envelopeRect(edge), false, ink);
}

void BpmnEdgePainter::paintArrowhead(QPainter *painter, QPointF from, QPointF tip, bool filled,
                                     const QColor &stroke, const QColor &fill)
{
    const QPointF unit = direction(from, tip);
    if (unit.isNull())
        return;
    const QPointF base = tip - unit * arrowLength;
    const QPointF side = normal(unit) * arrowHalfWidth;
    painter->setPen(QPen(stroke, 1, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter->setBrush(filled ? stroke : fill);
    painter->drawPolygon(QPolygonF({tip, base + side, base - side}));
}

void BpmnEdgePainter::paintOpenArrow(QPainter *painter, QPointF from, QPointF tip, const QColor &stroke)
{
    const QPointF unit = direction(from, tip);
    if (unit.isNull())
        return;
    const QPointF base = tip - unit * arrowLength;
    const QPointF side = normal(unit) * arrowHalfWidth;
    painter->setPen(QPen(stroke, 1, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(QPolygonF({base + side, tip, base - side}));
}

void BpmnEdgePainter::paintConditionDiamond(QPainter *painter, QPointF start, QPointF towards,
                                            const QColor &stroke, const QColor &fill)
{
    const QPointF unit = direction(start, towards);
    if (unit.isNull())
        return;
    const QPointF side = normal(unit) * 4.5;
    painter->setPen(QPen(stroke, 1, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter->setBrush(fill);
    painter->drawPolygon(
        QPolygonF({start, start + unit * 8 + side, start + unit * 16, start + unit * 8 - side}));
}

void BpmnEdgePainter::paintDefaultSlash(QPainter *painter, QPointF start, QPointF towards,
                                        const QColor &stroke)
{
    const QPointF unit = direction(start, towards);
    if (unit.isNull())
        return;
    const QPointF center = start + unit * 10;
    const QPointF slant = normal(unit) * 5 + unit * 3;
    painter->setPen(QPen(stroke, 1.5));
    painter->drawLine(center - slant, center + slant);
}
