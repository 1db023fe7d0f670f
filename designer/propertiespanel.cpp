#include "propertiespanel.h"

#include "bpmnrendermodel.h"
#include "changeidcommand.h"
#include "colorcommand.h"
#include "processdocument.h"
#include "processproperties.h"
#include "processrules.h"
#include "propertycommand.h"
#include "renamecommand.h"

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmnnamespaces.h"

#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
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

// A swatch of `fill` framed in `stroke`; a white one with a slash for the default colours.
QIcon swatch(const QColor &fill, const QColor &stroke)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(stroke.isValid() ? stroke : QColor(Qt::black), 1.5));
    painter.setBrush(fill.isValid() ? fill : QColor(Qt::white));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 2, 2);
    if (!fill.isValid() && !stroke.isValid())
        painter.drawLine(QPointF(3, 13), QPointF(13, 3));
    return QIcon(pixmap);
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
    , m_colors(new QWidget(this))
    , m_fillColor(new QToolButton(m_colors))
    , m_lineColor(new QToolButton(m_colors))
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
    m_fillColor->setObjectName(QStringLiteral("propertyFillColor"));
    m_lineColor->setObjectName(QStringLiteral("propertyLineColor"));
    m_fillColor->setText(tr("Fill"));
    m_lineColor->setText(tr("Line"));
    for (QToolButton *button : {m_fillColor, m_lineColor}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(button);
        const bool fill = button == m_fillColor;
        connect(menu, &QMenu::aboutToShow, this, [this, button, fill] { fillColorMenu(button, fill); });
        button->setMenu(menu);
    }
    auto *colorsLayout = new QHBoxLayout(m_colors);
    colorsLayout->setContentsMargins(0, 0, 0, 0);
    colorsLayout->addWidget(m_fillColor);
    colorsLayout->addWidget(m_lineColor);
    colorsLayout->addStretch(1);

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
    m_form->addRow(tr("Colour:"), m_colors);

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

    const QStringList diIds = element ? ColorCommand::diIdsOf(m_document, {m_elementId}) : QStringList();
    setRowVisible(m_colors, !diIds.isEmpty());
    if (!diIds.isEmpty()) {
        const BpmnXmlNode *di = m_document->document().elementById(diIds.first());
        const BpmnRenderModel::Colors colors = BpmnRenderModel::colorsOf(*di);
        const bool edge = di->is(BpmnNamespaces::bpmnDi, u"BPMNEdge");
        m_fillColor->setVisible(!edge); // flows have no fill
        m_fillColor->setIcon(swatch(colors.fill, QColor()));
        m_lineColor->setIcon(swatch(QColor(), colors.stroke.isValid() ? colors.stroke : QColor(Qt::black)));
    }
}

void PropertiesPanel::fillColorMenu(QToolButton *button, bool fill)
{
    QMenu *menu = button->menu();
    menu->clear();
    int index = 0;
    for (const ColorCommand::Preset &preset : ColorCommand::presets()) {
        const QColor color = fill ? preset.fill : preset.stroke;
        QAction *action =
            menu->addAction(fill ? swatch(color, preset.stroke) : swatch(QColor(), color), preset.name);
        action->setObjectName(QStringLiteral("colorPreset%1").arg(index++));
        connect(action, &QAction::triggered, this, [this, fill, color] { commitColor(fill, color); });
    }
    menu->addSeparator();
    QAction *other = menu->addAction(tr("Other Colour…"));
    other->setObjectName(QStringLiteral("colorOther"));
    connect(other, &QAction::triggered, this, [this, fill] {
        const QStringList diIds = ColorCommand::diIdsOf(m_document, {m_elementId});
        const BpmnXmlNode *di = diIds.isEmpty() ? nullptr : m_document->document().elementById(diIds.first());
        if (!di)
            return;
        const BpmnRenderModel::Colors colors = BpmnRenderModel::colorsOf(*di);
        const QColor initial = fill ? colors.fillOr(Qt::white) : colors.strokeOr(Qt::black);
        const QColor chosen =
            QColorDialog::getColor(initial, this, fill ? tr("Fill Colour") : tr("Line Colour"));
        if (chosen.isValid())
            commitColor(fill, chosen);
    });
}

void PropertiesPanel::commitColor(bool fill, const QColor &color)
{
    if (m_elementId.isEmpty())
        return;
    const QStringList diIds = ColorCommand::diIdsOf(m_document, {m_elementId});
    if (fill)
        push(new ColorCommand(m_document, diIds, color, std::nullopt));
    else
        push(new ColorCommand(m_document, diIds, std::nullopt, color));
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
