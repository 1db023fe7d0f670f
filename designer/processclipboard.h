#pragma once

#include "documenteditcommand.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <memory>

class QMimeData;

// Copy and paste of diagram parts as BPMN 2.0 XML, so that they travel between diagrams (and
// other programs) through the system clipboard. A copy holds the selected flow nodes and
// artifacts with their content, the flows between them, and their DI shapes and edges; a
// selected pool comes whole: its participant in a collaboration, its process with lanes and
// content, and their DI.
namespace ProcessClipboard {

QString mimeType();
// The BPMN XML of the selection (DI ids); empty when nothing copyable is selected.
QByteArray copy(const ProcessDocument &document, const QStringList &diIds);
QMimeData *mimeData(const QByteArray &xml);
// The BPMN XML in clipboard data: our own type, or plain text holding BPMN; empty otherwise.
QByteArray xmlFrom(const QMimeData *data);

} // namespace ProcessClipboard

// Pastes BPMN XML from the clipboard into the edited diagram: ids that exist already get new
// ones (with every reference to them following), references to what was not copied are dropped,
// and the DI is moved so that the pasted part is centred on `centre`. Each pasted flow node
// belongs to the container under it: the pool's process or the expanded sub-process there, and
// the lane there (with the lanes that lane is nested in) names it. A pasted pool becomes a new
// participant with its own process; a diagram without pools becomes a collaboration first, its
// process in a pool around what it shows, as when a pool is dropped on it. One undo step.
class PasteCommand : public DocumentEditCommand
{
public:
    PasteCommand(ProcessDocument *document, const QByteArray &xml, QPointF centre,
                 QUndoCommand *parent = nullptr);
    ~PasteCommand() override;

    void redo() override;
    void undo() override;

    // Why nothing could be pasted (translated); empty when something was.
    QString problem() const { return m_problem; }
    // DI ids of what was pasted, to select it.
    QStringList pastedIds() const { return m_pastedIds; }

private:
    struct Content;

    void build(const QByteArray &xml, QPointF centre);
    // Reads what to paste; the reason when there is nothing.
    static QString read(const QByteArray &xml, Content *content);
    // New ids for those the diagram has already, the DI moved to centre on `centre`.
    void makeUnique(Content *content, QPointF centre);
    // The steps: loose elements into the container under each, then pools, then their DI.
    void addLooseElements(Content *content, QPointF centre);
    void addPools(Content *content);
    void addShapes(Content *content);

    QString m_problem;
    QStringList m_pastedIds;
    // The pool put around the diagram's process before a pool is pasted: applied before the paste.
    std::unique_ptr<DocumentEditCommand> m_wrap;
};
