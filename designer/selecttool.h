#pragma once

#include "connecttool.h"
#include "moveshapescommand.h"
#include "processtool.h"
#include "resizeshapecommand.h"

#include <QPointF>
#include <QVector>

class QGraphicsItem;

class ProcessEdgeItem;
class QGraphicsPathItem;

// Click selects (Ctrl toggles), a press on empty canvas starts the view's rubber band, a drag
// of a selected shape moves the whole selection as one undo step, a drag of the resize handle
// of a shape selected alone resizes it as one undo step, and on a flow selected alone a drag of
// an inner waypoint moves it and a drag from the middle of a segment adds a bend there (one undo
// step each). They snap to the grid (Alt: not). A drag of a flow's end handle onto another
// element reconnects that end (one undo step) when the rules allow; over an element they forbid
// the cursor is a forbidden sign and the element is outlined red, and a drop there or on empty
// canvas changes nothing. A pointing hand over an end handle says it can be taken.
class SelectTool : public ProcessTool
{
public:
    using ProcessTool::ProcessTool;

    void deactivate() override;
    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;

private:
    // Whether a press at scenePos is on the body of a pool or lane (not its name band or border).
    static bool onContainerBody(const QGraphicsItem *item, QPointF scenePos);
    bool startResize(QGraphicsSceneMouseEvent *event);
    bool startBend(QGraphicsSceneMouseEvent *event);
    void bend(QPointF position);
    bool startReconnect(QGraphicsSceneMouseEvent *event);
    void dragReconnect(QPointF position);
    void finishReconnect(QPointF position);
    // The element under a scene position that an end may attach to, or empty.
    QString elementAt(QPointF position) const;
    // The flow selected alone, and which of its ends lies within reach of `position`.
    const ProcessEdgeItem *endHandleAt(QPointF position, bool *sourceEnd) const;

    MoveShapesCommand::Plan m_plan;
    ResizeShapeCommand::Plan m_resizePlan;
    QString m_bendEdge;  // DI id of the flow being bent
    int m_bendIndex = 0; // the waypoint that moves
    bool m_bendInsert = false;
    QString m_reconnectFlow; // semantic id of the flow whose end is dragged
    bool m_reconnectSource = false;
    QVector<QPointF> m_reconnectPoints; // the flow's waypoints when the drag began
    QGraphicsPathItem *m_reconnectPreview = nullptr;
    DropTargetOutline m_outline;
    bool m_overHandle = false;
    bool m_inMacro = false;
    QPointF m_pressPos;
    QPointF m_anchor; // centre of the pressed shape, which snaps to the grid
    int m_gesture = 0;
    bool m_dragging = false;
    QString m_bodyPress; // DI id of the pool or lane whose body was pressed
    QPointF m_bodyPressPos;
};
