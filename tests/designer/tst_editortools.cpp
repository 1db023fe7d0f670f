// The editor's tools and edit actions beyond drawing: copy/paste (also between diagrams, through
// the system clipboard as BPMN XML), align and distribute, snap to grid, arrow-key nudges, lasso,
// hand tool and space/middle-button panning, the BPMN keyboard letters, labels edited in place,
// export to PNG/SVG/PDF and printing. Every edit one undo step that restores the document exactly.
#include "processdocument.h"
#include "processedgeitem.h"
#include "processeditor.h"
#include "processrules.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"
#include "resizeshapecommand.h"

#include "bpmn/bpmnconsistencycheck.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QPrinter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

namespace {

// A start event, three tasks at uneven places and two flows, with DI.
const QByteArray kDiagram =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
    "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
    "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" "
    "id=\"D\" targetNamespace=\"t\">\n"
    "  <bpmn:process id=\"P\">\n"
    "    <bpmn:startEvent id=\"S\" name=\"Order in\"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>\n"
    "    <bpmn:task id=\"T1\" "
    "name=\"Check\"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>\n"
    "    <bpmn:task id=\"T2\" name=\"Ship\"><bpmn:incoming>F2</bpmn:incoming></bpmn:task>\n"
    "    <bpmn:task id=\"T3\" name=\"Bill\"/>\n"
    "    <bpmn:sequenceFlow id=\"F1\" sourceRef=\"S\" targetRef=\"T1\"/>\n"
    "    <bpmn:sequenceFlow id=\"F2\" sourceRef=\"T1\" targetRef=\"T2\"/>\n"
    "  </bpmn:process>\n"
    "  <bpmndi:BPMNDiagram id=\"Di\">\n"
    "    <bpmndi:BPMNPlane id=\"Pl\" bpmnElement=\"P\">\n"
    "      <bpmndi:BPMNShape id=\"S_di\" bpmnElement=\"S\"><dc:Bounds x=\"100\" y=\"122\" width=\"36\" "
    "height=\"36\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"T1_di\" bpmnElement=\"T1\"><dc:Bounds x=\"200\" y=\"100\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"T2_di\" bpmnElement=\"T2\"><dc:Bounds x=\"380\" y=\"130\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNShape id=\"T3_di\" bpmnElement=\"T3\"><dc:Bounds x=\"700\" y=\"60\" width=\"100\" "
    "height=\"80\"/></bpmndi:BPMNShape>\n"
    "      <bpmndi:BPMNEdge id=\"F1_di\" bpmnElement=\"F1\"><di:waypoint x=\"136\" y=\"140\"/><di:waypoint "
    "x=\"200\" y=\"140\"/></bpmndi:BPMNEdge>\n"
    "      <bpmndi:BPMNEdge id=\"F2_di\" bpmnElement=\"F2\"><di:waypoint x=\"300\" y=\"140\"/><di:waypoint "
    "x=\"380\" y=\"170\"/></bpmndi:BPMNEdge>\n"
    "    </bpmndi:BPMNPlane>\n"
    "  </bpmndi:BPMNDiagram>\n"
    "</bpmn:definitions>\n";

} // namespace

class TestEditorTools : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copyPasteInOneDiagram();
    void pasteIntoAnotherDiagram();
    void pasteRefusesWhatIsNotBpmn();
    void alignAndDistribute();
    void dragSnapsToGrid();
    void arrowKeysNudge();
    void keyboardLettersChooseTools();
    void lassoStartsOnAnElement();
    void handAndSpacePan();
    void labelEditedInPlace();
    void exportAndPrint();
    void dropOnFlowSplitsIt();
    void resizeByTheHandle();
    void contextPadAppends();
    void appendedElementIsNamedWhereItsLabelShows();
    void appendScrollsToTheNewElement();
    void secondAppendGoesBelowTheFirst();
    void annotationsConnectByAssociation();
    void bendAFlow();
    void dropOnFlowKeepsEndEventsApart();
    void artifactsFromThePalette_data();
    void artifactsFromThePalette();

private:
    QWidget *viewport() const { return m_editor->view()->viewport(); }
    QPoint viewPos(QPointF scenePos) const { return m_editor->view()->mapFromScene(scenePos); }
    QRectF bounds(const QString &elementId) const
    {
        return m_editor->scene()->shapeItemForElement(elementId)->renderShape().bounds;
    }
    QString diId(const QString &elementId) const
    {
        return m_editor->scene()->shapeItemForElement(elementId)->diId();
    }
    void drag(QPoint from, QPoint to, Qt::MouseButton button = Qt::LeftButton);
    int count(BpmnElementType type) const
    {
        return BpmnSemanticModel::fromDocument(m_editor->document()->document()).count(type);
    }

    ProcessEditor *m_editor = nullptr;
};

void TestEditorTools::init()
{
    m_editor = new ProcessEditor;
    m_editor->resize(1100, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QString error;
    QVERIFY2(m_editor->document()->loadData(kDiagram, &error), qPrintable(error));
    m_editor->view()->resetZoom();
    m_editor->view()->centerOn(450, 140);
    m_editor->view()->setFocus();
}

void TestEditorTools::cleanup()
{
    m_editor->document()->undoStack()->setClean();
    delete m_editor;
}

void TestEditorTools::drag(QPoint from, QPoint to, Qt::MouseButton button)
{
    QTest::mousePress(viewport(), button, Qt::NoModifier, from);
    for (int step = 1; step <= 5; ++step) {
        const QPoint at = from + (to - from) * step / 5;
        QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, button,
                         Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }
    QTest::mouseRelease(viewport(), button, Qt::NoModifier, to);
}

void TestEditorTools::copyPasteInOneDiagram()
{
    ProcessScene *scene = m_editor->scene();
    const BpmnDocument before = m_editor->document()->document().clone();
    scene->selectIds({diId(QStringLiteral("S")), diId(QStringLiteral("T1"))});
    QTest::keyClick(m_editor->view(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data->hasFormat(QStringLiteral("application/x-pristriy-bpmn+xml")));
    QVERIFY(data->text().contains(QStringLiteral("sequenceFlow")));
    QVERIFY(!data->text().contains(QStringLiteral("\"F2\""))); // only the flow between copied elements

    QUndoStack *stack = m_editor->document()->undoStack();
    const int steps = stack->count();
    QTest::keyClick(m_editor->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(scene->shapeItemCount(), 6);
    QCOMPARE(count(BpmnElementType::SequenceFlow), 3);
    QCOMPARE(scene->selectedShapeIds().size(), 2); // the pasted copy is selected
    QCOMPARE(scene->selectedIds().size(), 3);
    // New ids, references following them, nothing dangling.
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(m_editor->document()->document())));
    const BpmnXmlNode *copy = m_editor->document()->document().elementById(QStringLiteral("T1_2"));
    QVERIFY(copy);
    QCOMPARE(copy->attribute(u"name"), QStringLiteral("Check"));

    stack->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
    QCOMPARE(scene->shapeItemCount(), 4);
}

void TestEditorTools::pasteIntoAnotherDiagram()
{
    m_editor->scene()->selectAllElements();
    m_editor->copy();
    ProcessEditor other;
    other.resize(800, 600);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    other.paste();
    QCOMPARE(other.scene()->shapeItemCount(), 4);
    QCOMPARE(other.scene()->edgeItemCount(), 2);
    // Ids are free in the other diagram: kept, with the names and flows.
    const BpmnXmlNode *task = other.document()->document().elementById(QStringLiteral("T1"));
    QVERIFY(task);
    QCOMPARE(task->attribute(u"name"), QStringLiteral("Check"));
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(other.document()->document())));
    other.document()->undoStack()->undo();
    QCOMPARE(other.scene()->shapeItemCount(), 0);
    other.document()->undoStack()->setClean();
}

void TestEditorTools::pasteRefusesWhatIsNotBpmn()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("<html><body>Check</body></html>"));
    const int steps = m_editor->document()->undoStack()->count();
    m_editor->paste();
    QCOMPARE(m_editor->document()->undoStack()->count(), steps);
    QCOMPARE(m_editor->scene()->shapeItemCount(), 4);
    // BPMN as plain text (from another tool) is welcome.
    QByteArray xml = kDiagram;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(xml));
    m_editor->paste();
    QCOMPARE(m_editor->scene()->shapeItemCount(), 8);
}

void TestEditorTools::alignAndDistribute()
{
    ProcessScene *scene = m_editor->scene();
    const BpmnDocument before = m_editor->document()->document().clone();
    const QStringList tasks = {diId(QStringLiteral("T1")), diId(QStringLiteral("T2")),
                               diId(QStringLiteral("T3"))};
    scene->selectIds(tasks);
    QUndoStack *stack = m_editor->document()->undoStack();
    m_editor->editorAction(QStringLiteral("align3"))->trigger(); // top
    QCOMPARE(stack->count(), 1);
    QCOMPARE(bounds(QStringLiteral("T1")).top(), 60.0);
    QCOMPARE(bounds(QStringLiteral("T2")).top(), 60.0);
    QCOMPARE(bounds(QStringLiteral("T3")).top(), 60.0);
    // The flow between two aligned tasks follows its ends.
    const BpmnXmlNode *edge = m_editor->document()->document().elementById(QStringLiteral("F2_di"));
    QCOMPARE(edge->childAt(0)->attribute(u"y"), QStringLiteral("100"));
    QCOMPARE(scene->selectedShapeIds().size(), 3); // the selection stays

    m_editor->editorAction(QStringLiteral("distributeHorizontally"))->trigger();
    QCOMPARE(stack->count(), 2);
    const qreal gap1 = bounds(QStringLiteral("T2")).left() - bounds(QStringLiteral("T1")).right();
    const qreal gap2 = bounds(QStringLiteral("T3")).left() - bounds(QStringLiteral("T2")).right();
    QCOMPARE(gap1, gap2);
    QCOMPARE(bounds(QStringLiteral("T1")).left(), 200.0); // the outermost stay
    QCOMPARE(bounds(QStringLiteral("T3")).left(), 700.0);

    m_editor->editorAction(QStringLiteral("align1"))->trigger(); // centre
    QCOMPARE(bounds(QStringLiteral("T1")).center().x(), bounds(QStringLiteral("T3")).center().x());
    stack->undo();
    stack->undo();
    stack->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
}

void TestEditorTools::dragSnapsToGrid()
{
    QCOMPARE(m_editor->scene()->gridSize(), 10); // on by default, as in other BPMN tools
    const QPoint from = viewPos(bounds(QStringLiteral("S")).center());
    drag(from, from + QPoint(53, 27));
    const QPointF centre = bounds(QStringLiteral("S")).center();
    QCOMPARE(std::fmod(centre.x(), 10.0), 0.0);
    QCOMPARE(std::fmod(centre.y(), 10.0), 0.0);
    QCOMPARE(m_editor->document()->undoStack()->count(), 1);

    m_editor->editorAction(QStringLiteral("snapToGrid"))->trigger(); // off
    QCOMPARE(m_editor->scene()->gridSize(), 0);
    const QRectF before = bounds(QStringLiteral("T3"));
    const QPoint start = viewPos(before.center());
    drag(start, start + QPoint(13, 7));
    QCOMPARE(bounds(QStringLiteral("T3")), before.translated(13, 7));
}

void TestEditorTools::arrowKeysNudge()
{
    m_editor->scene()->selectIds({diId(QStringLiteral("T3"))});
    const QRectF before = bounds(QStringLiteral("T3"));
    QTest::keyClick(m_editor->view(), Qt::Key_Right);
    QTest::keyClick(m_editor->view(), Qt::Key_Down);
    QCOMPARE(bounds(QStringLiteral("T3")), before.translated(10, 10));
    QCOMPARE(m_editor->document()->undoStack()->count(), 2);
}

void TestEditorTools::keyboardLettersChooseTools()
{
    QTest::keyClick(m_editor->view(), Qt::Key_H);
    QVERIFY(m_editor->handToolAction()->isChecked());
    QCOMPARE(m_editor->view()->dragMode(), QGraphicsView::ScrollHandDrag);
    QTest::keyClick(m_editor->view(), Qt::Key_L);
    QVERIFY(m_editor->lassoToolAction()->isChecked());
    QTest::keyClick(m_editor->view(), Qt::Key_C);
    QVERIFY(m_editor->connectToolAction()->isChecked());
    QTest::keyClick(m_editor->view(), Qt::Key_Escape);
    QVERIFY(m_editor->selectToolAction()->isChecked());
}

void TestEditorTools::lassoStartsOnAnElement()
{
    ProcessScene *scene = m_editor->scene();
    QTest::keyClick(m_editor->view(), Qt::Key_L);
    // From inside T1 to past T2: with the select tool this would move T1.
    const QRectF t1 = bounds(QStringLiteral("T1"));
    const QRectF t2 = bounds(QStringLiteral("T2"));
    drag(viewPos(t1.topLeft() + QPointF(5, 5)), viewPos(t2.bottomRight() + QPointF(10, 10)));
    QCOMPARE(bounds(QStringLiteral("T1")), t1);
    QVERIFY(scene->selectedShapeIds().contains(diId(QStringLiteral("T1"))));
    QVERIFY(scene->selectedShapeIds().contains(diId(QStringLiteral("T2"))));
    QVERIFY(!scene->selectedShapeIds().contains(diId(QStringLiteral("T3"))));
    QVERIFY(m_editor->selectToolAction()->isChecked()); // one gesture, then back
    QCOMPARE(m_editor->document()->undoStack()->count(), 0);
}

void TestEditorTools::handAndSpacePan()
{
    QScrollBar *horizontal = m_editor->view()->horizontalScrollBar();
    const int start = horizontal->value();
    QTest::keyClick(m_editor->view(), Qt::Key_H);
    drag(QPoint(600, 300), QPoint(500, 300));
    QCOMPARE(horizontal->value(), start + 100);
    QTest::keyClick(m_editor->view(), Qt::Key_Escape);

    // The middle button pans whatever the tool, and so does a left drag with space held.
    drag(QPoint(500, 300), QPoint(560, 300), Qt::MiddleButton);
    QCOMPARE(horizontal->value(), start + 40);
    QTest::keyPress(m_editor->view(), Qt::Key_Space);
    const QPoint onTask = viewPos(bounds(QStringLiteral("T2")).center());
    drag(onTask, onTask + QPoint(40, 0));
    QTest::keyRelease(m_editor->view(), Qt::Key_Space);
    QCOMPARE(horizontal->value(), start);
    QCOMPARE(m_editor->document()->undoStack()->count(), 0); // nothing moved
}

void TestEditorTools::labelEditedInPlace()
{
    m_editor->scene()->selectIds({diId(QStringLiteral("T2"))});
    QTest::keyClick(m_editor->view(), Qt::Key_E);
    QLineEdit *editor = m_editor->labelEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("Ship"));
    // Over the element on the canvas.
    QVERIFY(editor->geometry().intersects(
        m_editor->view()->mapFromScene(bounds(QStringLiteral("T2"))).boundingRect()));
    QTest::keyClicks(editor, QStringLiteral("Ship <b>goods</b>"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!m_editor->labelEditor());
    const BpmnXmlNode *task = m_editor->document()->document().elementById(QStringLiteral("T2"));
    QCOMPARE(task->attribute(u"name"), QStringLiteral("Ship <b>goods</b>")); // plain text, as typed
    QCOMPARE(m_editor->document()->undoStack()->count(), 1);

    // Esc leaves the name alone; a double click opens the editor too.
    const QPoint onTask = viewPos(bounds(QStringLiteral("T3")).center());
    QTest::mouseDClick(viewport(), Qt::LeftButton, Qt::NoModifier, onTask);
    QTRY_VERIFY(m_editor->labelEditor());
    QTest::keyClicks(m_editor->labelEditor(), QStringLiteral("Invoice"));
    QTest::keyClick(m_editor->labelEditor(), Qt::Key_Escape);
    QTRY_VERIFY(!m_editor->labelEditor());
    QCOMPARE(m_editor->document()->document().elementById(QStringLiteral("T3"))->attribute(u"name"),
             QStringLiteral("Bill"));
    QCOMPARE(m_editor->document()->undoStack()->count(), 1);
}

void TestEditorTools::exportAndPrint()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    QVERIFY(m_editor->exportDrawing(png, false));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 700); // the whole drawing
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128;
    }
    QVERIFY(dark > 100);
    const QString svg = dir.filePath(QStringLiteral("map.svg"));
    QVERIFY(m_editor->exportDrawing(svg, false));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgData = svgFile.readAll();
    QVERIFY(svgData.contains("<svg"));
    QVERIFY(svgData.contains("Check"));
    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    QVERIFY(m_editor->exportDrawing(pdf, false));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    // A bad name writes nothing.
    QVERIFY(!m_editor->exportDrawing(dir.filePath(QStringLiteral("map.doc")), false));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("map.doc"))));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    QVERIFY(m_editor->printTo(&printer, false));
    QVERIFY(QFileInfo(printed).size() > 1000);
}

void TestEditorTools::dropOnFlowSplitsIt()
{
    const BpmnDocument before = m_editor->document()->document().clone();
    QUndoStack *stack = m_editor->document()->undoStack();
    // F2 runs from (300,140) to (380,170); its middle.
    m_editor->createElementAt(BpmnElementType::ExclusiveGateway, QPointF(340, 155));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(count(BpmnElementType::SequenceFlow), 3);
    const BpmnDocument &doc = m_editor->document()->document();
    const QString gateway = doc.elementById(QStringLiteral("F2"))->attribute(u"targetRef");
    QVERIFY(gateway != QStringLiteral("T2"));
    QCOMPARE(ProcessRules::typeOf(doc.elementById(gateway)), BpmnElementType::ExclusiveGateway);
    // The new element continues to the old target, references and DI consistent.
    int continuing = 0;
    for (const BpmnXmlNode *child :
         doc.elementById(QStringLiteral("P"))->childElements(BpmnNamespaces::model, u"sequenceFlow"))
        continuing += child->attribute(u"sourceRef") == gateway && child->attribute(u"targetRef") == u"T2";
    QCOMPARE(continuing, 1);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc)));
    QCOMPARE(m_editor->scene()->edgeItemCount(), 3);
    stack->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
    stack->redo();
    QCOMPARE(count(BpmnElementType::SequenceFlow), 3);
}

void TestEditorTools::resizeByTheHandle()
{
    ProcessScene *scene = m_editor->scene();
    const BpmnDocument before = m_editor->document()->document().clone();
    // Events keep their size: no handle.
    scene->selectIds({diId(QStringLiteral("S"))});
    QVERIFY(!scene->shapeItemForElement(QStringLiteral("S"))->isResizable());
    scene->selectIds({diId(QStringLiteral("T2"))});
    const ProcessShapeItem *item = scene->shapeItemForElement(QStringLiteral("T2"));
    QVERIFY(item->isResizable());
    const QPoint handle = viewPos(item->resizeHandle().center());
    drag(handle, handle + QPoint(40, 40));
    QCOMPARE(bounds(QStringLiteral("T2")), QRectF(380, 130, 140, 120));
    QCOMPARE(m_editor->document()->undoStack()->count(), 1); // the whole drag
    // The incoming flow still ends in the middle of the left side.
    const BpmnXmlNode *edge = m_editor->document()->document().elementById(QStringLiteral("F2_di"));
    const BpmnXmlNode *last = edge->childAt(edge->childCount() - 1);
    QCOMPARE(last->attribute(u"x"), QStringLiteral("380"));
    QCOMPARE(last->attribute(u"y"), QStringLiteral("190"));
    // Never smaller than the minimum.
    const QPoint corner = viewPos(scene->shapeItemForElement(QStringLiteral("T2"))->resizeHandle().center());
    drag(corner, corner - QPoint(300, 300));
    QCOMPARE(bounds(QStringLiteral("T2")).size(), ResizeShapeCommand::minimumSize());
    m_editor->document()->undoStack()->undo();
    m_editor->document()->undoStack()->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
}

void TestEditorTools::contextPadAppends()
{
    ProcessScene *scene = m_editor->scene();
    QWidget *pad = m_editor->contextPad();
    QVERIFY(!pad->isVisible());
    scene->selectIds({diId(QStringLiteral("T2"))});
    QVERIFY(pad->isVisible());
    // Next to the element, on its right.
    const QRect shape = m_editor->view()->mapFromScene(bounds(QStringLiteral("T2"))).boundingRect();
    QVERIFY(pad->geometry().left() >= shape.right());
    QVERIFY(qAbs(pad->geometry().top() - shape.top()) < 10);

    const BpmnDocument before = m_editor->document()->document().clone();
    auto *appendTask = pad->findChild<QToolButton *>(QStringLiteral("appendtask"));
    QVERIFY(appendTask);
    QTest::mouseClick(appendTask, Qt::LeftButton);
    QCOMPARE(m_editor->document()->undoStack()->count(), 1);
    QCOMPARE(scene->shapeItemCount(), 5);
    QCOMPARE(count(BpmnElementType::SequenceFlow), 3);
    const QStringList selected = scene->selectedShapeIds();
    QCOMPARE(selected.size(), 1); // the new task, ready for the next append
    const QRectF added = scene->shapeItem(selected.first())->renderShape().bounds;
    QVERIFY(added.left() > bounds(QStringLiteral("T2")).right());
    QCOMPARE(added.center().y(), bounds(QStringLiteral("T2")).center().y());
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(m_editor->document()->document())));
    // Its name is typed at once (the pad would cover it); Esc leaves it unnamed.
    QVERIFY(m_editor->labelEditor());
    QTest::keyClick(m_editor->labelEditor(), Qt::Key_Escape);
    QTRY_VERIFY(!m_editor->labelEditor());
    QVERIFY(pad->isVisible()); // now next to the new task
    // A appends the next task after it.
    QTest::keyClick(m_editor->view(), Qt::Key_A);
    QCOMPARE(scene->shapeItemCount(), 6);
    QCOMPARE(count(BpmnElementType::SequenceFlow), 4);
    m_editor->document()->undoStack()->undo();
    m_editor->document()->undoStack()->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);

    // Not with another tool, and not for two selected elements.
    scene->selectIds({diId(QStringLiteral("T1")), diId(QStringLiteral("T2"))});
    QVERIFY(!pad->isVisible());
    scene->selectIds({diId(QStringLiteral("T1"))});
    QTest::keyClick(m_editor->view(), Qt::Key_H);
    QVERIFY(!pad->isVisible());
}

void TestEditorTools::appendedElementIsNamedWhereItsLabelShows()
{
    ProcessScene *scene = m_editor->scene();
    scene->selectIds({diId(QStringLiteral("T2"))});
    auto *appendGateway =
        m_editor->contextPad()->findChild<QToolButton *>(QStringLiteral("appendexclusiveGateway"));
    QVERIFY(appendGateway);
    QTest::mouseClick(appendGateway, Qt::LeftButton);
    const QString gateway = scene->shapeItem(scene->selectedShapeIds().first())->elementId();
    const QRectF shape = bounds(gateway);

    // bpmn-js opens the name of an appended element at once: here below the gateway, where its
    // label goes, not over the diamond.
    QLineEdit *editor = m_editor->labelEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QVERIFY(editor->hasFocus());
    QVERIFY(editor->text().isEmpty());
    const QRect onView = m_editor->view()->mapFromScene(shape).boundingRect();
    QVERIFY2(editor->geometry().top() >= onView.bottom() - 1, "below the gateway");
    QVERIFY2(qAbs(editor->geometry().center().x() - onView.center().x()) <= 2, "centred under it");
    QVERIFY(editor->geometry().top() - onView.bottom() < 20);

    // A long name widens the editor around the same centre.
    QTest::keyClicks(editor, QStringLiteral("Paid in full, with the delivery?"));
    QVERIFY(editor->width() > 120);
    QVERIFY2(qAbs(editor->geometry().center().x() - onView.center().x()) <= 2, "still centred under it");
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!m_editor->labelEditor());
    QCOMPARE(m_editor->document()->document().elementById(gateway)->attribute(u"name"),
             u"Paid in full, with the delivery?");
    QCOMPARE(m_editor->document()->undoStack()->count(), 2); // the append, then the name

    // An appended task is named inside it.
    scene->selectIds({diId(gateway)});
    QTest::mouseClick(m_editor->contextPad()->findChild<QToolButton *>(QStringLiteral("appendtask")),
                      Qt::LeftButton);
    QVERIFY(m_editor->labelEditor());
    const QString task = scene->shapeItem(scene->selectedShapeIds().first())->elementId();
    const QRect taskOnView = m_editor->view()->mapFromScene(bounds(task)).boundingRect();
    QVERIFY(taskOnView.contains(m_editor->labelEditor()->geometry().center()));
}

void TestEditorTools::appendScrollsToTheNewElement()
{
    // T3 near the right edge of the view: what is appended to it lies beyond the edge.
    ProcessView *view = m_editor->view();
    const QRectF t3 = bounds(QStringLiteral("T3"));
    view->centerOn(t3.center().x() - view->viewport()->width() / 2.0 + 60, t3.center().y());
    const QRectF visibleBefore = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(t3.right() + 80 > visibleBefore.right());

    m_editor->scene()->selectIds({diId(QStringLiteral("T3"))});
    QVERIFY(m_editor->appendElement(QStringLiteral("T3"), BpmnElementType::EndEvent));
    const QString end =
        m_editor->scene()->shapeItem(m_editor->scene()->selectedShapeIds().first())->elementId();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY2(visible.contains(bounds(end)), "scrolled to the new end event");
    QLineEdit *editor = m_editor->labelEditor();
    QVERIFY(editor);
    QVERIFY(view->viewport()->rect().contains(editor->geometry()));
    // Still at its label's place, under the event.
    QVERIFY(editor->geometry().top() >= view->mapFromScene(bounds(end)).boundingRect().bottom() - 1);
}

void TestEditorTools::secondAppendGoesBelowTheFirst()
{
    // Appending twice to one element must not put the second on top of the first.
    ProcessScene *scene = m_editor->scene();
    QVERIFY(m_editor->appendElement(QStringLiteral("T2"), BpmnElementType::ExclusiveGateway));
    const QString gateway = scene->shapeItem(scene->selectedShapeIds().first())->elementId();
    QVERIFY(m_editor->appendElement(gateway, BpmnElementType::Task));
    const QString first = scene->shapeItem(scene->selectedShapeIds().first())->elementId();
    QVERIFY(m_editor->appendElement(gateway, BpmnElementType::Task));
    const QString second = scene->shapeItem(scene->selectedShapeIds().first())->elementId();
    QVERIFY(!bounds(second).intersects(bounds(first)));
    QVERIFY(bounds(second).top() > bounds(first).bottom());
    QCOMPARE(bounds(second).left(), bounds(first).left());
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(m_editor->document()->document())));
}

void TestEditorTools::annotationsConnectByAssociation()
{
    m_editor->createElementAt(BpmnElementType::TextAnnotation, QPointF(750, 300));
    const QString note =
        m_editor->scene()->shapeItem(m_editor->scene()->selectedShapeIds().first())->elementId();
    const BpmnDocument &doc = m_editor->document()->document();
    QVERIFY(ProcessRules::canConnect(doc, note, QStringLiteral("T3")));
    QVERIFY(ProcessRules::canConnect(doc, QStringLiteral("T3"), note));
    // With the connect tool, from the annotation to the task.
    QTest::keyClick(m_editor->view(), Qt::Key_C);
    drag(viewPos(bounds(note).center()), viewPos(bounds(QStringLiteral("T3")).center()));
    QCOMPARE(count(BpmnElementType::Association), 1);
    QCOMPARE(count(BpmnElementType::SequenceFlow), 2);
    QVERIFY(!doc.elementById(QStringLiteral("T3"))->firstChildElement(BpmnNamespaces::model, u"incoming"));
    QCOMPARE(m_editor->scene()->edgeItemCount(), 3);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc)));
    QVERIFY(!ProcessRules::canConnect(doc, note, QStringLiteral("T3"))); // not twice
    // Its text is edited in place like a name.
    m_editor->selectToolAction()->trigger();
    m_editor->scene()->selectIds({diId(note)});
    QTest::keyClick(m_editor->view(), Qt::Key_E);
    QVERIFY(m_editor->labelEditor());
    QTest::keyClicks(m_editor->labelEditor(), QStringLiteral("Ask twice"));
    QTest::keyClick(m_editor->labelEditor(), Qt::Key_Return);
    QTRY_VERIFY(!m_editor->labelEditor());
    const BpmnXmlNode *text = doc.elementById(note)->firstChildElement(BpmnNamespaces::model, u"text");
    QVERIFY(text);
    QCOMPARE(text->textContent(), QStringLiteral("Ask twice"));
    // A sequence flow still never starts at an annotation's partner rules: end events stay closed.
    QVERIFY(!ProcessRules::canConnect(doc, QStringLiteral("T3"), QStringLiteral("S")));
}

void TestEditorTools::bendAFlow()
{
    ProcessScene *scene = m_editor->scene();
    const BpmnDocument before = m_editor->document()->document().clone();
    QUndoStack *stack = m_editor->document()->undoStack();
    // F2: (300,140) to (380,170). Select it, drag the middle of its segment down.
    scene->selectIds({QStringLiteral("F2_di")});
    const QPoint middle = viewPos(QPointF(340, 155));
    drag(middle, middle + QPoint(0, 60));
    QCOMPARE(stack->count(), 1); // insert and moves: one step
    const QVector<QPointF> points = scene->edgeItem(QStringLiteral("F2_di"))->renderEdge().waypoints;
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(1), QPointF(340, 220));   // snapped to the grid
    QCOMPARE(points.first(), QPointF(300, 140)); // the ends stay on their shapes
    // Drag the new bend point further: one more step, still three points.
    scene->selectIds({QStringLiteral("F2_di")});
    const QPoint bendPoint = viewPos(QPointF(340, 220));
    drag(bendPoint, bendPoint + QPoint(20, 0));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(scene->edgeItem(QStringLiteral("F2_di"))->renderEdge().waypoints.at(1), QPointF(360, 220));
    stack->undo();
    stack->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
}

void TestEditorTools::dropOnFlowKeepsEndEventsApart()
{
    // An end event has no way out: dropped on a flow it is only placed.
    m_editor->createElementAt(BpmnElementType::EndEvent, QPointF(340, 155));
    QCOMPARE(count(BpmnElementType::SequenceFlow), 2);
    QCOMPARE(m_editor->document()->document().elementById(QStringLiteral("F2"))->attribute(u"targetRef"),
             QStringLiteral("T2"));
    QCOMPARE(m_editor->scene()->shapeItemCount(), 5);
}

void TestEditorTools::artifactsFromThePalette_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("data object") << int(BpmnElementType::DataObjectReference);
    QTest::newRow("data store") << int(BpmnElementType::DataStoreReference);
    QTest::newRow("text annotation") << int(BpmnElementType::TextAnnotation);
    QTest::newRow("group") << int(BpmnElementType::Group);
}

void TestEditorTools::artifactsFromThePalette()
{
    QFETCH(int, type);
    QVERIFY(m_editor->paletteAction(BpmnElementType(type)));
    const BpmnDocument before = m_editor->document()->document().clone();
    m_editor->createElementAt(BpmnElementType(type), QPointF(500, 400));
    QCOMPARE(m_editor->scene()->shapeItemCount(), 5);
    const QStringList selected = m_editor->scene()->selectedShapeIds();
    QCOMPARE(selected.size(), 1);
    const ProcessShapeItem *item = m_editor->scene()->shapeItem(selected.first());
    QCOMPARE(int(item->renderShape().type), type);
    QCOMPARE(item->renderShape().bounds.center(), QPointF(500, 400));
    const BpmnDocument &doc = m_editor->document()->document();
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc)));
    if (BpmnElementType(type) == BpmnElementType::DataObjectReference) {
        const BpmnXmlNode *reference = doc.elementById(item->elementId());
        const BpmnXmlNode *object = doc.elementById(reference->attribute(u"dataObjectRef"));
        QVERIFY(object);
        QVERIFY(object->is(BpmnNamespaces::model, u"dataObject"));
    }
    m_editor->document()->undoStack()->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
}

QTEST_MAIN(TestEditorTools)
#include "tst_editortools.moc"
