#pragma once

#include "bpmn/bpmndiagnostic.h"
#include "bpmn/bpmnschema.h"

#include <QVector>
#include <QWidget>

class BpmnDocument;
class BpmnSemanticModel;
class BpmnXmlNode;
class ProcessDocument;
class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The problems of the diagram: the validator's lint rules and the consistency check, run on a
// snapshot of the document on a worker thread shortly after each change. A result that
// arrives after the document changed again is dropped; the newer run replaces it. Activating
// a problem asks the editor to select and centre its element. Elements are named as the user
// named them (the id in the tooltip); an unnamed one by its kind and id.
//
// A map with nothing modelled yet (an empty process, or only the start event a new map begins
// with) is not reported as unfinished: bpmnlint's start-event-required, end-event-required,
// no-disconnected and label-required would shout in red at every new map, so the list stays
// empty and the summary says where to begin, as bpmn-js's editor starts a new diagram quietly.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(ProcessDocument *document, QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    // The findings shown, in display order.
    const QVector<BpmnDiagnostic> &diagnostics() const { return m_diagnostics; }
    QTreeWidget *list() const { return m_list; }
    // The line above the list: the counts, or what to do next when there is nothing to report.
    QLabel *summary() const { return m_summary; }
    // Milliseconds between the last change and the run (coalesces a burst of edits).
    void setDelay(int milliseconds);
    bool isUpToDate() const { return m_shownGeneration == m_generation; }

    // Runs both checks on a snapshot; the GUI thread only copies the document.
    static QVector<BpmnDiagnostic> check(const BpmnDocument &snapshot);
    // Nothing modelled yet: no flow element, pool, lane or artifact besides at most one start
    // event that no flow touches.
    static bool isBlank(const BpmnSemanticModel &model);
    // How the list names an element: its name, or its kind and id when it has none
    // ("Exclusive gateway (Gateway_1)"); the id alone when the element is not in the document.
    static QString elementText(const BpmnXmlNode *element, const QString &elementId);
    // The kind of an element as users read it ("Exclusive gateway"), translated.
    static QString typeText(BpmnElementType type);

public slots:
    void scheduleCheck();

signals:
    void elementActivated(const QString &elementId);
    // A fresh result is shown.
    void updated();

private:
    struct Result
    {
        QVector<BpmnDiagnostic> diagnostics;
        bool blank = false;
        bool hasStart = false;
    };
    static Result run(const BpmnDocument &snapshot);
    void startCheck();
    void showResult(quint64 generation, const Result &result);
    void activate(QTreeWidgetItem *item);

    ProcessDocument *m_document;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QTimer *m_timer;
    QVector<BpmnDiagnostic> m_diagnostics;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = quint64(-1);
    bool m_blank = false; // of the result shown
    bool m_hasStart = false;
};
