#pragma once

#include "bpmnrendermodel.h"

#include <QGraphicsItem>

// The view of one DI shape: positioned at its bounds, painted by the renderer's painters from
// a snapshot of the model that the scene refreshes when the document changes. Owns no data.
class ProcessShapeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    explicit ProcessShapeItem(const BpmnRenderModel::Shape &shape);

    int type() const override { return Type; }
    const BpmnRenderModel::Shape &renderShape() const { return m_shape; }
    void setRenderShape(const BpmnRenderModel::Shape &shape);
    QString diId() const { return m_shape.id; }
    QString elementId() const { return m_shape.elementId; }
    // The resize handle at the bottom-right corner, drawn while the shape is selected alone.
    void setResizable(bool resizable);
    bool isResizable() const { return m_resizable; }
    // In scene coordinates.
    QRectF resizeHandle() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    BpmnRenderModel::Shape m_shape;
    QRectF m_boundingRect; // in item coordinates: the item sits at the shape's top left corner
    bool m_resizable = false;
};
