#pragma once

#include "documenteditcommand.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

#include <memory>

class QUndoStack;

// Moves DI shapes by a delta, with their labels and the flows attached to them: a flow between
// two moved shapes moves whole, a flow with one moved end moves that end's waypoint.
//
// A drag is one undo step: every mouse move of a gesture pushes a command with the total
// delta from the gesture's start, which merges into the first one (same gesture number).
class MoveShapesCommand : public DocumentEditCommand
{
public:
    // What a gesture moves, computed once when it starts (it scans the diagram's edges).
    struct Plan
    {
        struct Shape
        {
            BpmnXmlNode *bounds = nullptr;
            BpmnXmlNode *labelBounds = nullptr;
            QRectF original;
            QRectF originalLabel;
            QString id;
        };
        struct Edge
        {
            QVector<BpmnXmlNode *> points; // the waypoints that move
            QVector<QPointF> original;
            BpmnXmlNode *labelBounds = nullptr;
            QRectF originalLabel;
            QString id;
        };
        QVector<Shape> shapes;
        QVector<Edge> edges;
        // The semantic elements the user moved (not what moves with them): their new place
        // decides their lane, sub-process or pool when the gesture ends.
        QStringList roots;

        bool isEmpty() const { return shapes.isEmpty(); }
    };

    // What lies in a moved container moves with it: a pool's lanes and elements, an expanded
    // sub-process's children, the boundary events of an activity. A lane moves its whole pool
    // unless `laneMovesPool` is false.
    static Plan plan(const ProcessDocument &document, const QStringList &shapeIds, bool laneMovesPool = true);

    MoveShapesCommand(ProcessDocument *document, const Plan &plan, QPointF delta, int gesture = 0,
                      QUndoCommand *parent = nullptr);

    ~MoveShapesCommand() override;

    int id() const override { return int(ProcessCommandId::MoveShapes); }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

    // Ends the gesture of the move on top of `stack`, if that is the last command: what was moved
    // into a lane, a sub-process or another pool now belongs there (part of the same undo step).
    // When that is not possible the move is taken back; the returned text says why.
    static QString finishGesture(QUndoStack *stack);

private:
    void setPoint(BpmnXmlNode *node, QPointF point, const QString &xName, const QString &yName);

    int m_gesture;
    QPointF m_delta;
    QStringList m_roots;
    std::unique_ptr<DocumentEditCommand> m_membership; // applied after the move, undone before it
};
