#include "processview.h"

#include "processrules.h"
#include "processscene.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
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
    setRubberBandSelectionMode(Qt::ContainsItemShape); // the editor's tools choose (chooseTool)
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
    emit viewChanged();
}

void ProcessView::resetZoom()
{
    setTransform(QTransform());
    emit viewChanged();
}

void ProcessView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewChanged();
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
    emit viewChanged();
}

void ProcessView::setSpaceHeld(bool held)
{
    m_spaceHeld = held;
    if (held)
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (!m_panning)
        viewport()->unsetCursor();
}

void ProcessView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        if (!event->isAutoRepeat())
            setSpaceHeld(true);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void ProcessView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat())
            setSpaceHeld(false);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void ProcessView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false; // the release may go to another widget
    QGraphicsView::focusOutEvent(event);
}

void ProcessView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void ProcessView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_panPos;
        m_panPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ProcessView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ProcessView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    const auto *processScene = qobject_cast<const ProcessScene *>(scene());
    const int grid = processScene ? processScene->gridSize() : 0;
    // A dot every fifth grid line; none when zoomed out so far that they would crowd.
    const qreal step = grid * 5;
    if (grid <= 0 || step * zoom() < 12)
        return;
    QVector<QPointF> dots;
    for (qreal x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step) {
        for (qreal y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    painter->save();
    QPen pen(QColor(0xc0, 0xc6, 0xce), 2, Qt::SolidLine, Qt::RoundCap);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPoints(dots.constData(), int(dots.size()));
    painter->restore();
}
