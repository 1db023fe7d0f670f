// Names of gateways and events never lie on a flow: a new label goes below its element as
// bpmn-js puts it, or to the first side no flow runs on; when flows change later (a new flow, a
// second branch appended, flows dragged under it) the label moves off them, in the same undo step
// as the change. Labels the user placed elsewhere are left alone.
#include "bpmnlabelpainter.h"
#include "connectcommand.h"
#include "labelplacement.h"
#include "processdocument.h"
#include "processeditor.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"
#include "renamecommand.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

namespace {

// A start event, the gateway "Paid?" between it and a task on the right, a task right below the
// gateway (not connected), and a flow from A to Y far below.
const QByteArray kDiagram =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
    "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
    "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" "
    "id=\"D\" targetNamespace=\"t\">\n"
    "  <bpmn:process id=\"P\">\n"
    "    <bpmn:startEvent id=\"S\"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>\n"
    "    <bpmn:exclusiveGateway id=\"G\" name=\"Paid?\"><bpmn:incoming>F1</bpmn:incoming>"
    "<bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>\n"
    "    <bpmn:task id=\"Ok\" name=\"Ship\"><bpmn:incoming>F2</bpmn:incoming></bpmn:task>\n"
    "    <bpmn:task id=\"Low\" name=\"Remind\"/>\n"
    "    <bpmn:task id=\"A\" name=\"A\"><bpmn:outgoing>F3</bpmn:outgoing></bpmn:task>\n"
    "    <bpmn:task id=\"Y\" name=\"Y\"><bpmn:incoming>F3</bpmn:incoming></bpmn:task>\n"
    "    <bpmn:sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"G\"/>\n"
    "    <bpmn:sequenceFlow id=\"F2\" sourceRef=\"G\" targetRef=\"Ok\"/>\n"
    "    <bpmn:sequenceFlow id=\"F3\" sourceRef=\"A\" targetRef=\"Y\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id=\"Di\">\n"
    "    <bpmndi:BPMNPlane id=\"Pl\" bpmnElement=\"P\">\n"
    "      <bpmndi:BPMNShape id=\"S_di\" bpmnElement=\"S\"><dc:Bounds x=\"100\" y=\"182\" width=\"36\" "
    "height=\"36\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"G_di\" bpmnElement=\"G\"><dc:Bounds x=\"200\" y=\"175\" width=\"50\" "
    "height=\"50\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"Ok_di\" bpmnElement=\"Ok\"><dc:Bounds x=\"320\" y=\"150\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"Low_di\" bpmnElement=\"Low\"><dc:Bounds x=\"180\" y=\"400\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"A_di\" bpmnElement=\"A\"><dc:Bounds x=\"-60\" y=\"520\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"Y_di\" bpmnElement=\"Y\"><dc:Bounds x=\"520\" y=\"520\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNEdge id=\"F1_di\" bpmnElement=\"F1\"><di:waypoint x=\"136\" y=\"200\"/><di:waypoint "
    "x=\"200\" y=\"200\"/></bpmndi:BPMNEdge>\n"
    "      <bpmndi:BPMNEdge id=\"F2_di\" bpmnElement=\"F2\"><di:waypoint x=\"250\" y=\"200\"/><di:waypoint "
    "x=\"320\" y=\"200\"/></bpmndi:BPMNEdge>\n"
    "      <bpmndi:BPMNEdge id=\"F3_di\" bpmnElement=\"F3\"><di:waypoint x=\"40\" y=\"560\"/><di:waypoint "
    "x=\"520\" y=\"560\"/></bpmndi:BPMNEdge>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

} // namespace

class TestLabelPlacement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newLabelGoesBelowWhenFree();
    void flowBelowMovesTheLabelInTheSameStep();
    void namingPlacesTheLabelOffTheFlows();
    void appendedBranchMovesTheLabelUp();
    void flowsDraggedUnderTheLabelMoveIt();
    void labelPlacedByHandIsLeftAlone();

private:
    QUndoStack *stack() const { return m_editor->document()->undoStack(); }
    QRectF bounds(const QString &elementId) const
    {
        return m_editor->scene()->shapeItemForElement(elementId)->renderShape().bounds;
    }
    // The label's DI bounds; empty when it has none (drawn at its default place, below).
    QRectF labelDi(const QString &elementId) const;
    // Where the label is drawn: its DI bounds, or the default place below.
    QRectF drawnLabel(const QString &elementId) const;
    // The flows whose waypoints run through `rect`.
    QStringList flowsThrough(const QRectF &rect) const;
    void dragOnCanvas(QPointF fromScene, QPointF toScene);

    ProcessEditor *m_editor = nullptr;
};

void TestLabelPlacement::init()
{
    m_editor = new ProcessEditor;
    m_editor->setSnapToGrid(false);
    m_editor->resize(1100, 760);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QString error;
    QVERIFY2(m_editor->document()->loadData(kDiagram, &error), qPrintable(error));
    m_editor->view()->resetZoom();
    m_editor->view()->centerOn(280, 370);
}

void TestLabelPlacement::cleanup()
{
    stack()->setClean();
    delete m_editor;
}

QRectF TestLabelPlacement::labelDi(const QString &elementId) const
{
    const BpmnXmlNode *shape = m_editor->document()->document().elementById(
        m_editor->scene()->shapeItemForElement(elementId)->diId());
    const BpmnXmlNode *label = shape->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel");
    return label ? ProcessDocument::bounds(label) : QRectF();
}

QRectF TestLabelPlacement::drawnLabel(const QString &elementId) const
{
    return BpmnLabelPainter::labelRect(m_editor->scene()->shapeItemForElement(elementId)->renderShape());
}

QStringList TestLabelPlacement::flowsThrough(const QRectF &rect) const
{
    QStringList flows;
    for (const BpmnXmlNode *edge :
         m_editor->document()->plane()->childElements(BpmnNamespaces::bpmnDi, u"BPMNEdge")) {
        QVector<QPointF> points;
        for (const BpmnXmlNode *point : edge->childElements(BpmnNamespaces::di, u"waypoint"))
            points.append(QPointF(point->attribute(u"x").toDouble(), point->attribute(u"y").toDouble()));
        for (int i = 1; i < points.size(); ++i) {
            // Sampled along the segment: any sample inside the label is a flow through it.
            bool through = false;
            for (int step = 0; step <= 100 && !through; ++step)
                through = rect.contains(points.at(i - 1) + (points.at(i) - points.at(i - 1)) * step / 100.0);
            if (through) {
                flows.append(edge->attribute(u"bpmnElement"));
                break;
            }
        }
    }
    return flows;
}

void TestLabelPlacement::dragOnCanvas(QPointF fromScene, QPointF toScene)
{
    QWidget *viewport = m_editor->view()->viewport();
    const QPoint from = m_editor->view()->mapFromScene(fromScene);
    const QPoint to = m_editor->view()->mapFromScene(toScene);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 6; ++step) {
        const QPoint at = from + (to - from) * step / 6;
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

void TestLabelPlacement::newLabelGoesBelowWhenFree()
{
    // Flows enter and leave at the sides: the label stays below, with no DI of its own.
    const QRectF label = drawnLabel(QStringLiteral("G"));
    QVERIFY(label.top() >= bounds(QStringLiteral("G")).bottom());
    QCOMPARE(label.center().x(), bounds(QStringLiteral("G")).center().x());
    QVERIFY(flowsThrough(label).isEmpty());
    QVERIFY(labelDi(QStringLiteral("G")).isEmpty());
}

void TestLabelPlacement::flowBelowMovesTheLabelInTheSameStep()
{
    const BpmnDocument before = m_editor->document()->document().clone();
    // A flow from the gateway straight down to the task below it leaves through the label.
    auto *connect = new ConnectCommand(m_editor->document(), QStringLiteral("G"), QStringLiteral("Low"));
    const QString flow = connect->flowId();
    stack()->push(connect);
    QCOMPARE(stack()->count(), 1);
    const QRectF gateway = bounds(QStringLiteral("G"));
    const QRectF label = labelDi(QStringLiteral("G"));
    QVERIFY2(!label.isEmpty(), "the label got DI bounds off its default place");
    QVERIFY2(label.bottom() <= gateway.top(), "above the gateway: the sides and the bottom are taken");
    QCOMPARE(label.center().x(), gateway.center().x());
    QVERIFY(flowsThrough(label).isEmpty());
    QVERIFY(flowsThrough(LabelPlacement::rectOn(gateway, LabelPlacement::Side::Bottom, label.size()))
                .contains(flow));

    // One undo takes back the flow and the move; redo brings both.
    stack()->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
    stack()->redo();
    QCOMPARE(labelDi(QStringLiteral("G")), label);
    QVERIFY(flowsThrough(drawnLabel(QStringLiteral("G"))).isEmpty());
}

void TestLabelPlacement::namingPlacesTheLabelOffTheFlows()
{
    // An unnamed gateway with a flow below: no label to place until it gets a name.
    stack()->push(new RenameCommand(m_editor->document(), QStringLiteral("G"), QString()));
    stack()->push(new ConnectCommand(m_editor->document(), QStringLiteral("G"), QStringLiteral("Low")));
    QVERIFY(labelDi(QStringLiteral("G")).isEmpty());
    const int steps = stack()->count();
    stack()->push(
        new RenameCommand(m_editor->document(), QStringLiteral("G"), QStringLiteral("Paid in full?")));
    QCOMPARE(stack()->count(), steps + 1);
    const QRectF label = labelDi(QStringLiteral("G"));
    QVERIFY(!label.isEmpty());
    QVERIFY(label.bottom() <= bounds(QStringLiteral("G")).top());
    QVERIFY(flowsThrough(label).isEmpty());
    stack()->undo();
    QVERIFY(labelDi(QStringLiteral("G")).isEmpty());
}

void TestLabelPlacement::appendedBranchMovesTheLabelUp()
{
    const BpmnDocument before = m_editor->document()->document().clone();
    ProcessScene *scene = m_editor->scene();
    scene->selectIds({scene->shapeItemForElement(QStringLiteral("G"))->diId()});
    auto *append = m_editor->contextPad()->findChild<QToolButton *>(QStringLiteral("appendtask"));
    QVERIFY(append && append->isVisible());
    QTest::mouseClick(append, Qt::LeftButton);
    QVERIFY(m_editor->labelEditor());
    QTest::keyClick(m_editor->labelEditor(), Qt::Key_Escape);
    QTRY_VERIFY(!m_editor->labelEditor());

    // The place to the right is taken by "Ship": the second branch goes below it, leaving the
    // gateway's bottom corner, and the gateway's name moves above.
    QCOMPARE(stack()->count(), 1);
    const QString added = scene->shapeItem(scene->selectedShapeIds().first())->elementId();
    const QRectF gateway = bounds(QStringLiteral("G"));
    QVERIFY(bounds(added).top() > bounds(QStringLiteral("Ok")).bottom());
    QVERIFY(!bounds(added).intersects(bounds(QStringLiteral("Ok"))));
    const QRectF label = drawnLabel(QStringLiteral("G"));
    QVERIFY2(label.bottom() <= gateway.top(), "the name went above the gateway");
    QVERIFY(flowsThrough(label).isEmpty());
    stack()->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
}

void TestLabelPlacement::flowsDraggedUnderTheLabelMoveIt()
{
    const BpmnDocument before = m_editor->document()->document().clone();
    ProcessScene *scene = m_editor->scene();
    // A and Y with their flow, dragged up so that the flow runs right under the gateway.
    scene->selectIds({scene->shapeItemForElement(QStringLiteral("A"))->diId(),
                      scene->shapeItemForElement(QStringLiteral("Y"))->diId()});
    const QPointF grip = bounds(QStringLiteral("Y")).center();
    const qreal up = 560 - (bounds(QStringLiteral("G")).bottom() + 10);
    dragOnCanvas(grip, grip - QPointF(0, up));
    QCOMPARE(bounds(QStringLiteral("Y")).center().y(), grip.y() - up);
    QCOMPARE(stack()->count(), 1);
    const QRectF label = drawnLabel(QStringLiteral("G"));
    QVERIFY(flowsThrough(label).isEmpty());
    QVERIFY(!labelDi(QStringLiteral("G")).isEmpty());
    // The drag and the label's move are one step.
    stack()->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
}

void TestLabelPlacement::labelPlacedByHandIsLeftAlone()
{
    // A label far off to the lower right is where the user wants it, flow or not.
    BpmnXmlNode *shape = m_editor->document()->document().elementById(QStringLiteral("G_di"));
    auto label = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(), QStringLiteral("BPMNLabel"),
                                            QStringLiteral("bpmndi"));
    auto labelBounds = BpmnXmlNode::createElement(BpmnNamespaces::dc.toString(), QStringLiteral("Bounds"),
                                                  QStringLiteral("dc"));
    labelBounds->setAttribute(QStringLiteral("x"), QStringLiteral("220"));
    labelBounds->setAttribute(QStringLiteral("y"), QStringLiteral("260"));
    labelBounds->setAttribute(QStringLiteral("width"), QStringLiteral("80"));
    labelBounds->setAttribute(QStringLiteral("height"), QStringLiteral("14"));
    label->appendChild(std::move(labelBounds));
    shape->appendChild(std::move(label));
    m_editor->document()->notifyStructureChanged();
    stack()->push(new ConnectCommand(m_editor->document(), QStringLiteral("G"), QStringLiteral("Low")));
    QVERIFY(!flowsThrough(QRectF(220, 260, 80, 14)).isEmpty());
    QCOMPARE(labelDi(QStringLiteral("G")), QRectF(220, 260, 80, 14));
}

QTEST_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
