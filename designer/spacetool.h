#pragma once

#include "bpmnrendermodel.h"
#include "processtool.h"
#include "spacecommand.h"

#include <QGraphicsScene>
#include <QPointF>
#include <QVector>

class ProcessEdgeItem;
class ProcessShapeItem;
class QGraphicsLineItem;
class QGraphicsRectItem;

// S: the space tool of BPMN tools. A drag on the canvas makes or removes space: the larger
// component of the first few pixels decides the axis, and a line at the press point splits the
// diagram. What lies right of it (below it for a vertical drag) moves with the mouse; dragging
// back removes space. With Ctrl held when the drag starts, the other side (left, above) moves
// instead. Pools, lanes, groups and expanded sub-processes the line crosses grow or shrink;
// flows keep their ends on their shapes. Before the press a crosshair follows the mouse. While
// dragging, the items move (the document is not touched, the scene goes without its index so that
// a frame costs about a repaint); the release pushes one SpaceCommand, Esc cancels. One gesture,
// then the select tool is back.
class SpaceTool : public ProcessTool
{
public:
    using ProcessTool::ProcessTool;
    ~SpaceTool() override;

    void deactivate() override;
    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

    // Whether a drag has chosen its axis and is moving items.
    bool isDragging() const { return m_started; }
    const SpaceCommand::Plan &plan() const { return m_plan; }

private:
    void begin(QPointF delta, Qt::KeyboardModifiers modifiers);
    void preview(qreal amount);
    void restore();
    void clearGuides();
    QRectF visibleArea() const;
    void showCrosshair(QPointF at);
    void clearCrosshair();

    struct MovedShape
    {
        ProcessShapeItem *item = nullptr;
        QPointF pos;
    };
    struct ResizedShape
    {
        ProcessShapeItem *item = nullptr;
        BpmnRenderModel::Shape original;
    };
    struct MovedEdge
    {
        ProcessEdgeItem *item = nullptr;
        BpmnRenderModel::Edge original;
        int plan = -1; // index in m_plan.edges; -1: the whole flow moves
    };

    bool m_pressed = false;
    bool m_started = false;
    QPointF m_pressPos;
    qreal m_amount = 0;
    SpaceCommand::Plan m_plan;
    QVector<MovedShape> m_movedShapes;
    QVector<ResizedShape> m_resizedShapes;
    QVector<MovedEdge> m_movedEdges;
    QGraphicsLineItem *m_line = nullptr;
    QGraphicsLineItem *m_crosshair[2] = {nullptr, nullptr}; // following the mouse before a drag
    QGraphicsRectItem *m_band = nullptr;                    // the space made (blue) or removed (red)
    QGraphicsScene::ItemIndexMethod m_indexMethod = QGraphicsScene::BspTreeIndex; // of the scene, before
    bool m_indexChanged = false; // the scene goes without an index while the drag lasts
};
