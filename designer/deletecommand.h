#pragma once

#include "documenteditcommand.h"

#include <QSet>

// Deletes elements given by DI or semantic id, with what cannot stay without them: the flows
// that start or end at them, boundary events attached to them, their DI shapes and edges in
// every diagram, and the references to them (incoming/outgoing, lanes' flowNodeRef, a
// gateway's default flow). Sub-processes go with their content.
class DeleteCommand : public DocumentEditCommand
{
public:
    DeleteCommand(ProcessDocument *document, const QStringList &ids, QUndoCommand *parent = nullptr);

    int deletedCount() const { return int(m_deleted.size()); }

private:
    void collect(const QStringList &ids);
    void addDependents();

    QSet<QString> m_deleted; // semantic ids, including the content of deleted containers
};
