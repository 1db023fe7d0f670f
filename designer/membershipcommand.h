#pragma once

#include "documenteditcommand.h"

#include <QHash>
#include <QPointF>

// After elements were moved by `delta`: a moved flow node whose centre went into another container
// now belongs to it. Its lane (flowNodeRef) follows; moved into an expanded sub-process or another
// pool, the semantic element moves there, with its boundary events and the sequence flows between
// moved elements. A sequence flow would cross the container's border otherwise: then nothing
// changes and problem() says why. What stays in the same container keeps its membership as the
// file has it, even where the drawing does not match it. A flow node in a nested lane is named
// by that lane and by the lanes around it (as bpmn-js writes it).
class UpdateMembershipCommand : public DocumentEditCommand
{
public:
    enum class Scope
    {
        Containers, // lane, sub-process and pool follow the new place (a drag)
        LanesOnly   // only the lane follows; the element stays in its process or sub-process
                    // (align and distribute, as bpmn-js keeps the parent there)
    };

    UpdateMembershipCommand(ProcessDocument *document, const QStringList &elementIds, QPointF delta,
                            QUndoCommand *parent = nullptr);
    // Each element moved by its own delta (by semantic id).
    UpdateMembershipCommand(ProcessDocument *document, const QHash<QString, QPointF> &deltas, Scope scope,
                            QUndoCommand *parent = nullptr);

    QString problem() const { return m_problem; }

private:
    void build(const QStringList &elementIds, const QHash<QString, QPointF> &deltas, Scope scope);

    QString m_problem;
};
