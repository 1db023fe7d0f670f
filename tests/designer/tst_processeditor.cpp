#include "processdocument.h"
#include "processedgeitem.h"
#include "processeditor.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"

#include "bpmn/bpmnconsistencycheck.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnsemanticmodel.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

class TestProcessEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void paletteCreateConnectUndoSave();
    void dragMovesSelectionInOneStep();
    void rubberBandSelects();
    void refusedConnectionTellsWhy();
    void keyboardSelectAllAndDelete();
    void fileWithTwoDiagramsOffersAChooser();

private:
    QWidget *viewport() const { return m_editor->view()->viewport(); }
    QPoint viewPos(QPointF scenePos) const { return m_editor->view()->mapFromScene(scenePos); }
    void clickPalette(QAction *action);
    void drag(QPoint from, QPoint to);
    QString place(BpmnElementType type, QPoint at);
    int flowCount() const;

    ProcessEditor *m_editor = nullptr;
};

void TestProcessEditor::init()
{
    m_editor = new ProcessEditor;
    // These cases check exact positions; snapping has its own test (tst_editortools).
    m_editor->setSnapToGrid(false);
    m_editor->resize(900, 650);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestProcessEditor::cleanup()
{
    m_editor->document()->undoStack()->setClean(); // no "save changes?" on close
    delete m_editor;
}

void TestProcessEditor::clickPalette(QAction *action)
{
    QVERIFY(action);
    QWidget *button = m_editor->palette()->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(action->isChecked());
}

void TestProcessEditor::drag(QPoint from, QPoint to)
{
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 5; ++step) {
        const QPoint at = from + (to - from) * step / 5;
        QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, to);
}

QString TestProcessEditor::place(BpmnElementType type, QPoint at)
{
    clickPalette(m_editor->paletteAction(type));
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, at);
    // Placing selects the new element and hands back to the select tool.
    const QStringList selected = m_editor->scene()->selectedShapeIds();
    if (selected.size() != 1 || !m_editor->selectToolAction()->isChecked())
        return QString();
    return m_editor->scene()->shapeItem(selected.first())->elementId();
}

int TestProcessEditor::flowCount() const
{
    const BpmnSemanticModel semantic = BpmnSemanticModel::fromDocument(m_editor->document()->document());
    return semantic.count(BpmnElementType::SequenceFlow);
}

void TestProcessEditor::paletteCreateConnectUndoSave()
{
    ProcessScene *scene = m_editor->scene();
    const QString startId = place(BpmnElementType::StartEvent, QPoint(150, 200));
    QVERIFY(!startId.isEmpty());
    const QString taskId = place(BpmnElementType::Task, QPoint(400, 200));
    QVERIFY(!taskId.isEmpty());
    QCOMPARE(scene->shapeItemCount(), 2);
    // The element appears where it was dropped.
    QCOMPARE(viewPos(scene->shapeItemForElement(taskId)->renderShape().bounds.center()), QPoint(400, 200));

    clickPalette(m_editor->connectToolAction());
    drag(QPoint(150, 200), QPoint(400, 200));
    QCOMPARE(flowCount(), 1);
    QCOMPARE(scene->edgeItemCount(), 1);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(m_editor->document()->document())));

    QTest::keyClick(m_editor->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(flowCount(), 0);
    QCOMPARE(scene->edgeItemCount(), 0);
    QTest::keyClick(m_editor->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(flowCount(), 1);
    // The toolbar's Undo keeps its short label; its tooltip names the step, and it undoes it.
    auto *undoButton = m_editor->findChild<QAction *>(QStringLiteral("undoButton"));
    QVERIFY(undoButton);
    QCOMPARE(undoButton->text(), QStringLiteral("Undo"));
    QVERIFY(undoButton->isEnabled());
    QCOMPARE(undoButton->toolTip(), m_editor->editorAction(QStringLiteral("undo"))->text().remove(u'&'));
    QVERIFY(undoButton->toolTip().size() > QStringLiteral("Undo").size());
    undoButton->trigger();
    QCOMPARE(flowCount(), 0);
    m_editor->findChild<QAction *>(QStringLiteral("redoButton"))->trigger();
    QCOMPARE(flowCount(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.bpmn"));
    QVERIFY(m_editor->saveFile(path, false));
    QVERIFY(m_editor->document()->undoStack()->isClean());
    ProcessEditor reopened;
    QVERIFY(reopened.openFile(path, false));
    QVERIFY(BpmnXmlCompare::compare(m_editor->document()->document(), reopened.document()->document()).equal);
    QCOMPARE(reopened.scene()->shapeItemCount(), 2);
    QCOMPARE(reopened.scene()->edgeItemCount(), 1);
}

void TestProcessEditor::dragMovesSelectionInOneStep()
{
    ProcessScene *scene = m_editor->scene();
    const QString aId = place(BpmnElementType::Task, QPoint(200, 200));
    const QString bId = place(BpmnElementType::Task, QPoint(400, 200));
    scene->selectIds({scene->shapeItemForElement(aId)->diId(), scene->shapeItemForElement(bId)->diId()});
    const QRectF aBefore = scene->shapeItemForElement(aId)->renderShape().bounds;
    const QRectF bBefore = scene->shapeItemForElement(bId)->renderShape().bounds;
    QUndoStack *stack = m_editor->document()->undoStack();
    const int steps = stack->count();
    const BpmnDocument before = m_editor->document()->document().clone();

    drag(QPoint(200, 200), QPoint(260, 300));
    QCOMPARE(stack->count(), steps + 1);
    const qreal zoom = m_editor->view()->zoom();
    QCOMPARE(scene->shapeItemForElement(aId)->renderShape().bounds,
             aBefore.translated(qRound(60 / zoom), qRound(100 / zoom)));
    QCOMPARE(scene->shapeItemForElement(bId)->renderShape().bounds,
             bBefore.translated(qRound(60 / zoom), qRound(100 / zoom)));
    QCOMPARE(scene->selectedShapeIds().size(), 2);

    stack->undo();
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
    QCOMPARE(scene->shapeItemForElement(aId)->renderShape().bounds, aBefore);
}

void TestProcessEditor::rubberBandSelects()
{
    place(BpmnElementType::StartEvent, QPoint(200, 200));
    place(BpmnElementType::EndEvent, QPoint(300, 200));
    place(BpmnElementType::Task, QPoint(600, 400));
    m_editor->scene()->clearSelection();
    drag(QPoint(100, 100), QPoint(400, 300));
    QCOMPARE(m_editor->scene()->selectedShapeIds().size(), 2);
}

void TestProcessEditor::refusedConnectionTellsWhy()
{
    const QString endId = place(BpmnElementType::EndEvent, QPoint(200, 200));
    const QString taskId = place(BpmnElementType::Task, QPoint(400, 200));
    QVERIFY(!endId.isEmpty() && !taskId.isEmpty());
    const int steps = m_editor->document()->undoStack()->count();
    QSignalSpy messages(m_editor->scene(), &ProcessScene::statusMessage);
    clickPalette(m_editor->connectToolAction());
    drag(QPoint(200, 200), QPoint(400, 200));
    QCOMPARE(flowCount(), 0);
    QCOMPARE(m_editor->document()->undoStack()->count(), steps);
    QCOMPARE(messages.size(), 1);
}

void TestProcessEditor::keyboardSelectAllAndDelete()
{
    const QString startId = place(BpmnElementType::StartEvent, QPoint(150, 200));
    const QString taskId = place(BpmnElementType::Task, QPoint(400, 200));
    clickPalette(m_editor->connectToolAction());
    drag(QPoint(150, 200), QPoint(400, 200));
    QCOMPARE(flowCount(), 1);
    clickPalette(m_editor->selectToolAction());
    m_editor->view()->setFocus();
    QTest::keyClick(m_editor->view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_editor->scene()->selectedIds().size(), 3);
    QTest::keyClick(m_editor->view(), Qt::Key_Delete);
    QCOMPARE(m_editor->scene()->shapeItemCount(), 0);
    QCOMPARE(m_editor->scene()->edgeItemCount(), 0);
    QCOMPARE(flowCount(), 0);
    QTest::keyClick(m_editor->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->scene()->shapeItemCount(), 2);
    QCOMPARE(flowCount(), 1);
}

// A file with two diagrams: the editor offers a chooser and shows the chosen diagram; a file with one
// diagram shows no chooser.
void TestProcessEditor::fileWithTwoDiagramsOffersAChooser()
{
    auto *box = m_editor->findChild<QComboBox *>(QStringLiteral("diagramBox"));
    QVERIFY(box);
    QVERIFY(!box->isVisibleTo(m_editor));
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Defs" targetNamespace="urn:test">
  <process id="P1" name="Sales"><task id="A" name="Offer"/></process>
  <process id="P2" name="Support"><task id="B" name="Answer"/><task id="C" name="Close"/></process>
  <bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="Pl1" bpmnElement="P1">
    <bpmndi:BPMNShape id="A_di" bpmnElement="A"><dc:Bounds x="100" y="100" width="100" height="80"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="D2"><bpmndi:BPMNPlane id="Pl2" bpmnElement="P2">
    <bpmndi:BPMNShape id="B_di" bpmnElement="B"><dc:Bounds x="100" y="100" width="100" height="80"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="C_di" bpmnElement="C"><dc:Bounds x="300" y="100" width="100" height="80"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>
)";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.bpmn"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    QVERIFY(m_editor->openFile(path, false));
    QVERIFY(box->isVisibleTo(m_editor));
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->itemText(0), QStringLiteral("Sales"));
    QCOMPARE(m_editor->scene()->shapeItemCount(), 1);
    box->setCurrentIndex(1);
    emit box->activated(1);
    QCOMPARE(m_editor->document()->currentDiagram(), 1);
    QCOMPARE(m_editor->scene()->shapeItemCount(), 2);
    QVERIFY(m_editor->scene()->shapeItemForElement(QStringLiteral("C")));
    if (const QString shots = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(m_editor->grab().save(shots + QStringLiteral("/designer-two-diagrams.png")));
}

QTEST_MAIN(TestProcessEditor)
#include "tst_processeditor.moc"
