#include "bpmnshapepainter.h"

#include "bpmnmarkerpainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace {

constexpr qreal taskRadius = 10;
constexpr qreal headerBand = 30;

QPen outline(const BpmnRenderModel::Shape &shape, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(shape.colors.strokeOr(Qt::black), width, style, Qt::FlatCap, Qt::MiterJoin);
    if (style == Qt::DashLine)
        pen.setDashPattern({3 / width * 2, 2.5 / width * 2});
    return pen;
}

QBrush body(const BpmnRenderModel::Shape &shape)
{
    return shape.colors.fillOr(Qt::white);
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
    } else if (type == BpmnElementType::DataObject || type == BpmnElementType::DataObjectReference ||
               type == BpmnElementType::DataInput || type == BpmnElementType::DataOutput) {
        paintDataObject(painter, shape);
    } else if (type == BpmnElementType::DataStore || type == BpmnElementType::DataStoreReference) {
        paintDataStore(painter, shape);
    } else if (type == BpmnElementType::TextAnnotation) {
        paintTextAnnotation(painter, shape);
    } else if (type == BpmnElementType::Group) {
        paintGroup(painter, shape);
    } else {
        // Something DI shows that we do not model (a choreography, a vendor element): its frame.
        painter->setPen(outline(shape, 1));
        painter->setBrush(body(shape));
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
    painter->setBrush(body(shape));
    if (type == BpmnElementType::StartEvent) {
        painter->setPen(outline(shape, 1.5, style));
        painter->drawEllipse(b);
    } else if (type == BpmnElementType::EndEvent) {
        painter->setPen(outline(shape, 4));
        painter->drawEllipse(b.adjusted(1.5, 1.5, -1.5, -1.5));
    } else {
        painter->setPen(outline(shape, 1, style));
        painter->drawEllipse(b);
        const qreal gap = b.width() * 3 / 36;
        painter->drawEllipse(b.adjusted(gap, gap, -gap, -gap));
    }
    BpmnMarkerPainter::paintEventDefinitions(painter, b, shape.eventDefinitions, isThrowing(type),
                                             BpmnMarkerPainter::inkOf(shape.colors));
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
    QPen pen = outline(shape, width, style);
    if (style == Qt::DotLine)
        pen.setDashPattern({1.5, 2});
    painter->setPen(pen);
    painter->setBrush(body(shape));
    painter->drawRoundedRect(b, taskRadius, taskRadius);
    if (type == BpmnElementType::Transaction) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(outline(shape, 1));
        painter->drawRoundedRect(b.adjusted(3, 3, -3, -3), taskRadius - 3, taskRadius - 3);
    }
    const BpmnMarkerPainter::Ink ink = BpmnMarkerPainter::inkOf(shape.colors);
    BpmnMarkerPainter::paintTaskIcon(painter, shape, ink);
    BpmnMarkerPainter::paintActivityMarkers(painter, shape, ink);
}

void BpmnShapePainter::paintGateway(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &b = shape.bounds;
    const QPolygonF diamond({QPointF(b.center().x(), b.top()), QPointF(b.right(), b.center().y()),
                             QPointF(b.center().x(), b.bottom()), QPointF(b.left(), b.center().y())});
    painter->setPen(outline(shape, 2));
    painter->setBrush(body(shape));
    painter->drawPolygon(diamond);
    BpmnMarkerPainter::paintGatewayMarker(painter, shape, BpmnMarkerPainter::inkOf(shape.colors));
}

void BpmnShapePainter::paintPoolOrLane(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &b = shape.bounds;
    const bool pool = shape.type == BpmnElementType::Participant;
    painter->setPen(outline(shape, pool ? 1.5 : 1));
    // Lanes lie on their pool: a white fill would hide what the pool shows; a colour is asked for.
    painter->setBrush(pool || shape.colors.fill.isValid() ? body(shape) : QBrush(Qt::NoBrush));
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

void BpmnShapePainter::paintDataObject(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &b = shape.bounds;
    const qreal fold = std::min(10.0, b.width() / 3);
    const QPolygonF page({b.topLeft(), QPointF(b.right() - fold, b.top()), QPointF(b.right(), b.top() + fold),
                          b.bottomRight(), b.bottomLeft()});
    painter->setPen(outline(shape, 1.5));
    painter->setBrush(body(shape));
    painter->drawPolygon(page);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(
        QPolygonF({QPointF(b.right() - fold, b.top()), QPointF(b.right() - fold, b.top() + fold),
                   QPointF(b.right(), b.top() + fold)}));
    const BpmnMarkerPainter::Ink ink = BpmnMarkerPainter::inkOf(shape.colors);
    if (shape.type == BpmnElementType::DataInput || shape.type == BpmnElementType::DataOutput)
        BpmnMarkerPainter::paintDataArrow(painter, b, shape.type == BpmnElementType::DataOutput, ink);
    if (shape.collection)
        BpmnMarkerPainter::paintCollectionMarker(painter, b, ink);
}

void BpmnShapePainter::paintDataStore(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &b = shape.bounds;
    const qreal rim = std::min(b.height() / 4, 10.0);
    QPainterPath cylinder;
    cylinder.moveTo(b.left(), b.top() + rim / 2);
    cylinder.lineTo(b.left(), b.bottom() - rim / 2);
    cylinder.arcTo(QRectF(b.left(), b.bottom() - rim, b.width(), rim), 180, 180);
    cylinder.lineTo(b.right(), b.top() + rim / 2);
    cylinder.arcTo(QRectF(b.left(), b.top(), b.width(), rim), 0, 180);
    painter->setPen(outline(shape, 1.5));
    painter->setBrush(body(shape));
    painter->drawPath(cylinder);
    painter->setBrush(Qt::NoBrush);
    // The rim of the top and two rings below it.
    for (int ring = 0; ring < 3; ++ring) {
        const QRectF ellipse(b.left(), b.top() + ring * rim / 2.5, b.width(), rim);
        painter->drawArc(ellipse, ring == 0 ? 0 : 180 * 16, ring == 0 ? 360 * 16 : 180 * 16);
    }
}

void BpmnShapePainter::paintTextAnnotation(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &b = shape.bounds;
    const qreal arm = std::min(10.0, b.width());
    if (shape.colors.fill.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(shape.colors.fill);
        painter->drawRect(b);
    }
    painter->setPen(outline(shape, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(QPolygonF({QPointF(b.left() + arm, b.top()), b.topLeft(), b.bottomLeft(),
                                     QPointF(b.left() + arm, b.bottom())}));
}

void BpmnShapePainter::paintGroup(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    QPen pen = outline(shape, 1.5, Qt::DashDotLine);
    pen.setDashPattern({6, 3, 1, 3});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(shape.bounds, taskRadius, taskRadius);
}
