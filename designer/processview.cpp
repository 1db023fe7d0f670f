#include "processview.h"

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
