// The space tool (S) and the other keyboard letters users know from BPMN tools: R opens the
// Change Type menu, Ctrl+F finds an element by name or id, F1 or ? lists the keys. The space
// tool is driven with the mouse as a user would: a drag moves what lies beyond the line, grows the
// pools and lanes it crosses, keeps flows attached, is one undo step that restores the XML byte for
// byte, and changes no element's lane or pool.
#include "processdocument.h"
#include "processedgeitem.h"
#include "processeditor.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"
#include "spacetool.h"

#include "bpmn/bpmngenerator.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnwriter.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QElapsedTimer>
#include <QGraphicsLineItem>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

namespace {

// A pool with two lanes (start event and a task above, a task and an end event below), a
// black-box pool under it, a message flow between them; flows with bends.
const QByteArray kDiagram =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
    "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
    "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" "
    "id=\"D\" targetNamespace=\"t\">\n"
    "  <bpmn:collaboration id=\"C\">\n"
    "    <bpmn:participant id=\"P1\" name=\"Sales\" processRef=\"Proc\"/>\n"
    "    <bpmn:participant id=\"P2\" name=\"Customer\"/>\n"
    "    <bpmn:messageFlow id=\"M1\" sourceRef=\"T2\" targetRef=\"P2\"/>\n"
    "  </bpmn:collaboration>\n"
    "  <bpmn:process id=\"Proc\">\n"
    "    <bpmn:laneSet id=\"LS\">\n"
    "      <bpmn:lane id=\"L1\" name=\"Office\"><bpmn:flowNodeRef>S</bpmn:flowNodeRef>"
    "<bpmn:flowNodeRef>T1</bpmn:flowNodeRef></bpmn:lane>\n"
    "      <bpmn:lane id=\"L2\" name=\"Warehouse\"><bpmn:flowNodeRef>T2</bpmn:flowNodeRef>"
    "<bpmn:flowNodeRef>E</bpmn:flowNodeRef></bpmn:lane>\n"
    "    </bpmn:laneSet>\n"
    "    <bpmn:startEvent id=\"S\" name=\"Order in\"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>\n"
    "    <bpmn:task id=\"T1\" name=\"Check\"><bpmn:incoming>F1</bpmn:incoming>"
    "<bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>\n"
    "    <bpmn:task id=\"T2\" name=\"Ship\"><bpmn:incoming>F2</bpmn:incoming>"
    "<bpmn:outgoing>F3</bpmn:outgoing></bpmn:task>\n"
    "    <bpmn:endEvent id=\"E\" name=\"Shipped\"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>\n"
    "    <bpmn:sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"T1\"/>\n"
    "    <bpmn:sequenceFlow id=\"F2\" sourceRef=\"T1\" targetRef=\"T2\"/>\n"
    "    <bpmn:sequenceFlow id=\"F3\" sourceRef=\"T2\" targetRef=\"E\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id=\"Di\">\n"
    "    <bpmndi:BPMNPlane id=\"Pl\" bpmnElement=\"C\">\n"
    "      <bpmndi:BPMNShape id=\"P1_di\" bpmnElement=\"P1\" isHorizontal=\"true\"><dc:Bounds x=\"100\" "
    "y=\"50\" width=\"700\" height=\"300\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"L1_di\" bpmnElement=\"L1\" isHorizontal=\"true\"><dc:Bounds x=\"130\" "
    "y=\"50\" width=\"670\" height=\"150\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"L2_di\" bpmnElement=\"L2\" isHorizontal=\"true\"><dc:Bounds x=\"130\" "
    "y=\"200\" width=\"670\" height=\"150\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"S_di\" bpmnElement=\"S\"><dc:Bounds x=\"180\" y=\"107\" width=\"36\" "
    "height=\"36\"/><bpmndi:BPMNLabel><dc:Bounds x=\"172\" y=\"150\" width=\"52\" "
    "height=\"14\"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"T1_di\" bpmnElement=\"T1\"><dc:Bounds x=\"260\" y=\"85\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"T2_di\" bpmnElement=\"T2\"><dc:Bounds x=\"500\" y=\"235\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"E_di\" bpmnElement=\"E\"><dc:Bounds x=\"700\" y=\"257\" width=\"36\" "
    "height=\"36\"/><bpmndi:BPMNLabel><dc:Bounds x=\"694\" y=\"300\" width=\"48\" "
    "height=\"14\"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"P2_di\" bpmnElement=\"P2\" isHorizontal=\"true\"><dc:Bounds x=\"100\" "
    "y=\"420\" width=\"700\" height=\"100\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNEdge id=\"F1_di\" bpmnElement=\"F1\"><di:waypoint x=\"216\" y=\"125\"/><di:waypoint "
    "x=\"260\" y=\"125\"/></bpmndi:BPMNEdge>\n"
    "      <bpmndi:BPMNEdge id=\"F2_di\" bpmnElement=\"F2\"><di:waypoint x=\"360\" y=\"125\"/><di:waypoint "
    "x=\"430\" y=\"125\"/><di:waypoint x=\"430\" y=\"275\"/><di:waypoint x=\"500\" "
    "y=\"275\"/></bpmndi:BPMNEdge>\n"
    "      <bpmndi:BPMNEdge id=\"F3_di\" bpmnElement=\"F3\"><di:waypoint x=\"600\" y=\"275\"/><di:waypoint "
    "x=\"700\" y=\"275\"/></bpmndi:BPMNEdge>\n"
    "      <bpmndi:BPMNEdge id=\"M1_di\" bpmnElement=\"M1\"><di:waypoint x=\"550\" y=\"315\"/><di:waypoint "
    "x=\"550\" y=\"420\"/></bpmndi:BPMNEdge>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

// A vertical pool: two lanes side by side, a task in each, a flow with bends between them.
const QByteArray kVerticalPool =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
    "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
    "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" "
    "id=\"D\" targetNamespace=\"t\">\n"
    "  <bpmn:collaboration id=\"C\"><bpmn:participant id=\"VP\" name=\"Team\" processRef=\"Proc\"/>"
    "</bpmn:collaboration>\n"
    "  <bpmn:process id=\"Proc\">\n"
    "    <bpmn:laneSet id=\"LS\">\n"
    "      <bpmn:lane id=\"VL1\" name=\"Left\"><bpmn:flowNodeRef>A</bpmn:flowNodeRef></bpmn:lane>\n"
    "      <bpmn:lane id=\"VL2\" name=\"Right\"><bpmn:flowNodeRef>B</bpmn:flowNodeRef></bpmn:lane>\n"
    "    </bpmn:laneSet>\n"
    "    <bpmn:task id=\"A\" name=\"Draft\"><bpmn:outgoing>FA</bpmn:outgoing></bpmn:task>\n"
    "    <bpmn:task id=\"B\" name=\"Review\"><bpmn:incoming>FA</bpmn:incoming></bpmn:task>\n"
    "    <bpmn:sequenceFlow id=\"FA\" sourceRef=\"A\" targetRef=\"B\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id=\"Di\">\n"
    "    <bpmndi:BPMNPlane id=\"Pl\" bpmnElement=\"C\">\n"
    "      <bpmndi:BPMNShape id=\"VP_di\" bpmnElement=\"VP\" isHorizontal=\"false\"><dc:Bounds x=\"100\" "
    "y=\"100\" width=\"300\" height=\"400\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"VL1_di\" bpmnElement=\"VL1\" isHorizontal=\"false\"><dc:Bounds x=\"100\" "
    "y=\"130\" width=\"150\" height=\"370\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"VL2_di\" bpmnElement=\"VL2\" isHorizontal=\"false\"><dc:Bounds x=\"250\" "
    "y=\"130\" width=\"150\" height=\"370\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"A_di\" bpmnElement=\"A\"><dc:Bounds x=\"125\" y=\"180\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"B_di\" bpmnElement=\"B\"><dc:Bounds x=\"275\" y=\"360\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNEdge id=\"FA_di\" bpmnElement=\"FA\"><di:waypoint x=\"175\" y=\"260\"/><di:waypoint "
    "x=\"175\" y=\"310\"/><di:waypoint x=\"325\" y=\"310\"/><di:waypoint x=\"325\" y=\"360\"/>"
    "</bpmndi:BPMNEdge>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

// An expanded sub-process with two tasks, a boundary event on the second task and one on the
// sub-process's right edge.
const QByteArray kSubProcess =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
    "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
    "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" "
    "id=\"D\" targetNamespace=\"t\">\n"
    "  <bpmn:process id=\"P\">\n"
    "    <bpmn:subProcess id=\"SP\" name=\"Prepare\">\n"
    "      <bpmn:task id=\"C1\" name=\"Pick\"/>\n"
    "      <bpmn:task id=\"C2\" name=\"Pack\"/>\n"
    "      <bpmn:boundaryEvent id=\"B1\" attachedToRef=\"C2\"/>\n"
    "    </bpmn:subProcess>\n"
    "    <bpmn:boundaryEvent id=\"B2\" attachedToRef=\"SP\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id=\"Di\">\n"
    "    <bpmndi:BPMNPlane id=\"Pl\" bpmnElement=\"P\">\n"
    "      <bpmndi:BPMNShape id=\"SP_di\" bpmnElement=\"SP\" isExpanded=\"true\"><dc:Bounds x=\"100\" "
    "y=\"100\" width=\"400\" height=\"200\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"C1_di\" bpmnElement=\"C1\"><dc:Bounds x=\"150\" y=\"160\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"C2_di\" bpmnElement=\"C2\"><dc:Bounds x=\"350\" y=\"160\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"B1_di\" bpmnElement=\"B1\"><dc:Bounds x=\"382\" y=\"222\" width=\"36\" "
    "height=\"36\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"B2_di\" bpmnElement=\"B2\"><dc:Bounds x=\"482\" y=\"180\" width=\"36\" "
    "height=\"36\"/></bpmndi:BPMNShape>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

} // namespace

class TestSpaceTool : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void spaceLetterChoosesTheTool();
    void horizontalDragMakesSpace();
    void verticalDragMakesSpaceBetweenLanes();
    void draggingBackRemovesSpace();
    void removingStopsAtWhatALaneHolds();
    void removingKeepsWhatMovesInItsLane();
    void ctrlMovesTheOtherSide();
    void lineThroughThePoolNameWidensItsLanes();
    void blackBoxPoolKeepsItsHeight();
    void crossedTaskStaysAndItsFlowsStayStraight();
    void verticalPool();
    void subProcessAndBoundaryEvents();
    void escapeCancelsTheDrag();
    void previewMovesItemsNotTheDocument();
    void rOpensTheChangeTypeMenu();
    void ctrlFFindsByNameOrId();
    void shortcutsHelpListsTheLetters();
    void frameTimeAt5000Elements();

private:
    ProcessDocument *document() const { return m_editor->document(); }
    QWidget *viewport() const { return m_editor->view()->viewport(); }
    QPoint viewPos(QPointF scenePos) const { return m_editor->view()->mapFromScene(scenePos); }
    // From the document, not the items.
    QRectF bounds(const QString &elementId) const;
    QVector<QPointF> waypoints(const QString &flowId) const;
    QByteArray xml() const { return BpmnWriter::toByteArray(document()->document()); }
    // The semantic part of the document (no DI): what lanes and pools hold.
    QByteArray semantics() const;
    // Presses, moves in steps and (unless `release` is false) releases, in scene coordinates.
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
              bool release = true);
    void space(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_editor->view(), Qt::Key_S);
        drag(from, to, modifiers);
    }
    // Every flow node's centre lies in the lane that lists it.
    void verifyLanesHoldTheirNodes() const;

    ProcessEditor *m_editor = nullptr;
};

void TestSpaceTool::init()
{
    m_editor = new ProcessEditor;
    m_editor->resize(1200, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QString error;
    QVERIFY2(document()->loadData(kDiagram, &error), qPrintable(error));
    m_editor->view()->resetZoom();
    m_editor->view()->centerOn(450, 285);
    m_editor->view()->setFocus();
    QApplication::processEvents();
}

void TestSpaceTool::cleanup()
{
    document()->undoStack()->setClean();
    delete m_editor;
    m_editor = nullptr;
}

QRectF TestSpaceTool::bounds(const QString &elementId) const
{
    const BpmnXmlNode *shape = document()->document().elementById(elementId + QStringLiteral("_di"));
    return shape ? ProcessDocument::bounds(shape) : QRectF();
}

QVector<QPointF> TestSpaceTool::waypoints(const QString &flowId) const
{
    QVector<QPointF> points;
    const BpmnXmlNode *edge = document()->document().elementById(flowId + QStringLiteral("_di"));
    for (const BpmnXmlNode *point : edge->childElements(BpmnNamespaces::di, u"waypoint"))
        points.append(QPointF(point->attribute(u"x").toDouble(), point->attribute(u"y").toDouble()));
    return points;
}

QByteArray TestSpaceTool::semantics() const
{
    BpmnDocument copy = document()->document().clone();
    BpmnXmlNode *root = copy.root();
    for (BpmnXmlNode *diagram : root->childElements(BpmnNamespaces::bpmnDi, u"BPMNDiagram"))
        root->takeChild(root->indexOf(diagram));
    return BpmnWriter::toByteArray(copy);
}

void TestSpaceTool::drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers, bool release)
{
    const QPoint start = viewPos(from);
    const QPoint end = viewPos(to);
    QVERIFY(viewport()->rect().contains(start));
    QVERIFY(viewport()->rect().contains(end));
    QTest::mousePress(viewport(), Qt::LeftButton, modifiers, start);
    for (int step = 1; step <= 6; ++step) {
        const QPoint at = start + (end - start) * step / 6;
        QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         modifiers);
        QApplication::sendEvent(viewport(), &move);
    }
    if (release)
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, end);
}

void TestSpaceTool::verifyLanesHoldTheirNodes() const
{
    for (const QString &lane : {QStringLiteral("L1"), QStringLiteral("L2")}) {
        const BpmnXmlNode *node = document()->document().elementById(lane);
        for (const BpmnXmlNode *ref : node->childElements(BpmnNamespaces::model, u"flowNodeRef")) {
            const QString id = ref->textContent().trimmed();
            QVERIFY2(bounds(lane).contains(bounds(id).center()), qPrintable(id + u" in " + lane));
        }
    }
    // Lanes still tile their pool.
    QCOMPARE(bounds(QStringLiteral("L1")).bottom(), bounds(QStringLiteral("L2")).top());
    QCOMPARE(bounds(QStringLiteral("L2")).bottom(), bounds(QStringLiteral("P1")).bottom());
    QCOMPARE(bounds(QStringLiteral("L1")).right(), bounds(QStringLiteral("P1")).right());
}

void TestSpaceTool::spaceLetterChoosesTheTool()
{
    QTest::keyClick(m_editor->view(), Qt::Key_S);
    QVERIFY(m_editor->spaceToolAction()->isChecked());
    QCOMPARE(m_editor->scene()->tool(), m_editor->spaceTool());
    QCOMPARE(m_editor->view()->dragMode(), QGraphicsView::NoDrag);
    // In the palette, right after Connect.
    const QList<QAction *> actions = m_editor->palette()->actions();
    const int connect = int(actions.indexOf(m_editor->connectToolAction()));
    QCOMPARE(actions.value(connect + 1), m_editor->spaceToolAction());
    QVERIFY(m_editor->palette()->widgetForAction(m_editor->spaceToolAction())->isVisible());
    // Before a drag, a crosshair follows the mouse.
    const QPoint at = viewPos(QPointF(455, 420));
    QMouseEvent hover(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QApplication::sendEvent(viewport(), &hover);
    int lines = 0;
    for (QGraphicsItem *item : m_editor->scene()->items(QPointF(455, 30)))
        lines += item->type() == QGraphicsLineItem::Type ? 1 : 0;
    QCOMPARE(lines, 1);
    QTest::keyClick(m_editor->view(), Qt::Key_Escape);
    QVERIFY(m_editor->selectToolAction()->isChecked());
}

void TestSpaceTool::horizontalDragMakesSpace()
{
    const QByteArray before = xml();
    const BpmnDocument original = document()->document().clone();
    const QByteArray meaning = semantics();
    QUndoStack *stack = document()->undoStack();
    // Between Check (ends at 360) and Ship (starts at 500), 100 to the right.
    space(QPointF(400, 180), QPointF(500, 190));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Make space"));
    // Beyond the line: moved by exactly the distance; before it: unchanged.
    QCOMPARE(bounds(QStringLiteral("T2")), QRectF(600, 235, 100, 80));
    QCOMPARE(bounds(QStringLiteral("E")), QRectF(800, 257, 36, 36));
    QCOMPARE(bounds(QStringLiteral("S")), QRectF(180, 107, 36, 36));
    QCOMPARE(bounds(QStringLiteral("T1")), QRectF(260, 85, 100, 80));
    // The pools and lanes the line crosses grow.
    QCOMPARE(bounds(QStringLiteral("P1")), QRectF(100, 50, 800, 300));
    QCOMPARE(bounds(QStringLiteral("L1")), QRectF(130, 50, 770, 150));
    QCOMPARE(bounds(QStringLiteral("L2")), QRectF(130, 200, 770, 150));
    QCOMPARE(bounds(QStringLiteral("P2")), QRectF(100, 420, 800, 100));
    // Flows: the bends beyond the line move, the ends stay on their shapes.
    QCOMPARE(waypoints(QStringLiteral("F1")), (QVector<QPointF>{{216, 125}, {260, 125}}));
    QCOMPARE(waypoints(QStringLiteral("F2")),
             (QVector<QPointF>{{360, 125}, {530, 125}, {530, 275}, {600, 275}}));
    QCOMPARE(waypoints(QStringLiteral("F3")), (QVector<QPointF>{{700, 275}, {800, 275}}));
    QCOMPARE(waypoints(QStringLiteral("M1")), (QVector<QPointF>{{650, 315}, {650, 420}}));
    // The label below the end event went with it.
    const BpmnXmlNode *label = document()
                                   ->document()
                                   .elementById(QStringLiteral("E_di"))
                                   ->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel");
    QCOMPARE(ProcessDocument::bounds(label), QRectF(794, 300, 48, 14));
    // No element changed its lane or pool.
    QCOMPARE(semantics(), meaning);
    verifyLanesHoldTheirNodes();
    // The canvas follows the document.
    QCOMPARE(m_editor->scene()->shapeItemForElement(QStringLiteral("T2"))->pos(), QPointF(600, 235));
    QCOMPARE(m_editor->scene()->edgeItemForElement(QStringLiteral("F3"))->pos(), QPointF());
    QCOMPARE(m_editor->scene()->edgeItemForElement(QStringLiteral("F3"))->renderEdge().waypoints.first(),
             QPointF(700, 275));
    // One gesture, then the select tool is back; one undo step gives the same bytes.
    QVERIFY(m_editor->selectToolAction()->isChecked());
    stack->undo();
    QCOMPARE(xml(), before);
    QVERIFY(BpmnXmlCompare::compare(original, document()->document()).equal);
    QCOMPARE(m_editor->scene()->shapeItemForElement(QStringLiteral("T2"))->pos(), QPointF(500, 235));
    stack->redo();
    QCOMPARE(bounds(QStringLiteral("T2")), QRectF(600, 235, 100, 80));
}

void TestSpaceTool::verticalDragMakesSpaceBetweenLanes()
{
    const QByteArray before = xml();
    const QByteArray meaning = semantics();
    // On the border of the lanes, 60 down (the larger component decides: vertical).
    space(QPointF(450, 200), QPointF(470, 260));
    QCOMPARE(document()->undoStack()->count(), 1);
    QCOMPARE(bounds(QStringLiteral("L1")), QRectF(130, 50, 670, 210));
    QCOMPARE(bounds(QStringLiteral("L2")), QRectF(130, 260, 670, 150));
    QCOMPARE(bounds(QStringLiteral("P1")), QRectF(100, 50, 700, 360));
    QCOMPARE(bounds(QStringLiteral("P2")), QRectF(100, 480, 700, 100));
    QCOMPARE(bounds(QStringLiteral("T1")), QRectF(260, 85, 100, 80));
    QCOMPARE(bounds(QStringLiteral("T2")), QRectF(500, 295, 100, 80));
    QCOMPARE(bounds(QStringLiteral("E")), QRectF(700, 317, 36, 36));
    QCOMPARE(waypoints(QStringLiteral("F2")),
             (QVector<QPointF>{{360, 125}, {430, 125}, {430, 335}, {500, 335}}));
    QCOMPARE(waypoints(QStringLiteral("M1")), (QVector<QPointF>{{550, 375}, {550, 480}}));
    QCOMPARE(semantics(), meaning);
    verifyLanesHoldTheirNodes();
    document()->undoStack()->undo();
    QCOMPARE(xml(), before);
}

void TestSpaceTool::draggingBackRemovesSpace()
{
    const QByteArray before = xml();
    space(QPointF(450, 200), QPointF(450, 260));
    QCOMPARE(bounds(QStringLiteral("L2")).top(), 260.0);
    // The same line, dragged back up: the space goes again.
    space(QPointF(450, 200), QPointF(450, 140));
    QCOMPARE(document()->undoStack()->count(), 2);
    QCOMPARE(document()->undoStack()->undoText(), QStringLiteral("Remove space"));
    QCOMPARE(xml(), before);

    // Horizontally, within one gesture: right, then back past the start.
    space(QPointF(400, 180), QPointF(450, 180)); // +50
    drag(QPointF(450, 180), QPointF(450, 180));  // (a click: nothing)
    QCOMPARE(document()->undoStack()->count(), 3);
    QTest::keyClick(m_editor->view(), Qt::Key_S);
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(QPointF(420, 180)));
    for (const qreal x : {440.0, 480.0, 400.0, 370.0}) {
        const QPoint at = viewPos(QPointF(x, 180));
        QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(QPointF(370, 180)));
    QCOMPARE(document()->undoStack()->count(), 4);
    QCOMPARE(xml(), before); // +50, then -50 of what lay right of 420
}

void TestSpaceTool::removingStopsAtWhatALaneHolds()
{
    // Up from the lane border: the upper lane shrinks only until its task (bottom 165) keeps 10 of room.
    space(QPointF(450, 200), QPointF(450, 100));
    QCOMPARE(bounds(QStringLiteral("L1")), QRectF(130, 50, 670, 125));
    QCOMPARE(bounds(QStringLiteral("L2")).top(), 175.0);
    QCOMPARE(bounds(QStringLiteral("T2")).top(), 210.0);
    verifyLanesHoldTheirNodes();
}

void TestSpaceTool::removingKeepsWhatMovesInItsLane()
{
    const QByteArray meaning = semantics();
    // Far to the left: Ship moves left only until it is 10 from its lane's start (130).
    space(QPointF(450, 180), QPointF(70, 180));
    QCOMPARE(bounds(QStringLiteral("T2")), QRectF(140, 235, 100, 80));
    QCOMPARE(bounds(QStringLiteral("E")), QRectF(340, 257, 36, 36));
    QCOMPARE(bounds(QStringLiteral("L2")), QRectF(130, 200, 310, 150));
    QCOMPARE(bounds(QStringLiteral("P1")), QRectF(100, 50, 340, 300));
    QCOMPARE(semantics(), meaning);
    verifyLanesHoldTheirNodes();
}

void TestSpaceTool::ctrlMovesTheOtherSide()
{
    const QByteArray before = xml();
    // With Ctrl, what lies left of the line moves: 40 further left.
    space(QPointF(400, 180), QPointF(360, 180), Qt::ControlModifier);
    QCOMPARE(bounds(QStringLiteral("T1")), QRectF(220, 85, 100, 80));
    QCOMPARE(bounds(QStringLiteral("S")), QRectF(140, 107, 36, 36));
    QCOMPARE(bounds(QStringLiteral("T2")), QRectF(500, 235, 100, 80));
    QCOMPARE(bounds(QStringLiteral("P1")), QRectF(60, 50, 740, 300));
    QCOMPARE(bounds(QStringLiteral("L1")), QRectF(90, 50, 710, 150));
    QCOMPARE(waypoints(QStringLiteral("F2")),
             (QVector<QPointF>{{320, 125}, {430, 125}, {430, 275}, {500, 275}}));
    document()->undoStack()->undo();
    QCOMPARE(xml(), before);
}

void TestSpaceTool::lineThroughThePoolNameWidensItsLanes()
{
    // In the pool's name band (x 100 to 130): the lanes stay against the band and grow with the pool.
    space(QPointF(115, 180), QPointF(165, 180));
    QCOMPARE(bounds(QStringLiteral("P1")), QRectF(100, 50, 750, 300));
    QCOMPARE(bounds(QStringLiteral("L1")), QRectF(130, 50, 720, 150));
    QCOMPARE(bounds(QStringLiteral("L2")), QRectF(130, 200, 720, 150));
    QCOMPARE(bounds(QStringLiteral("S")), QRectF(230, 107, 36, 36));
    QCOMPARE(bounds(QStringLiteral("E")), QRectF(750, 257, 36, 36));
    QCOMPARE(waypoints(QStringLiteral("F2")),
             (QVector<QPointF>{{410, 125}, {480, 125}, {480, 275}, {550, 275}}));
    verifyLanesHoldTheirNodes();
}

void TestSpaceTool::blackBoxPoolKeepsItsHeight()
{
    // Across the pool without a process: it is not made taller, and nothing lies below it.
    space(QPointF(450, 470), QPointF(450, 520));
    QCOMPARE(bounds(QStringLiteral("P2")), QRectF(100, 420, 700, 100));
    QCOMPARE(document()->undoStack()->count(), 0);
}

void TestSpaceTool::crossedTaskStaysAndItsFlowsStayStraight()
{
    // Through Ship and Shipped: they stay, their lane grows, the pool below moves.
    space(QPointF(450, 260), QPointF(450, 300));
    QCOMPARE(bounds(QStringLiteral("T2")), QRectF(500, 235, 100, 80));
    QCOMPARE(bounds(QStringLiteral("E")), QRectF(700, 257, 36, 36));
    QCOMPARE(bounds(QStringLiteral("L2")), QRectF(130, 200, 670, 190));
    QCOMPARE(bounds(QStringLiteral("P1")), QRectF(100, 50, 700, 340));
    QCOMPARE(bounds(QStringLiteral("P2")), QRectF(100, 460, 700, 100));
    // The flow into Ship keeps its horizontal last segment (its bend lies below the line but
    // stays in line with the end on Ship); the message flow stretches down to the moved pool.
    QCOMPARE(waypoints(QStringLiteral("F2")),
             (QVector<QPointF>{{360, 125}, {430, 125}, {430, 275}, {500, 275}}));
    QCOMPARE(waypoints(QStringLiteral("F3")), (QVector<QPointF>{{600, 275}, {700, 275}}));
    QCOMPARE(waypoints(QStringLiteral("M1")), (QVector<QPointF>{{550, 315}, {550, 460}}));
    verifyLanesHoldTheirNodes();
}

void TestSpaceTool::verticalPool()
{
    QString error;
    QVERIFY2(document()->loadData(kVerticalPool, &error), qPrintable(error));
    m_editor->view()->centerOn(300, 300);
    const QByteArray before = xml();
    // On the border of the lanes, to the right: the left lane widens, the right one moves.
    space(QPointF(250, 300), QPointF(310, 305));
    QCOMPARE(bounds(QStringLiteral("VP")), QRectF(100, 100, 360, 400));
    QCOMPARE(bounds(QStringLiteral("VL1")), QRectF(100, 130, 210, 370));
    QCOMPARE(bounds(QStringLiteral("VL2")), QRectF(310, 130, 150, 370));
    QCOMPARE(bounds(QStringLiteral("A")), QRectF(125, 180, 100, 80));
    QCOMPARE(bounds(QStringLiteral("B")), QRectF(335, 360, 100, 80));
    QCOMPARE(waypoints(QStringLiteral("FA")),
             (QVector<QPointF>{{175, 260}, {175, 310}, {385, 310}, {385, 360}}));
    // Down through the name band at the top: the lanes grow with the pool, the tasks move down.
    space(QPointF(200, 115), QPointF(205, 155));
    QCOMPARE(bounds(QStringLiteral("VP")), QRectF(100, 100, 360, 440));
    QCOMPARE(bounds(QStringLiteral("VL1")), QRectF(100, 130, 210, 410));
    QCOMPARE(bounds(QStringLiteral("VL2")), QRectF(310, 130, 150, 410));
    QCOMPARE(bounds(QStringLiteral("A")), QRectF(125, 220, 100, 80));
    QCOMPARE(bounds(QStringLiteral("B")), QRectF(335, 400, 100, 80));
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QCOMPARE(xml(), before);
}

void TestSpaceTool::subProcessAndBoundaryEvents()
{
    QString error;
    QVERIFY2(document()->loadData(kSubProcess, &error), qPrintable(error));
    m_editor->view()->centerOn(300, 200);
    const QByteArray before = xml();
    const QByteArray meaning = semantics();
    space(QPointF(300, 130), QPointF(350, 130));
    // The sub-process grows, what lies beyond the line in it moves, boundary events go with
    // their activity (the one on the sub-process's right edge stays on that edge).
    QCOMPARE(bounds(QStringLiteral("SP")), QRectF(100, 100, 450, 200));
    QCOMPARE(bounds(QStringLiteral("C1")), QRectF(150, 160, 100, 80));
    QCOMPARE(bounds(QStringLiteral("C2")), QRectF(400, 160, 100, 80));
    QCOMPARE(bounds(QStringLiteral("B1")), QRectF(432, 222, 36, 36));
    QCOMPARE(bounds(QStringLiteral("B2")), QRectF(532, 180, 36, 36));
    QCOMPARE(semantics(), meaning);
    // Through the first task (it does not resize): it stays, the task beyond the line moves.
    space(QPointF(200, 130), QPointF(220, 130));
    QCOMPARE(bounds(QStringLiteral("C1")), QRectF(150, 160, 100, 80));
    QCOMPARE(bounds(QStringLiteral("C2")), QRectF(420, 160, 100, 80));
    QCOMPARE(bounds(QStringLiteral("SP")), QRectF(100, 100, 470, 200));
    document()->undoStack()->undo();
    document()->undoStack()->undo();
    QCOMPARE(xml(), before);
}

void TestSpaceTool::escapeCancelsTheDrag()
{
    const QByteArray before = xml();
    QTest::keyClick(m_editor->view(), Qt::Key_S);
    drag(QPointF(400, 180), QPointF(500, 180), Qt::NoModifier, false);
    QVERIFY(m_editor->spaceTool()->isDragging());
    QCOMPARE(m_editor->scene()->shapeItemForElement(QStringLiteral("T2"))->pos(), QPointF(600, 235));
    QTest::keyClick(m_editor->view(), Qt::Key_Escape);
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(QPointF(500, 180)));
    QVERIFY(m_editor->selectToolAction()->isChecked());
    QCOMPARE(m_editor->scene()->shapeItemForElement(QStringLiteral("T2"))->pos(), QPointF(500, 235));
    QCOMPARE(m_editor->scene()->shapeItemForElement(QStringLiteral("P1"))->renderShape().bounds,
             QRectF(100, 50, 700, 300));
    QCOMPARE(document()->undoStack()->count(), 0);
    QCOMPARE(xml(), before);
}

void TestSpaceTool::previewMovesItemsNotTheDocument()
{
    const QByteArray before = xml();
    ProcessScene *scene = m_editor->scene();
    QTest::keyClick(m_editor->view(), Qt::Key_S);
    drag(QPointF(400, 180), QPointF(500, 180), Qt::NoModifier, false);
    // Mid-drag: the items show the result, the document is untouched.
    QCOMPARE(xml(), before);
    QCOMPARE(document()->undoStack()->count(), 0);
    QCOMPARE(scene->shapeItemForElement(QStringLiteral("T2"))->pos(), QPointF(600, 235));
    QCOMPARE(scene->shapeItemForElement(QStringLiteral("T1"))->pos(), QPointF(260, 85));
    QCOMPARE(scene->shapeItemForElement(QStringLiteral("P1"))->renderShape().bounds,
             QRectF(100, 50, 800, 300));
    QCOMPARE(scene->edgeItemForElement(QStringLiteral("F2"))->renderEdge().waypoints.at(1),
             QPointF(530, 125));
    QApplication::processEvents();
    const QImage image = m_editor->grab().toImage();
    QVERIFY(!image.isNull());
    // The guide band over the new space is drawn: a light blue between the line and the mouse.
    const QPoint inBand = m_editor->view()->mapTo(m_editor, viewPos(QPointF(450, 30)));
    const QColor band = image.pixelColor(inBand);
    QVERIFY2(band.blue() > band.red() + 10, qPrintable(band.name()));
    if (const QByteArray dir = qgetenv("PRISTRIY_SCREENSHOT_DIR"); !dir.isEmpty())
        image.save(QString::fromLocal8Bit(dir) + QStringLiteral("/designer-space-tool.png"));
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(QPointF(500, 180)));
    QCOMPARE(document()->undoStack()->count(), 1);
    QCOMPARE(bounds(QStringLiteral("T2")), QRectF(600, 235, 100, 80));
}

void TestSpaceTool::rOpensTheChangeTypeMenu()
{
    ProcessScene *scene = m_editor->scene();
    scene->selectIds({scene->shapeItemForElement(QStringLiteral("T1"))->diId()});
    QTest::keyClick(m_editor->view(), Qt::Key_R);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->objectName(), QStringLiteral("changeTypePopup"));
    QAction *user = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"User task")
            user = action;
    }
    QVERIFY(user);
    if (const QByteArray dir = qgetenv("PRISTRIY_SCREENSHOT_DIR"); !dir.isEmpty())
        menu->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/designer-change-type.png"));
    // Near the element: its top left corner under the task.
    const QPoint corner = viewport()->mapToGlobal(viewPos(QPointF(260, 165)));
    QVERIFY2((menu->geometry().topLeft() - corner).manhattanLength() < 40,
             qPrintable(QStringLiteral("%1,%2").arg(menu->x()).arg(menu->y())));
    user->trigger();
    menu->close();
    QCOMPARE(document()->document().elementById(QStringLiteral("T1"))->name(), QStringLiteral("userTask"));
    QCOMPARE(document()->undoStack()->count(), 1);
    QApplication::processEvents();

    // Nothing selected: no menu, a hint.
    scene->clearSelection();
    QTest::keyClick(m_editor->view(), Qt::Key_R);
    QVERIFY(!QApplication::activePopupWidget());
}

void TestSpaceTool::ctrlFFindsByNameOrId()
{
    ProcessScene *scene = m_editor->scene();
    m_editor->view()->centerOn(100, 600);
    QTest::keyClick(m_editor->view(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *find = m_editor->findEditor();
    QVERIFY(find);
    QVERIFY(find->isVisible());
    QVERIFY(find->hasFocus());
    // The completion offers the names with their ids.
    QStringList offered;
    for (int row = 0; row < find->completer()->model()->rowCount(); ++row)
        offered.append(find->completer()->model()->index(row, 0).data().toString());
    QVERIFY2(offered.contains(QStringLiteral("Ship (T2)")), qPrintable(offered.join(u", ")));
    QVERIFY(offered.contains(QStringLiteral("Warehouse (L2)")));

    QTest::keyClicks(find, QStringLiteral("ship"));
    if (const QByteArray dir = qgetenv("PRISTRIY_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QApplication::processEvents();
        m_editor->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/designer-find.png"));
        if (QWidget *popup = find->completer()->popup(); popup && popup->isVisible())
            popup->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/designer-find-completion.png"));
    }
    QTest::keyClick(find, Qt::Key_Return);
    QApplication::processEvents();
    QVERIFY(!m_editor->findEditor());
    QCOMPARE(scene->selectedShapeIds(), QStringList{QStringLiteral("T2_di")});
    // Centred on it.
    const QPointF centre = m_editor->view()->mapToScene(viewport()->rect().center());
    QVERIFY2(QLineF(centre, QPointF(550, 275)).length() < 6,
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));

    // By id; a flow too.
    QTest::keyClick(m_editor->view(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(m_editor->findEditor(), QStringLiteral("F3"));
    QTest::keyClick(m_editor->findEditor(), Qt::Key_Enter);
    QApplication::processEvents();
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("F3_di")});

    // Nothing by that name: the line stays open and says so; Esc closes it and keeps the selection.
    QTest::keyClick(m_editor->view(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(m_editor->findEditor(), QStringLiteral("Invoice"));
    QTest::keyClick(m_editor->findEditor(), Qt::Key_Return);
    QApplication::processEvents();
    QVERIFY(m_editor->findEditor());
    bool told = false;
    for (const QLabel *label : m_editor->findChildren<QLabel *>())
        told = told || label->text().contains(u"Invoice");
    QVERIFY(told);
    QTest::keyClick(m_editor->findEditor(), Qt::Key_Escape);
    QApplication::processEvents();
    QVERIFY(!m_editor->findEditor());
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("F3_di")});
    QVERIFY(m_editor->selectToolAction()->isChecked());
    QCOMPARE(document()->undoStack()->count(), 0);
}

void TestSpaceTool::shortcutsHelpListsTheLetters()
{
    QTest::keyClick(m_editor->view(), Qt::Key_F1);
    auto *dialog = m_editor->findChild<QDialog *>(QStringLiteral("keyboardShortcutsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString key = table->item(row, 0)->text();
        for (const QString &part : key.split(QStringLiteral(", ")))
            keys.append(part);
        QVERIFY(!table->item(row, 1)->text().isEmpty());
    }
    for (const char *letter : {"S", "H", "L", "C", "E", "R", "A", "F2", "Esc"})
        QVERIFY2(keys.contains(QString::fromLatin1(letter)), letter);
    QVERIFY(keys.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    if (const QByteArray dir = qgetenv("PRISTRIY_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/designer-shortcuts.png"));
    dialog->close();
    QApplication::processEvents();
    QVERIFY(!m_editor->findChild<QDialog *>(QStringLiteral("keyboardShortcutsDialog")));
    // Also from the Help menu.
    QAction *help = m_editor->editorAction(QStringLiteral("keyboardShortcuts"));
    QVERIFY(help);
    QVERIFY(help->shortcuts().contains(QKeySequence(Qt::Key_Question)));
    help->trigger();
    dialog = m_editor->findChild<QDialog *>(QStringLiteral("keyboardShortcutsDialog"));
    QVERIFY(dialog);
    dialog->close();
    QApplication::processEvents();
    // And with ? on the canvas.
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
    m_editor->view()->setFocus();
    QTest::keyClick(m_editor->view(), Qt::Key_Question);
    QVERIFY(m_editor->findChild<QDialog *>(QStringLiteral("keyboardShortcutsDialog")));
}

void TestSpaceTool::frameTimeAt5000Elements()
{
    // A measurement, not a test of speed: prints the time of a space-tool drag frame (the items
    // moved and the view repainted) on a generated 5,000-element diagram. Set PRISTRIY_MEASURE.
    if (qEnvironmentVariableIsEmpty("PRISTRIY_MEASURE"))
        QSKIP("set PRISTRIY_MEASURE to measure");
    QString error;
    QVERIFY2(document()->loadData(generateLargeProcess(5000, 1), &error), qPrintable(error));
    m_editor->resize(1600, 1000);
    m_editor->view()->zoomToFit();
    QApplication::processEvents();
    const QRectF all = m_editor->scene()->itemsBoundingRect();
    const QPointF from = all.center();
    // For comparison: the same repaint with nothing moving.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i) {
        viewport()->update();
        viewport()->repaint();
    }
    const qint64 still = timer.nsecsElapsed() / 10;
    timer.start();
    const SpaceCommand::Plan plan = SpaceCommand::plan(*document(), Qt::Horizontal, from.x(), 1);
    const qint64 planning = timer.nsecsElapsed();
    QVERIFY(!plan.isEmpty());
    QTest::keyClick(m_editor->view(), Qt::Key_S);
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(from));
    QList<qint64> frames;
    qint64 moving = 0; // of the frames: the items moved, before the repaint
    const QPoint start = viewPos(from);
    for (int step = 1; step <= 40; ++step) {
        const QPoint at = start + QPoint(step * 3, 1);
        timer.start();
        QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
        if (step > 1)
            moving += timer.nsecsElapsed();
        viewport()->repaint();
        frames.append(timer.nsecsElapsed());
    }
    const qsizetype moved = m_editor->spaceTool()->plan().moved.size();
    timer.start();
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, start + QPoint(120, 1));
    const qint64 release = timer.nsecsElapsed();
    const qint64 first = frames.takeFirst(); // the first one plans the gesture
    std::sort(frames.begin(), frames.end());
    qint64 sum = 0;
    for (qint64 f : std::as_const(frames))
        sum += f;
    qInfo("space drag at 5,000 elements, %lld shapes moving: frame mean %.2f ms (moving the items %.2f ms), "
          "median %.2f ms, max %.2f ms; release (one command) %.2f ms; a repaint with nothing moving %.2f "
          "ms; the first frame %.2f ms (of which planning %.2f ms)",
          qlonglong(moved), sum / 1e6 / frames.size(), moving / 1e6 / frames.size(),
          frames.at(frames.size() / 2) / 1e6, frames.last() / 1e6, release / 1e6, still / 1e6, first / 1e6,
          planning / 1e6);
    QCOMPARE(document()->undoStack()->count(), 1);
}

QTEST_MAIN(TestSpaceTool)
#include "tst_spacetool.moc"
