#pragma once

#include "documenteditcommand.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

#include <limits>

// Makes or removes space across the whole diagram, as the space tool of bpmn-js does: a line at
// `start` across the canvas (vertical for a horizontal drag, horizontal for a vertical one); what
// lies wholly on one side of it moves by the amount, pools, lanes, groups and expanded
// sub-processes that the line crosses grow or shrink instead, and the waypoints of flows on that
// side move (so orthogonal routes stay orthogonal). Shapes the line crosses that do not resize
// (tasks, events) stay. Nothing semantic changes: no element changes its lane, pool or
// sub-process. One command, one undo step; undo restores every attribute exactly.
class SpaceCommand : public DocumentEditCommand
{
public:
    // What a gesture changes, computed once when the drag has chosen its axis and side.
    struct Plan
    {
        struct Shape
        {
            BpmnXmlNode *bounds = nullptr;
            BpmnXmlNode *labelBounds = nullptr; // moved with the shape
            QRectF original;
            QRectF originalLabel;
            QString id; // DI id
        };
        struct Edge
        {
            QString id; // DI id
            QVector<BpmnXmlNode *> points;
            QVector<QPointF> original;
            QVector<bool> moves; // per waypoint
            bool whole = false;  // both ends move: the flow moves as it is
            BpmnXmlNode *labelBounds = nullptr;
            QRectF originalLabel;
            bool labelMoves = false;
        };

        Qt::Orientation axis = Qt::Horizontal; // Horizontal: x changes
        qreal start = 0;
        int side = 1; // 1: what lies right of (below) the line moves; -1: left of (above) it
        QVector<Shape> moved;
        QVector<Shape> resized;
        QVector<Edge> edges;
        // The most space that can be taken out: crossed pools and lanes keep their contents and a
        // minimum size.
        qreal maxRemoval = std::numeric_limits<qreal>::max();

        bool isEmpty() const { return moved.isEmpty() && resized.isEmpty() && edges.isEmpty(); }
        // The amount (signed, along the axis) limited by maxRemoval.
        qreal clamped(qreal amount) const;
        // The offset of a moved shape or waypoint.
        QPointF offset(qreal amount) const;
        // The new bounds of a crossed shape.
        QRectF resizedBounds(const QRectF &original, qreal amount) const;
    };

    static Plan plan(const ProcessDocument &document, Qt::Orientation axis, qreal start, int side);

    // `amount` is the signed distance along the plan's axis; it is clamped to the plan.
    SpaceCommand(ProcessDocument *document, const Plan &plan, qreal amount, QUndoCommand *parent = nullptr);
};
