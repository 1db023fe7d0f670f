// Flows after they are drawn: dragging an end handle of a selected flow onto another element
// reconnects it (refused, with a forbidden cursor and no change, where the rules forbid), the kind
// of a new connection follows what it joins (message flow between pools, data associations
// between activities and data), and a flow's context menu makes it the default or a conditional
// flow. Every edit one undo step that restores the document exactly.
#include "connectcommand.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processeditor.h"
#include "processrules.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"
#include "retargetflowcommand.h"

#include "bpmn/bpmnconsistencycheck.h"
#include "bpmn/bpmndiagnostic.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnwriter.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsRectItem>
#include <QMenu>
#include <QMouseEvent>
#include <QPen>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {

// Two pools. Pool A: a timer start event, three tasks and a data store, S -> T1 -> T2 where F2 runs
// below the tasks with two bends. Pool B: two tasks.
const QByteArray kDiagram =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
    "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
    "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" "
    "id=\"D\" targetNamespace=\"t\">\n"
    "  <bpmn:collaboration id=\"C\">\n"
    "    <bpmn:participant id=\"PA\" name=\"Sales\" processRef=\"PA_P\"/>\n"
    "    <bpmn:participant id=\"PB\" name=\"Customer\" processRef=\"PB_P\"/>\n"
    "  </bpmn:collaboration>\n"
    "  <bpmn:process id=\"PA_P\">\n"
    "    <bpmn:startEvent id=\"S\"><bpmn:outgoing>F1</bpmn:outgoing><bpmn:timerEventDefinition "
    "id=\"S_timer\"/></bpmn:startEvent>\n"
    "    <bpmn:task id=\"T1\" name=\"Offer\"><bpmn:incoming>F1</bpmn:incoming>"
    "<bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>\n"
    "    <bpmn:task id=\"T2\" name=\"Agree\"><bpmn:incoming>F2</bpmn:incoming></bpmn:task>\n"
    "    <bpmn:task id=\"T3\" name=\"Invoice\"/>\n"
    "    <bpmn:dataStoreReference id=\"DS\" name=\"CRM\"/>\n"
    "    <bpmn:sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"T1\"/>\n"
    "    <bpmn:sequenceFlow id=\"F2\" sourceRef=\"T1\" targetRef=\"T2\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmn:process id=\"PB_P\">\n"
    "    <bpmn:task id=\"U1\" name=\"Read offer\"/>\n"
    "    <bpmn:task id=\"U2\" name=\"Pay\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id=\"Di\">\n"
    "    <bpmndi:BPMNPlane id=\"Pl\" bpmnElement=\"C\">\n"
    "      <bpmndi:BPMNShape id=\"PA_di\" bpmnElement=\"PA\" isHorizontal=\"true\"><dc:Bounds x=\"30\" "
    "y=\"30\" width=\"770\" height=\"220\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"PB_di\" bpmnElement=\"PB\" isHorizontal=\"true\"><dc:Bounds x=\"30\" "
    "y=\"300\" width=\"770\" height=\"220\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"S_di\" bpmnElement=\"S\"><dc:Bounds x=\"90\" y=\"122\" width=\"36\" "
    "height=\"36\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"T1_di\" bpmnElement=\"T1\"><dc:Bounds x=\"170\" y=\"100\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"T2_di\" bpmnElement=\"T2\"><dc:Bounds x=\"340\" y=\"100\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"T3_di\" bpmnElement=\"T3\"><dc:Bounds x=\"510\" y=\"100\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"DS_di\" bpmnElement=\"DS\"><dc:Bounds x=\"680\" y=\"115\" width=\"50\" "
    "height=\"50\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"U1_di\" bpmnElement=\"U1\"><dc:Bounds x=\"340\" y=\"370\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"U2_di\" bpmnElement=\"U2\"><dc:Bounds x=\"510\" y=\"370\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNEdge id=\"F1_di\" bpmnElement=\"F1\"><di:waypoint x=\"126\" y=\"140\"/><di:waypoint "
    "x=\"170\" y=\"140\"/></bpmndi:BPMNEdge>\n"
    "      <bpmndi:BPMNEdge id=\"F2_di\" bpmnElement=\"F2\"><di:waypoint x=\"220\" y=\"180\"/><di:waypoint "
    "x=\"220\" y=\"215\"/><di:waypoint x=\"390\" y=\"215\"/><di:waypoint x=\"390\" "
    "y=\"180\"/></bpmndi:BPMNEdge>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

QStringList references(const BpmnXmlNode *node, QStringView name)
{
    QStringList ids;
    for (const BpmnXmlNode *reference : node->childElements(BpmnNamespaces::model, name))
        ids.append(reference->textContent().trimmed());
    return ids;
}

} // namespace

class TestFlowReconnect : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reconnectTargetEndToAnotherTask();
    void reconnectSourceEndReroutesStraightFlow();
    void refusedReconnectionChangesNothing();
    void connectingPoolsMakesMessageFlows();
    void reconnectMessageFlow();
    void reconnectAssociation();
    void dataAssociationsByDirection();
    void deletingDataRemovesItsAssociations();
    void defaultAndConditionalFlowFromMenu();
    void rightClickOffersFlowMarkers();
    void miwgFileKeepsItsPrefixes();
    void screenshots();

private:
    QWidget *viewport() const { return m_editor->view()->viewport(); }
    QPoint viewPos(QPointF scenePos) const { return m_editor->view()->mapFromScene(scenePos); }
    QRectF bounds(const QString &elementId) const
    {
        return m_editor->scene()->shapeItemForElement(elementId)->renderShape().bounds;
    }
    const BpmnDocument &doc() const { return m_editor->document()->document(); }
    QUndoStack *stack() const { return m_editor->document()->undoStack(); }
    BpmnXmlNode *element(const QString &id) const { return doc().elementById(id); }
    QVector<QPointF> waypoints(const QString &flowId) const
    {
        return m_editor->scene()->edgeItemForElement(flowId)->renderEdge().waypoints;
    }
    void press(QPointF scenePos);
    void moveTo(QPointF scenePos);
    void release(QPointF scenePos);
    void drag(QPointF from, QPointF to);
    // Clicks a flow to select it, then drags its source or target handle to `to`.
    void dragEnd(const QString &flowId, bool sourceEnd, QPointF to);
    // The outline a drag draws around the element under the cursor, if any.
    const QGraphicsRectItem *outline() const
    {
        for (const QGraphicsItem *item : m_editor->scene()->items()) {
            if (item->type() == QGraphicsRectItem::Type)
                return static_cast<const QGraphicsRectItem *>(item);
        }
        return nullptr;
    }
    bool consistent() const { return !BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())); }

    ProcessEditor *m_editor = nullptr;
};

void TestFlowReconnect::init()
{
    m_editor = new ProcessEditor;
    m_editor->setSnapToGrid(false);
    m_editor->resize(1100, 760);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QString error;
    QVERIFY2(m_editor->document()->loadData(kDiagram, &error), qPrintable(error));
    m_editor->view()->resetZoom();
    m_editor->view()->centerOn(415, 275);
    m_editor->view()->setFocus();
}

void TestFlowReconnect::cleanup()
{
    m_editor->document()->undoStack()->setClean();
    delete m_editor;
}

void TestFlowReconnect::press(QPointF scenePos)
{
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(scenePos));
}

void TestFlowReconnect::moveTo(QPointF scenePos)
{
    const QPoint at = viewPos(scenePos);
    QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
}

void TestFlowReconnect::release(QPointF scenePos)
{
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(scenePos));
}

void TestFlowReconnect::drag(QPointF from, QPointF to)
{
    press(from);
    for (int step = 1; step <= 5; ++step)
        moveTo(from + (to - from) * step / 5);
    release(to);
}

void TestFlowReconnect::dragEnd(const QString &flowId, bool sourceEnd, QPointF to)
{
    const QVector<QPointF> points = waypoints(flowId);
    // Select the flow by a click on its first segment, a little off its ends.
    const QPointF onFlow = points.at(0) + (points.at(1) - points.at(0)) * 0.25;
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(onFlow));
    QCOMPARE(m_editor->scene()->selectedIds(),
             QStringList{m_editor->scene()->edgeItemForElement(flowId)->diId()});
    drag(sourceEnd ? points.first() : points.last(), to);
}

void TestFlowReconnect::reconnectTargetEndToAnotherTask()
{
    const QByteArray before = BpmnWriter::toByteArray(doc());
    const BpmnDocument original = doc().clone();
    const QVector<QPointF> old = waypoints(QStringLiteral("F2"));
    dragEnd(QStringLiteral("F2"), false, bounds(QStringLiteral("T3")).center());

    QCOMPARE(stack()->count(), 1);
    QCOMPARE(element(QStringLiteral("F2"))->attribute(u"targetRef"), QStringLiteral("T3"));
    QCOMPARE(element(QStringLiteral("F2"))->attribute(u"sourceRef"), QStringLiteral("T1"));
    QVERIFY(references(element(QStringLiteral("T2")), u"incoming").isEmpty());
    QCOMPARE(references(element(QStringLiteral("T3")), u"incoming"), QStringList{QStringLiteral("F2")});
    QCOMPARE(references(element(QStringLiteral("T1")), u"outgoing"), QStringList{QStringLiteral("F2")});
    // The bends stay, the last one slid along the bottom leg below T3, and the end runs straight
    // up into the middle of T3's bottom side: still orthogonal.
    const QVector<QPointF> now = waypoints(QStringLiteral("F2"));
    const QRectF t3 = bounds(QStringLiteral("T3"));
    QCOMPARE(now.size(), 4);
    QCOMPARE(now.mid(0, 2), old.mid(0, 2));
    QCOMPARE(now.at(2), QPointF(t3.center().x(), old.at(2).y()));
    QCOMPARE(now.last(), QPointF(t3.center().x(), t3.bottom()));
    QVERIFY(consistent());
    // The flow stays selected for the next edit.
    QCOMPARE(m_editor->scene()->selectedIds(), QStringList{QStringLiteral("F2_di")});

    stack()->undo();
    QVERIFY(BpmnXmlCompare::compare(original, doc()).equal);
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
    QCOMPARE(waypoints(QStringLiteral("F2")), old);
    stack()->redo();
    QCOMPARE(element(QStringLiteral("F2"))->attribute(u"targetRef"), QStringLiteral("T3"));
    QCOMPARE(waypoints(QStringLiteral("F2")), now);
}

void TestFlowReconnect::reconnectSourceEndReroutesStraightFlow()
{
    const QByteArray before = BpmnWriter::toByteArray(doc());
    // F1 runs straight from S to T1; its source moves to T3, right of T1, so the flow is routed
    // anew from T3 back to T1.
    dragEnd(QStringLiteral("F1"), true, bounds(QStringLiteral("T3")).center());
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(element(QStringLiteral("F1"))->attribute(u"sourceRef"), QStringLiteral("T3"));
    QVERIFY(references(element(QStringLiteral("S")), u"outgoing").isEmpty());
    QCOMPARE(references(element(QStringLiteral("T3")), u"outgoing"), QStringList{QStringLiteral("F1")});
    // Two waypoints: routed anew between the shapes, both ends on their borders.
    const QVector<QPointF> now = waypoints(QStringLiteral("F1"));
    QVERIFY(now.size() >= 2);
    const QRectF t3 = bounds(QStringLiteral("T3"));
    const QRectF t1 = bounds(QStringLiteral("T1"));
    const auto onBorder = [](const QRectF &r, QPointF p) {
        return (qFuzzyCompare(p.x(), r.left()) || qFuzzyCompare(p.x(), r.right()) ||
                qFuzzyCompare(p.y(), r.top()) || qFuzzyCompare(p.y(), r.bottom())) &&
               r.adjusted(-0.5, -0.5, 0.5, 0.5).contains(p);
    };
    QVERIFY(onBorder(t3, now.first()));
    QVERIFY(onBorder(t1, now.last()));
    QVERIFY(consistent());
    stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
}

void TestFlowReconnect::refusedReconnectionChangesNothing()
{
    // A second flow out of T1, to T3, for the duplicate case.
    stack()->push(new ConnectCommand(m_editor->document(), QStringLiteral("T1"), QStringLiteral("T3")));
    QCOMPARE(stack()->count(), 1);
    const QByteArray before = BpmnWriter::toByteArray(doc());
    QSignalSpy messages(m_editor->scene(), &ProcessScene::statusMessage);

    // Into a start event: the cursor says no while over it, and the drop changes nothing.
    const QVector<QPointF> points = waypoints(QStringLiteral("F2"));
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(QPointF(300, 215)));
    QCOMPARE(m_editor->scene()->selectedIds(), QStringList{QStringLiteral("F2_di")});
    // Over an end handle the cursor says it can be taken.
    QTest::mouseMove(viewport(), viewPos(points.last() + QPointF(2, 0)));
    QCOMPARE(viewport()->cursor().shape(), Qt::PointingHandCursor);
    QTest::mouseMove(viewport(), viewPos(QPointF(300, 215)));
    QCOMPARE(viewport()->cursor().shape(), Qt::ArrowCursor);
    const QPointF start = bounds(QStringLiteral("S")).center();
    press(points.last());
    moveTo(points.last() + QPointF(0, 10));
    moveTo(QPointF(300, 60));
    QCOMPARE(viewport()->cursor().shape(), Qt::ForbiddenCursor); // a pool takes no sequence flow
    moveTo(bounds(QStringLiteral("T3")).center());
    QCOMPARE(viewport()->cursor().shape(), Qt::ForbiddenCursor); // T1 -> T3 exists already
    moveTo(bounds(QStringLiteral("T2")).center() + QPointF(20, 0));
    QCOMPARE(viewport()->cursor().shape(), Qt::CrossCursor); // where it is: allowed, no change
    QVERIFY(!outline());
    moveTo(start);
    QCOMPARE(viewport()->cursor().shape(), Qt::ForbiddenCursor);
    // The start event is outlined in red.
    QVERIFY(outline());
    QCOMPARE(outline()->pen().color(), QColor(0xe5, 0x39, 0x35));
    QVERIFY(outline()->rect().contains(bounds(QStringLiteral("S"))));
    release(start);
    QCOMPARE(viewport()->cursor().shape(), Qt::ArrowCursor);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
    QVERIFY(!outline()); // gone with the drag
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.last().first().toString(),
             ProcessRules::reconnectionProblem(doc(), QStringLiteral("F2"), false, QStringLiteral("S")));
    QVERIFY(messages.last().first().toString().contains(QStringLiteral("start event")));

    // Onto empty canvas (between the pools): nothing, not even a message.
    dragEnd(QStringLiteral("F2"), false, QPointF(600, 275));
    // A duplicate of T1 -> T3.
    dragEnd(QStringLiteral("F2"), false, bounds(QStringLiteral("T3")).center());
    // Into the other pool: a sequence flow never crosses pools.
    dragEnd(QStringLiteral("F2"), false, bounds(QStringLiteral("U1")).center());
    // The source onto the flow's own target: a flow from an element to itself.
    dragEnd(QStringLiteral("F2"), true, bounds(QStringLiteral("T2")).center());
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
    QCOMPARE(messages.count(), 4);
    QVERIFY(messages.at(1).first().toString().contains(QStringLiteral("already connected")));
    QVERIFY(messages.at(2).first().toString().contains(QStringLiteral("pool")));
    QVERIFY(messages.at(3).first().toString().contains(QStringLiteral("itself")));
}

void TestFlowReconnect::connectingPoolsMakesMessageFlows()
{
    const QByteArray before = BpmnWriter::toByteArray(doc());
    const BpmnXmlNode *collaboration = element(QStringLiteral("C"));
    m_editor->connectToolAction()->trigger();

    // Task to task across pools.
    drag(bounds(QStringLiteral("T2")).center(), bounds(QStringLiteral("U1")).center());
    QVector<BpmnXmlNode *> flows = collaboration->childElements(BpmnNamespaces::model, u"messageFlow");
    QCOMPARE(flows.size(), 1);
    QCOMPARE(flows.first()->attribute(u"sourceRef"), QStringLiteral("T2"));
    QCOMPARE(flows.first()->attribute(u"targetRef"), QStringLiteral("U1"));
    // After the participants, as the schema orders a collaboration.
    QCOMPARE(collaboration->indexOf(flows.first()),
             collaboration->indexOf(element(QStringLiteral("PB"))) + 1);
    QVERIFY(references(element(QStringLiteral("T2")), u"outgoing").isEmpty());
    QVERIFY(references(element(QStringLiteral("U1")), u"incoming").isEmpty());
    const QString messageFlow = flows.first()->attribute(u"id");
    // Drawn straight down from T2's bottom to U1's top, as the renderer draws message flows.
    const ProcessEdgeItem *edge = m_editor->scene()->edgeItemForElement(messageFlow);
    QVERIFY(edge);
    QCOMPARE(edge->renderEdge().type, BpmnElementType::MessageFlow);
    QCOMPARE(edge->renderEdge().waypoints, (QVector<QPointF>{QPointF(390, 180), QPointF(390, 370)}));
    QCOMPARE(stack()->count(), 1);

    // Pool to pool, pressed and released on empty pool areas.
    drag(QPointF(700, 220), QPointF(700, 480));
    flows = collaboration->childElements(BpmnNamespaces::model, u"messageFlow");
    QCOMPARE(flows.size(), 2);
    QCOMPARE(flows.last()->attribute(u"sourceRef"), QStringLiteral("PA"));
    QCOMPARE(flows.last()->attribute(u"targetRef"), QStringLiteral("PB"));
    // Pool to an element of the other pool, and back from an element to a pool.
    drag(QPointF(100, 480), bounds(QStringLiteral("T1")).center());
    drag(bounds(QStringLiteral("U2")).center(), QPointF(700, 60));
    flows = collaboration->childElements(BpmnNamespaces::model, u"messageFlow");
    QCOMPARE(flows.size(), 4);
    QCOMPARE(ProcessRules::connectionEnds(flows.at(2)),
             qMakePair(QStringLiteral("PB"), QStringLiteral("T1")));
    QCOMPARE(ProcessRules::connectionEnds(flows.at(3)),
             qMakePair(QStringLiteral("U2"), QStringLiteral("PA")));
    QCOMPARE(stack()->count(), 4);
    QVERIFY(consistent());

    // Not twice, not from a pool to its own element, not into a timer start event.
    QSignalSpy messages(m_editor->scene(), &ProcessScene::statusMessage);
    drag(bounds(QStringLiteral("T2")).center(), bounds(QStringLiteral("U1")).center());
    drag(QPointF(700, 220), bounds(QStringLiteral("T1")).center());
    // While dragging, the verdict shows before the drop: allowed over U2, refused over S.
    press(bounds(QStringLiteral("U1")).center());
    moveTo(bounds(QStringLiteral("U1")).center() + QPointF(60, 0));
    moveTo(bounds(QStringLiteral("T3")).center());
    QCOMPARE(viewport()->cursor().shape(), Qt::CrossCursor);
    QCOMPARE(outline()->pen().color(), QColor(0x43, 0xa0, 0x47));
    moveTo(bounds(QStringLiteral("S")).center());
    QCOMPARE(viewport()->cursor().shape(), Qt::ForbiddenCursor);
    QCOMPARE(outline()->pen().color(), QColor(0xe5, 0x39, 0x35));
    release(bounds(QStringLiteral("S")).center());
    QCOMPARE(viewport()->cursor().shape(), Qt::CrossCursor); // the connect tool's own
    QVERIFY(!outline());
    QCOMPARE(stack()->count(), 4);
    QCOMPARE(messages.count(), 3);
    QVERIFY(messages.at(0).first().toString().contains(QStringLiteral("already connected")));
    QVERIFY(messages.at(2).first().toString().contains(QStringLiteral("receives a message")));

    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
}

void TestFlowReconnect::reconnectMessageFlow()
{
    auto *connect = new ConnectCommand(m_editor->document(), QStringLiteral("T2"), QStringLiteral("U1"));
    QCOMPARE(connect->kind(), ProcessRules::ConnectionKind::MessageFlow);
    const QString flowId = connect->flowId();
    stack()->push(connect);
    const QByteArray before = BpmnWriter::toByteArray(doc());
    // Its target to the other task of pool B.
    dragEnd(flowId, false, bounds(QStringLiteral("U2")).center());
    QCOMPARE(element(flowId)->attribute(u"targetRef"), QStringLiteral("U2"));
    QCOMPARE(stack()->count(), 2);
    // Its source into pool B, where its target is: refused.
    QSignalSpy messages(m_editor->scene(), &ProcessScene::statusMessage);
    dragEnd(flowId, true, bounds(QStringLiteral("U1")).center());
    QCOMPARE(messages.count(), 1);
    QCOMPARE(element(flowId)->attribute(u"sourceRef"), QStringLiteral("T2"));
    QCOMPARE(stack()->count(), 2);
    QVERIFY(consistent());
    stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
}

void TestFlowReconnect::reconnectAssociation()
{
    m_editor->createElementAt(BpmnElementType::TextAnnotation, QPointF(560, 60));
    const QString note =
        m_editor->scene()->shapeItem(m_editor->scene()->selectedShapeIds().first())->elementId();
    auto *connect = new ConnectCommand(m_editor->document(), note, QStringLiteral("T3"));
    QCOMPARE(connect->kind(), ProcessRules::ConnectionKind::Association);
    const QString association = connect->flowId();
    stack()->push(connect);
    const QByteArray before = BpmnWriter::toByteArray(doc());
    const int steps = stack()->count();

    // The annotation now explains T2 instead.
    dragEnd(association, false, bounds(QStringLiteral("T2")).center());
    QCOMPARE(element(association)->attribute(u"targetRef"), QStringLiteral("T2"));
    QCOMPARE(stack()->count(), steps + 1);
    QCOMPARE(references(element(QStringLiteral("T2")), u"incoming"), QStringList{QStringLiteral("F2")});
    // Its annotation end to a task would make a sequence flow of it: refused.
    QSignalSpy messages(m_editor->scene(), &ProcessScene::statusMessage);
    dragEnd(association, true, bounds(QStringLiteral("T1")).center());
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("text annotation")));
    QCOMPARE(stack()->count(), steps + 1);
    QVERIFY(consistent());
    stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
}

void TestFlowReconnect::dataAssociationsByDirection()
{
    const QByteArray before = BpmnWriter::toByteArray(doc());
    m_editor->connectToolAction()->trigger();
    // Activity to data store: a data output association inside the activity.
    drag(bounds(QStringLiteral("T3")).center(), bounds(QStringLiteral("DS")).center());
    const BpmnXmlNode *t3 = element(QStringLiteral("T3"));
    const BpmnXmlNode *output = t3->firstChildElement(BpmnNamespaces::model, u"dataOutputAssociation");
    QVERIFY(output);
    QCOMPARE(output->firstChildElement(BpmnNamespaces::model, u"targetRef")->textContent(),
             QStringLiteral("DS"));
    QVERIFY(references(t3, u"outgoing").isEmpty());
    QVERIFY(m_editor->scene()->edgeItemForElement(output->attribute(u"id")));
    QVERIFY(m_editor->scene()->edgeItemForElement(output->attribute(u"id"))->renderEdge().dataAssociation);

    // Data store to activity: a data input association inside the activity, whose targetRef
    // is a placeholder property of the activity (the schema requires a targetRef).
    drag(bounds(QStringLiteral("DS")).center() + QPointF(0, 15), bounds(QStringLiteral("T2")).center());
    BpmnXmlNode *t2 = element(QStringLiteral("T2"));
    BpmnXmlNode *input = t2->firstChildElement(BpmnNamespaces::model, u"dataInputAssociation");
    QVERIFY(input);
    const QString inputId = input->attribute(u"id");
    QCOMPARE(input->firstChildElement(BpmnNamespaces::model, u"sourceRef")->textContent(),
             QStringLiteral("DS"));
    const QString propertyId = input->firstChildElement(BpmnNamespaces::model, u"targetRef")->textContent();
    const BpmnXmlNode *property = element(propertyId);
    QVERIFY(property);
    QCOMPARE(property->parent(), t2);
    QCOMPARE(property->name(), QStringLiteral("property"));
    // Schema order: incoming, property, dataInputAssociation.
    QVERIFY(t2->indexOf(t2->firstChildElement(BpmnNamespaces::model, u"incoming")) < t2->indexOf(property));
    QVERIFY(t2->indexOf(property) < t2->indexOf(input));
    QCOMPARE(stack()->count(), 2);
    QVERIFY(consistent());

    // Its activity end moves to T1: the association and a placeholder go with it.
    m_editor->selectToolAction()->trigger();
    const QByteArray connected = BpmnWriter::toByteArray(doc());
    dragEnd(inputId, false, bounds(QStringLiteral("T1")).center());
    QCOMPARE(stack()->count(), 3);
    const BpmnXmlNode *moved = element(inputId);
    QCOMPARE(moved->parent(), element(QStringLiteral("T1")));
    QVERIFY(!t2->firstChildElement(BpmnNamespaces::model, u"dataInputAssociation"));
    QVERIFY(!t2->firstChildElement(BpmnNamespaces::model, u"property"));
    const BpmnXmlNode *newProperty =
        element(moved->firstChildElement(BpmnNamespaces::model, u"targetRef")->textContent());
    QVERIFY(newProperty);
    QCOMPARE(newProperty->parent(), element(QStringLiteral("T1")));
    QVERIFY(consistent());
    // Data joins activities only: an event gets a clear refusal.
    QVERIFY(ProcessRules::connectionProblem(doc(), QStringLiteral("DS"), QStringLiteral("S"))
                .contains(QStringLiteral("data association")));
    // A data end may not go to a task: that would be another kind of connection.
    QSignalSpy messages(m_editor->scene(), &ProcessScene::statusMessage);
    dragEnd(inputId, true, bounds(QStringLiteral("T3")).center());
    QCOMPARE(messages.count(), 1);
    QCOMPARE(stack()->count(), 3);

    stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), connected);
    stack()->undo();
    stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
}

// Deleting a data store takes its data associations along (they name it in child elements), so
// nothing points at a missing element; undo brings all of it back exactly.
void TestFlowReconnect::deletingDataRemovesItsAssociations()
{
    m_editor->connectToolAction()->trigger();
    drag(bounds(QStringLiteral("T3")).center(), bounds(QStringLiteral("DS")).center());
    drag(bounds(QStringLiteral("DS")).center() + QPointF(0, 15), bounds(QStringLiteral("T2")).center());
    QVERIFY(
        element(QStringLiteral("T3"))->firstChildElement(BpmnNamespaces::model, u"dataOutputAssociation"));
    QVERIFY(element(QStringLiteral("T2"))->firstChildElement(BpmnNamespaces::model, u"dataInputAssociation"));
    const QByteArray connected = BpmnWriter::toByteArray(doc());
    m_editor->selectToolAction()->trigger();
    m_editor->scene()->clearSelection();
    m_editor->scene()->shapeItemForElement(QStringLiteral("DS"))->setSelected(true);
    m_editor->editorAction(QStringLiteral("delete"))->trigger();
    QVERIFY(!element(QStringLiteral("DS")));
    QVERIFY(
        !element(QStringLiteral("T3"))->firstChildElement(BpmnNamespaces::model, u"dataOutputAssociation"));
    QVERIFY(
        !element(QStringLiteral("T2"))->firstChildElement(BpmnNamespaces::model, u"dataInputAssociation"));
    QVERIFY(!BpmnWriter::toByteArray(doc()).contains(">DS<"));
    QVERIFY(consistent());
    stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), connected);
}

void TestFlowReconnect::defaultAndConditionalFlowFromMenu()
{
    // T1 gets a second outgoing flow, so that choosing a default means something.
    stack()->push(new ConnectCommand(m_editor->document(), QStringLiteral("T1"), QStringLiteral("T3")));
    const QByteArray before = BpmnWriter::toByteArray(doc());
    const int steps = stack()->count();
    // A flow out of a start event takes neither marker: no entries.
    QMenu menu;
    QVERIFY(!ProcessEdgeItem::addContextActions(&menu, m_editor->document(), QStringLiteral("F1")));
    QVERIFY(menu.actions().isEmpty());

    // The entries of F2's context menu, chosen as a user does.
    const auto choose = [this](const QString &entry) {
        QMenu flowMenu;
        if (!ProcessEdgeItem::addContextActions(&flowMenu, m_editor->document(), QStringLiteral("F2")))
            return false;
        QAction *action = flowMenu.findChild<QAction *>(entry);
        if (!action)
            return false;
        action->trigger();
        return true;
    };
    const ProcessEdgeItem *edge = m_editor->scene()->edgeItemForElement(QStringLiteral("F2"));
    QVERIFY(choose(QStringLiteral("conditionalFlow")));
    QCOMPARE(stack()->count(), steps + 1);
    QVERIFY(element(QStringLiteral("F2"))->firstChildElement(BpmnNamespaces::model, u"conditionExpression"));
    QVERIFY(edge->renderEdge().conditionalFromActivity); // the diamond

    QVERIFY(choose(QStringLiteral("defaultFlow")));
    QCOMPARE(stack()->count(), steps + 2);
    QCOMPARE(element(QStringLiteral("T1"))->attribute(u"default"), QStringLiteral("F2"));
    // A default flow has no condition of its own.
    QVERIFY(!element(QStringLiteral("F2"))->firstChildElement(BpmnNamespaces::model, u"conditionExpression"));
    QVERIFY(edge->renderEdge().defaultFlow); // the slash
    QVERIFY(!edge->renderEdge().conditionalFromActivity);

    // Reconnecting the default flow's source away from T1 takes T1's default with it.
    const QByteArray defaulted = BpmnWriter::toByteArray(doc());
    dragEnd(QStringLiteral("F2"), true, bounds(QStringLiteral("T3")).center());
    QCOMPARE(stack()->count(), steps + 3);
    QVERIFY(!element(QStringLiteral("T1"))->hasAttribute(u"default"));
    QVERIFY(consistent());
    stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), defaulted);

    // The entry is checked now; choosing it again takes the default away.
    QVERIFY(ProcessEdgeItem::addContextActions(&menu, m_editor->document(), QStringLiteral("F2")));
    QVERIFY(menu.findChild<QAction *>(QStringLiteral("defaultFlow"))->isChecked());
    QVERIFY(!menu.findChild<QAction *>(QStringLiteral("conditionalFlow"))->isChecked());
    QVERIFY(choose(QStringLiteral("defaultFlow")));
    QVERIFY(!element(QStringLiteral("T1"))->hasAttribute(u"default"));
    QVERIFY(!edge->renderEdge().defaultFlow);

    stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), defaulted);
    stack()->undo();
    stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
}

void TestFlowReconnect::rightClickOffersFlowMarkers()
{
    // A right-click on F2 opens the canvas's context menu; its Conditional Flow entry is chosen.
    QStringList offered;
    bool chosen = false;
    QTimer::singleShot(0, this, [&offered, &chosen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (const QAction *action : menu->actions())
            offered.append(action->objectName());
        if (auto *action = menu->findChild<QAction *>(QStringLiteral("conditionalFlow"))) {
            action->trigger();
            chosen = true;
        }
        menu->close();
    });
    const QPoint at = viewPos(QPointF(300, 215));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
    QApplication::sendEvent(viewport(), &event);
    QVERIFY2(offered.contains(QStringLiteral("defaultFlow")), qPrintable(offered.join(u',')));
    QVERIFY(chosen);
    QCOMPARE(stack()->count(), 1);
    QVERIFY(FlowMarkerCommand::isConditional(doc(), QStringLiteral("F2")));
    QVERIFY(
        m_editor->scene()->edgeItemForElement(QStringLiteral("F2"))->renderEdge().conditionalFromActivity);
}

void TestFlowReconnect::miwgFileKeepsItsPrefixes()
{
    // B.1.0 of the BPMN MIWG: two pools, message flows, data associations through the ioSpecification
    // of a service task, every element written with the prefix "semantic:".
    QString error;
    QVERIFY2(m_editor->document()->load(QStringLiteral(PRISTRIY_TEST_DATA "/bpmn/miwg/B.1.0.bpmn"), &error),
             qPrintable(error));
    ProcessDocument *document = m_editor->document();
    const QByteArray before = BpmnWriter::toByteArray(doc());
    const QString userTask2 = QStringLiteral("_f7eade87-bb98-47d3-85c7-66033a62b124"); // pool Participant
    const QString userTask5 = QStringLiteral("_7706e700-2aed-4b94-8070-961f118aab8f"); // pool Pool
    const QString serviceTask7 = QStringLiteral("_fea1c5af-6c76-403f-809e-26d476d92741");
    const QString messageFlow1 = QStringLiteral("_5d195b1c-ffea-4b53-b98f-78d9616a5038");
    const QString dataInput = QStringLiteral("_73afd30d-7d54-4897-9350-1f7d301ef1b2");
    const QString dataOutput = QStringLiteral("_fa10ebaf-7088-4def-8cc3-d959b8876b06");

    // A message flow's target to another element of the same pool.
    QVERIFY(ProcessRules::reconnectionProblem(doc(), messageFlow1, false, userTask5).isEmpty());
    stack()->push(new ReconnectFlowCommand(document, messageFlow1, false, userTask5));
    QCOMPARE(element(messageFlow1)->attribute(u"targetRef"), userTask5);
    // Into the source's own pool it may not go.
    QVERIFY(!ProcessRules::reconnectionProblem(doc(), messageFlow1, false, userTask2).isEmpty());

    // The data associations of Service Task 7 move to User Task 5, in the file's prefix, with
    // a placeholder for the input and without the output's reference to Service Task 7's output.
    stack()->push(new ReconnectFlowCommand(document, dataInput, false, userTask5));
    stack()->push(new ReconnectFlowCommand(document, dataOutput, true, userTask5));
    const BpmnXmlNode *task5 = element(userTask5);
    QCOMPARE(element(dataInput)->parent(), task5);
    QCOMPARE(element(dataOutput)->parent(), task5);
    QCOMPARE(element(dataInput)->prefix(), QStringLiteral("semantic"));
    const BpmnXmlNode *property = task5->firstChildElement(BpmnNamespaces::model, u"property");
    QVERIFY(property);
    QCOMPARE(property->prefix(), QStringLiteral("semantic"));
    QCOMPARE(element(dataInput)->firstChildElement(BpmnNamespaces::model, u"targetRef")->textContent(),
             property->attribute(u"id"));
    QVERIFY(!element(dataOutput)->firstChildElement(BpmnNamespaces::model, u"sourceRef"));
    QVERIFY(!element(serviceTask7)->firstChildElement(BpmnNamespaces::model, u"dataInputAssociation"));
    // The ioSpecification of Service Task 7 stays as it was.
    QVERIFY(element(QStringLiteral("Din1373655174951")));

    // A new message flow goes after the collaboration's message flows, before its group.
    auto *connect = new ConnectCommand(document, userTask2, userTask5);
    QCOMPARE(connect->kind(), ProcessRules::ConnectionKind::MessageFlow);
    const QString newFlow = connect->flowId();
    stack()->push(connect);
    const BpmnXmlNode *flow = element(newFlow);
    QCOMPARE(flow->prefix(), QStringLiteral("semantic"));
    const BpmnXmlNode *collaboration = flow->parent();
    QCOMPARE(collaboration->childElements(BpmnNamespaces::model, u"messageFlow").last(), flow);
    QVERIFY(collaboration->indexOf(flow) <
            collaboration->indexOf(collaboration->firstChildElement(BpmnNamespaces::model, u"group")));
    QVERIFY(consistent());
    QCOMPARE(stack()->count(), 4);

    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(BpmnWriter::toByteArray(doc()), before);
}

void TestFlowReconnect::screenshots()
{
    m_editor->resize(1300, 820);
    QCoreApplication::processEvents();
    m_editor->view()->centerOn(415, 275);
    stack()->push(new ConnectCommand(m_editor->document(), QStringLiteral("T3"), QStringLiteral("U2")));
    stack()->push(new ConnectCommand(m_editor->document(), QStringLiteral("PB"), QStringLiteral("T2")));
    stack()->push(new ConnectCommand(m_editor->document(), QStringLiteral("T3"), QStringLiteral("DS")));
    QCOMPARE(stack()->count(), 3);

    // F2 selected, its end handles shown, its source end being dragged from Offer to the start.
    const QVector<QPointF> points = waypoints(QStringLiteral("F2"));
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(QPointF(300, 215)));
    press(points.first());
    moveTo(points.first() + QPointF(0, 10));
    const QPointF over = bounds(QStringLiteral("S")).center() + QPointF(4, 6);
    moveTo(over);
    QCOMPARE(viewport()->cursor().shape(), Qt::CrossCursor);
    QVERIFY(outline());
    QCOMPARE(outline()->pen().color(), QColor(0x43, 0xa0, 0x47));
    const QImage dragging = m_editor->grab().toImage();
    release(over);
    QCOMPARE(element(QStringLiteral("F2"))->attribute(u"sourceRef"), QStringLiteral("S"));
    // Orthogonal still: down from the start event's bottom, along the old bottom leg.
    QCOMPARE(waypoints(QStringLiteral("F2")).first(), QPointF(108, 158));
    QCOMPARE(waypoints(QStringLiteral("F2")).at(1), QPointF(108, 215));

    // The message flow from pool Customer to Agree, selected.
    const BpmnXmlNode *collaboration = element(QStringLiteral("C"));
    const QString messageFlow =
        collaboration->childElements(BpmnNamespaces::model, u"messageFlow").last()->attribute(u"id");
    m_editor->scene()->selectIds({m_editor->scene()->edgeItemForElement(messageFlow)->diId()});
    const QImage pools = m_editor->grab().toImage();
    QVERIFY(!dragging.isNull() && !pools.isNull());
    const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(dragging.save(dir + QStringLiteral("/designer-reconnect.png")));
        QVERIFY(pools.save(dir + QStringLiteral("/designer-message-flows.png")));
    }
}

QTEST_MAIN(TestFlowReconnect)
#include "tst_flowreconnect.moc"
