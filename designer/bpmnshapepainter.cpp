#include "bpmnshapepainter.h"

#include "bpmnmarkerpainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace {

constexpr qreal taskRadius = 10;
constexpr qreal headerBand = 30;

QPen outline(qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(Qt::black, width, style, Qt::FlatCap, Qt::MiterJoin);
    if (style == Qt::DashLine)
        pen.setDashPattern({3 / width * 2, 2.5 / width * 2});
    return pen;
}

bool isThrowing(BpmnElementType type)
{
    return type == BpmnElementType::IntermediateThrowEvent || type == BpmnElementType::EndEvent;
}

} // namespace

void BpmnShapePainter::paint(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const BpmnElementType type = shape.type;
    if (BpmnSchema::isEvent(type)) {
        paintEvent(painter, shape);
    } else if (BpmnSchema::isActivity(type)) {
        paintActivity(painter, shape);
    } else if (BpmnSchema::isGateway(type)) {
        paintGateway(painter, shape);
    } else if (type == BpmnElementType::Participant || type == BpmnElementType::Lane) {
        paintPoolOrLane(painter, shape);
    } else if (type == BpmnElementType::DataObject || type == BpmnElementType::DataObjectReference) {
        paintDataObject(painter, shape.bounds);
    } else if (type == BpmnElementType::DataStore || type == BpmnElementType::DataStoreReference) {
        paintDataStore(painter, shape.bounds);
    } else if (type == BpmnElementType::TextAnnotation) {
        paintTextAnnotation(painter, shape.bounds);
    } else if (type == BpmnElementType::Group) {
        paintGroup(painter, shape.bounds);
    } else {
        // Something DI shows that we do not model (a choreography, a vendor element): its frame.
        painter->setPen(outline(1));
        painter->setBrush(Qt::white);
        painter->drawRect(shape.bounds);
    }
}

void BpmnShapePainter::paintEvent(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &b = shape.bounds;
    const BpmnElementType type = shape.type;
    const bool nonInterrupting = !shape.interrupting && (type == BpmnElementType::BoundaryEvent ||
                                                         type == BpmnElementType::StartEvent);
    const Qt::PenStyle style = nonInterrupting ? Qt::DashLine : Qt::SolidLine;
    painter->setBrush(Qt::white);
    if (type == BpmnElementType::StartEvent) {
        painter->setPen(outline(1.5, style));
        painter->drawEllipse(b);
    } else if (type == BpmnElementType::EndEvent) {
        painter->setPen(outline(4));
        painter->drawEllipse(b.adjusted(1.5, 1.5, -1.5, -1.5));
    } else {
        painter->setPen(outline(1, style));
        painter->drawEllipse(b);
        const qreal gap = b.width() * 3 / 36;
        painter->drawEllipse(b.adjusted(gap, gap, -gap, -gap));
    }
    BpmnMarkerPainter::paintEventDefinitions(painter, b, shape.eventDefinitions, isThrowing(type));
}

void BpmnShapePainter::paintActivity(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &b = shape.bounds;
    const BpmnElementType type = shape.type;
    qreal width = 2;
    Qt::PenStyle style = Qt::SolidLine;
    if (type == BpmnElementType::CallActivity)
        width = 5;
    else if (BpmnSchema::isSubProcess(type) && shape.expanded)
        width = 1.5;
    if (shape.triggeredByEvent)
        style = Qt::DotLine;
    QPen pen = outline(width, style);
    if (style == Qt::DotLine)
        pen.setDashPattern({1.5, 2});
    painter->setPen(pen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(b, taskRadius, taskRadius);
    if (type == BpmnElementType::Transaction) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(outline(1));
        painter->drawRoundedRect(b.adjusted(3, 3, -3, -3), taskRadius - 3, taskRadius - 3);
    }
    if (BpmnSchema::isTask(type))
        BpmnMarkerPainter::paintTaskIcon(painter, b, type);
    BpmnMarkerPainter::paintActivityMarkers(painter, shape);
}

void BpmnShapePainter::paintGateway(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &b = shape.bounds;
    const QPolygonF diamond({QPointF(b.center().x(), b.top()), QPointF(b.right(), b.center().y()),
                             QPointF(b.center().x(), b.bottom()), QPointF(b.left(), b.center().y())});
    painter->setPen(outline(2));
    painter->setBrush(Qt::white);
    painter->drawPolygon(diamond);
    BpmnMarkerPainter::paintGatewayMarker(painter, shape);
}

void BpmnShapePainter::paintPoolOrLane(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &b = shape.bounds;
    const bool pool = shape.type == BpmnElementType::Participant;
    painter->setPen(outline(pool ? 1.5 : 1));
    // Lanes lie on their pool: their fill would hide what the pool shows.
    painter->setBrush(pool ? QBrush(Qt::white) : QBrush(Qt::NoBrush));
    painter->drawRect(b);
    if (!pool || !shape.expanded)
        return;
    // The band that carries the pool's name; lanes show their name without a separator.
    if (shape.horizontal)
        painter->drawLine(QPointF(b.left() + headerBand, b.top()),
                          QPointF(b.left() + headerBand, b.bottom()));
    else
        painter->drawLine(QPointF(b.left(), b.top() + headerBand), QPointF(b.right(), b.top() + headerBand));
}

void BpmnShapePainter::paintDataObject(QPainter *painter, const QRectF &b)
{
    const qreal fold = std::min(10.0, b.width() / 3);
    const QPolygonF page({b.topLeft(), QPointF(b.right() - fold, b.top()), QPointF(b.right(), b.top() + fold),
                          b.bottomRight(), b.bottomLeft()});
    painter->setPen(outline(1.5));
    painter->setBrush(Qt::white);
    painter->drawPolygon(page);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(
        QPolygonF({QPointF(b.right() - fold, b.top()), QPointF(b.right() - fold, b.top() + fold),
                   QPointF(b.right(), b.top() + fold)}));
}

void BpmnShapePainter::paintDataStore(QPainter *painter, const QRectF &b)
{
    const qreal rim = std::min(b.height() / 4, 10.0);
    QPainterPath body;
    body.moveTo(b.left(), b.top() + rim / 2);
    body.lineTo(b.left(), b.bottom() - rim / 2);
    body.arcTo(QRectF(b.left(), b.bottom() - rim, b.width(), rim), 180, 180);
    body.lineTo(b.right(), b.top() + rim / 2);
    body.arcTo(QRectF(b.left(), b.top(), b.width(), rim), 0, 180);
    painter->setPen(outline(1.5));
    painter->setBrush(Qt::white);
    painter->drawPath(body);
    painter->setBrush(Qt::NoBrush);
    // The rim of the top and two rings below it.
    for (int ring = 0; ring < 3; ++ring) {
        const QRectF ellipse(b.left(), b.top() + ring * rim / 2.5, b.width(), rim);
        painter->drawArc(ellipse, ring == 0 ? 0 : 180 * 16, ring == 0 ? 360 * 16 : 180 * 16);
    }
}

void BpmnShapePainter::paintTextAnnotation(QPainter *painter, const QRectF &b)
{
    const qreal arm = std::min(10.0, b.width());
    painter->setPen(outline(1));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(QPolygonF({QPointF(b.left() + arm, b.top()), b.topLeft(), b.bottomLeft(),
                                     QPointF(b.left() + arm, b.bottom())}));
}

void BpmnShapePainter::paintGroup(QPainter *painter, const QRectF &b)
{
    QPen pen = outline(1.5, Qt::DashDotLine);
    pen.setDashPattern({6, 3, 1, 3});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(b, taskRadius, taskRadius);
}
