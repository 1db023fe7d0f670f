#pragma once

#include "documenteditcommand.h"

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
