#pragma once

#include "documenteditcommand.h"

#include <QPointF>

// Bends a flow: moves one of its inner waypoints, or (with `insert`) adds a new waypoint at
// `index`. A bend gesture is one undo step: the select tool pushes the insert and the moves
// inside one macro, and the moves of a gesture merge.
class BendFlowCommand : public DocumentEditCommand
{
public:
    BendFlowCommand(ProcessDocument *document, const QString &edgeId, int index, QPointF position,
                    bool insert, int gesture = 0, QUndoCommand *parent = nullptr);

    int id() const override { return m_insert ? -1 : int(ProcessCommandId::BendFlow); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool m_insert;
    int m_gesture;
    QString m_edgeId;
    int m_index;
};
