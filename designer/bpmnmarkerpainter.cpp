#include "bpmnmarkerpainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace {

// Event icons are designed in a 36 x 36 grid (the default event size), task icons in 20 x 20.
constexpr qreal pi = 3.14159265358979323846;
constexpr qreal eventGrid = 36;
constexpr qreal markerSize = 14;
constexpr qreal markerGap = 4;
constexpr qreal markerBottom = 4; // between the markers and the bottom of the activity
constexpr qreal iconInset = 5;
constexpr qreal iconSize = 20;
// Data marks are designed on the default data object page, 36 x 50.
constexpr qreal dataGridWidth = 36;
constexpr qreal dataGridHeight = 50;

QPen pen(qreal width, const QColor &color)
{
    return QPen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
}

using Ink = BpmnMarkerPainter::Ink;

QPolygonF polygon(std::initializer_list<QPointF> points)
{
    return QPolygonF(QVector<QPointF>(points));
}

QPolygonF regularPolygon(QPointF center, qreal radius, int corners)
{
    QPolygonF result;
    for (int i = 0; i < corners; ++i) {
        const qreal angle = -pi / 2 + 2 * pi * i / corners;
        result << center + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return result;
}

void paintShape(QPainter *painter, const QPolygonF &shape, bool filled, const Ink &ink, qreal width = 1)
{
    painter->setPen(pen(width, ink.stroke));
    painter->setBrush(filled ? ink.stroke : ink.fill);
    painter->drawPolygon(shape);
}

// Scales the 36 x 50 design grid of data marks to `page`, keeping proportions, from its top left.
void toDataGrid(QPainter *painter, const QRectF &page)
{
    const qreal scale = std::min(page.width() / dataGridWidth, page.height() / dataGridHeight);
    painter->translate(page.topLeft());
    painter->scale(scale, scale);
}

} // namespace

BpmnMarkerPainter::Ink BpmnMarkerPainter::inkOf(const BpmnRenderModel::Colors &colors)
{
    return Ink{colors.strokeOr(Qt::black), colors.fillOr(Qt::white)};
}

void BpmnMarkerPainter::paintEventDefinitions(QPainter *painter, const QRectF &circle,
                                              const QVector<BpmnEventDefinitionType> &definitions,
                                              bool filled, const Ink &ink)
{
    if (definitions.isEmpty())
        return;
    painter->save();
    painter->translate(circle.topLeft());
    painter->scale(circle.width() / eventGrid, circle.height() / eventGrid);
    if (definitions.size() > 1) {
        // Several triggers: the "multiple" pentagon.
        paintShape(painter, regularPolygon(QPointF(18, 18.5), 9, 5), filled, ink);
    } else {
        paintEventIcon(painter, definitions.first(), filled, ink);
    }
    painter->restore();
}

QPolygonF BpmnMarkerPainter::errorBolt()
{
    // From the tip at the bottom left up to the tip at the top right in two strokes joined by a
    // third, each a few units thick, as the specification draws the error trigger.
    return polygon({{7.5, 27}, {14, 17.5}, {21, 25}, {28, 8.5}, {20.5, 19.5}, {14, 10.5}});
}

void BpmnMarkerPainter::paintEventIcon(QPainter *painter, BpmnEventDefinitionType type, bool filled,
                                       const Ink &ink)
{
    switch (type) {
    case BpmnEventDefinitionType::Message:
        paintEnvelope(painter, QRectF(9, 11.5, 18, 13), filled, ink);
        break;
    case BpmnEventDefinitionType::Timer:
        paintTimer(painter, ink);
        break;
    case BpmnEventDefinitionType::Error:
        paintShape(painter, errorBolt(), filled, ink);
        break;
    case BpmnEventDefinitionType::Signal:
        paintShape(painter, polygon({{18, 8.5}, {27, 25}, {9, 25}}), filled, ink);
        break;
    case BpmnEventDefinitionType::Escalation:
        paintShape(painter, polygon({{18, 8}, {26, 27}, {18, 19.5}, {10, 27}}), filled, ink);
        break;
    case BpmnEventDefinitionType::Conditional:
        paintShape(painter, polygon({{11, 9}, {25, 9}, {25, 27}, {11, 27}}), false, ink);
        for (qreal y : {13.0, 17.0, 21.0, 25.0 - 0.5})
            painter->drawLine(QPointF(13, y), QPointF(23, y));
        break;
    case BpmnEventDefinitionType::Link:
        paintShape(painter,
                   polygon({{9, 15}, {18.5, 15}, {18.5, 10}, {27, 18}, {18.5, 26}, {18.5, 21}, {9, 21}}),
                   filled, ink);
        break;
    case BpmnEventDefinitionType::Compensation:
        paintRewind(painter, QRectF(8, 11, 19, 14), filled, ink);
        break;
    case BpmnEventDefinitionType::Cancel:
        painter->setPen(pen(3.5, ink.stroke));
        painter->drawLine(QPointF(11.5, 11.5), QPointF(24.5, 24.5));
        painter->drawLine(QPointF(24.5, 11.5), QPointF(11.5, 24.5));
        break;
    case BpmnEventDefinitionType::Terminate:
        painter->setPen(Qt::NoPen);
        painter->setBrush(ink.stroke);
        painter->drawEllipse(QPointF(18, 18), 10, 10);
        break;
    case BpmnEventDefinitionType::None:
        break;
    }
}

void BpmnMarkerPainter::paintEnvelope(QPainter *painter, const QRectF &rect, bool filled, const Ink &ink)
{
    painter->setPen(pen(1, ink.stroke));
    painter->setBrush(filled ? ink.stroke : ink.fill);
    painter->drawRect(rect);
    painter->setPen(pen(1, filled ? ink.fill : ink.stroke));
    painter->drawPolyline(polygon(
        {rect.topLeft(), QPointF(rect.center().x(), rect.top() + rect.height() * 0.55), rect.topRight()}));
}

void BpmnMarkerPainter::paintTimer(QPainter *painter, const Ink &ink)
{
    const QPointF center(18, 18);
    painter->setPen(pen(2, ink.stroke));
    painter->setBrush(ink.fill);
    painter->drawEllipse(center, 11, 11);
    painter->setPen(pen(1, ink.stroke));
    for (int hour = 0; hour < 12; ++hour) {
        const qreal angle = 2 * pi * hour / 12;
        const QPointF direction(std::sin(angle), -std::cos(angle));
        painter->drawLine(center + direction * 8, center + direction * 10);
    }
    painter->drawLine(center, QPointF(18.5, 10.5));
    painter->drawLine(center, QPointF(23.5, 16));
}

QRectF BpmnMarkerPainter::taskIconRect(const BpmnRenderModel::Shape &shape)
{
    switch (shape.iconType) {
    case BpmnElementType::UserTask:
    case BpmnElementType::ServiceTask:
    case BpmnElementType::SendTask:
    case BpmnElementType::ReceiveTask:
    case BpmnElementType::ManualTask:
    case BpmnElementType::BusinessRuleTask:
    case BpmnElementType::ScriptTask:
        return QRectF(shape.bounds.topLeft() + QPointF(iconInset, iconInset), QSizeF(iconSize, iconSize));
    default:
        return QRectF();
    }
}

void BpmnMarkerPainter::paintTaskIcon(QPainter *painter, const BpmnRenderModel::Shape &shape, const Ink &ink)
{
    const QRectF icon = taskIconRect(shape);
    if (icon.isNull())
        return;
    painter->save();
    painter->translate(icon.topLeft());
    switch (shape.iconType) {
    case BpmnElementType::UserTask:
        paintUserIcon(painter, ink);
        break;
    case BpmnElementType::ServiceTask:
        paintServiceIcon(painter, ink);
        break;
    case BpmnElementType::SendTask:
        paintEnvelope(painter, QRectF(1.5, 2.5, 17, 12), true, ink);
        break;
    case BpmnElementType::ReceiveTask:
        paintEnvelope(painter, QRectF(1.5, 2.5, 17, 12), false, ink);
        break;
    case BpmnElementType::ManualTask:
        paintManualIcon(painter, ink);
        break;
    case BpmnElementType::BusinessRuleTask:
        paintBusinessRuleIcon(painter, ink);
        break;
    case BpmnElementType::ScriptTask:
        paintScriptIcon(painter, ink);
        break;
    default:
        break;
    }
    painter->restore();
}

void BpmnMarkerPainter::paintUserIcon(QPainter *painter, const Ink &ink)
{
    painter->setPen(pen(1, ink.stroke));
    painter->setBrush(ink.fill);
    QPainterPath body;
    body.moveTo(2, 18);
    body.cubicTo(2, 10.5, 18, 10.5, 18, 18);
    body.closeSubpath();
    painter->drawPath(body);
    painter->drawEllipse(QPointF(10, 7), 4, 4);
    // The hair line that makes the head read as a person, as in bpmn-js.
    painter->setBrush(ink.stroke);
    QPainterPath hair;
    hair.moveTo(6, 6.5);
    hair.cubicTo(7, 2, 13, 2, 14, 6.5);
    hair.cubicTo(12, 5, 8, 5, 6, 6.5);
    painter->drawPath(hair);
}

void BpmnMarkerPainter::paintServiceIcon(QPainter *painter, const Ink &ink)
{
    // Two meshing gears, the second behind the first.
    const auto gear = [painter, &ink](QPointF center, qreal outer) {
        QPolygonF teeth;
        const int count = 8;
        for (int i = 0; i < count * 4; ++i) {
            const qreal angle = 2 * pi * (i - 0.5) / (count * 4);
            const qreal radius = (i / 2) % 2 == 0 ? outer : outer * 0.72;
            teeth << center + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        paintShape(painter, teeth, false, ink);
        painter->drawEllipse(center, outer * 0.3, outer * 0.3);
    };
    gear(QPointF(12.5, 12.5), 6.5);
    gear(QPointF(7.5, 7.5), 7);
}

void BpmnMarkerPainter::paintManualIcon(QPainter *painter, const Ink &ink)
{
    // A flat hand: palm on the left, four fingers pointing right, the thumb on top.
    painter->setPen(pen(1, ink.stroke));
    painter->setBrush(ink.fill);
    QPainterPath hand;
    hand.moveTo(1, 8);
    hand.lineTo(6, 4);
    hand.lineTo(11, 4);
    hand.lineTo(10, 7);
    hand.lineTo(18, 7);
    hand.arcTo(QRectF(16.5, 7, 3, 2.5), 90, -180);
    hand.lineTo(12, 9.5);
    hand.lineTo(17.5, 9.5);
    hand.arcTo(QRectF(16, 9.5, 3, 2.5), 90, -180);
    hand.lineTo(12, 12);
    hand.lineTo(16.5, 12);
    hand.arcTo(QRectF(15, 12, 3, 2.5), 90, -180);
    hand.lineTo(12, 14.5);
    hand.lineTo(15, 14.5);
    hand.arcTo(QRectF(13.5, 14.5, 3, 2.5), 90, -180);
    hand.lineTo(3, 17);
    hand.lineTo(1, 15);
    hand.closeSubpath();
    painter->drawPath(hand);
}

void BpmnMarkerPainter::paintBusinessRuleIcon(QPainter *painter, const Ink &ink)
{
    const QRectF table(1.5, 3.5, 17, 12);
    painter->setPen(pen(1, ink.stroke));
    painter->setBrush(ink.fill);
    painter->drawRect(table);
    painter->setBrush(ink.stroke);
    painter->drawRect(QRectF(table.left(), table.top(), table.width(), 3.5));
    const qreal row = table.top() + 3.5 + (table.height() - 3.5) / 2;
    painter->drawLine(QPointF(table.left(), row), QPointF(table.right(), row));
    painter->drawLine(QPointF(table.left() + 5, table.top() + 3.5),
                      QPointF(table.left() + 5, table.bottom()));
}

void BpmnMarkerPainter::paintScriptIcon(QPainter *painter, const Ink &ink)
{
    painter->setPen(pen(1, ink.stroke));
    painter->setBrush(ink.fill);
    QPainterPath sheet;
    sheet.moveTo(5, 2);
    sheet.lineTo(17, 2);
    sheet.cubicTo(12, 6, 20, 12, 15, 18);
    sheet.lineTo(3, 18);
    sheet.cubicTo(8, 12, 0, 6, 5, 2);
    sheet.closeSubpath();
    painter->drawPath(sheet);
    for (qreal y : {6.0, 10.0, 14.0})
        painter->drawLine(QPointF(6, y), QPointF(13.5, y));
}

QVector<BpmnMarkerPainter::Marker> BpmnMarkerPainter::markersOf(const BpmnRenderModel::Shape &shape)
{
    // Loop or multi-instance, compensation, the collapsed [+], ad hoc: the order of the
    // specification's figures, so that a collapsed multi-instance sub-process shows "III +".
    QVector<Marker> markers;
    switch (shape.loop) {
    case BpmnRenderModel::Loop::Standard:
        markers << Marker::Loop;
        break;
    case BpmnRenderModel::Loop::ParallelMultiInstance:
        markers << Marker::ParallelMultiInstance;
        break;
    case BpmnRenderModel::Loop::SequentialMultiInstance:
        markers << Marker::SequentialMultiInstance;
        break;
    case BpmnRenderModel::Loop::None:
        break;
    }
    if (shape.forCompensation)
        markers << Marker::Compensation;
    if (shape.collapsedMarker)
        markers << Marker::Collapsed;
    if (shape.type == BpmnElementType::AdHocSubProcess)
        markers << Marker::AdHoc;
    return markers;
}

QRectF BpmnMarkerPainter::activityMarkerRect(const BpmnRenderModel::Shape &shape)
{
    if (!BpmnSchema::isActivity(shape.type))
        return QRectF();
    const qsizetype count = markersOf(shape).size();
    if (count == 0)
        return QRectF();
    const qreal width = qreal(count) * markerSize + qreal(count - 1) * markerGap;
    return QRectF(shape.bounds.center().x() - width / 2, shape.bounds.bottom() - markerSize - markerBottom,
                  width, markerSize);
}

void BpmnMarkerPainter::paintActivityMarkers(QPainter *painter, const BpmnRenderModel::Shape &shape,
                                             const Ink &ink)
{
    const QRectF row = activityMarkerRect(shape);
    if (row.isNull())
        return;
    qreal x = row.left();
    for (Marker marker : markersOf(shape)) {
        paintMarker(painter, QRectF(x, row.top(), markerSize, markerSize), marker, ink);
        x += markerSize + markerGap;
    }
}

void BpmnMarkerPainter::paintMarker(QPainter *painter, const QRectF &box, Marker marker, const Ink &ink)
{
    painter->setPen(pen(1, ink.stroke));
    painter->setBrush(Qt::NoBrush);
    const QPointF center = box.center();
    switch (marker) {
    case Marker::Collapsed:
        painter->drawRect(box);
        painter->setPen(pen(1.5, ink.stroke));
        painter->drawLine(QPointF(center.x(), box.top() + 3), QPointF(center.x(), box.bottom() - 3));
        painter->drawLine(QPointF(box.left() + 3, center.y()), QPointF(box.right() - 3, center.y()));
        break;
    case Marker::Loop: {
        painter->setPen(pen(1.5, ink.stroke));
        const QRectF arc = box.adjusted(2, 2, -2, -2);
        painter->drawArc(arc, -60 * 16, 300 * 16);
        const QPointF end = QLineF::fromPolar(arc.width() / 2, -60).translated(arc.center()).p2();
        painter->drawPolyline(polygon({end + QPointF(-4, 0), end, end + QPointF(0, -4)}));
        break;
    }
    case Marker::ParallelMultiInstance:
        painter->setPen(Qt::NoPen);
        painter->setBrush(ink.stroke);
        for (int i = 0; i < 3; ++i)
            painter->drawRect(QRectF(box.left() + 2 + i * 4, box.top() + 1, 2, box.height() - 2));
        break;
    case Marker::SequentialMultiInstance:
        painter->setPen(Qt::NoPen);
        painter->setBrush(ink.stroke);
        for (int i = 0; i < 3; ++i)
            painter->drawRect(QRectF(box.left() + 1, box.top() + 2 + i * 4, box.width() - 2, 2));
        break;
    case Marker::Compensation:
        paintRewind(painter, box.adjusted(0, 2, 0, -2), false, ink);
        break;
    case Marker::AdHoc: {
        painter->setPen(pen(1.5, ink.stroke));
        QPainterPath tilde;
        tilde.moveTo(box.left() + 1, center.y() + 1);
        tilde.cubicTo(box.left() + 4, center.y() - 4, center.x(), center.y() - 1, center.x(), center.y());
        tilde.cubicTo(center.x(), center.y() + 1, box.right() - 4, center.y() + 4, box.right() - 1,
                      center.y() - 1);
        painter->drawPath(tilde);
        break;
    }
    }
}

void BpmnMarkerPainter::paintRewind(QPainter *painter, const QRectF &box, bool filled, const Ink &ink)
{
    const qreal middle = box.center().x();
    paintShape(painter,
               polygon({{middle, box.top()}, {box.left(), box.center().y()}, {middle, box.bottom()}}), filled,
               ink);
    paintShape(painter,
               polygon({{box.right(), box.top()}, {middle, box.center().y()}, {box.right(), box.bottom()}}),
               filled, ink);
}

void BpmnMarkerPainter::paintDataArrow(QPainter *painter, const QRectF &page, bool output, const Ink &ink)
{
    painter->save();
    toDataGrid(painter, page);
    // A block arrow pointing right, hollow for what comes in, solid for what goes out.
    paintShape(painter, polygon({{4, 8}, {11, 8}, {11, 4.5}, {17.5, 10.5}, {11, 16.5}, {11, 13}, {4, 13}}),
               output, ink);
    painter->restore();
}

void BpmnMarkerPainter::paintCollectionMarker(QPainter *painter, const QRectF &page, const Ink &ink)
{
    painter->save();
    toDataGrid(painter, page);
    const qreal scale = std::min(page.width() / dataGridWidth, page.height() / dataGridHeight);
    // Centred at the bottom of the page, whatever its proportions.
    const qreal width = page.width() / scale;
    const qreal height = page.height() / scale;
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink.stroke);
    for (int i = 0; i < 3; ++i)
        painter->drawRect(QRectF(width / 2 - 5 + i * 4, height - 12, 2, 8));
    painter->restore();
}

void BpmnMarkerPainter::paintGatewayMarker(QPainter *painter, const BpmnRenderModel::Shape &shape,
                                           const Ink &ink)
{
    const QRectF &b = shape.bounds;
    const QPointF c = b.center();
    const qreal s = std::min(b.width(), b.height());
    painter->setBrush(Qt::NoBrush);
    switch (shape.type) {
    case BpmnElementType::ExclusiveGateway:
        // bpmn-js draws the X only when DI asks for it.
        if (!shape.markerVisible)
            break;
        painter->setPen(pen(s * 0.08, ink.stroke));
        painter->drawLine(c + QPointF(-s * 0.15, -s * 0.17), c + QPointF(s * 0.15, s * 0.17));
        painter->drawLine(c + QPointF(s * 0.15, -s * 0.17), c + QPointF(-s * 0.15, s * 0.17));
        break;
    case BpmnElementType::ParallelGateway:
        painter->setPen(pen(s * 0.08, ink.stroke));
        painter->drawLine(c + QPointF(0, -s * 0.25), c + QPointF(0, s * 0.25));
        painter->drawLine(c + QPointF(-s * 0.25, 0), c + QPointF(s * 0.25, 0));
        break;
    case BpmnElementType::InclusiveGateway:
        painter->setPen(pen(s * 0.05, ink.stroke));
        painter->drawEllipse(c, s * 0.23, s * 0.23);
        break;
    case BpmnElementType::ComplexGateway:
        painter->setPen(pen(s * 0.07, ink.stroke));
        painter->drawLine(c + QPointF(0, -s * 0.25), c + QPointF(0, s * 0.25));
        painter->drawLine(c + QPointF(-s * 0.25, 0), c + QPointF(s * 0.25, 0));
        painter->drawLine(c + QPointF(-s * 0.17, -s * 0.17), c + QPointF(s * 0.17, s * 0.17));
        painter->drawLine(c + QPointF(s * 0.17, -s * 0.17), c + QPointF(-s * 0.17, s * 0.17));
        break;
    case BpmnElementType::EventBasedGateway:
        painter->setPen(pen(1, ink.stroke));
        painter->drawEllipse(c, s * 0.25, s * 0.25);
        if (!shape.instantiate)
            painter->drawEllipse(c, s * 0.2, s * 0.2);
        painter->drawPolygon(regularPolygon(c + QPointF(0, s * 0.01), s * 0.12, 5));
        break;
    default:
        break;
    }
}
