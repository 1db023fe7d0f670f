#include "bpmnedgepainter.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>

namespace {

constexpr qreal arrowLength = 11;
constexpr qreal arrowHalfWidth = 4;

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

} // namespace

void BpmnEdgePainter::paint(QPainter *painter, const BpmnRenderModel::Edge &edge)
{
    const QVector<QPointF> &points = edge.waypoints;
    if (points.size() < 2)
        return;
    QPen pen(Qt::black, 1.5, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    switch (edge.type) {
    case BpmnElementType::MessageFlow:
        pen.setDashPattern({4, 3});
        break;
    case BpmnElementType::Association:
        pen.setWidthF(1);
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.5, 4});
        break;
    default:
        if (edge.dataAssociation) {
            pen.setWidthF(1);
            pen.setCapStyle(Qt::RoundCap);
            pen.setDashPattern({0.5, 4});
        }
        break;
    }
    // Stop the line short of an arrowhead so the line's end does not poke through its tip.
    QPolygonF line(points);
    const bool arrow = edge.type == BpmnElementType::SequenceFlow ||
                       edge.type == BpmnElementType::MessageFlow || edge.dataAssociation;
    if (arrow) {
        const QPointF back = direction(points.last(), points.at(points.size() - 2));
        line.last() = points.last() + back * (arrowLength - 1);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(line);

    if (edge.type == BpmnElementType::MessageFlow) {
        painter->setPen(QPen(Qt::black, 1));
        painter->setBrush(Qt::white);
        painter->drawEllipse(points.first(), 4, 4);
    }
    if (edge.dataAssociation)
        paintOpenArrow(painter, points.at(points.size() - 2), points.last());
    else if (arrow)
        paintArrowhead(painter, points.at(points.size() - 2), points.last(),
                       edge.type == BpmnElementType::SequenceFlow);
    if (edge.conditionalFromActivity)
        paintConditionDiamond(painter, points.at(0), points.at(1));
    else if (edge.defaultFlow)
        paintDefaultSlash(painter, points.at(0), points.at(1));
}

void BpmnEdgePainter::paintArrowhead(QPainter *painter, QPointF from, QPointF tip, bool filled)
{
    const QPointF unit = direction(from, tip);
    if (unit.isNull())
        return;
    const QPointF base = tip - unit * arrowLength;
    const QPointF side = normal(unit) * arrowHalfWidth;
    painter->setPen(QPen(Qt::black, 1, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter->setBrush(filled ? Qt::black : Qt::white);
    painter->drawPolygon(QPolygonF({tip, base + side, base - side}));
}

void BpmnEdgePainter::paintOpenArrow(QPainter *painter, QPointF from, QPointF tip)
{
    const QPointF unit = direction(from, tip);
    if (unit.isNull())
        return;
    const QPointF base = tip - unit * arrowLength;
    const QPointF side = normal(unit) * arrowHalfWidth;
    painter->setPen(QPen(Qt::black, 1, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter->drawPolyline(QPolygonF({base + side, tip, base - side}));
    painter->drawLine(base, tip);
}

void BpmnEdgePainter::paintConditionDiamond(QPainter *painter, QPointF start, QPointF towards)
{
    const QPointF unit = direction(start, towards);
    if (unit.isNull())
        return;
    const QPointF side = normal(unit) * 4.5;
    painter->setPen(QPen(Qt::black, 1, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter->setBrush(Qt::white);
    painter->drawPolygon(
        QPolygonF({start, start + unit * 8 + side, start + unit * 16, start + unit * 8 - side}));
}

void BpmnEdgePainter::paintDefaultSlash(QPainter *painter, QPointF start, QPointF towards)
{
    const QPointF unit = direction(start, towards);
    if (unit.isNull())
        return;
    const QPointF center = start + unit * 10;
    const QPointF slant = normal(unit) * 5 + unit * 3;
    painter->setPen(QPen(Qt::black, 1.5));
    painter->drawLine(center - slant, center + slant);
}
