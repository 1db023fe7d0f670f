#pragma once

#include "documenteditcommand.h"

#include <QPointF>

// After elements were moved by `delta`: a moved flow node whose centre went into another container
// now belongs to it. Its lane (flowNodeRef) follows; moved into an expanded sub-process or another
// pool, the semantic element moves there, with its boundary events and the sequence flows between
// moved elements. A sequence flow would cross the container's border otherwise: then nothing
// changes and problem() says why. What stays in the same container keeps its membership as the
// file has it, even where the drawing does not match it.
class UpdateMembershipCommand : public DocumentEditCommand
{
public:
    UpdateMembershipCommand(ProcessDocument *document, const QStringList &elementIds, QPointF delta,
                            QUndoCommand *parent = nullptr);

    QString problem() const { return m_problem; }

private:
    QString m_problem;
};
