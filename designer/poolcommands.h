#pragma once

#include "documenteditcommand.h"

#include <QPointF>
#include <QRectF>

// Follow-ups of deleting pools and lanes, pushed with the delete in one undo step.

// A deleted lane leaves no hole: the lane next to it (the one before it, else the one after it)
// takes its place and the elements it held.
class CloseLaneGapCommand : public DocumentEditCommand
{
public:
    struct Gap
    {
        QRectF bounds;           // of the deleted lane
        QString neighbourId;     // the lane that grows
        QStringList flowNodeIds; // what the deleted lane held
    };
    // Read before the lane is deleted; an empty neighbourId when no lane remains to take it.
    static Gap gapOf(const ProcessDocument &document, const QString &laneId, const QStringList &deletedIds);

    CloseLaneGapCommand(ProcessDocument *document, const Gap &gap, QUndoCommand *parent = nullptr);
};

// When the last pool is gone the diagram shows its process again: the plane refers to the
// process, the emptied collaboration goes, as for a diagram that never had pools.
class UnwrapCollaborationCommand : public DocumentEditCommand
{
public:
    UnwrapCollaborationCommand(ProcessDocument *document, const QString &processId,
                               QUndoCommand *parent = nullptr);
};

// Lanes within lanes (a lane's childLaneSet). A flow node lying in a nested lane is named by it and
// by the lanes around it, as bpmn-js writes it. A new nested lane adds room: the lanes around it
// and the pool grow, what lies beyond moves out (with what it holds), nothing inside moves.
class NestedLaneCommand : public DocumentEditCommand
{
public:
    // A lane dropped on the lane `laneId` at `point`: a lane without child lanes is divided (a child
    // lane takes its place and what it holds, the new one goes on the side of `point`); a lane with
    // child lanes gets the new one before its first or after its last child lane.
    static NestedLaneCommand *dropOnLane(ProcessDocument *document, const QString &laneId, QPointF point);
    // Divides the lane `laneId` into child lanes: the first takes its place and what it holds, the
    // new one is added before (above, or left in a vertical pool) or after it.
    static NestedLaneCommand *divide(ProcessDocument *document, const QString &laneId, bool before);
    // Adds a lane next to the nested lane `laneId`, in its child lane set.
    static NestedLaneCommand *addBeside(ProcessDocument *document, const QString &laneId, bool before);
    // Whether `laneId` is a lane inside another lane.
    static bool isNested(const ProcessDocument &document, const QString &laneId);

    QString elementId() const { return m_elementId; }
    QString shapeId() const
    {
        return m_elementId.isEmpty() ? QString() : m_elementId + QStringLiteral("_di");
    }
    QString problem() const { return m_problem; }

private:
    explicit NestedLaneCommand(ProcessDocument *document);
    QString freshId(const QString &prefix);
    // Makes room for a lane of `reference`'s size beside it (in pool coordinates as if horizontal),
    // growing `growing` lanes and the pool, moving out what lies beyond; adds the new lane's shape.
    void makeRoom(BpmnXmlNode *participant, const QRectF &reference, bool before,
                  const QVector<BpmnXmlNode *> &growing);

    QString m_elementId;
    QString m_problem;
    QStringList m_usedIds;
    bool m_horizontal = true; // the pool's orientation: geometry is computed as if horizontal
};
