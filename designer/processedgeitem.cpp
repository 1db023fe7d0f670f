#include "processedgeitem.h"

#include "bpmnedgepainter.h"
#include "bpmnlabelpainter.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

ProcessEdgeItem::ProcessEdgeItem(const BpmnRenderModel::Edge &edge)
{
    setFlag(ItemIsSelectable);
    setRenderEdge(edge);
}

void ProcessEdgeItem::setRenderEdge(const BpmnRenderModel::Edge &edge)
{
    const QRectF boundingRect = edge.paintRect.adjusted(-4, -4, 4, 4);
    if (boundingRect != m_boundingRect)
        prepareGeometryChange();
    m_edge = edge;
    m_boundingRect = boundingRect;
    QPainterPath line;
    if (!edge.waypoints.isEmpty()) {
        line.moveTo(edge.waypoints.first());
        for (int i = 1; i < edge.waypoints.size(); ++i)
            line.lineTo(edge.waypoints.at(i));
    }
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_hitPath = stroker.createStroke(line);
    update();
}

QRectF ProcessEdgeItem::boundingRect() const
{
    return m_boundingRect;
}

QPainterPath ProcessEdgeItem::shape() const
{
    return m_hitPath;
}

void ProcessEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(BpmnLabelPainter::font());
    BpmnEdgePainter::paint(painter, m_edge);
    if (!m_edge.text.isEmpty())
        BpmnLabelPainter::paintEdgeLabel(painter, m_edge);
    painter->restore();
    if (option->state & QStyle::State_Selected) {
        QPen pen(QColor(0x21, 0x96, 0xf3), 0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::white);
        for (const QPointF &point : m_edge.waypoints)
            painter->drawEllipse(point, 3.5, 3.5);
        // Where a drag adds a bend: the middle of each segment.
        painter->setBrush(QColor(0x21, 0x96, 0xf3));
        for (int i = 1; i < m_edge.waypoints.size(); ++i)
            painter->drawEllipse((m_edge.waypoints.at(i - 1) + m_edge.waypoints.at(i)) / 2, 2.5, 2.5);
    }
}
