#include "processdocument.h"
#include "processeditor.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"

#include "bpmn/bpmnxmlcompare.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

// Dragging an element kind from the palette onto the canvas creates it where it is dropped,
// as one undo step; anything else dropped on the canvas changes nothing.
class TestPaletteDrop : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dragFromThePaletteCarriesTheKind();
    void dropCreatesTheElementWhereDropped_data();
    void dropCreatesTheElementWhereDropped();
    void foreignDropChangesNothing();
    void familyButtonDragsItsChosenVariant();

private:
    // Sends the drag enter, move and drop a user's drag would; returns whether it was accepted.
    bool dropAt(QMimeData *data, QPoint pos);

    ProcessEditor *m_editor = nullptr;
};

void TestPaletteDrop::init()
{
    m_editor = new ProcessEditor;
    m_editor->resize(1200, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestPaletteDrop::cleanup()
{
    m_editor->document()->undoStack()->setClean();
    delete m_editor;
}

bool TestPaletteDrop::dropAt(QMimeData *data, QPoint pos)
{
    QWidget *viewport = m_editor->view()->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

void TestPaletteDrop::dragFromThePaletteCarriesTheKind()
{
    QAction *action = m_editor->paletteAction(BpmnElementType::UserTask);
    QVERIFY(action);
    QWidget *button = m_editor->palette()->widgetForAction(action);
    QVERIFY(button);
    const QPoint from = button->rect().center();
    QTest::mousePress(button, Qt::LeftButton, Qt::NoModifier, from);
    const QPoint to = from + QPoint(QApplication::startDragDistance() + 5, 0);
    QMouseEvent move(QEvent::MouseMove, to, button->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(button, &move);
    // The offscreen platform ends the drag at once; the drag object is still there to inspect.
    auto *drag = button->findChild<QDrag *>();
    QVERIFY(drag);
    QCOMPARE(ProcessView::elementType(drag->mimeData()), std::optional(BpmnElementType::UserTask));
    QVERIFY(!action->isChecked()); // a drag does not switch the tool
}

void TestPaletteDrop::dropCreatesTheElementWhereDropped_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("task") << int(BpmnElementType::Task);
    QTest::newRow("start event") << int(BpmnElementType::StartEvent);
    QTest::newRow("exclusive gateway") << int(BpmnElementType::ExclusiveGateway);
}

void TestPaletteDrop::dropCreatesTheElementWhereDropped()
{
    QFETCH(int, type);
    const BpmnDocument before = m_editor->document()->document().clone();
    const QPoint pos(400, 300);
    const QPointF scenePos = m_editor->view()->mapToScene(pos);
    const std::unique_ptr<QMimeData> data(ProcessView::createElementMimeData(BpmnElementType(type)));
    QVERIFY(dropAt(data.get(), pos));

    QCOMPARE(m_editor->scene()->shapeItemCount(), 1);
    QCOMPARE(m_editor->document()->undoStack()->count(), 1);
    const QList<QGraphicsItem *> selected = m_editor->scene()->selectedItems();
    QCOMPARE(selected.size(), 1);
    auto *item = static_cast<ProcessShapeItem *>(selected.first());
    QCOMPARE(int(item->renderShape().type), type);
    const QPointF centre = item->renderShape().bounds.center();
    // Centred where dropped, on the nearest grid point (snap to grid is on by default).
    const int grid = m_editor->scene()->gridSize();
    QVERIFY2(qAbs(centre.x() - scenePos.x()) <= grid / 2.0 + 1 &&
                 qAbs(centre.y() - scenePos.y()) <= grid / 2.0 + 1,
             "centred where dropped");

    m_editor->document()->undoStack()->undo();
    QCOMPARE(m_editor->scene()->shapeItemCount(), 0);
    QVERIFY(BpmnXmlCompare::compare(before, m_editor->document()->document()).equal);
}

void TestPaletteDrop::foreignDropChangesNothing()
{
    auto *text = new QMimeData;
    text->setText(QStringLiteral("Task"));
    QVERIFY(!dropAt(text, QPoint(300, 300)));
    auto *unknown = new QMimeData;
    unknown->setData(ProcessView::elementMimeType(), "definitions");
    QVERIFY(!dropAt(unknown, QPoint(300, 300)));
    QCOMPARE(m_editor->document()->undoStack()->count(), 0);
    delete text;
    delete unknown;
}

void TestPaletteDrop::familyButtonDragsItsChosenVariant()
{
    // The event family's button shows the variant chosen last; a drag from it carries that kind.
    BpmnElementSpec timer(BpmnElementType::BoundaryEvent);
    timer.definition = BpmnEventDefinitionType::Timer;
    QAction *action = m_editor->paletteAction(timer);
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Timer boundary event"));
    QCOMPARE(m_editor->paletteAction(BpmnElementType::BoundaryEvent), action); // the same button
    QCOMPARE(action->text(), QStringLiteral("Boundary event"));
    m_editor->paletteAction(timer);
    QWidget *button = m_editor->palette()->widgetForAction(action);
    QVERIFY(button);
    const QPoint from(8, button->height() / 2);
    QTest::mousePress(button, Qt::LeftButton, Qt::NoModifier, from);
    const QPoint to = from + QPoint(QApplication::startDragDistance() + 5, 0);
    QMouseEvent move(QEvent::MouseMove, to, button->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(button, &move);
    auto *drag = button->findChild<QDrag *>();
    QVERIFY(drag);
    QCOMPARE(ProcessView::elementType(drag->mimeData()), std::optional(BpmnElementType::BoundaryEvent));
}

QTEST_MAIN(TestPaletteDrop)
#include "tst_palettedrop.moc"
