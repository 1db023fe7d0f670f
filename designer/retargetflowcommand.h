#pragma once

#include "documenteditcommand.h"

// Points a sequence flow at another target: its targetRef, the incoming references of the old
// and the new target, and its edge re-routed from the source's shape to the new target's. With
// a connect from the new target to the old one it splits a flow (an element dropped on it).
class RetargetFlowCommand : public DocumentEditCommand
{
public:
    RetargetFlowCommand(ProcessDocument *document, const QString &flowId, const QString &newTargetId,
                        QUndoCommand *parent = nullptr);
};
