#pragma once

#include "documenteditcommand.h"
#include "moveshapescommand.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

// Resizes one DI shape by its bottom-right corner; the ends of the flows attached to it keep
// their relative place on its outline. A drag is one undo step: every mouse move of a gesture
// pushes a command with the new bounds, which merges into the first one (same gesture number).
class ResizeShapeCommand : public DocumentEditCommand
{
public:
    struct Plan
    {
        BpmnXmlNode *bounds = nullptr;
        QRectF original;
        QString id;
        QVector<BpmnXmlNode *> endPoints; // waypoints of attached edges that lie on the shape
        QVector<QPointF> originalPoints;
        QStringList edgeIds;
        // Pools and lanes stay one picture: resizing a pool resizes the lanes at its right and
        // bottom edges; resizing a lane resizes its pool, and the lanes after it (with what they
        // hold) move along. Each follower's rect changes by the size change times its factors.
        struct Follower
        {
            BpmnXmlNode *bounds = nullptr;
            QRectF original;
            QString id;
            qreal fx = 0, fy = 0, fw = 0, fh = 0;
        };
        QVector<Follower> followers;
        MoveShapesCommand::Plan shifted; // contents of lanes that move
        QPointF shiftAxis; // (0, 1): they move by the height change; (1, 0): by the width change
        QSizeF minimum;

        bool isEmpty() const { return bounds == nullptr; }
    };

    // Shapes whose size means something to the user: activities, pools, lanes, annotations,
    // groups. Events, gateways and data keep the size BPMN tools give them.
    static bool isResizable(const ProcessDocument &document, const QString &shapeId);
    static Plan plan(const ProcessDocument &document, const QString &shapeId);
    // The smallest size a shape may get.
    static QSizeF minimumSize() { return QSizeF(50, 30); }

    ResizeShapeCommand(ProcessDocument *document, const Plan &plan, const QRectF &bounds, int gesture = 0,
                       QUndoCommand *parent = nullptr);

    int id() const override { return int(ProcessCommandId::ResizeShape); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    static void addFollowers(const ProcessDocument &document, const BpmnXmlNode *shape, Plan &plan);

    int m_gesture;
};
