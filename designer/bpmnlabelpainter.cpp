#include "bpmnlabelpainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace {

constexpr qreal defaultLabelWidth = 90;
constexpr qreal padding = 5;
constexpr qreal headerBand = 30;
constexpr int wrapFlags = Qt::TextWordWrap;

// The middle of a polyline measured along its length, where bpmn-js puts a flow's label.
QPointF midpoint(const QVector<QPointF> &points)
{
    qreal total = 0;
    for (int i = 1; i < points.size(); ++i)
        total += QLineF(points.at(i - 1), points.at(i)).length();
    qreal remaining = total / 2;
    for (int i = 1; i < points.size(); ++i) {
        const QLineF segment(points.at(i - 1), points.at(i));
        if (remaining <= segment.length() && segment.length() > 0)
            return segment.pointAt(remaining / segment.length());
        remaining -= segment.length();
    }
    return points.isEmpty() ? QPointF() : points.last();
}

bool isExpandedContainer(const BpmnRenderModel::Shape &shape)
{
    return BpmnSchema::isActivity(shape.type) && shape.expanded;
}

} // namespace

QFont BpmnLabelPainter::font()
{
    // Arial, as bpmn-js and the MIWG pictures use, or one of its metric twins.
    QFont font;
    font.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("Arimo"),
                      QStringLiteral("Nimbus Sans"), QStringLiteral("Helvetica")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(11);
    return font;
}

bool BpmnLabelPainter::hasExternalLabel(BpmnElementType type)
{
    switch (type) {
    case BpmnElementType::DataObject:
    case BpmnElementType::DataObjectReference:
    case BpmnElementType::DataStore:
    case BpmnElementType::DataStoreReference:
        return true;
    default:
        return BpmnSchema::isEvent(type) || BpmnSchema::isGateway(type);
    }
}

QRectF BpmnLabelPainter::labelBox(const std::optional<QRectF> &bounds, QPointF anchor, const QString &text,
                                  bool below)
{
    const QFontMetricsF metrics(font());
    if (bounds && bounds->width() > 0) {
        // The text may need more room than the DI bounds give; it then grows around their centre.
        const QRectF needed = metrics.boundingRect(QRectF(0, 0, bounds->width(), 1e6), wrapFlags, text);
        QRectF box = *bounds;
        if (needed.height() > box.height()) {
            box.setHeight(needed.height());
            box.moveCenter(bounds->center());
        }
        return box;
    }
    const QRectF needed = metrics.boundingRect(QRectF(0, 0, defaultLabelWidth, 1e6), wrapFlags, text);
    QRectF box(0, 0, defaultLabelWidth, needed.height());
    if (below)
        box.moveTopLeft(QPointF(anchor.x() - defaultLabelWidth / 2, anchor.y() + 4));
    else
        box.moveCenter(anchor);
    return box;
}

QRectF BpmnLabelPainter::externalLabelRect(const BpmnRenderModel::Shape &shape)
{
    const QPointF anchor(shape.bounds.center().x(), shape.bounds.bottom());
    return labelBox(shape.labelBounds, anchor, shape.text, true);
}

QRectF BpmnLabelPainter::edgeLabelRect(const BpmnRenderModel::Edge &edge)
{
    return labelBox(edge.labelBounds, midpoint(edge.waypoints), edge.text, false);
}

void BpmnLabelPainter::paintWrapped(QPainter *painter, const QRectF &box, const QString &text,
                                    Qt::Alignment alignment)
{
    // drawText() with flags lays out plain text only; markup in a name is shown as written.
    painter->drawText(box, int(alignment) | wrapFlags, text);
}

void BpmnLabelPainter::paintShapeLabel(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    if (shape.text.isEmpty())
        return;
    painter->setPen(Qt::black);
    const QRectF &bounds = shape.bounds;
    if (hasExternalLabel(shape.type)) {
        paintWrapped(painter, externalLabelRect(shape), shape.text, Qt::AlignHCenter | Qt::AlignVCenter);
    } else if (shape.type == BpmnElementType::Participant || shape.type == BpmnElementType::Lane) {
        paintHeader(painter, shape);
    } else if (isExpandedContainer(shape)) {
        paintWrapped(painter, bounds.adjusted(padding * 2, padding, -padding * 2, -padding), shape.text,
                     Qt::AlignLeft | Qt::AlignTop);
    } else if (shape.type == BpmnElementType::TextAnnotation) {
        paintWrapped(painter, bounds.adjusted(padding, padding, -padding, -padding), shape.text,
                     Qt::AlignLeft | Qt::AlignTop);
    } else if (shape.type == BpmnElementType::Group) {
        const QRectF box = shape.labelBounds && shape.labelBounds->width() > 0
                               ? *shape.labelBounds
                               : QRectF(bounds.center().x() - defaultLabelWidth / 2, bounds.top() + padding,
                                        defaultLabelWidth, 20);
        paintWrapped(painter, box, shape.text, Qt::AlignHCenter | Qt::AlignTop);
    } else {
        paintWrapped(painter, bounds.adjusted(padding, padding, -padding, -padding), shape.text,
                     Qt::AlignCenter);
    }
}

void BpmnLabelPainter::paintHeader(QPainter *painter, const BpmnRenderModel::Shape &shape)
{
    const QRectF &bounds = shape.bounds;
    if (shape.type == BpmnElementType::Participant && !shape.expanded) {
        // A black-box pool: the name in the middle, along the pool (read bottom to top when the
        // pool stands upright), as bpmn-js writes it.
        if (shape.horizontal) {
            paintWrapped(painter, bounds.adjusted(padding, padding, -padding, -padding), shape.text,
                         Qt::AlignCenter);
            return;
        }
        painter->save();
        painter->translate(bounds.center());
        painter->rotate(-90);
        paintWrapped(painter,
                     QRectF(-bounds.height() / 2 + padding, -bounds.width() / 2 + padding,
                            bounds.height() - 2 * padding, bounds.width() - 2 * padding),
                     shape.text, Qt::AlignCenter);
        painter->restore();
        return;
    }
    if (!shape.horizontal) {
        paintWrapped(painter,
                     QRectF(bounds.left() + padding, bounds.top(), bounds.width() - 2 * padding, headerBand),
                     shape.text, Qt::AlignCenter);
        return;
    }
    // Horizontal pools and lanes carry their name upright along the left band, read bottom to top.
    painter->save();
    painter->translate(bounds.left() + headerBand / 2, bounds.center().y());
    painter->rotate(-90);
    paintWrapped(
        painter,
        QRectF(-bounds.height() / 2 + padding, -headerBand / 2, bounds.height() - 2 * padding, headerBand),
        shape.text, Qt::AlignCenter);
    painter->restore();
}

void BpmnLabelPainter::paintEdgeLabel(QPainter *painter, const BpmnRenderModel::Edge &edge)
{
    if (edge.text.isEmpty())
        return;
    painter->setPen(Qt::black);
    paintWrapped(painter, edgeLabelRect(edge), edge.text, Qt::AlignHCenter | Qt::AlignVCenter);
}
