#pragma once

#include "moveshapescommand.h"
#include "processtool.h"
#include "resizeshapecommand.h"

#include <QPointF>

// Click selects (Ctrl toggles), a press on empty canvas starts the view's rubber band, a drag
// of a selected shape moves the whole selection as one undo step, a drag of the resize handle
// of a shape selected alone resizes it as one undo step, and on a flow selected alone a drag of
// an inner waypoint moves it and a drag from the middle of a segment adds a bend there (one undo
// step each). They snap to the grid (Alt: not).
class SelectTool : public ProcessTool
{
public:
    using ProcessTool::ProcessTool;

    void deactivate() override;
    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;

private:
    bool startResize(QGraphicsSceneMouseEvent *event);
    bool startBend(QGraphicsSceneMouseEvent *event);
    void bend(QPointF position);

    MoveShapesCommand::Plan m_plan;
    ResizeShapeCommand::Plan m_resizePlan;
    QString m_bendEdge;  // DI id of the flow being bent
    int m_bendIndex = 0; // the waypoint that moves
    bool m_bendInsert = false;
    bool m_inMacro = false;
    QPointF m_pressPos;
    QPointF m_anchor; // centre of the pressed shape, which snaps to the grid
    int m_gesture = 0;
    bool m_dragging = false;
};
