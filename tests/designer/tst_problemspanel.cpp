#include "createelementcommand.h"
#include "problemspanel.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processeditor.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"
#include "renamecommand.h"

#include "bpmn/bpmndocument.h"
#include "bpmn/bpmnsemanticmodel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

// The problems list a process owner works through: the validator's and the consistency
// check's findings for the current model, never those of an older state, and a click that
// takes them to the element.
class TestProblemsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheFindingsOfTheModel();
    void cleanModelHasNoProblems();
    void clickSelectsAndCentresTheElement();
    void neverShowsAStaleResult();
    void newBlankMapStartsWithoutErrors();
    void namesElementsByTheirNames();

private:
    ProblemsPanel *panel() const { return m_editor->problemsPanel(); }
    int rowOf(const QString &rule, const QString &elementId) const;

    ProcessEditor *m_editor = nullptr;
};

void TestProblemsPanel::init()
{
    m_editor = new ProcessEditor;
    m_editor->resize(1200, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    panel()->setDelay(0);
    QVERIFY(m_editor->openFile(QStringLiteral(PRISTRIY_TEST_DATA "/process-properties.bpmn"), false));
    QTRY_VERIFY(panel()->isUpToDate());
}

void TestProblemsPanel::cleanup()
{
    m_editor->document()->undoStack()->setClean();
    delete m_editor;
}

int TestProblemsPanel::rowOf(const QString &rule, const QString &elementId) const
{
    const QVector<BpmnDiagnostic> &diagnostics = panel()->diagnostics();
    for (int i = 0; i < diagnostics.size(); ++i) {
        if (diagnostics.at(i).rule == rule && diagnostics.at(i).elementId == elementId)
            return i;
    }
    return -1;
}

void TestProblemsPanel::cleanModelHasNoProblems()
{
    QCOMPARE(panel()->list()->topLevelItemCount(), 0);
    QVERIFY(panel()->diagnostics().isEmpty());
}

void TestProblemsPanel::listsTheFindingsOfTheModel()
{
    auto *command = new CreateElementCommand(m_editor->document(), BpmnElementType::Task, QPointF(700, 400));
    const QString taskId = command->elementId();
    m_editor->document()->undoStack()->push(command);
    QTRY_VERIFY(panel()->isUpToDate());
    const int row = rowOf(QStringLiteral("no-disconnected"), taskId);
    QVERIFY(row >= 0);
    QVERIFY(rowOf(QStringLiteral("label-required"), taskId) >= 0);
    const QTreeWidgetItem *item = panel()->list()->topLevelItem(row);
    QCOMPARE(item->text(0), tr("Error"));
    QCOMPARE(item->text(1), u"no-disconnected");
    QCOMPARE(item->text(2), tr("Task (%1)").arg(taskId));
    QVERIFY(!item->text(3).isEmpty());

    m_editor->document()->undoStack()->undo();
    QTRY_VERIFY(panel()->isUpToDate());
    QCOMPARE(panel()->list()->topLevelItemCount(), 0);
}

void TestProblemsPanel::clickSelectsAndCentresTheElement()
{
    auto *command = new CreateElementCommand(m_editor->document(), BpmnElementType::Task, QPointF(1500, 900));
    const QString taskId = command->elementId();
    m_editor->document()->undoStack()->push(command);
    QTRY_VERIFY(panel()->isUpToDate());
    const int row = rowOf(QStringLiteral("no-disconnected"), taskId);
    QVERIFY(row >= 0);
    QVERIFY(m_editor->scene()->selectedItems().isEmpty());

    QTreeWidget *list = panel()->list();
    const QRect rect = list->visualItemRect(list->topLevelItem(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());

    const QList<QGraphicsItem *> selected = m_editor->scene()->selectedItems();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(static_cast<ProcessShapeItem *>(selected.first())->elementId(), taskId);
    ProcessView *view = m_editor->view();
    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    QVERIFY2(selected.first()->sceneBoundingRect().adjusted(-5, -5, 5, 5).contains(centre),
             "the view is centred on the element");

    // A flow's problem selects the flow.
    m_editor->selectElement(QStringLiteral("Flow_3"));
    QCOMPARE(m_editor->scene()->selectedItems().size(), 1);
    QCOMPARE(m_editor->scene()->selectedItems().first()->type(), int(ProcessEdgeItem::Type));
}

void TestProblemsPanel::neverShowsAStaleResult()
{
    // Each shown result must be that of the document as it is when it is shown.
    int mismatches = 0;
    connect(panel(), &ProblemsPanel::updated, this, [&] {
        const QVector<BpmnDiagnostic> now = ProblemsPanel::check(m_editor->document()->document());
        if (now.size() != panel()->diagnostics().size())
            ++mismatches;
    });
    QSignalSpy updated(panel(), &ProblemsPanel::updated);
    QUndoStack *stack = m_editor->document()->undoStack();
    for (int i = 0; i < 30; ++i) {
        stack->push(new CreateElementCommand(m_editor->document(), BpmnElementType::Task,
                                             QPointF(100 + 30 * i, 500)));
        if (i % 3 == 0)
            QTest::qWait(1); // let some runs start, so that later edits make them stale
    }
    QTRY_VERIFY(panel()->isUpToDate());
    QCOMPARE(mismatches, 0);
    QVERIFY(updated.count() >= 1);
    int disconnected = 0;
    for (const BpmnDiagnostic &diagnostic : panel()->diagnostics())
        disconnected += diagnostic.rule == u"no-disconnected" ? 1 : 0;
    QCOMPARE(disconnected, 30);
}

void TestProblemsPanel::newBlankMapStartsWithoutErrors()
{
    // A new map starts as bpmn-js starts one, with a start event; nothing is unfinished yet.
    m_editor->newMap();
    QTRY_VERIFY(panel()->isUpToDate());
    const BpmnSemanticModel model = BpmnSemanticModel::fromDocument(m_editor->document()->document());
    QCOMPARE(model.count(BpmnElementType::StartEvent), 1);
    QVERIFY2(panel()->diagnostics().isEmpty(), qPrintable(panel()->diagnostics().value(0).rule + u' ' +
                                                          panel()->diagnostics().value(0).message));
    QCOMPARE(panel()->list()->topLevelItemCount(), 0);
    const QString summary = panel()->summary()->text();
    QVERIFY2(!summary.contains(tr("error")) && summary.contains(tr("start event")), qPrintable(summary));
    QVERIFY(m_editor->document()->undoStack()->isClean());
    QVERIFY(m_editor->isPristine());

    // Without the start event the map is empty: still nothing to shout about.
    m_editor->scene()->selectAllElements();
    m_editor->deleteSelection();
    QTRY_VERIFY(panel()->isUpToDate());
    QVERIFY(panel()->diagnostics().isEmpty());
    QVERIFY(panel()->summary()->text().contains(tr("empty")));

    // Once something is modelled, the rules apply in full.
    m_editor->document()->undoStack()->undo();
    QVERIFY(m_editor->appendElement(QStringLiteral("StartEvent_1"), BpmnElementType::Task));
    QTRY_VERIFY(panel()->isUpToDate());
    QVERIFY(rowOf(QStringLiteral("end-event-required"), QStringLiteral("Process_1")) >= 0);
}

void TestProblemsPanel::namesElementsByTheirNames()
{
    QUndoStack *stack = m_editor->document()->undoStack();
    auto *gateway =
        new CreateElementCommand(m_editor->document(), BpmnElementType::ExclusiveGateway, QPointF(700, 400));
    const QString gatewayId = gateway->elementId();
    stack->push(gateway);
    auto *task = new CreateElementCommand(m_editor->document(), BpmnElementType::Task, QPointF(900, 400));
    const QString taskId = task->elementId();
    stack->push(task);
    stack->push(new RenameCommand(m_editor->document(), taskId, QStringLiteral("Check  the\norder")));
    QTRY_VERIFY(panel()->isUpToDate());

    // Unnamed: the kind and the id; named: the name (on one line), the id in the tooltip.
    const QTreeWidgetItem *unnamed =
        panel()->list()->topLevelItem(rowOf(QStringLiteral("no-disconnected"), gatewayId));
    QVERIFY(unnamed);
    QCOMPARE(unnamed->text(2), QStringLiteral("Exclusive gateway (%1)").arg(gatewayId));
    QCOMPARE(unnamed->toolTip(2), gatewayId);
    const QTreeWidgetItem *named =
        panel()->list()->topLevelItem(rowOf(QStringLiteral("no-disconnected"), taskId));
    QVERIFY(named);
    QCOMPARE(named->text(2), u"Check the order");
    QCOMPARE(named->toolTip(2), taskId);
}

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
