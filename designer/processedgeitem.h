#pragma once

#include "bpmnrendermodel.h"

#include <QGraphicsItem>
#include <QPainterPath>

// The view of one DI edge, in scene coordinates along its waypoints; hit-tested on a band
// around the line. Owns no data.
class ProcessEdgeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    explicit ProcessEdgeItem(const BpmnRenderModel::Edge &edge);

    int type() const override { return Type; }
    const BpmnRenderModel::Edge &renderEdge() const { return m_edge; }
    void setRenderEdge(const BpmnRenderModel::Edge &edge);
    QString diId() const { return m_edge.id; }
    QString elementId() const { return m_edge.elementId; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    BpmnRenderModel::Edge m_edge;
    QRectF m_boundingRect;
    QPainterPath m_hitPath;
};
