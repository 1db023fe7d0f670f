#pragma once

#include "documenteditcommand.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QStringList>

class QMimeData;

// Copy and paste of diagram parts as BPMN 2.0 XML, so that they travel between diagrams (and
// other programs) through the system clipboard. A copy holds the selected flow nodes and
// artifacts with their content, the flows between them, and their DI shapes and edges.
namespace ProcessClipboard {

QString mimeType();
// The BPMN XML of the selection (DI ids); empty when nothing copyable is selected.
QByteArray copy(const ProcessDocument &document, const QStringList &diIds);
QMimeData *mimeData(const QByteArray &xml);
// The BPMN XML in clipboard data: our own type, or plain text holding BPMN; empty otherwise.
QByteArray xmlFrom(const QMimeData *data);

} // namespace ProcessClipboard

// Pastes BPMN XML from the clipboard into the edited process: ids that exist already get new
// ones (with every reference to them following), references to what was not copied are dropped,
// and the DI is moved so that the pasted part is centred on `centre`. One undo step.
class PasteCommand : public DocumentEditCommand
{
public:
    PasteCommand(ProcessDocument *document, const QByteArray &xml, QPointF centre,
                 QUndoCommand *parent = nullptr);

    // Why nothing could be pasted (translated); empty when something was.
    QString problem() const { return m_problem; }
    // DI ids of what was pasted, to select it.
    QStringList pastedIds() const { return m_pastedIds; }

private:
    QString m_problem;
    QStringList m_pastedIds;
};
