#include "processshapeitem.h"

#include "bpmnlabelpainter.h"
#include "bpmnshapepainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

const QColor selectionColor(0x21, 0x96, 0xf3);
constexpr qreal handleSize = 8;

} // namespace

ProcessShapeItem::ProcessShapeItem(const BpmnRenderModel::Shape &shape)
{
    setFlag(ItemIsSelectable);
    setRenderShape(shape);
}

void ProcessShapeItem::setRenderShape(const BpmnRenderModel::Shape &shape)
{
    const QRectF boundingRect = shape.paintRect.translated(-shape.bounds.topLeft())
                                    .united(QRectF(QPointF(0, 0), shape.bounds.size()))
                                    .adjusted(-4, -4, 4 + handleSize, 4 + handleSize);
    if (boundingRect != m_boundingRect)
        prepareGeometryChange();
    m_shape = shape;
    m_boundingRect = boundingRect;
    setPos(shape.bounds.topLeft());
    update();
}

QRectF ProcessShapeItem::boundingRect() const
{
    return m_boundingRect;
}

QPainterPath ProcessShapeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_shape.bounds.size()));
    return path;
}

void ProcessShapeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(BpmnLabelPainter::font());
    painter->translate(-m_shape.bounds.topLeft());
    BpmnShapePainter::paint(painter, m_shape);
    BpmnLabelPainter::paintShapeLabel(painter, m_shape);
    painter->restore();
    if (option->state & QStyle::State_Selected) {
        QPen pen(selectionColor, 0, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(QPointF(0, 0), m_shape.bounds.size()).adjusted(-4, -4, 4, 4));
        if (m_resizable) {
            painter->setPen(QPen(Qt::white, 0));
            painter->setBrush(selectionColor);
            painter->drawRect(resizeHandle().translated(-m_shape.bounds.topLeft()));
        }
    }
}

void ProcessShapeItem::setResizable(bool resizable)
{
    if (resizable != m_resizable) {
        m_resizable = resizable;
        update();
    }
}

QRectF ProcessShapeItem::resizeHandle() const
{
    const QPointF corner = m_shape.bounds.bottomRight() + QPointF(4, 4);
    return QRectF(corner - QPointF(handleSize / 2, handleSize / 2), QSizeF(handleSize, handleSize));
}
