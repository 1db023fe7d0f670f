#include "processview.h"

#include "processrules.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal zoomStep = 1.2;
constexpr qreal minZoom = 0.05;
constexpr qreal maxZoom = 8;

} // namespace

ProcessView::ProcessView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setBackgroundBrush(Qt::white);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setAcceptDrops(true);
}

QString ProcessView::elementMimeType()
{
    return QStringLiteral("application/x-pristriy-bpmn-element");
}

QMimeData *ProcessView::createElementMimeData(BpmnElementType type)
{
    auto *data = new QMimeData;
    data->setData(elementMimeType(), BpmnSchema::elementName(type).toUtf8());
    return data;
}

std::optional<BpmnElementType> ProcessView::elementType(const QMimeData *data)
{
    if (!data || !data->hasFormat(elementMimeType()))
        return std::nullopt;
    const BpmnElementType type = BpmnSchema::elementType(QString::fromUtf8(data->data(elementMimeType())));
    if (!ProcessRules::canCreate(type))
        return std::nullopt;
    return type;
}

void ProcessView::dragEnterEvent(QDragEnterEvent *event)
{
    if (elementType(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ProcessView::dragMoveEvent(QDragMoveEvent *event)
{
    if (elementType(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ProcessView::dropEvent(QDropEvent *event)
{
    const std::optional<BpmnElementType> type = elementType(event->mimeData());
    if (!type) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit elementDropped(*type, mapToScene(event->position().toPoint()));
}

void ProcessView::zoomIn()
{
    zoomBy(zoomStep);
}

void ProcessView::zoomOut()
{
    zoomBy(1 / zoomStep);
}

void ProcessView::zoomToFit()
{
    const QRectF rect = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1)
        resetZoom();
    centerOn(rect.center());
}

void ProcessView::resetZoom()
{
    setTransform(QTransform());
}

void ProcessView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(zoomStep, steps));
    event->accept();
}

void ProcessView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, minZoom, maxZoom);
    scale(target / zoom(), target / zoom());
}
