#pragma once

#include "documenteditcommand.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

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

        bool isEmpty() const { return shapes.isEmpty(); }
    };

    static Plan plan(const ProcessDocument &document, const QStringList &shapeIds);

    MoveShapesCommand(ProcessDocument *document, const Plan &plan, QPointF delta, int gesture = 0,
                      QUndoCommand *parent = nullptr);

    int id() const override { return int(ProcessCommandId::MoveShapes); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void setPoint(BpmnXmlNode *node, QPointF point, const QString &xName, const QString &yName);

    int m_gesture;
};
