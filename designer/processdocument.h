#pragma once

#include "bpmn/bpmndocument.h"

#include <QObject>
#include <QRectF>
#include <QStringList>

class QUndoStack;

// One open BPMN diagram of the designer: the document (the only owner of the data), its undo
// stack and the file it came from. Commands edit the document and then tell the views what
// changed through the notify functions; the scene follows those signals.
class ProcessDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProcessDocument(QObject *parent = nullptr);
    ~ProcessDocument() override;

    // A definitions element with one empty process and its diagram.
    static BpmnDocument createEmpty();

    void setDocument(BpmnDocument document, const QString &fileName = QString());
    bool load(const QString &fileName, QString *errorString);
    bool loadData(const QByteArray &data, QString *errorString);
    bool save(const QString &fileName, QString *errorString);

    BpmnDocument &document() { return m_document; }
    const BpmnDocument &document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString fileName() const { return m_fileName; }

    // The plane of the diagram being edited (the first one of the file unless another is chosen).
    BpmnXmlNode *plane() const;
    // The diagrams of the file (BPMNDiagram elements) by their names (their ids when unnamed), and
    // which one is edited. A file with several diagrams shows one at a time; the others stay as read.
    QStringList diagramNames() const;
    int currentDiagram() const { return m_diagram; }
    void setCurrentDiagram(int index);
    // Where new flow elements go: the plane's process, or the first participant's process.
    BpmnXmlNode *process() const;
    QString uniqueId(const QString &prefix) const;

    // DI geometry of a BPMNShape or BPMNLabel owner: the bounds of its dc:Bounds child.
    static QRectF bounds(const BpmnXmlNode *owner);
    static QString formatNumber(qreal value);

    // For commands, after they changed the document.
    void notifyChanged(const QStringList &ids);
    void notifyStructureChanged();

signals:
    // Attributes of these elements (DI ids or semantic ids) changed: geometry or names.
    void elementsChanged(const QStringList &ids);
    // Elements were added or removed; views resynchronise by id.
    void structureChanged();
    // Another document (a file was opened); emitted before structureChanged().
    void documentReplaced();
    // Another diagram of the file is shown; emitted before structureChanged().
    void diagramChanged(int index);

private:
    BpmnDocument m_document;
    QUndoStack *m_undoStack;
    QString m_fileName;
    int m_diagram = 0;
};
