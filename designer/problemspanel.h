#pragma once

#include "bpmn/bpmndiagnostic.h"

#include <QVector>
#include <QWidget>

class BpmnDocument;
class ProcessDocument;
class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The problems of the diagram: the validator's lint rules and the consistency check, run on a
// snapshot of the document on a worker thread shortly after each change. A result that
// arrives after the document changed again is dropped; the newer run replaces it. Activating
// a problem asks the editor to select and centre its element.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(ProcessDocument *document, QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    // The findings shown, in display order.
    const QVector<BpmnDiagnostic> &diagnostics() const { return m_diagnostics; }
    QTreeWidget *list() const { return m_list; }
    // Milliseconds between the last change and the run (coalesces a burst of edits).
    void setDelay(int milliseconds);
    bool isUpToDate() const { return m_shownGeneration == m_generation; }

    // Runs both checks on a snapshot; the GUI thread only copies the document.
    static QVector<BpmnDiagnostic> check(const BpmnDocument &snapshot);

public slots:
    void scheduleCheck();

signals:
    void elementActivated(const QString &elementId);
    // A fresh result is shown.
    void updated();

private:
    void startCheck();
    void showResult(quint64 generation, const QVector<BpmnDiagnostic> &diagnostics);
    void activate(QTreeWidgetItem *item);

    ProcessDocument *m_document;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QTimer *m_timer;
    QVector<BpmnDiagnostic> m_diagnostics;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = quint64(-1);
};
