#pragma once

#include "documenteditcommand.h"

// Gives a semantic element a new id and renames every reference to it: reference attributes
// (sourceRef, targetRef, default, attachedToRef, processRef, bpmnElement, ...) and reference
// elements (incoming, outgoing, flowNodeRef, the sourceRef/targetRef of data associations).
// DI ids stay: they are the canvas's keys, and keeping them keeps the element selected.
class ChangeIdCommand : public DocumentEditCommand
{
public:
    ChangeIdCommand(ProcessDocument *document, const QString &oldId, const QString &newId,
                    QUndoCommand *parent = nullptr);

    // Empty when `newId` can replace `oldId`, otherwise why not (translated).
    static QString problem(const ProcessDocument *document, const QString &oldId, const QString &newId);

private:
    void renameReferences(BpmnXmlNode *node, const QString &oldId, const QString &newId);
    static bool isReferenceAttribute(const QString &name);
    static bool isReferenceElement(const BpmnXmlNode *node);
};
