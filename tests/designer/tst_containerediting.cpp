// Editing in pools, lanes and sub-processes beyond drawing them: paste into the container under
// the pasted place (a lane names the pasted flow node, a sub-process holds it), a whole pool
// pasted as a new participant with its own process (also into another editor), align and
// distribute moving what a pool or sub-process holds and keeping lanes consistent, nested lanes,
// and the names of vertical pools and lanes. Every edit one undo step that restores the XML.
#include "arrangeshapescommand.h"
#include "bpmnrenderer.h"
#include "membershipcommand.h"
#include "moveshapescommand.h"
#include "poolcommands.h"
#include "processclipboard.h"
#include "processdocument.h"
#include "processeditor.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"

#include "bpmn/bpmnconsistencycheck.h"
#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

// A shop pool with two lanes (Sales: a start event, "Check" and two tasks on the right; Support:
// an expanded sub-process holding "Pack" and a task on the right) and a customer pool below.
const QByteArray kPools =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n"
    "    xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
    "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\"\n"
    "    xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" id=\"D\" targetNamespace=\"t\">\n"
    "  <bpmn:collaboration id=\"C\">\n"
    "    <bpmn:participant id=\"Shop\" name=\"Shop\" processRef=\"P1\"/>\n"
    "    <bpmn:participant id=\"Customer\" name=\"Customer\" processRef=\"P2\"/>\n"
    "  </bpmn:collaboration>\n"
    "  <bpmn:process id=\"P1\">\n"
    "    <bpmn:laneSet id=\"LS\">\n"
    "      <bpmn:lane id=\"A\" name=\"Sales\">\n"
    "        <bpmn:flowNodeRef>S</bpmn:flowNodeRef>\n"
    "        <bpmn:flowNodeRef>T</bpmn:flowNodeRef>\n"
    "        <bpmn:flowNodeRef>Top</bpmn:flowNodeRef>\n"
    "        <bpmn:flowNodeRef>Mid</bpmn:flowNodeRef>\n"
    "      </bpmn:lane>\n"
    "      <bpmn:lane id=\"B\" name=\"Support\">\n"
    "        <bpmn:flowNodeRef>Sub</bpmn:flowNodeRef>\n"
    "        <bpmn:flowNodeRef>Bot</bpmn:flowNodeRef>\n"
    "      </bpmn:lane>\n"
    "    </bpmn:laneSet>\n"
    "    <bpmn:startEvent id=\"S\"><bpmn:outgoing>F</bpmn:outgoing></bpmn:startEvent>\n"
    "    <bpmn:task id=\"T\" name=\"Check\"><bpmn:incoming>F</bpmn:incoming></bpmn:task>\n"
    "    <bpmn:task id=\"Top\" name=\"Top\"/>\n"
    "    <bpmn:task id=\"Mid\" name=\"Mid\"/>\n"
    "    <bpmn:task id=\"Bot\" name=\"Bottom\"/>\n"
    "    <bpmn:subProcess id=\"Sub\" name=\"Fulfil\">\n"
    "      <bpmn:task id=\"In\" name=\"Pack\"/>\n"
    "    </bpmn:subProcess>\n"
    "    <bpmn:sequenceFlow id=\"F\" sourceRef=\"S\" targetRef=\"T\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmn:process id=\"P2\">\n"
    "    <bpmn:task id=\"C1\" name=\"Order\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id=\"Di\">\n"
    "    <bpmndi:BPMNPlane id=\"Pl\" bpmnElement=\"C\">\n"
    "      <bpmndi:BPMNShape id=\"Shop_di\" bpmnElement=\"Shop\" isHorizontal=\"true\"><dc:Bounds x=\"100\" "
    "y=\"50\" width=\"900\" height=\"400\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"A_di\" bpmnElement=\"A\" isHorizontal=\"true\"><dc:Bounds x=\"130\" "
    "y=\"50\" width=\"870\" height=\"200\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"B_di\" bpmnElement=\"B\" isHorizontal=\"true\"><dc:Bounds x=\"130\" "
    "y=\"250\" width=\"870\" height=\"200\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"Customer_di\" bpmnElement=\"Customer\" isHorizontal=\"true\"><dc:Bounds "
    "x=\"300\" y=\"500\" width=\"600\" height=\"200\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"S_di\" bpmnElement=\"S\"><dc:Bounds x=\"170\" y=\"132\" width=\"36\" "
    "height=\"36\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"T_di\" bpmnElement=\"T\"><dc:Bounds x=\"260\" y=\"110\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"Top_di\" bpmnElement=\"Top\"><dc:Bounds x=\"820\" y=\"60\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"Mid_di\" bpmnElement=\"Mid\"><dc:Bounds x=\"820\" y=\"140\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"Bot_di\" bpmnElement=\"Bot\"><dc:Bounds x=\"820\" y=\"370\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"Sub_di\" bpmnElement=\"Sub\" isExpanded=\"true\"><dc:Bounds x=\"450\" "
    "y=\"280\" width=\"300\" height=\"150\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"In_di\" bpmnElement=\"In\"><dc:Bounds x=\"500\" y=\"315\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"C1_di\" bpmnElement=\"C1\"><dc:Bounds x=\"400\" y=\"560\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNEdge id=\"F_di\" bpmnElement=\"F\"><di:waypoint x=\"206\" y=\"150\"/><di:waypoint "
    "x=\"260\" y=\"150\"/></bpmndi:BPMNEdge>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

// A plain process with one task and a data object, no pools.
const QByteArray kPlain =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n"
    "    xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
    "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\"\n"
    "    xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" id=\"D2\" targetNamespace=\"t\">\n"
    "  <bpmn:process id=\"Main\">\n"
    "    <bpmn:task id=\"Alone\" name=\"Alone\"/>\n"
    "    <bpmn:dataObject id=\"DO\"/>\n"
    "    <bpmn:dataObjectReference id=\"DOR\" name=\"Invoice\" dataObjectRef=\"DO\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id=\"Di2\">\n"
    "    <bpmndi:BPMNPlane id=\"Pl2\" bpmnElement=\"Main\">\n"
    "      <bpmndi:BPMNShape id=\"Alone_di\" bpmnElement=\"Alone\"><dc:Bounds x=\"200\" y=\"200\" "
    "width=\"100\" height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"DOR_di\" bpmnElement=\"DOR\"><dc:Bounds x=\"350\" y=\"200\" "
    "width=\"36\" height=\"50\"/></bpmndi:BPMNShape>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

// A vertical pool with two named lanes side by side.
const QByteArray kVertical =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n"
    "    xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
    "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\"\n"
    "    xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" id=\"D3\" targetNamespace=\"t\">\n"
    "  <bpmn:collaboration id=\"VC\">\n"
    "    <bpmn:participant id=\"VPool\" name=\"Warehouse\" processRef=\"VP\"/>\n"
    "  </bpmn:collaboration>\n"
    "  <bpmn:process id=\"VP\">\n"
    "    <bpmn:laneSet id=\"VLS\">\n"
    "      <bpmn:lane id=\"VL1\" name=\"Receiving\"><bpmn:flowNodeRef>VT</bpmn:flowNodeRef></bpmn:lane>\n"
    "      <bpmn:lane id=\"VL2\" name=\"Dispatch\"/>\n"
    "    </bpmn:laneSet>\n"
    "    <bpmn:task id=\"VT\" name=\"Unload\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id=\"Di3\">\n"
    "    <bpmndi:BPMNPlane id=\"Pl3\" bpmnElement=\"VC\">\n"
    "      <bpmndi:BPMNShape id=\"VPool_di\" bpmnElement=\"VPool\" isHorizontal=\"false\"><dc:Bounds "
    "x=\"100\" y=\"50\" width=\"400\" height=\"500\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"VL1_di\" bpmnElement=\"VL1\" isHorizontal=\"false\"><dc:Bounds x=\"100\" "
    "y=\"80\" width=\"200\" height=\"470\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"VL2_di\" bpmnElement=\"VL2\" isHorizontal=\"false\"><dc:Bounds x=\"300\" "
    "y=\"80\" width=\"200\" height=\"470\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"VT_di\" bpmnElement=\"VT\"><dc:Bounds x=\"150\" y=\"250\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

QStringList laneRefsOf(const BpmnDocument &doc, const QString &laneId)
{
    QStringList refs;
    const BpmnXmlNode *lane = doc.elementById(laneId);
    for (const BpmnXmlNode *ref :
         lane ? lane->childElements(BpmnNamespaces::model, u"flowNodeRef") : QVector<BpmnXmlNode *>())
        refs.append(ref->textContent().trimmed());
    return refs;
}

bool same(const BpmnDocument &expected, const BpmnDocument &actual)
{
    const BpmnXmlCompare::Result result = BpmnXmlCompare::compare(expected, actual);
    if (!result.equal)
        qWarning() << result.differences;
    return result.equal;
}

bool consistent(const BpmnDocument &doc)
{
    const QVector<BpmnDiagnostic> diagnostics = BpmnConsistencyCheck::check(doc);
    for (const BpmnDiagnostic &diagnostic : diagnostics)
        qWarning() << diagnostic.message;
    return diagnostics.isEmpty();
}

// Every flowNodeRef of every lane names a flow node of the lane's process, each lane names it
// at most once, and a flow node named by a nested lane is named by the lanes around it.
bool lanesConsistent(const BpmnDocument &doc)
{
    bool ok = true;
    for (const BpmnXmlNode *process : doc.root()->childElements(BpmnNamespaces::model, u"process")) {
        QVector<const BpmnXmlNode *> lanes;
        QVector<const BpmnXmlNode *> sets = {};
        for (const BpmnXmlNode *set : process->childElements(BpmnNamespaces::model, u"laneSet"))
            sets.append(set);
        for (int i = 0; i < sets.size(); ++i) {
            for (const BpmnXmlNode *lane : sets.at(i)->childElements(BpmnNamespaces::model, u"lane")) {
                lanes.append(lane);
                for (const BpmnXmlNode *child : lane->childElements(BpmnNamespaces::model, u"childLaneSet"))
                    sets.append(child);
            }
        }
        for (const BpmnXmlNode *lane : std::as_const(lanes)) {
            const QStringList refs = laneRefsOf(doc, lane->attribute(u"id"));
            for (const QString &ref : refs) {
                const BpmnXmlNode *node = doc.elementById(ref);
                if (!node || node->parent() != process || refs.count(ref) != 1) {
                    qWarning() << "lane" << lane->attribute(u"id") << "names" << ref << "wrongly";
                    ok = false;
                }
                const BpmnXmlNode *set = lane->parent();
                if (set->name() == u"childLaneSet" &&
                    !laneRefsOf(doc, set->parent()->attribute(u"id")).contains(ref)) {
                    qWarning() << "parent lane of" << lane->attribute(u"id") << "does not name" << ref;
                    ok = false;
                }
            }
        }
    }
    return ok;
}

} // namespace

class TestContainerEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pasteIntoAnotherLane();
    void pasteIntoASubProcess();
    void pasteAWholePool();
    void pastePoolIntoAnotherEditor();
    void pastePoolIntoAPlainProcess();
    void pasteBetweenEditorsIntoALane();
    void pasteDataObjectReference();
    void copyEverythingWithPools();
    void alignMovesWhatAPoolHolds();
    void alignMovesWhatASubProcessHolds();
    void alignKeepsTheParentAsBpmnJs();
    void distributeUpdatesLanes();
    void verticalLaneNamesAreDrawn();
    void blackBoxPoolNames();
    void nestedLanes();
    void nestedLanesFromTheEditor();
    void growingPoolPushesThePoolBelow();
    void screenshots();

private:
    const BpmnDocument &doc() const { return m_editor->document()->document(); }
    QUndoStack *stack() const { return m_editor->document()->undoStack(); }
    QString pastedElement() const;
    void copy(const QStringList &elementIds);

    ProcessEditor *m_editor = nullptr;
};

void TestContainerEditing::init()
{
    m_editor = new ProcessEditor;
    m_editor->setSnapToGrid(false);
    m_editor->resize(1280, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QString error;
    QVERIFY2(m_editor->document()->loadData(kPools, &error), qPrintable(error));
    QVERIFY(consistent(doc()));
}

void TestContainerEditing::cleanup()
{
    stack()->setClean();
    delete m_editor;
    m_editor = nullptr;
}

QString TestContainerEditing::pastedElement() const
{
    const QStringList selected = m_editor->scene()->selectedShapeIds();
    if (selected.size() != 1)
        return QString();
    return m_editor->scene()->shapeItem(selected.first())->elementId();
}

void TestContainerEditing::copy(const QStringList &elementIds)
{
    QStringList shapes;
    for (const QString &id : elementIds)
        shapes.append(id + QStringLiteral("_di"));
    m_editor->scene()->selectIds(shapes);
    m_editor->copy();
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
        QStringLiteral("application/x-pristriy-bpmn+xml")));
}

void TestContainerEditing::pasteIntoAnotherLane()
{
    copy({QStringLiteral("T")});
    const BpmnDocument before = doc().clone();
    const int steps = stack()->count();
    // Into the Support lane, beside the sub-process.
    m_editor->pasteAt(QPointF(310, 350));
    QCOMPARE(stack()->count(), steps + 1);
    const QString pasted = pastedElement();
    QCOMPARE(pasted, QStringLiteral("T_2"));
    QCOMPARE(doc().elementById(pasted)->parent()->attribute(u"id"), QStringLiteral("P1"));
    QVERIFY(laneRefsOf(doc(), QStringLiteral("B")).contains(pasted));
    QVERIFY(!laneRefsOf(doc(), QStringLiteral("A")).contains(pasted));
    QVERIFY(consistent(doc()));
    QVERIFY(lanesConsistent(doc()));
    const BpmnDocument after = doc().clone();
    stack()->undo();
    QVERIFY(same(before, doc()));
    stack()->redo();
    QVERIFY(same(after, doc()));

    // Into the Sales lane again: named by it.
    m_editor->pasteAt(QPointF(600, 150));
    const QString second = pastedElement();
    QVERIFY(laneRefsOf(doc(), QStringLiteral("A")).contains(second));
    QVERIFY(!laneRefsOf(doc(), QStringLiteral("B")).contains(second));
    QVERIFY(lanesConsistent(doc()));
}

void TestContainerEditing::pasteIntoASubProcess()
{
    // The start event and the task with the flow between them, into the sub-process.
    copy({QStringLiteral("S"), QStringLiteral("T")});
    const BpmnDocument before = doc().clone();
    m_editor->pasteAt(QPointF(600, 355));
    QCOMPARE(m_editor->scene()->selectedShapeIds().size(), 2);
    const BpmnXmlNode *task = doc().elementById(QStringLiteral("T_2"));
    const BpmnXmlNode *start = doc().elementById(QStringLiteral("S_2"));
    const BpmnXmlNode *flow = doc().elementById(QStringLiteral("F_2"));
    QVERIFY(task && start && flow);
    QCOMPARE(task->parent()->attribute(u"id"), QStringLiteral("Sub"));
    QCOMPARE(start->parent()->attribute(u"id"), QStringLiteral("Sub"));
    QCOMPARE(flow->parent()->attribute(u"id"), QStringLiteral("Sub"));
    // Lanes name what the process holds, not what its sub-processes hold.
    QVERIFY(!laneRefsOf(doc(), QStringLiteral("A")).contains(QStringLiteral("T_2")));
    QVERIFY(!laneRefsOf(doc(), QStringLiteral("B")).contains(QStringLiteral("T_2")));
    QVERIFY(consistent(doc()));
    stack()->undo();
    QVERIFY(same(before, doc()));

    // A boundary event whose activity is not on the clipboard stays behind.
    const QByteArray orphan =
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
        "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" id=\"X\" targetNamespace=\"t\">"
        "<bpmn:process id=\"XP\"><bpmn:task id=\"XT\"/>"
        "<bpmn:boundaryEvent id=\"XB\" attachedToRef=\"Elsewhere\"/></bpmn:process>"
        "<bpmndi:BPMNDiagram id=\"XD\"><bpmndi:BPMNPlane id=\"XPl\" bpmnElement=\"XP\">"
        "<bpmndi:BPMNShape id=\"XT_di\" bpmnElement=\"XT\"><dc:Bounds x=\"0\" y=\"0\" width=\"100\" "
        "height=\"80\"/></bpmndi:BPMNShape><bpmndi:BPMNShape id=\"XB_di\" bpmnElement=\"XB\">"
        "<dc:Bounds x=\"200\" y=\"62\" width=\"36\" height=\"36\"/></bpmndi:BPMNShape>"
        "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>";
    QGuiApplication::clipboard()->setMimeData(ProcessClipboard::mimeData(orphan));
    m_editor->pasteAt(QPointF(310, 350));
    QVERIFY(doc().elementById(QStringLiteral("XT")));
    QVERIFY(!doc().elementById(QStringLiteral("XB")));
    QVERIFY(!doc().elementById(QStringLiteral("XB_di")));
    QVERIFY(consistent(doc()));
    stack()->undo();
    QVERIFY(same(before, doc()));
    copy({QStringLiteral("S"), QStringLiteral("T")});

    // Straddling the sub-process border: the flow cannot cross it, both go where the paste is
    // centred (the sub-process here).
    m_editor->pasteAt(QPointF(470, 355));
    QCOMPARE(doc().elementById(QStringLiteral("T_2"))->parent(),
             doc().elementById(QStringLiteral("S_2"))->parent());
    QVERIFY(consistent(doc()));
    QVERIFY(lanesConsistent(doc()));
    stack()->undo();
    QVERIFY(same(before, doc()));
}

void TestContainerEditing::pasteAWholePool()
{
    copy({QStringLiteral("Shop")});
    const QString text = QGuiApplication::clipboard()->mimeData()->text();
    QVERIFY(text.contains(QStringLiteral("participant")));
    QVERIFY(text.contains(QStringLiteral("laneSet")));
    QVERIFY(!text.contains(QStringLiteral("\"Customer\""))); // only the selected pool
    const BpmnDocument before = doc().clone();
    const int steps = stack()->count();
    m_editor->pasteAt(QPointF(550, 1000));
    QCOMPARE(stack()->count(), steps + 1);
    const BpmnXmlNode *collaboration = doc().elementById(QStringLiteral("C"));
    const QVector<BpmnXmlNode *> participants =
        collaboration->childElements(BpmnNamespaces::model, u"participant");
    QCOMPARE(participants.size(), 3);
    const BpmnXmlNode *pool = participants.last();
    QCOMPARE(pool->attribute(u"id"), QStringLiteral("Shop_2"));
    QCOMPARE(pool->attribute(u"name"), QStringLiteral("Shop"));
    const BpmnXmlNode *process = doc().elementById(pool->attribute(u"processRef"));
    QVERIFY(process && process->name() == u"process");
    QVERIFY(process != doc().elementById(QStringLiteral("P1")));
    // Its lanes name its own elements.
    const BpmnXmlNode *laneSet = process->firstChildElement(BpmnNamespaces::model, u"laneSet");
    QVERIFY(laneSet);
    const QVector<BpmnXmlNode *> lanes = laneSet->childElements(BpmnNamespaces::model, u"lane");
    QCOMPARE(lanes.size(), 2);
    QCOMPARE(lanes.first()->attribute(u"name"), QStringLiteral("Sales"));
    QCOMPARE(laneRefsOf(doc(), lanes.first()->attribute(u"id")),
             QStringList({QStringLiteral("S_2"), QStringLiteral("T_2"), QStringLiteral("Top_2"),
                          QStringLiteral("Mid_2")}));
    QCOMPARE(doc().elementById(QStringLiteral("In_2"))->parent()->attribute(u"id"), QStringLiteral("Sub_2"));
    QCOMPARE(doc().elementById(QStringLiteral("T_2"))->parent(), process);
    // Drawn where it was pasted, its lanes and content with it, the pool below the tasks.
    const QRectF poolBounds =
        m_editor->scene()->shapeItemForElement(QStringLiteral("Shop_2"))->renderShape().bounds;
    QCOMPARE(poolBounds.center(), QPointF(550, 1000));
    QCOMPARE(poolBounds.size(), QSizeF(900, 400));
    const QRectF task = m_editor->scene()->shapeItemForElement(QStringLiteral("T_2"))->renderShape().bounds;
    QCOMPARE(task.topLeft() - poolBounds.topLeft(), QPointF(160, 60));
    const BpmnXmlNode *plane = m_editor->document()->plane();
    QVERIFY(plane->indexOf(doc().elementById(QStringLiteral("Shop_2_di"))) <
            plane->indexOf(doc().elementById(QStringLiteral("T_2_di"))));
    QVERIFY(consistent(doc()));
    QVERIFY(lanesConsistent(doc()));

    // Saved and opened again: the same.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pasted.bpmn"));
    QString error;
    QVERIFY2(m_editor->document()->save(file, &error), qPrintable(error));
    ProcessDocument reopened;
    QVERIFY2(reopened.load(file, &error), qPrintable(error));
    QVERIFY(same(doc(), reopened.document()));
    QCOMPARE(BpmnSemanticModel::fromDocument(reopened.document()).count(BpmnElementType::Participant), 3);

    const BpmnDocument after = doc().clone();
    stack()->undo();
    QVERIFY(same(before, doc()));
    stack()->redo();
    QVERIFY(same(after, doc()));
}

void TestContainerEditing::pastePoolIntoAnotherEditor()
{
    copy({QStringLiteral("Shop")});
    ProcessEditor other;
    other.setSnapToGrid(false);
    other.resize(1000, 700);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    const BpmnDocument &otherDoc = other.document()->document();
    const BpmnDocument before = otherDoc.clone();
    other.pasteAt(QPointF(500, 300));
    QCOMPARE(other.document()->undoStack()->count(), 1);
    // The empty diagram became a collaboration of the pasted pool; ids were free, so kept.
    const BpmnXmlNode *planeElement =
        otherDoc.elementById(other.document()->plane()->attribute(u"bpmnElement"));
    QVERIFY(planeElement && planeElement->name() == u"collaboration");
    const QVector<BpmnXmlNode *> participants =
        planeElement->childElements(BpmnNamespaces::model, u"participant");
    QCOMPARE(participants.size(), 1);
    QCOMPARE(participants.first()->attribute(u"id"), QStringLiteral("Shop"));
    QCOMPARE(participants.first()->attribute(u"processRef"), QStringLiteral("P1"));
    // No empty process is left behind.
    QCOMPARE(otherDoc.root()->childElements(BpmnNamespaces::model, u"process").size(), 1);
    QCOMPARE(laneRefsOf(otherDoc, QStringLiteral("B")),
             QStringList({QStringLiteral("Sub"), QStringLiteral("Bot")}));
    QCOMPARE(other.scene()->shapeItemCount(), 10);
    QVERIFY(consistent(otherDoc));
    QVERIFY(lanesConsistent(otherDoc));
    other.document()->undoStack()->undo();
    QVERIFY(same(before, otherDoc));
    QCOMPARE(other.scene()->shapeItemCount(), 0);
    other.document()->undoStack()->setClean();
}

void TestContainerEditing::pastePoolIntoAPlainProcess()
{
    copy({QStringLiteral("Customer")});
    ProcessEditor other;
    other.setSnapToGrid(false);
    other.resize(1000, 700);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QString error;
    QVERIFY(other.document()->loadData(kPlain, &error));
    const BpmnDocument &otherDoc = other.document()->document();
    const BpmnDocument before = otherDoc.clone();
    other.pasteAt(QPointF(500, 600));
    QCOMPARE(other.document()->undoStack()->count(), 1);
    // As when a pool is dropped on it: the process drawn so far is the first pool, around its task.
    const BpmnXmlNode *planeElement =
        otherDoc.elementById(other.document()->plane()->attribute(u"bpmnElement"));
    QVERIFY(planeElement && planeElement->name() == u"collaboration");
    const QVector<BpmnXmlNode *> participants =
        planeElement->childElements(BpmnNamespaces::model, u"participant");
    QCOMPARE(participants.size(), 2);
    QCOMPARE(participants.first()->attribute(u"processRef"), QStringLiteral("Main"));
    QCOMPARE(participants.last()->attribute(u"id"), QStringLiteral("Customer"));
    QCOMPARE(participants.last()->attribute(u"processRef"), QStringLiteral("P2"));
    const QRectF wrap =
        other.scene()->shapeItemForElement(participants.first()->attribute(u"id"))->renderShape().bounds;
    QVERIFY(wrap.contains(QRectF(200, 200, 100, 80)));
    QCOMPARE(otherDoc.elementById(QStringLiteral("C1"))->parent()->attribute(u"id"), QStringLiteral("P2"));
    QVERIFY(consistent(otherDoc));
    other.document()->undoStack()->undo();
    QVERIFY(same(before, otherDoc));
    other.document()->undoStack()->redo();
    QCOMPARE(planeElement->childElements(BpmnNamespaces::model, u"participant").size(), 2);
    other.document()->undoStack()->undo();

    // A pasted pool named as the pool put around the process will be: renamed, not doubled.
    const QString wrapId = other.document()->uniqueId(QStringLiteral("Participant_"));
    QString xml = QGuiApplication::clipboard()->mimeData()->text();
    xml.replace(QStringLiteral("\"Customer\""), QLatin1Char('"') + wrapId + QLatin1Char('"'));
    xml.replace(QStringLiteral("\"Customer_di\""), QLatin1Char('"') + wrapId + QStringLiteral("_di\""));
    QGuiApplication::clipboard()->setText(xml);
    other.pasteAt(QPointF(500, 600));
    const BpmnXmlNode *collaboration =
        otherDoc.elementById(other.document()->plane()->attribute(u"bpmnElement"));
    const QVector<BpmnXmlNode *> pools = collaboration->childElements(BpmnNamespaces::model, u"participant");
    QCOMPARE(pools.size(), 2);
    QCOMPARE(pools.first()->attribute(u"id"), wrapId);
    QCOMPARE(pools.last()->attribute(u"id"), wrapId + QStringLiteral("_2"));
    QVERIFY(consistent(otherDoc));
    other.document()->undoStack()->undo();
    QVERIFY(same(before, otherDoc));
    other.document()->undoStack()->setClean();
}

void TestContainerEditing::pasteBetweenEditorsIntoALane()
{
    copy({QStringLiteral("Top")});
    ProcessEditor other;
    other.setSnapToGrid(false);
    other.resize(1000, 700);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QString error;
    QVERIFY(other.document()->loadData(kPools, &error));
    const BpmnDocument &otherDoc = other.document()->document();
    const BpmnDocument before = otherDoc.clone();
    // Into the Support lane of the other editor's shop.
    other.pasteAt(QPointF(300, 400));
    QVERIFY(laneRefsOf(otherDoc, QStringLiteral("B")).contains(QStringLiteral("Top_2")));
    QVERIFY(!laneRefsOf(otherDoc, QStringLiteral("A")).contains(QStringLiteral("Top_2")));
    // Into the customer pool: its process.
    other.pasteAt(QPointF(700, 600));
    QCOMPARE(otherDoc.elementById(QStringLiteral("Top_3"))->parent()->attribute(u"id"), QStringLiteral("P2"));
    QVERIFY(consistent(otherDoc));
    QVERIFY(lanesConsistent(otherDoc));
    other.document()->undoStack()->undo();
    other.document()->undoStack()->undo();
    QVERIFY(same(before, otherDoc));
    other.document()->undoStack()->setClean();
}

void TestContainerEditing::pasteDataObjectReference()
{
    // A data object reference comes with the data object it refers to (which is not drawn), into
    // the pool it is pasted in; pasted again in the same diagram, both get new ids.
    QString error;
    QVERIFY(m_editor->document()->loadData(kPlain, &error));
    copy({QStringLiteral("DOR")});
    QVERIFY(QGuiApplication::clipboard()->mimeData()->text().contains(QStringLiteral("dataObject id=")));
    const BpmnDocument before = doc().clone();
    m_editor->pasteAt(QPointF(500, 400));
    const BpmnXmlNode *reference = doc().elementById(QStringLiteral("DOR_2"));
    QVERIFY(reference);
    QCOMPARE(reference->attribute(u"dataObjectRef"), QStringLiteral("DO_2"));
    const BpmnXmlNode *object = doc().elementById(QStringLiteral("DO_2"));
    QVERIFY(object && object->name() == u"dataObject");
    QCOMPARE(object->parent(), reference->parent());
    QVERIFY(consistent(doc()));
    stack()->undo();
    QVERIFY(same(before, doc()));

    // Into a sub-process of another diagram.
    ProcessEditor other;
    other.setSnapToGrid(false);
    other.resize(1000, 700);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QVERIFY(other.document()->loadData(kPools, &error));
    other.pasteAt(QPointF(700, 355));
    const BpmnDocument &otherDoc = other.document()->document();
    QCOMPARE(otherDoc.elementById(QStringLiteral("DOR"))->parent()->attribute(u"id"), QStringLiteral("Sub"));
    QCOMPARE(otherDoc.elementById(QStringLiteral("DO"))->parent()->attribute(u"id"), QStringLiteral("Sub"));
    QVERIFY(consistent(otherDoc));
    QVERIFY(lanesConsistent(otherDoc));
    other.document()->undoStack()->setClean();
}

void TestContainerEditing::copyEverythingWithPools()
{
    // Select all: the pools come whole, what they hold once (not again as loose elements).
    m_editor->scene()->selectAllElements();
    m_editor->copy();
    ProcessEditor other;
    other.setSnapToGrid(false);
    other.resize(1000, 700);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    other.pasteAt(QPointF(500, 400));
    const BpmnDocument &otherDoc = other.document()->document();
    QCOMPARE(other.scene()->shapeItemCount(), m_editor->scene()->shapeItemCount());
    QCOMPARE(BpmnSemanticModel::fromDocument(otherDoc).count(BpmnElementType::Task),
             BpmnSemanticModel::fromDocument(doc()).count(BpmnElementType::Task));
    QCOMPARE(otherDoc.root()->childElements(BpmnNamespaces::model, u"process").size(), 2);
    QVERIFY(consistent(otherDoc));
    QVERIFY(lanesConsistent(otherDoc));
    other.document()->undoStack()->setClean();
}

void TestContainerEditing::alignMovesWhatAPoolHolds()
{
    const BpmnDocument before = doc().clone();
    m_editor->scene()->selectIds({QStringLiteral("Customer_di"), QStringLiteral("T_di")});
    m_editor->align(ArrangeShapesCommand::Alignment::Left);
    QCOMPARE(stack()->count(), 1);
    const auto bounds = [this](const char *id) {
        return m_editor->scene()->shapeItemForElement(QLatin1String(id))->renderShape().bounds;
    };
    QCOMPARE(bounds("Customer").left(), 260.0);
    QCOMPARE(bounds("C1").left(), 360.0); // moved with its pool
    QCOMPARE(bounds("T").left(), 260.0);
    QCOMPARE(bounds("S").left(), 170.0);
    QVERIFY(consistent(doc()));
    QVERIFY(lanesConsistent(doc()));
    stack()->undo();
    QVERIFY(same(before, doc()));

    // A task inside a selected pool moves with the pool, not on its own.
    m_editor->scene()->selectIds(
        {QStringLiteral("Customer_di"), QStringLiteral("C1_di"), QStringLiteral("Bot_di")});
    m_editor->align(ArrangeShapesCommand::Alignment::Right);
    QCOMPARE(bounds("Customer").right(), 920.0);
    QCOMPARE(bounds("C1").left(), 420.0);
    stack()->undo();
    QVERIFY(same(before, doc()));
}

void TestContainerEditing::alignMovesWhatASubProcessHolds()
{
    const BpmnDocument before = doc().clone();
    m_editor->scene()->selectIds({QStringLiteral("Sub_di"), QStringLiteral("Bot_di")});
    m_editor->align(ArrangeShapesCommand::Alignment::Right);
    const auto bounds = [this](const char *id) {
        return m_editor->scene()->shapeItemForElement(QLatin1String(id))->renderShape().bounds;
    };
    QCOMPARE(bounds("Sub").right(), 920.0);
    QCOMPARE(bounds("In").left(), 670.0);
    QCOMPARE(doc().elementById(QStringLiteral("In"))->parent()->attribute(u"id"), QStringLiteral("Sub"));
    QVERIFY(laneRefsOf(doc(), QStringLiteral("B")).contains(QStringLiteral("Sub")));
    QVERIFY(consistent(doc()));
    stack()->undo();
    QVERIFY(same(before, doc()));
}

void TestContainerEditing::alignKeepsTheParentAsBpmnJs()
{
    // "Pack" aligned out of its sub-process stays in it, as bpmn-js aligns (moveShape with the
    // element's own parent); lanes name only what the process holds.
    const BpmnDocument before = doc().clone();
    m_editor->scene()->selectIds({QStringLiteral("In_di"), QStringLiteral("T_di")});
    m_editor->align(ArrangeShapesCommand::Alignment::Left);
    QCOMPARE(doc().elementById(QStringLiteral("In"))->parent()->attribute(u"id"), QStringLiteral("Sub"));
    QVERIFY(lanesConsistent(doc()));
    stack()->undo();
    QVERIFY(same(before, doc()));
    // A task aligned up into the Sales lane is named by it, no longer by Support.
    m_editor->scene()->selectIds({QStringLiteral("Bot_di"), QStringLiteral("Top_di")});
    m_editor->align(ArrangeShapesCommand::Alignment::Top);
    QCOMPARE(stack()->count(), 1);
    QVERIFY(laneRefsOf(doc(), QStringLiteral("A")).contains(QStringLiteral("Bot")));
    QVERIFY(!laneRefsOf(doc(), QStringLiteral("B")).contains(QStringLiteral("Bot")));
    QCOMPARE(doc().elementById(QStringLiteral("Bot"))->parent()->attribute(u"id"), QStringLiteral("P1"));
    QVERIFY(lanesConsistent(doc()));
    stack()->undo();
    QVERIFY(same(before, doc()));
}

void TestContainerEditing::distributeUpdatesLanes()
{
    const BpmnDocument before = doc().clone();
    m_editor->scene()->selectIds(
        {QStringLiteral("Top_di"), QStringLiteral("Mid_di"), QStringLiteral("Bot_di")});
    m_editor->distribute(Qt::Vertical);
    QCOMPARE(stack()->count(), 1);
    // Equal gaps: "Mid" lands with its centre in the Support lane.
    const QRectF mid = m_editor->scene()->shapeItemForElement(QStringLiteral("Mid"))->renderShape().bounds;
    QCOMPARE(mid.top(), 215.0);
    QVERIFY(laneRefsOf(doc(), QStringLiteral("B")).contains(QStringLiteral("Mid")));
    QVERIFY(!laneRefsOf(doc(), QStringLiteral("A")).contains(QStringLiteral("Mid")));
    QVERIFY(laneRefsOf(doc(), QStringLiteral("A")).contains(QStringLiteral("Top")));
    QVERIFY(consistent(doc()));
    QVERIFY(lanesConsistent(doc()));
    const BpmnDocument after = doc().clone();
    stack()->undo();
    QVERIFY(same(before, doc()));
    stack()->redo();
    QVERIFY(same(after, doc()));
}

void TestContainerEditing::verticalLaneNamesAreDrawn()
{
    BpmnReadResult read = BpmnReader::read(kVertical);
    QVERIFY(read.readable);
    const BpmnSemanticModel semantic = BpmnSemanticModel::fromDocument(read.document);
    const BpmnDiModel di = BpmnDiModel::fromDocument(read.document);
    QVERIFY(!di.diagrams().isEmpty());
    const BpmnRenderer renderer(BpmnRenderModel::build(semantic, di.diagrams().first(), &read.document));
    QImage image(600, 600, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    const auto inkIn = [&image](const QRect &rect) {
        int dark = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x)
                dark += qGray(image.pixel(x, y)) < 128;
        }
        return dark;
    };
    // The pool's name in its band at the top, each lane's name in a band at the top of the lane,
    // written across (as bpmn-js writes them in vertical pools).
    QVERIFY(inkIn(QRect(110, 55, 380, 20)) > 20);
    QVERIFY(inkIn(QRect(110, 86, 180, 20)) > 20);
    QVERIFY(inkIn(QRect(310, 86, 180, 20)) > 20);
    // Below the bands the lanes are empty but for the task.
    QCOMPARE(inkIn(QRect(110, 120, 30, 100)), 0);
    QVERIFY(image.save(QStringLiteral("/tmp/hD-vertical-render.png")));
}

void TestContainerEditing::blackBoxPoolNames()
{
    // Two pools without a process: a plain box each, the name in the middle; along the pool when it
    // stands upright (as bpmn-js draws black-box pools).
    const QByteArray xml =
        "<?xml version=\"1.0\"?>\n"
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
        "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" id=\"D\" targetNamespace=\"t\">\n"
        "<bpmn:collaboration id=\"C\"><bpmn:participant id=\"H\" name=\"Bank of Somewhere\"/>"
        "<bpmn:participant id=\"V\" name=\"Carrier Company\"/></bpmn:collaboration>\n"
        "<bpmndi:BPMNDiagram id=\"Di\"><bpmndi:BPMNPlane id=\"Pl\" bpmnElement=\"C\">"
        "<bpmndi:BPMNShape id=\"H_di\" bpmnElement=\"H\" isHorizontal=\"true\"><dc:Bounds x=\"20\" "
        "y=\"20\" width=\"400\" height=\"60\"/></bpmndi:BPMNShape>"
        "<bpmndi:BPMNShape id=\"V_di\" bpmnElement=\"V\" isHorizontal=\"false\"><dc:Bounds x=\"450\" "
        "y=\"20\" width=\"60\" height=\"400\"/></bpmndi:BPMNShape>"
        "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>\n";
    BpmnReadResult read = BpmnReader::read(xml);
    QVERIFY(read.readable);
    const BpmnRenderer renderer(
        BpmnRenderModel::build(BpmnSemanticModel::fromDocument(read.document),
                               BpmnDiModel::fromDocument(read.document).diagrams().first(), &read.document));
    QImage image(540, 440, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.render(&painter);
    }
    QVERIFY(image.save(QStringLiteral("/tmp/hD-blackbox.png")));
    // The ink of the names, inside the frames.
    QRect horizontal;
    QRect vertical;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) >= 128)
                continue;
            if (QRect(24, 24, 392, 52).contains(x, y))
                horizontal |= QRect(x, y, 1, 1);
            else if (QRect(454, 24, 52, 392).contains(x, y))
                vertical |= QRect(x, y, 1, 1);
        }
    }
    // No name band: the name is in the middle of the horizontal pool, written across.
    QVERIFY(!horizontal.isEmpty());
    QVERIFY(qAbs(horizontal.center().x() - 220) < 6);
    QVERIFY(horizontal.width() > 3 * horizontal.height());
    // Along the upright pool, in its middle.
    QVERIFY(!vertical.isEmpty());
    QVERIFY(qAbs(vertical.center().y() - 220) < 6);
    QVERIFY(vertical.height() > 3 * vertical.width());
}

void TestContainerEditing::nestedLanes()
{
    const BpmnDocument before = doc().clone();
    const auto bounds = [this](const QString &id) {
        return m_editor->scene()->shapeItemForElement(id)->renderShape().bounds;
    };
    const QRectF sales = bounds(QStringLiteral("A"));
    const QRectF support = bounds(QStringLiteral("B"));
    const QRectF bottom = bounds(QStringLiteral("Bot"));
    const QRectF check = bounds(QStringLiteral("T"));
    // A lane dropped on the lower half of "Sales" divides it: a child lane takes its place and what
    // it holds, the new one goes below; Sales and the pool grow, Support moves down with its content.
    NestedLaneCommand *divide =
        NestedLaneCommand::dropOnLane(m_editor->document(), QStringLiteral("A"), QPointF(500, 200));
    QVERIFY(divide->problem().isEmpty());
    const QString added = divide->elementId();
    stack()->push(divide);
    QCOMPARE(stack()->count(), 1);
    const BpmnXmlNode *childSet =
        doc().elementById(QStringLiteral("A"))->firstChildElement(BpmnNamespaces::model, u"childLaneSet");
    QVERIFY(childSet);
    const QVector<BpmnXmlNode *> children = childSet->childElements(BpmnNamespaces::model, u"lane");
    QCOMPARE(children.size(), 2);
    const QString first = children.first()->attribute(u"id");
    QCOMPARE(children.last()->attribute(u"id"), added);
    QCOMPARE(laneRefsOf(doc(), first), laneRefsOf(doc(), QStringLiteral("A")));
    QVERIFY(laneRefsOf(doc(), added).isEmpty());
    QCOMPARE(bounds(first), QRectF(sales.left() + 30, sales.top(), sales.width() - 30, sales.height()));
    QCOMPARE(bounds(added), QRectF(sales.left() + 30, sales.bottom(), sales.width() - 30, 120));
    QCOMPARE(bounds(QStringLiteral("A")).height(), sales.height() + 120);
    QCOMPARE(bounds(QStringLiteral("Shop")).height(), 520.0);
    QCOMPARE(bounds(QStringLiteral("B")), support.translated(0, 120));
    QCOMPARE(bounds(QStringLiteral("Bot")), bottom.translated(0, 120));
    QCOMPARE(bounds(QStringLiteral("T")), check);
    QVERIFY(consistent(doc()));
    QVERIFY(lanesConsistent(doc()));

    // "Check" dragged into the new lane: named by it and by Sales around it, not by the first.
    const MoveShapesCommand::Plan plan =
        MoveShapesCommand::plan(*m_editor->document(), {QStringLiteral("T_di")});
    stack()->push(new MoveShapesCommand(m_editor->document(), plan, QPointF(0, 160), 1));
    QVERIFY(MoveShapesCommand::finishGesture(stack()).isEmpty());
    QVERIFY(laneRefsOf(doc(), added).contains(QStringLiteral("T")));
    QVERIFY(laneRefsOf(doc(), QStringLiteral("A")).contains(QStringLiteral("T")));
    QVERIFY(!laneRefsOf(doc(), first).contains(QStringLiteral("T")));
    QVERIFY(lanesConsistent(doc()));
    // Moved on into Support: no lane of Sales names it any more.
    const MoveShapesCommand::Plan down =
        MoveShapesCommand::plan(*m_editor->document(), {QStringLiteral("T_di")});
    stack()->push(new MoveShapesCommand(m_editor->document(), down, QPointF(0, 140), 2));
    QVERIFY(MoveShapesCommand::finishGesture(stack()).isEmpty());
    QCOMPARE(laneRefsOf(doc(), QStringLiteral("B")).count(QStringLiteral("T")), 1);
    QVERIFY(!laneRefsOf(doc(), QStringLiteral("A")).contains(QStringLiteral("T")));
    QVERIFY(!laneRefsOf(doc(), added).contains(QStringLiteral("T")));
    QVERIFY(lanesConsistent(doc()));
    stack()->undo();

    // A pasted task in the nested lane: named by it and by Sales.
    copy({QStringLiteral("Top")});
    m_editor->pasteAt(bounds(first).center() + QPointF(100, 0));
    QVERIFY(laneRefsOf(doc(), first).contains(QStringLiteral("Top_2")));
    QVERIFY(laneRefsOf(doc(), QStringLiteral("A")).contains(QStringLiteral("Top_2")));
    QVERIFY(lanesConsistent(doc()));
    stack()->undo();

    // Another lane beside a nested lane: in the same child lane set, above the first.
    NestedLaneCommand *beside = NestedLaneCommand::addBeside(m_editor->document(), first, true);
    QVERIFY(beside->problem().isEmpty());
    const QString top = beside->elementId();
    stack()->push(beside);
    QCOMPARE(childSet->childElements(BpmnNamespaces::model, u"lane").first()->attribute(u"id"), top);
    QCOMPARE(bounds(top).bottom(), bounds(first).top());
    QCOMPARE(bounds(QStringLiteral("A")).top(), bounds(top).top());
    QCOMPARE(bounds(QStringLiteral("Shop")).top(), sales.top() - 120);
    QVERIFY(consistent(doc()));
    QVERIFY(lanesConsistent(doc()));
    QVERIFY(!NestedLaneCommand::isNested(*m_editor->document(), QStringLiteral("A")));
    QVERIFY(NestedLaneCommand::isNested(*m_editor->document(), top));

    m_editor->scene()->clearSelection();
    m_editor->view()->zoomToFit();
    QApplication::processEvents();
    QVERIFY(m_editor->grab().toImage().save(QStringLiteral("/tmp/hD-nested.png")));
    while (stack()->canUndo())
        stack()->undo();
    QVERIFY(same(before, doc()));
}

// The editor's entries reach nested lanes: Divide Lane in Two makes child lanes, Add Lane beside a child
// lane adds to the same child lane set, and a task created in a child lane is named by it and by the
// lane around it. Undo of the three steps gives the file back exactly.
void TestContainerEditing::nestedLanesFromTheEditor()
{
    const BpmnDocument before = doc().clone();
    QVERIFY(m_editor->divideLane(QStringLiteral("A")));
    BpmnXmlNode *sales = doc().elementById(QStringLiteral("A"));
    const BpmnXmlNode *children = sales->firstChildElement(BpmnNamespaces::model, u"childLaneSet");
    QVERIFY(children);
    QVector<BpmnXmlNode *> lanes = children->childElements(BpmnNamespaces::model, u"lane");
    QCOMPARE(lanes.size(), 2);
    const QString second = lanes.at(1)->attribute(u"id");
    QVERIFY(m_editor->addLane(second, false));
    QCOMPARE(children->childElements(BpmnNamespaces::model, u"lane").size(), 3);
    QCOMPARE(doc().elementById(QStringLiteral("LS"))->childElements(BpmnNamespaces::model, u"lane").size(),
             2);
    QVERIFY(consistent(doc()));

    const QRectF area = ProcessDocument::bounds(doc().elementById(second + QStringLiteral("_di")));
    QVERIFY(area.isValid());
    m_editor->createElementAt(BpmnElementType::Task, area.center() + QPointF(area.width() / 4, 0));
    const QString task = pastedElement();
    QVERIFY(!task.isEmpty());
    const auto names = [&](const QString &laneId) {
        QStringList refs;
        for (const BpmnXmlNode *ref :
             doc().elementById(laneId)->childElements(BpmnNamespaces::model, u"flowNodeRef"))
            refs.append(ref->textContent().trimmed());
        return refs;
    };
    QVERIFY(names(second).contains(task));
    QVERIFY(names(QStringLiteral("A")).contains(task));
    QVERIFY(!names(QStringLiteral("B")).contains(task));
    QVERIFY(!names(lanes.at(0)->attribute(u"id")).contains(task));
    QVERIFY(consistent(doc()));

    stack()->undo();
    stack()->undo();
    stack()->undo();
    QVERIFY(BpmnXmlCompare::compare(before, doc()).equal);
}

// A lane added at the bottom of the upper pool makes it taller: the pool below moves down with its
// contents instead of being overlapped, in the same undo step.
void TestContainerEditing::growingPoolPushesThePoolBelow()
{
    const BpmnDocument before = doc().clone();
    const auto rect = [&](const char *shapeId) {
        return ProcessDocument::bounds(doc().elementById(QString::fromLatin1(shapeId)));
    };
    const QRectF shop = rect("Shop_di");
    const QRectF customer = rect("Customer_di");
    const QRectF order = rect("C1_di");
    QVERIFY(customer.top() >= shop.bottom());
    const int steps = stack()->count();
    QVERIFY(m_editor->addLane(QStringLiteral("B"), false));
    QCOMPARE(stack()->count(), steps + 1);
    const qreal grown = rect("Shop_di").bottom() - shop.bottom();
    QVERIFY(grown > 0);
    QCOMPARE(rect("Customer_di"), customer.translated(0, grown));
    QCOMPARE(rect("C1_di"), order.translated(0, grown));
    QVERIFY(rect("Customer_di").top() >= rect("Shop_di").bottom());
    QVERIFY(consistent(doc()));
    stack()->undo();
    QVERIFY(BpmnXmlCompare::compare(before, doc()).equal);
}

void TestContainerEditing::screenshots()
{
    // The shop pool pasted below the customer, and a vertical pool with lanes.
    copy({QStringLiteral("Shop")});
    m_editor->pasteAt(QPointF(550, 1000));
    m_editor->scene()->clearSelection();
    m_editor->view()->zoomToFit();
    QApplication::processEvents();
    QVERIFY(m_editor->grab().toImage().save(QStringLiteral("/tmp/hD-pasted-pool.png")));
    stack()->undo();

    QString error;
    QVERIFY(m_editor->document()->loadData(kVertical, &error));
    // "Receiving" divided into two lanes side by side, below its name band.
    NestedLaneCommand *divide = NestedLaneCommand::divide(m_editor->document(), QStringLiteral("VL1"), false);
    QVERIFY(divide->problem().isEmpty());
    const QString added = divide->elementId();
    stack()->push(divide);
    const BpmnXmlNode *set =
        doc().elementById(QStringLiteral("VL1"))->firstChildElement(BpmnNamespaces::model, u"childLaneSet");
    QVERIFY(set);
    const QString first = set->childElements(BpmnNamespaces::model, u"lane").first()->attribute(u"id");
    doc().elementById(first)->setAttribute(QStringLiteral("name"), QStringLiteral("Dock"));
    doc().elementById(added)->setAttribute(QStringLiteral("name"), QStringLiteral("Checks"));
    m_editor->document()->notifyStructureChanged();
    const auto bounds = [this](const QString &id) {
        return m_editor->scene()->shapeItemForElement(id)->renderShape().bounds;
    };
    QCOMPARE(bounds(first), QRectF(100, 110, 200, 440));
    QCOMPARE(bounds(added), QRectF(300, 110, 120, 440));
    QCOMPARE(bounds(QStringLiteral("VL2")).left(), 420.0);
    QCOMPARE(bounds(QStringLiteral("VPool")).width(), 520.0);
    QCOMPARE(laneRefsOf(doc(), first), QStringList{QStringLiteral("VT")});
    QVERIFY(lanesConsistent(doc()));
    m_editor->scene()->clearSelection();
    m_editor->view()->zoomToFit();
    QApplication::processEvents();
    QVERIFY(m_editor->grab().toImage().save(QStringLiteral("/tmp/hD-vertical.png")));
}

QTEST_MAIN(TestContainerEditing)
#include "tst_containerediting.moc"
