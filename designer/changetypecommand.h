#pragma once

#include "createelementcommand.h"
#include "documenteditcommand.h"

// Replaces the kind of an element within its family, as other tools' "change type": a task
// becomes a user task, a start event a timer start event, a gateway an inclusive one. The id,
// name, documentation, extensions, incoming/outgoing flows and the DI shape stay; attributes and
// children that only the old kind has go. One undo step that restores the element exactly.
class ChangeTypeCommand : public DocumentEditCommand
{
public:
    ChangeTypeCommand(ProcessDocument *document, const QString &elementId, const BpmnElementSpec &spec,
                      QUndoCommand *parent = nullptr);

    // Why `elementId` cannot become `spec` (translated), or an empty string when it can.
    static QString problem(const ProcessDocument &document, const QString &elementId,
                           const BpmnElementSpec &spec);
    // Whether elements of this kind have other kinds to change to (tasks, events, gateways, ...).
    static bool hasAlternatives(BpmnElementType type);
    // The spec that describes an existing element (kind, first event definition, ...).
    static BpmnElementSpec specOf(const ProcessDocument &document, const QString &elementId);
};
