#include "problemspanel.h"

#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnconsistencycheck.h"
#include "bpmn/bpmndocument.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnvalidator.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <memory>

namespace {
enum Column
{
    SeverityColumn,
    RuleColumn,
    ElementColumn,
    MessageColumn
};
} // namespace

ProblemsPanel::ProblemsPanel(ProcessDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Severity"), tr("Rule"), tr("Element"), tr("Message")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(SeverityColumn, 90);
    m_list->setColumnWidth(RuleColumn, 170);
    m_list->setColumnWidth(ElementColumn, 280); // names, or the kind and id of unnamed elements
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(4, 2, 4, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &ProblemsPanel::startCheck);
    connect(m_list, &QTreeWidget::itemClicked, this, &ProblemsPanel::activate);
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemsPanel::activate);
    connect(document, &ProcessDocument::structureChanged, this, &ProblemsPanel::scheduleCheck);
    connect(document, &ProcessDocument::elementsChanged, this, &ProblemsPanel::scheduleCheck);
    scheduleCheck();
}

ProblemsPanel::~ProblemsPanel() = default;

void ProblemsPanel::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

QVector<BpmnDiagnostic> ProblemsPanel::check(const BpmnDocument &snapshot)
{
    return run(snapshot).diagnostics;
}

ProblemsPanel::Result ProblemsPanel::run(const BpmnDocument &snapshot)
{
    Result result;
    const BpmnSemanticModel model = BpmnSemanticModel::fromDocument(snapshot);
    QVector<BpmnDiagnostic> diagnostics = BpmnConsistencyCheck::check(snapshot);
    diagnostics += BpmnValidator::validate(model);
    result.blank = isBlank(model);
    result.hasStart = !model.indexesOf(BpmnElementType::StartEvent).isEmpty();
    if (result.blank) {
        // A new map is unfinished by nature; only what is wrong with what is there is reported.
        diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(),
                                         [](const BpmnDiagnostic &d) {
                                             return d.rule == u"start-event-required" ||
                                                    d.rule == u"end-event-required" ||
                                                    d.rule == u"no-disconnected" ||
                                                    d.rule == u"label-required";
                                         }),
                          diagnostics.end());
    }
    // Errors first, then in file order, so that the first rows are what blocks the process.
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(),
        [](const BpmnDiagnostic &a, const BpmnDiagnostic &b) { return a.isError() && !b.isError(); });
    result.diagnostics = diagnostics;
    return result;
}

bool ProblemsPanel::isBlank(const BpmnSemanticModel &model)
{
    int starts = 0;
    for (const BpmnSemanticModel::Element &element : model.elements()) {
        const BpmnElementType type = element.type;
        if (type == BpmnElementType::StartEvent && element.incoming.isEmpty() && element.outgoing.isEmpty()) {
            ++starts;
            continue;
        }
        const bool content = BpmnSchema::isFlowNode(type) || type == BpmnElementType::SequenceFlow ||
                             type == BpmnElementType::MessageFlow || type == BpmnElementType::Participant ||
                             type == BpmnElementType::Lane || type == BpmnElementType::Association ||
                             type == BpmnElementType::DataObject ||
                             type == BpmnElementType::DataObjectReference ||
                             type == BpmnElementType::DataStoreReference ||
                             type == BpmnElementType::TextAnnotation || type == BpmnElementType::Group;
        if (content)
            return false;
    }
    return starts <= 1;
}

QString ProblemsPanel::typeText(BpmnElementType type)
{
    using T = BpmnElementType;
    switch (type) {
    case T::Definitions:
        return tr("Definitions");
    case T::Process:
        return tr("Process");
    case T::Collaboration:
        return tr("Collaboration");
    case T::Participant:
        return tr("Pool");
    case T::MessageFlow:
        return tr("Message flow");
    case T::Task:
        return tr("Task");
    case T::UserTask:
        return tr("User task");
    case T::ServiceTask:
        return tr("Service task");
    case T::SendTask:
        return tr("Send task");
    case T::ReceiveTask:
        return tr("Receive task");
    case T::ManualTask:
        return tr("Manual task");
    case T::BusinessRuleTask:
        return tr("Business rule task");
    case T::ScriptTask:
        return tr("Script task");
    case T::CallActivity:
        return tr("Call activity");
    case T::SubProcess:
        return tr("Sub-process");
    case T::Transaction:
        return tr("Transaction");
    case T::AdHocSubProcess:
        return tr("Ad-hoc sub-process");
    case T::StartEvent:
        return tr("Start event");
    case T::EndEvent:
        return tr("End event");
    case T::IntermediateCatchEvent:
        return tr("Intermediate catch event");
    case T::IntermediateThrowEvent:
        return tr("Intermediate throw event");
    case T::BoundaryEvent:
        return tr("Boundary event");
    case T::ExclusiveGateway:
        return tr("Exclusive gateway");
    case T::ParallelGateway:
        return tr("Parallel gateway");
    case T::InclusiveGateway:
        return tr("Inclusive gateway");
    case T::EventBasedGateway:
        return tr("Event-based gateway");
    case T::ComplexGateway:
        return tr("Complex gateway");
    case T::SequenceFlow:
        return tr("Sequence flow");
    case T::Association:
        return tr("Association");
    case T::LaneSet:
        return tr("Lane set");
    case T::Lane:
        return tr("Lane");
    case T::DataObject:
        return tr("Data object");
    case T::DataObjectReference:
        return tr("Data object");
    case T::DataStore:
    case T::DataStoreReference:
        return tr("Data store");
    case T::DataInput:
        return tr("Data input");
    case T::DataOutput:
        return tr("Data output");
    case T::TextAnnotation:
        return tr("Text annotation");
    case T::Group:
        return tr("Group");
    case T::Message:
        return tr("Message");
    case T::Signal:
        return tr("Signal");
    case T::Error:
        return tr("Error");
    case T::Escalation:
        return tr("Escalation");
    case T::Unknown:
        break;
    }
    return tr("Element");
}

QString ProblemsPanel::elementText(const BpmnXmlNode *element, const QString &elementId)
{
    if (!element)
        return elementId;
    QString name;
    if (element->is(BpmnNamespaces::model, u"textAnnotation")) {
        if (const BpmnXmlNode *text = element->firstChildElement(BpmnNamespaces::model, u"text"))
            name = text->textContent();
    } else {
        name = element->attribute(u"name");
    }
    name = name.simplified();
    if (!name.isEmpty())
        return name;
    return tr("%1 (%2)").arg(typeText(ProcessRules::typeOf(element)), elementId);
}

void ProblemsPanel::scheduleCheck()
{
    ++m_generation; // any run still going is stale from now on
    m_timer->start();
}

void ProblemsPanel::startCheck()
{
    const quint64 generation = m_generation;
    auto snapshot = std::make_shared<BpmnDocument>(m_document->document().clone());
    QtConcurrent::run([snapshot] {
        return run(*snapshot);
    }).then(this, [this, generation](const Result &result) { showResult(generation, result); });
}

void ProblemsPanel::showResult(quint64 generation, const Result &result)
{
    if (generation != m_generation)
        return; // the document changed while this ran
    const QVector<BpmnDiagnostic> &diagnostics = result.diagnostics;
    m_shownGeneration = generation;
    m_blank = result.blank;
    m_hasStart = result.hasStart;
    // The document is the one checked (a newer change would have made this result stale).
    const BpmnDocument &document = m_document->document();
    m_diagnostics = diagnostics;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(diagnostics.size());
    int errors = 0;
    for (const BpmnDiagnostic &diagnostic : diagnostics) {
        auto *item = new QTreeWidgetItem;
        const bool error = diagnostic.isError();
        errors += error ? 1 : 0;
        item->setText(SeverityColumn, error ? tr("Error") : tr("Warning"));
        item->setIcon(SeverityColumn, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                                  : QStyle::SP_MessageBoxWarning));
        item->setText(RuleColumn, diagnostic.rule);
        item->setText(ElementColumn,
                      elementText(document.elementById(diagnostic.elementId), diagnostic.elementId));
        item->setToolTip(ElementColumn, diagnostic.elementId);
        item->setText(MessageColumn, diagnostic.message);
        item->setToolTip(MessageColumn, diagnostic.message);
        item->setData(SeverityColumn, Qt::UserRole, diagnostic.elementId);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    const int warnings = int(diagnostics.size()) - errors;
    if (diagnostics.isEmpty() && m_blank && m_hasStart)
        m_summary->setText(tr("Nothing modelled yet: append the first step to the start event with the "
                              "buttons beside it, or drag elements from the palette."));
    else if (diagnostics.isEmpty() && m_blank)
        m_summary->setText(tr("The map is empty: drag a start event from the palette to begin."));
    else if (diagnostics.isEmpty())
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(
            tr("%1, %2").arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)));
    emit updated();
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    const QString elementId = item ? item->data(SeverityColumn, Qt::UserRole).toString() : QString();
    if (!elementId.isEmpty())
        emit elementActivated(elementId);
}
