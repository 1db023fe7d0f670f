#pragma once

#include <QWidget>

class DocumentEditCommand;
class ProcessDocument;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

// Edits the properties of one element: id (renaming its references), name, documentation,
// the condition of a sequence flow, the timer of a timer event, the assignee role of a lane or
// task, the due time of a task and the colours it is drawn in. Every edit is pushed to the document's undo
// stack as a command; the panel never writes the model itself, and it follows the document on undo.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(ProcessDocument *document, QWidget *parent = nullptr);

    QString elementId() const { return m_elementId; }

public slots:
    // A semantic id; an empty or unknown id shows nothing to edit.
    void setElement(const QString &elementId);
    // Several elements are selected (none is shown): the panel says how many.
    void setSelectionCount(int count);
    // Reloads the fields from the document (after an edit, undo or redo).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitId();
    void commitName();
    void commitDocumentation();
    void commitCondition();
    void commitTimer();
    void commitRole();
    void commitDueDays();
    // Fills a colour menu: the default, the presets, another colour from a dialog.
    void fillColorMenu(QToolButton *button, bool fill);
    void commitColor(bool fill, const QColor &color);
    void push(DocumentEditCommand *command);
    void setRowVisible(QWidget *field, bool visible);

    ProcessDocument *m_document;
    QString m_elementId;
    bool m_loading = false;
    QFormLayout *m_form;
    QLabel *m_kind;
    QLineEdit *m_id;
    QLabel *m_idProblem;
    QLineEdit *m_name;
    QPlainTextEdit *m_documentation;
    QLineEdit *m_condition;
    QComboBox *m_timerKind;
    QLineEdit *m_timerValue;
    QLineEdit *m_role;
    QSpinBox *m_dueDays;
    QWidget *m_colors;
    QToolButton *m_fillColor;
    QToolButton *m_lineColor;
    int m_selectionCount = 0;
};
