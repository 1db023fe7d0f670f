#include "connectcommand.h"
#include "createelementcommand.h"
#include "deletecommand.h"
#include "moveshapescommand.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processrules.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "renamecommand.h"

#include "bpmn/bpmnconsistencycheck.h"
#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmngenerator.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

const QString startId = QStringLiteral("_6b5db6a9-037a-49ad-9201-09201e2aaa97");
const QString task1Id = QStringLiteral("_5a972b87-735d-454a-b31c-f52fb3afc5c7");
const QString endId = QStringLiteral("_258f51eb-b764-4a71-b681-3a01cca14143");
const QString task2Id = QStringLiteral("_4f7d62d7-f0e6-46bc-be00-69e02da38f65");
const QString splitId = QStringLiteral("_35fe57a7-1302-44e2-bf58-032f11af7ecb");

QString samplePath()
{
    return QStringLiteral(PRISTRIY_TEST_DATA "/bpmn/miwg/A.2.0.bpmn");
}

} // namespace

class TestProcessScene : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sceneShowsEveryShapeAndEdge();
    void createUndoRedo_data();
    void createUndoRedo();
    void moveUndoRedo();
    void dragIsOneUndoStep();
    void connectIsConsistent();
    void rulesRefuseInvalidConnections_data();
    void rulesRefuseInvalidConnections();
    void deleteRemovesFlows();
    void deleteUndoRestoresScene();
    void renameUndoRedo();
    void saveReopenRoundTrips();
    void largeDiagramOpens();
    void secondDiagramIsShownAndEdited();

private:
    void expectUnchanged();
    void expectConsistent();
    QString shapeOf(const QString &elementId) const;

    ProcessDocument *m_document = nullptr;
    ProcessScene *m_scene = nullptr;
    BpmnDocument m_original;
};

void TestProcessScene::init()
{
    m_document = new ProcessDocument;
    QString error;
    QVERIFY2(m_document->load(samplePath(), &error), qPrintable(error));
    m_scene = new ProcessScene(m_document);
    m_original = m_document->document().clone();
}

void TestProcessScene::cleanup()
{
    delete m_scene;
    delete m_document;
}

void TestProcessScene::expectUnchanged()
{
    const BpmnXmlCompare::Result result = BpmnXmlCompare::compare(m_original, m_document->document());
    QVERIFY2(result.equal, qPrintable(result.differences.join(u'\n')));
}

void TestProcessScene::expectConsistent()
{
    const QVector<BpmnDiagnostic> problems = BpmnConsistencyCheck::check(m_document->document());
    QVERIFY2(!BpmnDiagnostic::hasErrors(problems),
             qPrintable(problems.isEmpty() ? QString() : problems.first().message));
}

QString TestProcessScene::shapeOf(const QString &elementId) const
{
    ProcessShapeItem *item = m_scene->shapeItemForElement(elementId);
    return item ? item->diId() : QString();
}

void TestProcessScene::sceneShowsEveryShapeAndEdge()
{
    const BpmnDiModel di = BpmnDiModel::fromDocument(m_document->document());
    QCOMPARE(m_scene->shapeItemCount(), di.shapeCount());
    QCOMPARE(m_scene->edgeItemCount(), di.edgeCount());
    ProcessShapeItem *task = m_scene->shapeItemForElement(task1Id);
    QVERIFY(task);
    QCOMPARE(task->renderShape().text, QStringLiteral("Task 1"));
    QCOMPARE(task->pos(), task->renderShape().bounds.topLeft());
}

void TestProcessScene::createUndoRedo_data()
{
    QTest::addColumn<BpmnElementType>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("task") << BpmnElementType::Task << QStringLiteral("task");
    QTest::newRow("user task") << BpmnElementType::UserTask << QStringLiteral("userTask");
    QTest::newRow("start event") << BpmnElementType::StartEvent << QStringLiteral("startEvent");
    QTest::newRow("end event") << BpmnElementType::EndEvent << QStringLiteral("endEvent");
    QTest::newRow("exclusive gateway")
        << BpmnElementType::ExclusiveGateway << QStringLiteral("exclusiveGateway");
    QTest::newRow("parallel gateway")
        << BpmnElementType::ParallelGateway << QStringLiteral("parallelGateway");
}

void TestProcessScene::createUndoRedo()
{
    QFETCH(BpmnElementType, type);
    QFETCH(QString, name);
    const int shapes = m_scene->shapeItemCount();
    auto *command = new CreateElementCommand(m_document, type, QPointF(500, 500));
    const QString id = command->elementId();
    m_document->undoStack()->push(command);

    const BpmnXmlNode *element = m_document->document().elementById(id);
    QVERIFY(element);
    QCOMPARE(element->name(), name);
    QCOMPARE(element->parent(), m_document->process());
    ProcessShapeItem *item = m_scene->shapeItemForElement(id);
    QVERIFY(item);
    QCOMPARE(item->renderShape().type, type);
    QCOMPARE(item->renderShape().bounds.center(), QPointF(500, 500));
    QCOMPARE(m_scene->shapeItemCount(), shapes + 1);
    expectConsistent();
    const BpmnDocument created = m_document->document().clone();

    m_document->undoStack()->undo();
    expectUnchanged();
    QVERIFY(!m_scene->shapeItemForElement(id));
    QCOMPARE(m_scene->shapeItemCount(), shapes);

    m_document->undoStack()->redo();
    QVERIFY(BpmnXmlCompare::compare(created, m_document->document()).equal);
    QVERIFY(m_scene->shapeItemForElement(id));
}

void TestProcessScene::moveUndoRedo()
{
    const QString shape = shapeOf(task1Id);
    const QRectF before = m_scene->shapeItem(shape)->renderShape().bounds;
    const MoveShapesCommand::Plan plan = MoveShapesCommand::plan(*m_document, {shape});
    QCOMPARE(plan.shapes.size(), 1);
    QCOMPARE(plan.edges.size(), 2); // one flow in, one out: their ends follow
    m_document->undoStack()->push(new MoveShapesCommand(m_document, plan, QPointF(30, 40)));

    QCOMPARE(ProcessDocument::bounds(m_document->document().elementById(shape)), before.translated(30, 40));
    QCOMPARE(m_scene->shapeItem(shape)->renderShape().bounds, before.translated(30, 40));
    QCOMPARE(m_scene->shapeItem(shape)->pos(), before.topLeft() + QPointF(30, 40));
    const ProcessEdgeItem *edge = m_scene->edgeItem(plan.edges.first().id);
    QCOMPARE(edge->renderEdge().waypoints.last(), plan.edges.first().original.first() + QPointF(30, 40));
    const BpmnDocument moved = m_document->document().clone();

    m_document->undoStack()->undo();
    expectUnchanged();
    QCOMPARE(m_scene->shapeItem(shape)->renderShape().bounds, before);
    m_document->undoStack()->redo();
    QVERIFY(BpmnXmlCompare::compare(moved, m_document->document()).equal);
}

void TestProcessScene::dragIsOneUndoStep()
{
    const QStringList shapes = {shapeOf(task1Id), shapeOf(task2Id), shapeOf(splitId)};
    const MoveShapesCommand::Plan plan = MoveShapesCommand::plan(*m_document, shapes);
    QUndoStack *stack = m_document->undoStack();
    for (int step = 1; step <= 10; ++step)
        stack->push(new MoveShapesCommand(m_document, plan, QPointF(step * 3, step), 42));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(m_scene->shapeItem(shapes.first())->renderShape().bounds.topLeft(),
             plan.shapes.first().original.topLeft() + QPointF(30, 10));
    stack->undo();
    expectUnchanged();
    // Another gesture is another step.
    stack->redo();
    stack->push(new MoveShapesCommand(m_document, plan, QPointF(5, 5), 43));
    QCOMPARE(stack->count(), 2);
}

void TestProcessScene::connectIsConsistent()
{
    auto *create = new CreateElementCommand(m_document, BpmnElementType::Task, QPointF(700, 600));
    const QString taskId = create->elementId();
    m_document->undoStack()->push(create);
    const BpmnDocument withTask = m_document->document().clone();

    QVERIFY(ProcessRules::canConnect(m_document->document(), task1Id, taskId));
    auto *connect = new ConnectCommand(m_document, task1Id, taskId);
    const QString flowId = connect->flowId();
    QVERIFY(!flowId.isEmpty());
    m_document->undoStack()->push(connect);

    const BpmnXmlNode *flow = m_document->document().elementById(flowId);
    QVERIFY(flow);
    QVERIFY(flow->is(BpmnNamespaces::model, u"sequenceFlow"));
    QCOMPARE(flow->attribute(u"sourceRef"), task1Id);
    QCOMPARE(flow->attribute(u"targetRef"), taskId);
    const BpmnSemanticModel semantic = BpmnSemanticModel::fromDocument(m_document->document());
    const int flowIndex = semantic.indexOf(flowId);
    QVERIFY(semantic.element(task1Id)->outgoing.contains(flowIndex));
    QVERIFY(semantic.element(taskId)->incoming.contains(flowIndex));
    // incoming/outgoing written as references in the nodes themselves
    const BpmnXmlNode *target = m_document->document().elementById(taskId);
    QCOMPARE(target->firstChildElement(BpmnNamespaces::model, u"incoming")->textContent(), flowId);
    const BpmnXmlNode *edge = m_document->document().elementById(flowId + QStringLiteral("_di"));
    QVERIFY(edge);
    QCOMPARE(edge->attribute(u"bpmnElement"), flowId);
    QVERIFY(edge->childElements(BpmnNamespaces::di, u"waypoint").size() >= 2);
    QVERIFY(m_scene->edgeItem(flowId + QStringLiteral("_di")));
    expectConsistent();

    m_document->undoStack()->undo();
    QVERIFY(BpmnXmlCompare::compare(withTask, m_document->document()).equal);
    QVERIFY(!m_scene->edgeItem(flowId + QStringLiteral("_di")));
    m_document->undoStack()->undo();
    expectUnchanged();
}

void TestProcessScene::rulesRefuseInvalidConnections_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::newRow("to itself") << task1Id << task1Id;
    QTest::newRow("from an end event") << endId << task1Id;
    QTest::newRow("into a start event") << task1Id << startId;
    QTest::newRow("twice") << startId << task1Id;
    QTest::newRow("missing element") << task1Id << QStringLiteral("nope");
}

void TestProcessScene::rulesRefuseInvalidConnections()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QVERIFY(!ProcessRules::connectionProblem(m_document->document(), source, target).isEmpty());
    ConnectCommand command(m_document, source, target);
    QVERIFY(command.isEmpty());
    QVERIFY(ProcessRules::canConnect(m_document->document(), task1Id, task2Id));
}

void TestProcessScene::deleteRemovesFlows()
{
    const BpmnSemanticModel before = BpmnSemanticModel::fromDocument(m_document->document());
    const BpmnSemanticModel::Element *task = before.element(task1Id);
    QStringList flows;
    for (int index : task->incoming + task->outgoing)
        flows.append(before.at(index).id);
    QCOMPARE(flows.size(), 2);

    m_document->undoStack()->push(new DeleteCommand(m_document, {shapeOf(task1Id)}));
    const BpmnDocument &bpmn = m_document->document();
    QVERIFY(!bpmn.elementById(task1Id));
    for (const QString &flow : std::as_const(flows)) {
        QVERIFY(!bpmn.elementById(flow));
        QVERIFY(!m_scene->edgeItem(flow + QStringLiteral("_di")));
    }
    QVERIFY(!m_scene->shapeItemForElement(task1Id));
    // The start event and the gateway lose their references to the deleted flows.
    const BpmnXmlNode *start = bpmn.elementById(startId);
    QVERIFY(!start->firstChildElement(BpmnNamespaces::model, u"outgoing"));
    expectConsistent();

    m_document->undoStack()->undo();
    expectUnchanged();
}

void TestProcessScene::deleteUndoRestoresScene()
{
    const int shapes = m_scene->shapeItemCount();
    const int edges = m_scene->edgeItemCount();
    m_scene->selectAllElements();
    QCOMPARE(m_scene->selectedIds().size(), shapes + edges);
    m_document->undoStack()->push(new DeleteCommand(m_document, m_scene->selectedIds()));
    QCOMPARE(m_scene->shapeItemCount(), 0);
    QCOMPARE(m_scene->edgeItemCount(), 0);
    expectConsistent();
    m_document->undoStack()->undo();
    expectUnchanged();
    QCOMPARE(m_scene->shapeItemCount(), shapes);
    QCOMPARE(m_scene->edgeItemCount(), edges);
}

void TestProcessScene::renameUndoRedo()
{
    m_document->undoStack()->push(
        new RenameCommand(m_document, task1Id, QStringLiteral("Check <b>order</b>")));
    QCOMPARE(m_document->document().elementById(task1Id)->attribute(u"name"),
             QStringLiteral("Check <b>order</b>"));
    QCOMPARE(m_scene->shapeItemForElement(task1Id)->renderShape().text, QStringLiteral("Check <b>order</b>"));
    m_document->undoStack()->undo();
    expectUnchanged();
    QCOMPARE(m_scene->shapeItemForElement(task1Id)->renderShape().text, QStringLiteral("Task 1"));
    m_document->undoStack()->redo();
    m_document->undoStack()->push(new RenameCommand(m_document, task1Id, QString()));
    QVERIFY(!m_document->document().elementById(task1Id)->hasAttribute(u"name"));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    expectUnchanged();
}

void TestProcessScene::saveReopenRoundTrips()
{
    auto *create = new CreateElementCommand(m_document, BpmnElementType::ServiceTask, QPointF(800, 500));
    const QString taskId = create->elementId();
    m_document->undoStack()->push(create);
    m_document->undoStack()->push(new ConnectCommand(m_document, task2Id, taskId));
    m_document->undoStack()->push(new RenameCommand(m_document, taskId, QStringLiteral("Invoice")));
    QVERIFY(!m_document->undoStack()->isClean());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.bpmn"));
    QString error;
    QVERIFY2(m_document->save(path, &error), qPrintable(error));
    QVERIFY(m_document->undoStack()->isClean());

    ProcessDocument reopened;
    QVERIFY2(reopened.load(path, &error), qPrintable(error));
    const BpmnXmlCompare::Result result =
        BpmnXmlCompare::compare(m_document->document(), reopened.document());
    QVERIFY2(result.equal, qPrintable(result.differences.join(u'\n')));
    ProcessScene scene(&reopened);
    QCOMPARE(scene.shapeItemCount(), m_scene->shapeItemCount());
    QCOMPARE(scene.edgeItemCount(), m_scene->edgeItemCount());
    QCOMPARE(scene.shapeItemForElement(taskId)->renderShape().text, QStringLiteral("Invoice"));
}

void TestProcessScene::largeDiagramOpens()
{
    QString error;
    QVERIFY(m_document->loadData(generateLargeProcess(5000, 1), &error));
    const BpmnDiModel di = BpmnDiModel::fromDocument(m_document->document());
    QCOMPARE(m_scene->shapeItemCount() + m_scene->edgeItemCount(), di.shapeCount() + di.edgeCount());
    QVERIFY(m_scene->shapeItemCount() + m_scene->edgeItemCount() >= 5000);
    m_scene->selectAllElements();
    QCOMPARE(m_scene->selectedItems().size(), m_scene->shapeItemCount() + m_scene->edgeItemCount());
    m_scene->clearSelection();
    QVERIFY(m_scene->selectedItems().isEmpty());
}

// A file with two diagrams (two processes, each drawn on its own): the first is shown; choosing the
// second shows and edits its elements, and the first stays exactly as it was read.
void TestProcessScene::secondDiagramIsShownAndEdited()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs" targetNamespace="urn:test">
  <process id="P1" name="Sales"><task id="A" name="Offer"/></process>
  <process id="P2" name="Support"><task id="B" name="Answer"/><task id="C" name="Close"/></process>
  <bpmndi:BPMNDiagram id="D1" name="Sales map"><bpmndi:BPMNPlane id="Pl1" bpmnElement="P1">
    <bpmndi:BPMNShape id="A_di" bpmnElement="A"><dc:Bounds x="100" y="100" width="100" height="80"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="D2"><bpmndi:BPMNPlane id="Pl2" bpmnElement="P2">
    <bpmndi:BPMNShape id="B_di" bpmnElement="B"><dc:Bounds x="100" y="100" width="100" height="80"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="C_di" bpmnElement="C"><dc:Bounds x="300" y="100" width="100" height="80"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>
)";
    QString error;
    QVERIFY2(m_document->loadData(xml, &error), qPrintable(error));
    QCOMPARE(m_document->diagramNames(),
             QStringList({QStringLiteral("Sales map"), QStringLiteral("Support")}));
    QCOMPARE(m_document->currentDiagram(), 0);
    QCOMPARE(m_scene->shapeItemCount(), 1);
    QVERIFY(m_scene->shapeItemForElement(QStringLiteral("A")));
    const BpmnDocument read = m_document->document().clone();

    m_document->setCurrentDiagram(1);
    QCOMPARE(m_scene->shapeItemCount(), 2);
    QVERIFY(!m_scene->shapeItemForElement(QStringLiteral("A")));
    QVERIFY(m_scene->shapeItemForElement(QStringLiteral("C")));
    QCOMPARE(m_document->process()->attribute(u"id"), QStringLiteral("P2"));
    const MoveShapesCommand::Plan plan = MoveShapesCommand::plan(*m_document, {QStringLiteral("C_di")});
    m_document->undoStack()->push(new MoveShapesCommand(m_document, plan, QPointF(40, 20)));
    QCOMPARE(ProcessDocument::bounds(m_document->document().elementById(QStringLiteral("C_di"))),
             QRectF(340, 120, 100, 80));
    QCOMPARE(ProcessDocument::bounds(m_document->document().elementById(QStringLiteral("A_di"))),
             QRectF(100, 100, 100, 80));
    m_document->undoStack()->undo();
    QVERIFY(BpmnXmlCompare::compare(read, m_document->document()).equal);
    // An index out of range changes nothing; opening another file shows its first diagram again.
    m_document->setCurrentDiagram(5);
    QCOMPARE(m_document->currentDiagram(), 1);
    QVERIFY2(m_document->loadData(xml, &error), qPrintable(error));
    QCOMPARE(m_document->currentDiagram(), 0);
    QCOMPARE(m_scene->shapeItemCount(), 1);
}

QTEST_MAIN(TestProcessScene)
#include "tst_processscene.moc"
