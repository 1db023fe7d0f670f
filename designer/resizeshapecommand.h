#pragma once

#include "documenteditcommand.h"

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
    int m_gesture;
};
