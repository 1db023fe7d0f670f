#pragma once

#include "documenteditcommand.h"

// Renames a semantic element: its name attribute (removed when the new name is empty), or the
// text of a text annotation.
class RenameCommand : public DocumentEditCommand
{
public:
    RenameCommand(ProcessDocument *document, const QString &elementId, const QString &name,
                  QUndoCommand *parent = nullptr);
};
