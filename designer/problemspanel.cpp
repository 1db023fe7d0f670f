#include "problemspanel.h"

#include "processdocument.h"

#include "bpmn/bpmnconsistencycheck.h"
#include "bpmn/bpmndocument.h"
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
    m_list->setColumnWidth(ElementColumn, 150);
    m_summary->setTextFormat(Qt::PlainText);
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
    QVector<BpmnDiagnostic> diagnostics = BpmnConsistencyCheck::check(snapshot);
    diagnostics += BpmnValidator::validate(BpmnSemanticModel::fromDocument(snapshot));
    // Errors first, then in file order, so that the first rows are what blocks the process.
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(),
        [](const BpmnDiagnostic &a, const BpmnDiagnostic &b) { return a.isError() && !b.isError(); });
    return diagnostics;
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
        return check(*snapshot);
    }).then(this, [this, generation](const QVector<BpmnDiagnostic> &diagnostics) {
        showResult(generation, diagnostics);
    });
}

void ProblemsPanel::showResult(quint64 generation, const QVector<BpmnDiagnostic> &diagnostics)
{
    if (generation != m_generation)
        return; // the document changed while this ran
    m_shownGeneration = generation;
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
        item->setText(ElementColumn, diagnostic.elementId);
        item->setText(MessageColumn, diagnostic.message);
        item->setToolTip(MessageColumn, diagnostic.message);
        item->setData(SeverityColumn, Qt::UserRole, diagnostic.elementId);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    const int warnings = int(diagnostics.size()) - errors;
    if (diagnostics.isEmpty())
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
