#include "propertiespanel.h"

#include "changeidcommand.h"
#include "processdocument.h"
#include "processproperties.h"
#include "processrules.h"
#include "propertycommand.h"
#include "renamecommand.h"

#include "bpmn/bpmnnamespaces.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

using ProcessProperties::TimerKind;

namespace {

// "userTask" as "User task": the BPMN kind readable, without a table to keep in step.
QString kindText(BpmnElementType type)
{
    const QString name = BpmnSchema::elementName(type);
    QString text;
    for (const QChar c : name) {
        if (c.isUpper() && !text.isEmpty())
            text += u' ';
        text += text.isEmpty() ? c.toUpper() : c.toLower();
    }
    return text;
}

} // namespace

PropertiesPanel::PropertiesPanel(ProcessDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout)
    , m_kind(new QLabel(this))
    , m_id(new QLineEdit(this))
    , m_idProblem(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_documentation(new QPlainTextEdit(this))
    , m_condition(new QLineEdit(this))
    , m_timerKind(new QComboBox(this))
    , m_timerValue(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_dueDays(new QSpinBox(this))
{
    m_kind->setObjectName(QStringLiteral("propertyKind"));
    m_id->setObjectName(QStringLiteral("propertyId"));
    m_name->setObjectName(QStringLiteral("propertyName"));
    m_documentation->setObjectName(QStringLiteral("propertyDocumentation"));
    m_condition->setObjectName(QStringLiteral("propertyCondition"));
    m_timerKind->setObjectName(QStringLiteral("propertyTimerKind"));
    m_timerValue->setObjectName(QStringLiteral("propertyTimerValue"));
    m_role->setObjectName(QStringLiteral("propertyRole"));
    m_dueDays->setObjectName(QStringLiteral("propertyDueDays"));

    m_idProblem->setWordWrap(true);
    m_idProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_idProblem->setTextFormat(Qt::PlainText);
    m_kind->setTextFormat(Qt::PlainText);
    m_documentation->setTabChangesFocus(true);
    m_documentation->setMaximumHeight(100);
    m_documentation->installEventFilter(this);
    m_condition->setPlaceholderText(tr("e.g. ${approved}"));
    m_timerKind->addItem(tr("Duration"), int(TimerKind::Duration));
    m_timerKind->addItem(tr("Date"), int(TimerKind::Date));
    m_timerKind->addItem(tr("Cycle"), int(TimerKind::Cycle));
    m_timerValue->setPlaceholderText(tr("ISO 8601, e.g. P3D"));
    m_role->setPlaceholderText(tr("e.g. Sales manager"));
    m_dueDays->setRange(0, 3650);
    m_dueDays->setSpecialValueText(tr("No checkpoint"));
    m_dueDays->setSuffix(tr(" day(s)"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1); // the fields stay together at the top of a tall dock
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Kind:"), m_kind);
    m_form->addRow(tr("&Id:"), m_id);
    m_form->addRow(QString(), m_idProblem);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Documentation:"), m_documentation);
    m_form->addRow(tr("&Condition:"), m_condition);
    m_form->addRow(tr("&Timer:"), m_timerKind);
    m_form->addRow(tr("Timer &value:"), m_timerValue);
    m_form->addRow(tr("Assignee &role:"), m_role);
    m_form->addRow(tr("D&ue in:"), m_dueDays);

    connect(m_id, &QLineEdit::editingFinished, this, &PropertiesPanel::commitId);
    connect(m_name, &QLineEdit::editingFinished, this, &PropertiesPanel::commitName);
    connect(m_condition, &QLineEdit::editingFinished, this, &PropertiesPanel::commitCondition);
    connect(m_timerKind, &QComboBox::activated, this, &PropertiesPanel::commitTimer);
    connect(m_timerValue, &QLineEdit::editingFinished, this, &PropertiesPanel::commitTimer);
    connect(m_role, &QLineEdit::editingFinished, this, &PropertiesPanel::commitRole);
    connect(m_dueDays, &QSpinBox::editingFinished, this, &PropertiesPanel::commitDueDays);
    connect(document, &ProcessDocument::structureChanged, this, &PropertiesPanel::refresh);
    connect(document, &ProcessDocument::elementsChanged, this, &PropertiesPanel::refresh);
    refresh();
}

void PropertiesPanel::setSelectionCount(int count)
{
    if (count == m_selectionCount)
        return;
    m_selectionCount = count;
    refresh();
}

void PropertiesPanel::setElement(const QString &elementId)
{
    if (elementId == m_elementId)
        return;
    if (m_documentation->hasFocus())
        commitDocumentation(); // leaving the element with an edit in progress keeps the edit
    m_elementId = elementId;
    m_idProblem->clear();
    refresh();
}

void PropertiesPanel::refresh()
{
    const BpmnXmlNode *element = m_document->document().elementById(m_elementId);
    if (!element)
        m_elementId.clear();
    const BpmnElementType type = ProcessRules::typeOf(element);
    const bool task = element && BpmnSchema::isTask(type);
    const bool timer = ProcessProperties::timerDefinition(element) != nullptr;

    m_loading = true;
    m_kind->setText(element                ? kindText(type)
                    : m_selectionCount > 1 ? tr("%n elements selected", nullptr, m_selectionCount)
                                           : tr("Nothing selected"));
    m_id->setText(element ? m_elementId : QString());
    m_name->setText(element ? element->attribute(u"name") : QString());
    if (m_documentation->toPlainText() != ProcessProperties::documentation(element))
        m_documentation->setPlainText(ProcessProperties::documentation(element));
    m_condition->setText(ProcessProperties::condition(element));
    const TimerKind kind = ProcessProperties::timerKind(element);
    m_timerKind->setCurrentIndex(qMax(0, m_timerKind->findData(int(kind))));
    m_timerValue->setText(ProcessProperties::timerValue(element));
    m_role->setText(ProcessProperties::assigneeRole(element));
    m_dueDays->setValue(ProcessProperties::dueDays(element));
    m_loading = false;

    for (QWidget *field : {static_cast<QWidget *>(m_id), static_cast<QWidget *>(m_name),
                           static_cast<QWidget *>(m_documentation)})
        setRowVisible(field, element != nullptr);
    setRowVisible(m_idProblem, element && !m_idProblem->text().isEmpty());
    setRowVisible(m_condition, type == BpmnElementType::SequenceFlow);
    setRowVisible(m_timerKind, timer);
    setRowVisible(m_timerValue, timer);
    setRowVisible(m_role, task || type == BpmnElementType::Lane);
    setRowVisible(m_dueDays, task);
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_documentation && event->type() == QEvent::FocusOut)
        commitDocumentation();
    return QWidget::eventFilter(watched, event);
}

void PropertiesPanel::commitId()
{
    const QString newId = m_id->text().trimmed();
    if (m_loading || m_elementId.isEmpty() || newId == m_elementId)
        return;
    const QString problem = ChangeIdCommand::problem(m_document, m_elementId, newId);
    m_idProblem->setText(problem);
    if (!problem.isEmpty()) {
        setRowVisible(m_idProblem, true);
        return; // the typed id stays for correction; the model is unchanged
    }
    const QString oldId = m_elementId;
    m_elementId = newId;
    push(new ChangeIdCommand(m_document, oldId, newId));
}

void PropertiesPanel::commitName()
{
    const BpmnXmlNode *element = m_document->document().elementById(m_elementId);
    if (m_loading || !element || m_name->text() == element->attribute(u"name"))
        return;
    push(new RenameCommand(m_document, m_elementId, m_name->text()));
}

void PropertiesPanel::commitDocumentation()
{
    if (m_loading || m_elementId.isEmpty())
        return;
    push(PropertyCommand::setDocumentation(m_document, m_elementId, m_documentation->toPlainText()));
}

void PropertiesPanel::commitCondition()
{
    if (m_loading || m_elementId.isEmpty())
        return;
    push(PropertyCommand::setCondition(m_document, m_elementId, m_condition->text()));
}

void PropertiesPanel::commitTimer()
{
    if (m_loading || m_elementId.isEmpty())
        return;
    const auto kind = TimerKind(m_timerKind->currentData().toInt());
    push(PropertyCommand::setTimer(m_document, m_elementId, kind, m_timerValue->text()));
}

void PropertiesPanel::commitRole()
{
    if (m_loading || m_elementId.isEmpty())
        return;
    push(PropertyCommand::setAssigneeRole(m_document, m_elementId, m_role->text()));
}

void PropertiesPanel::commitDueDays()
{
    if (m_loading || m_elementId.isEmpty())
        return;
    push(PropertyCommand::setDueDays(m_document, m_elementId, m_dueDays->value()));
}

void PropertiesPanel::push(DocumentEditCommand *command)
{
    if (command->isEmpty()) {
        delete command;
        return;
    }
    m_document->undoStack()->push(command);
}

void PropertiesPanel::setRowVisible(QWidget *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}
