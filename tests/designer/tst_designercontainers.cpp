#include "moveshapescommand.h"
#include "processdocument.h"
#include "processeditor.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "processview.h"
#include "resizeshapecommand.h"

#include "bpmn/bpmnconsistencycheck.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnxmlcompare.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

// Pools, lanes, boundary events, sub-processes and "change type" in the designer: what the
// palette creates and where it belongs, membership of what is moved, each gesture one undo step
// that restores the XML exactly.
class TestDesignerContainers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void paletteFitsAnd800PixelWindow();
    void everyPaletteEntryCreatesItsKind_data();
    void everyPaletteEntryCreatesItsKind();
    void droppedKindsAreCreated_data();
    void droppedKindsAreCreated();
    void poolMakesTheProcessACollaboration();
    void secondPoolGetsItsOwnProcess();
    void lanesDivideThePoolAndHoldTheirElements();
    void addLaneAboveAndBelow();
    void verticalPoolAndLanes();
    void boundaryEventAttachesToTheActivity();
    void boundaryEventNeedsAnActivity();
    void boundaryEventMovedAloneStaysOnABorder();
    void changeTypeKeepsIdNameAndFlows();
    void changeTypeOfEvents();
    void changeTypeRefusesWhatBreaksFlows();
    void changeTypeOfSubProcesses();
    void subProcessTakesWhatIsMovedIntoIt();
    void flowAcrossTheBorderIsRefused();
    void moveIntoAnotherPoolChangesProcess();
    void movingAPoolMovesItsContents();
    void dragOnAPoolBodySelectsWhatItHolds();
    void resizingAPoolResizesItsLanes();
    void resizingALaneMovesTheLanesAfterIt();
    void nudgedAcrossALaneBorder();
    void contextPadAddsLanesAndChangesType();
    void rightClickOffersChangeTypeAndLanes();
    void boundaryEventFollowsItsActivityIntoAnotherLane();
    void collapsedPoolTakesNothing();
    void smallMovesKeepTheMembershipOfOpenedFiles();
    void droppedOnAFlowInASubProcessSplitsIt();
    void deletedLaneLeavesNoHole();
    void deletedPoolTakesItsContent();
    void deletingTheLastPoolGivesAProcessDiagram();
    void screenshots();

private:
    QWidget *viewport() const { return m_editor->view()->viewport(); }
    QPoint viewPos(QPointF scenePos) const { return m_editor->view()->mapFromScene(scenePos); }
    const BpmnDocument &doc() const { return m_editor->document()->document(); }
    QUndoStack *stack() const { return m_editor->document()->undoStack(); }
    // Creates through the editor (as a drop does), returns the new element's id.
    QString create(const BpmnElementSpec &spec, QPointF at);
    QString selectedElement() const;
    QRectF boundsOf(const QString &elementId) const;
    void drag(QPointF fromScene, QPointF toScene);
    bool dropAt(QMimeData *data, QPoint pos);
    QStringList laneRefs(const QString &laneId) const;
    QString statusText() const;
    bool sameAs(const BpmnDocument &expected) const;
    // A plain process with start -> task -> end, connected.
    void buildProcess();

    ProcessEditor *m_editor = nullptr;
    QString m_start;
    QString m_task;
    QString m_end;
};

void TestDesignerContainers::init()
{
    m_editor = new ProcessEditor;
    m_editor->setSnapToGrid(false);
    m_editor->resize(1280, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->view()->resetZoom();
    m_editor->view()->centerOn(QPointF(500, 350));
}

void TestDesignerContainers::cleanup()
{
    stack()->setClean();
    delete m_editor;
    m_editor = nullptr;
}

QString TestDesignerContainers::create(const BpmnElementSpec &spec, QPointF at)
{
    const int before = stack()->index();
    m_editor->createElement(spec, at);
    if (stack()->index() != before + 1)
        return QString();
    return selectedElement();
}

QString TestDesignerContainers::selectedElement() const
{
    const QStringList selected = m_editor->scene()->selectedShapeIds();
    if (selected.size() != 1)
        return QString();
    return m_editor->scene()->shapeItem(selected.first())->elementId();
}

QRectF TestDesignerContainers::boundsOf(const QString &elementId) const
{
    const ProcessShapeItem *item = m_editor->scene()->shapeItemForElement(elementId);
    return item ? item->renderShape().bounds : QRectF();
}

void TestDesignerContainers::drag(QPointF fromScene, QPointF toScene)
{
    const QPoint from = viewPos(fromScene);
    const QPoint to = viewPos(toScene);
    QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 5; ++step) {
        const QPoint at = from + (to - from) * step / 5;
        QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
    }
    QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, to);
}

bool TestDesignerContainers::dropAt(QMimeData *data, QPoint pos)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);
    return drop.isAccepted();
}

QStringList TestDesignerContainers::laneRefs(const QString &laneId) const
{
    QStringList refs;
    const BpmnXmlNode *lane = doc().elementById(laneId);
    if (!lane)
        return refs;
    for (const BpmnXmlNode *ref : lane->childElements(BpmnNamespaces::model, u"flowNodeRef"))
        refs.append(ref->textContent().trimmed());
    return refs;
}

QString TestDesignerContainers::statusText() const
{
    // The status line is the editor's last direct QLabel child.
    const QList<QLabel *> labels = m_editor->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    return labels.isEmpty() ? QString() : labels.last()->text();
}

bool TestDesignerContainers::sameAs(const BpmnDocument &expected) const
{
    const BpmnXmlCompare::Result result = BpmnXmlCompare::compare(expected, doc());
    if (!result.equal)
        qWarning() << result.differences;
    return result.equal;
}

void TestDesignerContainers::buildProcess()
{
    m_start = create(BpmnElementType::StartEvent, QPointF(200, 300));
    m_task = create(BpmnElementType::Task, QPointF(350, 300));
    m_end = create(BpmnElementType::EndEvent, QPointF(500, 300));
    QVERIFY(!m_start.isEmpty() && !m_task.isEmpty() && !m_end.isEmpty());
    m_editor->connectToolAction()->trigger();
    drag(QPointF(200, 300), QPointF(350, 300));
    m_editor->connectToolAction()->trigger();
    drag(QPointF(350, 300), QPointF(500, 300));
    m_editor->selectToolAction()->trigger();
    QCOMPARE(doc().elementById(m_task)->childElements(BpmnNamespaces::model, u"incoming").size(), 1);
    QCOMPARE(doc().elementById(m_task)->childElements(BpmnNamespaces::model, u"outgoing").size(), 1);
}

void TestDesignerContainers::paletteFitsAnd800PixelWindow()
{
    m_editor->resize(1000, 800);
    QApplication::processEvents();
    QToolBar *palette = m_editor->palette();
    // Every entry is a visible button inside the palette: nothing went to an overflow menu.
    for (QAction *action : palette->actions()) {
        if (action->isSeparator())
            continue;
        QWidget *button = palette->widgetForAction(action);
        QVERIFY2(button && button->isVisible(), qPrintable(action->text()));
        QVERIFY2(palette->rect().contains(button->geometry()), qPrintable(action->text()));
    }
    // Every variant is reachable from its family button's menu.
    int variants = 0;
    for (QToolButton *button : palette->findChildren<QToolButton *>()) {
        if (button->menu())
            variants += int(button->menu()->actions().size());
    }
    QCOMPARE(variants, int(m_editor->paletteSpecs().size()));
    QVERIFY(variants >= 50);
}

void TestDesignerContainers::everyPaletteEntryCreatesItsKind_data()
{
    QTest::addColumn<QString>("key");
    ProcessEditor editor;
    for (const BpmnElementSpec &spec : editor.paletteSpecs())
        QTest::newRow(qPrintable(spec.key())) << spec.key();
}

void TestDesignerContainers::everyPaletteEntryCreatesItsKind()
{
    QFETCH(QString, key);
    const BpmnElementSpec spec = BpmnElementSpec::fromKey(key);
    QCOMPARE(spec.key(), key);
    QPointF at(400, 300);
    if (spec.type == BpmnElementType::BoundaryEvent) {
        create(BpmnElementType::Task, QPointF(400, 300));
        at = QPointF(400, 338); // near the task's bottom border
    } else if (spec.type == BpmnElementType::Lane) {
        create(BpmnElementType::Participant, QPointF(400, 300));
        at = QPointF(400, 400); // the lower half of the pool
    }
    const int before = stack()->count();
    const BpmnDocument original = doc().clone();
    // Click the palette entry, then the canvas.
    QAction *action = m_editor->paletteAction(spec);
    QVERIFY(action);
    QWidget *button = m_editor->palette()->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
    QVERIFY(action->isChecked());
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(at));
    QCOMPARE(stack()->count(), before + 1);
    const QString id = selectedElement();
    QVERIFY(!id.isEmpty());
    const BpmnXmlNode *element = doc().elementById(id);
    QVERIFY(element);
    QCOMPARE(element->name(), BpmnSchema::elementName(spec.type));
    const BpmnXmlNode *shape = doc().elementById(id + QStringLiteral("_di"));
    QVERIFY(shape);
    if (spec.definition != BpmnEventDefinitionType::None)
        QVERIFY(element->firstChildElement(BpmnNamespaces::model,
                                           BpmnElementSpec::definitionName(spec.definition)));
    else
        QCOMPARE(element->childCount(), 0);
    if (spec.type == BpmnElementType::BoundaryEvent) {
        QVERIFY(!element->attribute(u"attachedToRef").isEmpty());
        QCOMPARE(element->attribute(u"cancelActivity") == u"false", !spec.interrupting);
    }
    if (spec.type == BpmnElementType::Participant)
        QCOMPARE(shape->attribute(u"isHorizontal"),
                 spec.horizontal ? QStringLiteral("true") : QStringLiteral("false"));
    if (spec.type == BpmnElementType::SubProcess) {
        QCOMPARE(shape->attribute(u"isExpanded") == u"true", spec.expanded || spec.triggeredByEvent);
        QCOMPARE(element->attribute(u"triggeredByEvent") == u"true", spec.triggeredByEvent);
    }
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    stack()->undo();
    QVERIFY(sameAs(original));
}

void TestDesignerContainers::droppedKindsAreCreated_data()
{
    QTest::addColumn<int>("type");
    for (BpmnElementType type :
         {BpmnElementType::IntermediateCatchEvent, BpmnElementType::SendTask, BpmnElementType::ReceiveTask,
          BpmnElementType::ManualTask, BpmnElementType::BusinessRuleTask, BpmnElementType::ScriptTask,
          BpmnElementType::CallActivity, BpmnElementType::InclusiveGateway,
          BpmnElementType::EventBasedGateway, BpmnElementType::ComplexGateway, BpmnElementType::Participant})
        QTest::newRow(qPrintable(BpmnSchema::elementName(type))) << int(type);
}

void TestDesignerContainers::droppedKindsAreCreated()
{
    QFETCH(int, type);
    const std::unique_ptr<QMimeData> data(ProcessView::createElementMimeData(BpmnElementType(type)));
    QVERIFY(dropAt(data.get(), viewPos(QPointF(400, 300))));
    QCOMPARE(stack()->count(), 1);
    const QString id = selectedElement();
    QVERIFY(!id.isEmpty());
    QCOMPARE(doc().elementById(id)->name(), BpmnSchema::elementName(BpmnElementType(type)));
}

void TestDesignerContainers::poolMakesTheProcessACollaboration()
{
    buildProcess();
    const BpmnDocument before = doc().clone();
    const QString processId = m_editor->document()->process()->attribute(u"id");
    const int shapes = m_editor->scene()->shapeItemCount();
    const int count = stack()->count();
    const std::unique_ptr<QMimeData> data(ProcessView::createElementMimeData(BpmnElementType::Participant));
    QVERIFY(dropAt(data.get(), viewPos(QPointF(700, 600))));
    QCOMPARE(stack()->count(), count + 1);
    const QString poolId = selectedElement();
    const BpmnXmlNode *participant = doc().elementById(poolId);
    QVERIFY(participant);
    QCOMPARE(participant->name(), QStringLiteral("participant"));
    QCOMPARE(participant->attribute(u"processRef"), processId);
    const BpmnXmlNode *collaboration = participant->parent();
    QCOMPARE(collaboration->name(), QStringLiteral("collaboration"));
    QCOMPARE(m_editor->document()->plane()->attribute(u"bpmnElement"), collaboration->attribute(u"id"));
    // The pool encloses what was drawn, wherever it was dropped.
    const QRectF pool = boundsOf(poolId);
    for (const QString &id : {m_start, m_task, m_end})
        QVERIFY(pool.contains(boundsOf(id)));
    QCOMPARE(m_editor->scene()->shapeItemCount(), shapes + 1);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    // New elements dropped into the pool go into its process.
    const QString task = create(BpmnElementType::UserTask, QPointF(650, 300));
    QVERIFY(!task.isEmpty());
    QCOMPARE(doc().elementById(task)->parent()->attribute(u"id"), processId);
    stack()->undo();

    // Saved and opened again: the same elements.
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("pool.bpmn"));
    QVERIFY(m_editor->saveFile(fileName, false));
    BpmnReadResult reread = BpmnReader::readFile(fileName);
    QVERIFY(reread.readable);
    QVERIFY(BpmnXmlCompare::compare(doc(), reread.document).equal);
    ProcessEditor other;
    QVERIFY(other.openFile(fileName, false));
    QCOMPARE(other.scene()->shapeItemCount(), shapes + 1);
    QCOMPARE(other.scene()->edgeItemCount(), m_editor->scene()->edgeItemCount());

    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::secondPoolGetsItsOwnProcess()
{
    buildProcess();
    const QString first = create(BpmnElementType::Participant, QPointF(400, 300));
    QVERIFY(!first.isEmpty());
    const BpmnDocument before = doc().clone();
    const QRectF firstBounds = boundsOf(first);
    const QString second =
        create(BpmnElementType::Participant, QPointF(firstBounds.center().x(), firstBounds.bottom() + 200));
    QVERIFY(!second.isEmpty());
    const BpmnXmlNode *participant = doc().elementById(second);
    QCOMPARE(participant->parent(), doc().elementById(first)->parent()); // the same collaboration
    const BpmnXmlNode *process = doc().elementById(participant->attribute(u"processRef"));
    QVERIFY(process);
    QCOMPARE(process->name(), QStringLiteral("process"));
    QVERIFY(process->attribute(u"id") != doc().elementById(first)->attribute(u"processRef"));
    QCOMPARE(doc().root()->childElements(BpmnNamespaces::model, u"process").size(), 2);
    // A task dropped into the second pool goes to its process.
    const QString task = create(BpmnElementType::Task, boundsOf(second).center());
    QCOMPARE(doc().elementById(task)->parent(), process);
    // Beside the pools a flow node goes into the nearest pool's process.
    const QString beside =
        create(BpmnElementType::Task, QPointF(firstBounds.right() + 400, firstBounds.top()));
    QCOMPARE(doc().elementById(beside)->parent()->attribute(u"id"),
             doc().elementById(first)->attribute(u"processRef"));
    const QString below =
        create(BpmnElementType::Task, QPointF(firstBounds.center().x(), boundsOf(second).bottom() + 300));
    QCOMPARE(doc().elementById(below)->parent(), process);
    stack()->undo();
    stack()->undo();
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    stack()->undo();
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::lanesDivideThePoolAndHoldTheirElements()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    const QRectF poolBounds = boundsOf(pool);
    const BpmnDocument beforeLane = doc().clone();
    // A lane dropped on the lower half of a pool without lanes: the pool's content becomes the
    // first lane, the new lane goes below.
    const std::unique_ptr<QMimeData> data(ProcessView::createElementMimeData(BpmnElementType::Lane));
    QVERIFY(dropAt(data.get(), viewPos(QPointF(poolBounds.center().x(), poolBounds.bottom() - 10))));
    const QString lower = selectedElement();
    QVERIFY(!lower.isEmpty());
    const BpmnXmlNode *laneSet = doc().elementById(lower)->parent();
    QCOMPARE(laneSet->name(), QStringLiteral("laneSet"));
    const QVector<BpmnXmlNode *> lanes = laneSet->childElements(BpmnNamespaces::model, u"lane");
    QCOMPARE(lanes.size(), 2);
    const QString upper = lanes.first()->attribute(u"id");
    QCOMPARE(lanes.last()->attribute(u"id"), lower);
    QStringList expected{m_start, m_task, m_end};
    QStringList refs = laneRefs(upper);
    std::sort(expected.begin(), expected.end());
    std::sort(refs.begin(), refs.end());
    QCOMPARE(refs, expected);
    QVERIFY(laneRefs(lower).isEmpty());
    // The lanes divide the pool, which grew by the new lane.
    const QRectF grown = boundsOf(pool);
    QCOMPARE(grown.top(), poolBounds.top());
    QVERIFY(grown.height() > poolBounds.height());
    QCOMPARE(boundsOf(upper).top(), grown.top());
    QCOMPARE(boundsOf(upper).bottom(), boundsOf(lower).top());
    QCOMPARE(boundsOf(lower).bottom(), grown.bottom());
    QCOMPARE(boundsOf(upper).left(), grown.left() + 30);
    QCOMPARE(doc().elementById(lower + QStringLiteral("_di"))->attribute(u"isHorizontal"),
             QStringLiteral("true"));
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));

    // A task dropped into the lower lane is its flowNodeRef.
    const BpmnDocument beforeTask = doc().clone();
    m_editor->paletteAction(BpmnElementType::ServiceTask)->trigger();
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, viewPos(boundsOf(lower).center()));
    const QString task = selectedElement();
    QVERIFY(!task.isEmpty());
    QCOMPARE(laneRefs(lower), QStringList{task});
    QVERIFY(!laneRefs(upper).contains(task));

    // Moved to the upper lane: the refs follow, in one undo step.
    const BpmnDocument beforeMove = doc().clone();
    const int count = stack()->count();
    const QPointF from = boundsOf(task).center();
    drag(from, QPointF(from.x() + 150, boundsOf(upper).center().y() + 40));
    QCOMPARE(stack()->count(), count + 1);
    QVERIFY(laneRefs(upper).contains(task));
    QVERIFY(laneRefs(lower).isEmpty());
    QCOMPARE(laneRefs(upper).count(task), 1);
    const BpmnDocument afterMove = doc().clone();
    stack()->undo();
    QVERIFY(sameAs(beforeMove));
    stack()->redo();
    QVERIFY(sameAs(afterMove));
    stack()->undo();
    stack()->undo();
    QVERIFY(sameAs(beforeTask));
    stack()->undo();
    QVERIFY(sameAs(beforeLane));
}

void TestDesignerContainers::addLaneAboveAndBelow()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    QVERIFY(m_editor->addLane(pool, false));
    const QString second = selectedElement();
    const BpmnXmlNode *laneSet = doc().elementById(second)->parent();
    const QString first = laneSet->childElements(BpmnNamespaces::model, u"lane").first()->attribute(u"id");
    const BpmnDocument before = doc().clone();
    const QRectF poolBefore = boundsOf(pool);
    const QRectF taskBefore = boundsOf(m_task);
    // Above the first lane: the pool grows upwards, nothing else moves.
    QVERIFY(m_editor->addLane(first, true));
    const QString top = selectedElement();
    QCOMPARE(laneSet->childElements(BpmnNamespaces::model, u"lane").first()->attribute(u"id"), top);
    QCOMPARE(boundsOf(pool).top(), poolBefore.top() - 120);
    QCOMPARE(boundsOf(pool).bottom(), poolBefore.bottom());
    QCOMPARE(boundsOf(top).bottom(), boundsOf(first).top());
    QCOMPARE(boundsOf(m_task), taskBefore);
    QCOMPARE(stack()->count(), stack()->index());
    stack()->undo();
    QVERIFY(sameAs(before));
    // Below the first lane, between it and the second: the second lane moves down with its elements.
    const QString inSecond = create(BpmnElementType::Task, boundsOf(second).center());
    const QRectF inSecondBefore = boundsOf(inSecond);
    const QRectF secondBefore = boundsOf(second);
    QVERIFY(m_editor->addLane(first, false));
    const QString middle = selectedElement();
    QCOMPARE(laneSet->childElements(BpmnNamespaces::model, u"lane").at(1)->attribute(u"id"), middle);
    QCOMPARE(boundsOf(middle).top(), boundsOf(first).bottom());
    QCOMPARE(boundsOf(second).top(), secondBefore.top() + 120);
    QCOMPARE(boundsOf(inSecond).top(), inSecondBefore.top() + 120);
    QCOMPARE(boundsOf(m_task), taskBefore);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    stack()->undo();
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::verticalPoolAndLanes()
{
    BpmnElementSpec vertical(BpmnElementType::Participant);
    vertical.horizontal = false;
    const QString pool = create(vertical, QPointF(400, 400));
    QVERIFY(!pool.isEmpty());
    QCOMPARE(doc().elementById(pool + QStringLiteral("_di"))->attribute(u"isHorizontal"),
             QStringLiteral("false"));
    const QRectF poolBounds = boundsOf(pool);
    QVERIFY(poolBounds.height() > poolBounds.width());
    const QString task = create(BpmnElementType::Task, poolBounds.center());
    QVERIFY(m_editor->addLane(pool, false));
    const QString right = selectedElement();
    const BpmnXmlNode *laneSet = doc().elementById(right)->parent();
    const QString left = laneSet->childElements(BpmnNamespaces::model, u"lane").first()->attribute(u"id");
    QCOMPARE(doc().elementById(right + QStringLiteral("_di"))->attribute(u"isHorizontal"),
             QStringLiteral("false"));
    // Side by side below the name band, the pool wider.
    QCOMPARE(boundsOf(left).right(), boundsOf(right).left());
    QCOMPARE(boundsOf(left).top(), poolBounds.top() + 30);
    QCOMPARE(boundsOf(pool).width(), poolBounds.width() + 120);
    QCOMPARE(laneRefs(left), QStringList{task});
    // Moved into the right lane.
    drag(boundsOf(task).center(), boundsOf(right).center());
    QCOMPARE(laneRefs(right), QStringList{task});
    QVERIFY(laneRefs(left).isEmpty());
}

void TestDesignerContainers::boundaryEventAttachesToTheActivity()
{
    buildProcess();
    const QRectF task = boundsOf(m_task);
    BpmnElementSpec timer(BpmnElementType::BoundaryEvent);
    timer.definition = BpmnEventDefinitionType::Timer;
    const BpmnDocument before = doc().clone();
    const QString event = create(timer, QPointF(task.center().x() + 10, task.bottom() - 6));
    QVERIFY(!event.isEmpty());
    const BpmnXmlNode *element = doc().elementById(event);
    QCOMPARE(element->name(), QStringLiteral("boundaryEvent"));
    QCOMPARE(element->attribute(u"attachedToRef"), m_task);
    QVERIFY(!element->hasAttribute(u"cancelActivity")); // interrupting, the default
    QVERIFY(element->firstChildElement(BpmnNamespaces::model, u"timerEventDefinition"));
    QCOMPARE(element->parent(), doc().elementById(m_task)->parent());
    // On the border.
    QCOMPARE(boundsOf(event).center().y(), task.bottom());
    QVERIFY(boundsOf(event).center().x() > task.left() && boundsOf(event).center().x() < task.right());
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    // It moves with its activity.
    const QRectF eventBounds = boundsOf(event);
    drag(task.center(), task.center() + QPointF(40, 60));
    QCOMPARE(boundsOf(event), eventBounds.translated(40, 60));
    stack()->undo();
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::boundaryEventNeedsAnActivity()
{
    QVERIFY(create(BpmnElementType::BoundaryEvent, QPointF(300, 300)).isEmpty());
    QCOMPARE(stack()->count(), 0);
    QVERIFY(statusText().contains(QStringLiteral("boundary"), Qt::CaseInsensitive));
}

void TestDesignerContainers::boundaryEventMovedAloneStaysOnABorder()
{
    const QString first = create(BpmnElementType::Task, QPointF(300, 300));
    const QString second = create(BpmnElementType::UserTask, QPointF(600, 300));
    const QString event = create(BpmnElementType::BoundaryEvent, QPointF(300, 340));
    QCOMPARE(doc().elementById(event)->attribute(u"attachedToRef"), first);
    const BpmnDocument before = doc().clone();
    // Dragged onto the other task, a little inside it: attached there, on its border.
    m_editor->scene()->selectIds({event + QStringLiteral("_di")});
    drag(QPointF(300, 340), QPointF(620, 332));
    QCOMPARE(doc().elementById(event)->attribute(u"attachedToRef"), second);
    QCOMPARE(boundsOf(event).center(), QPointF(620, boundsOf(second).bottom()));
    QCOMPARE(stack()->index(), stack()->count());
    stack()->undo();
    QVERIFY(sameAs(before));
    // Dragged into empty canvas: taken back.
    const int index = stack()->index();
    m_editor->scene()->selectIds({event + QStringLiteral("_di")});
    drag(QPointF(300, 340), QPointF(450, 500));
    QCOMPARE(stack()->index(), index);
    QCOMPARE(stack()->count(), index); // nothing to redo either
    QVERIFY(sameAs(before));
    QVERIFY(statusText().contains(QStringLiteral("border")));
}

void TestDesignerContainers::changeTypeKeepsIdNameAndFlows()
{
    buildProcess();
    BpmnXmlNode *task = doc().elementById(m_task);
    task->setAttribute(QStringLiteral("name"), QStringLiteral("Check order"));
    const BpmnDocument before = doc().clone();
    const QRectF bounds = boundsOf(m_task);
    QVERIFY(m_editor->changeElementType(m_task, BpmnElementType::UserTask));
    QCOMPARE(stack()->count(), stack()->index());
    const BpmnXmlNode *changed = doc().elementById(m_task);
    QCOMPARE(changed->name(), QStringLiteral("userTask"));
    QCOMPARE(changed->attribute(u"name"), QStringLiteral("Check order"));
    QCOMPARE(changed->childElements(BpmnNamespaces::model, u"incoming").size(), 1);
    QCOMPARE(changed->childElements(BpmnNamespaces::model, u"outgoing").size(), 1);
    QCOMPARE(boundsOf(m_task), bounds);
    QCOMPARE(m_editor->scene()->shapeItemForElement(m_task)->renderShape().type, BpmnElementType::UserTask);
    QCOMPARE(m_editor->scene()->edgeItemCount(), 2);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    // The choices offered are the other task kinds.
    const auto choices = m_editor->typeChoices(m_task);
    QVERIFY(choices.size() >= 7);
    for (const auto &choice : choices)
        QVERIFY(BpmnSchema::isTask(choice.first.type) || choice.first.type == BpmnElementType::CallActivity);
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::changeTypeOfEvents()
{
    buildProcess();
    const QString middle = create(BpmnElementType::IntermediateThrowEvent, QPointF(350, 450));
    const BpmnDocument before = doc().clone();
    BpmnElementSpec timer(BpmnElementType::IntermediateCatchEvent);
    timer.definition = BpmnEventDefinitionType::Timer;
    QVERIFY(m_editor->changeElementType(middle, timer));
    const BpmnXmlNode *event = doc().elementById(middle);
    QCOMPARE(event->name(), QStringLiteral("intermediateCatchEvent"));
    QVERIFY(event->firstChildElement(BpmnNamespaces::model, u"timerEventDefinition"));
    QCOMPARE(m_editor->scene()->shapeItemForElement(middle)->renderShape().eventDefinitions,
             QVector<BpmnEventDefinitionType>{BpmnEventDefinitionType::Timer});
    // Timer to message: the definition is replaced, not added.
    BpmnElementSpec message = timer;
    message.definition = BpmnEventDefinitionType::Message;
    QVERIFY(m_editor->changeElementType(middle, message));
    event = doc().elementById(middle);
    QVERIFY(!event->firstChildElement(BpmnNamespaces::model, u"timerEventDefinition"));
    QVERIFY(event->firstChildElement(BpmnNamespaces::model, u"messageEventDefinition"));
    // An end event with its flow becomes a terminate end event.
    BpmnElementSpec terminate(BpmnElementType::EndEvent);
    terminate.definition = BpmnEventDefinitionType::Terminate;
    QVERIFY(m_editor->changeElementType(m_end, terminate));
    QCOMPARE(doc().elementById(m_end)->childElements(BpmnNamespaces::model, u"incoming").size(), 1);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    stack()->undo();
    stack()->undo();
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::changeTypeRefusesWhatBreaksFlows()
{
    buildProcess();
    // The task has an outgoing flow: it cannot become a gateway's kin, the start event (with an
    // outgoing flow) cannot become an end event.
    QVERIFY(!m_editor->changeElementType(m_task, BpmnElementType::ExclusiveGateway));
    QVERIFY(!m_editor->changeElementType(m_start, BpmnElementType::EndEvent));
    QVERIFY(!statusText().isEmpty());
    QVERIFY(!m_editor->changeElementType(m_end, BpmnElementType::StartEvent));
    QCOMPARE(stack()->index(), stack()->count());
    for (const auto &choice : m_editor->typeChoices(m_start))
        QVERIFY(choice.first.type != BpmnElementType::EndEvent);
}

void TestDesignerContainers::changeTypeOfSubProcesses()
{
    BpmnElementSpec expanded(BpmnElementType::SubProcess);
    expanded.expanded = true;
    const QString sub = create(expanded, QPointF(400, 300));
    const QString inner = create(BpmnElementType::Task, QPointF(400, 300));
    const QString before = create(BpmnElementType::StartEvent, QPointF(120, 300));
    m_editor->connectToolAction()->trigger();
    drag(QPointF(120, 300), QPointF(400, 220));
    m_editor->selectToolAction()->trigger();
    QCOMPARE(doc().elementById(sub)->childElements(BpmnNamespaces::model, u"incoming").size(), 1);
    const BpmnDocument original = doc().clone();
    // An event sub-process takes no flows.
    BpmnElementSpec eventSubProcess(BpmnElementType::SubProcess);
    eventSubProcess.triggeredByEvent = true;
    QVERIFY(!m_editor->changeElementType(sub, eventSubProcess));
    for (const auto &choice : m_editor->typeChoices(sub))
        QVERIFY(!choice.first.triggeredByEvent);
    // A transaction keeps the children and the flow.
    QVERIFY(m_editor->changeElementType(sub, BpmnElementType::Transaction));
    QCOMPARE(doc().elementById(sub)->name(), QStringLiteral("transaction"));
    QCOMPARE(doc().elementById(inner)->parent()->attribute(u"id"), sub);
    QCOMPARE(doc().elementById(sub)->childElements(BpmnNamespaces::model, u"incoming").size(), 1);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    stack()->undo();
    QVERIFY(sameAs(original));
    Q_UNUSED(before)
}

void TestDesignerContainers::subProcessTakesWhatIsMovedIntoIt()
{
    BpmnElementSpec expanded(BpmnElementType::SubProcess);
    expanded.expanded = true;
    const QString sub = create(expanded, QPointF(400, 300));
    QVERIFY(!sub.isEmpty());
    // Dropped inside: a child of the sub-process.
    const QString inner = create(BpmnElementType::Task, QPointF(400, 300));
    QCOMPARE(doc().elementById(inner)->parent()->attribute(u"id"), sub);
    // Moved in from outside: it becomes a child too, one undo step.
    const QString outer = create(BpmnElementType::ScriptTask, QPointF(750, 300));
    QCOMPARE(doc().elementById(outer)->parent(), m_editor->document()->process());
    const BpmnDocument before = doc().clone();
    const int count = stack()->count();
    drag(QPointF(750, 300), QPointF(480, 340));
    QCOMPARE(stack()->count(), count + 1);
    QCOMPARE(doc().elementById(outer)->parent()->attribute(u"id"), sub);
    // Moving the sub-process moves its children.
    const QRectF innerBounds = boundsOf(inner);
    const QRectF subBounds = boundsOf(sub);
    drag(QPointF(subBounds.left() + 10, subBounds.top() + 10),
         QPointF(subBounds.left() + 60, subBounds.top() + 110));
    QCOMPARE(boundsOf(inner), innerBounds.translated(50, 100));
    QCOMPARE(doc().elementById(inner)->parent()->attribute(u"id"), sub);
    stack()->undo();
    // And out again.
    drag(boundsOf(outer).center(), QPointF(800, 500));
    QCOMPARE(doc().elementById(outer)->parent(), m_editor->document()->process());
    stack()->undo();
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::flowAcrossTheBorderIsRefused()
{
    BpmnElementSpec expanded(BpmnElementType::SubProcess);
    expanded.expanded = true;
    const QString sub = create(expanded, QPointF(400, 300));
    const QString a = create(BpmnElementType::Task, QPointF(700, 500));
    const QString b = create(BpmnElementType::Task, QPointF(900, 500));
    m_editor->connectToolAction()->trigger();
    drag(QPointF(700, 500), QPointF(900, 500));
    m_editor->selectToolAction()->trigger();
    const BpmnDocument before = doc().clone();
    const int count = stack()->count();
    // `a` alone would leave its flow crossing the border: refused, nothing changes.
    drag(QPointF(700, 500), QPointF(400, 300));
    QVERIFY(statusText().contains(QStringLiteral("cross"), Qt::CaseInsensitive));
    QCOMPARE(stack()->count(), count);
    QVERIFY(sameAs(before));
    // Both together: they and their flow go into the sub-process.
    m_editor->scene()->selectIds({a + QStringLiteral("_di"), b + QStringLiteral("_di")});
    drag(QPointF(700, 500), QPointF(350, 300));
    QCOMPARE(doc().elementById(a)->parent()->attribute(u"id"), sub);
    QCOMPARE(doc().elementById(b)->parent()->attribute(u"id"), sub);
    const QVector<BpmnXmlNode *> flows =
        doc().elementById(sub)->childElements(BpmnNamespaces::model, u"sequenceFlow");
    QCOMPARE(flows.size(), 1);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::moveIntoAnotherPoolChangesProcess()
{
    const QString first = create(BpmnElementType::Participant, QPointF(400, 200));
    const QString second = create(BpmnElementType::Participant, QPointF(400, 520));
    const QString task = create(BpmnElementType::Task, QPointF(400, 200));
    const BpmnXmlNode *firstProcess = doc().elementById(doc().elementById(first)->attribute(u"processRef"));
    const BpmnXmlNode *secondProcess = doc().elementById(doc().elementById(second)->attribute(u"processRef"));
    QCOMPARE(doc().elementById(task)->parent(), firstProcess);
    const BpmnDocument before = doc().clone();
    drag(QPointF(400, 200), QPointF(420, 520));
    QCOMPARE(doc().elementById(task)->parent(), secondProcess);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::movingAPoolMovesItsContents()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    QVERIFY(m_editor->addLane(pool, false));
    const QString lane = selectedElement();
    const BpmnDocument before = doc().clone();
    const QRectF poolBounds = boundsOf(pool);
    const QRectF task = boundsOf(m_task);
    const QRectF laneBounds = boundsOf(lane);
    // Dragged by its name band.
    drag(QPointF(poolBounds.left() + 10, poolBounds.center().y()),
         QPointF(poolBounds.left() + 110, poolBounds.center().y() + 50));
    QCOMPARE(boundsOf(pool), poolBounds.translated(100, 50));
    QCOMPARE(boundsOf(m_task), task.translated(100, 50));
    QCOMPARE(boundsOf(lane), laneBounds.translated(100, 50));
    // Membership unchanged.
    QCOMPARE(doc().elementById(m_task)->parent()->attribute(u"id"),
             doc().elementById(pool)->attribute(u"processRef"));
    stack()->undo();
    QVERIFY(sameAs(before));
}

// A drag on a pool's body (away from its name band and border) draws a selection rectangle over
// what the pool holds instead of moving the pool; a click there selects the pool.
void TestDesignerContainers::dragOnAPoolBodySelectsWhatItHolds()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    const QRectF poolBounds = boundsOf(pool);
    const QRectF start = boundsOf(m_start);
    const QRectF task = boundsOf(m_task);
    m_editor->scene()->clearSelection();
    const int steps = stack()->count();
    // From an empty spot of the body, left of and above the start event, to past the task.
    const QPointF from(poolBounds.left() + 45, poolBounds.top() + 12);
    QVERIFY(!start.contains(from) && poolBounds.contains(from));
    drag(from, QPointF(task.right() + 20, task.bottom() + 20));
    QCOMPARE(boundsOf(pool), poolBounds);
    QCOMPARE(stack()->count(), steps);
    const QStringList selected = m_editor->scene()->selectedShapeIds();
    QVERIFY(selected.contains(m_start + QStringLiteral("_di")));
    QVERIFY(selected.contains(m_task + QStringLiteral("_di")));
    QVERIFY(!selected.contains(m_end + QStringLiteral("_di")));
    QVERIFY(!selected.contains(pool + QStringLiteral("_di")));
    // A click on the body selects the pool alone.
    drag(from, from);
    QCOMPARE(m_editor->scene()->selectedShapeIds(), QStringList{pool + QStringLiteral("_di")});
}

void TestDesignerContainers::resizingAPoolResizesItsLanes()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    QVERIFY(m_editor->addLane(pool, false));
    const QString lower = selectedElement();
    const QString upper = doc()
                              .elementById(lower)
                              ->parent()
                              ->childElements(BpmnNamespaces::model, u"lane")
                              .first()
                              ->attribute(u"id");
    const QRectF poolBounds = boundsOf(pool);
    const QRectF upperBounds = boundsOf(upper);
    const QRectF lowerBounds = boundsOf(lower);
    const BpmnDocument before = doc().clone();
    // The pool selected alone shows its handle; dragged by it, 60 wider and 40 taller.
    m_editor->scene()->selectIds({pool + QStringLiteral("_di")});
    ProcessShapeItem *item = m_editor->scene()->shapeItemForElement(pool);
    QVERIFY(item->isResizable());
    const QPointF handle = item->resizeHandle().center();
    const int count = stack()->count();
    drag(handle, handle + QPointF(60, 40));
    QCOMPARE(stack()->count(), count + 1);
    QCOMPARE(boundsOf(pool).size(), poolBounds.size() + QSizeF(60, 40));
    QCOMPARE(boundsOf(upper), upperBounds.adjusted(0, 0, 60, 0));
    QCOMPARE(boundsOf(lower), lowerBounds.adjusted(0, 0, 60, 40));
    // Shrunk: the last lane keeps a minimum height.
    stack()->undo();
    QVERIFY(sameAs(before));
    auto *command = new ResizeShapeCommand(
        m_editor->document(), ResizeShapeCommand::plan(*m_editor->document(), pool + QStringLiteral("_di")),
        poolBounds.adjusted(0, 0, 0, -500));
    stack()->push(command);
    QVERIFY(boundsOf(lower).height() >= 30);
    QCOMPARE(boundsOf(lower).bottom(), boundsOf(pool).bottom());
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::resizingALaneMovesTheLanesAfterIt()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    QVERIFY(m_editor->addLane(pool, false));
    const QString lower = selectedElement();
    const QString upper = doc()
                              .elementById(lower)
                              ->parent()
                              ->childElements(BpmnNamespaces::model, u"lane")
                              .first()
                              ->attribute(u"id");
    const QString inLower = create(BpmnElementType::Task, boundsOf(lower).center());
    const QRectF poolBounds = boundsOf(pool);
    const QRectF upperBounds = boundsOf(upper);
    const QRectF lowerBounds = boundsOf(lower);
    const QRectF taskBounds = boundsOf(inLower);
    const QRectF upperTask = boundsOf(m_task);
    const BpmnDocument before = doc().clone();
    // The upper lane 50 taller: the lower one and its task move down, the pool grows.
    stack()->push(new ResizeShapeCommand(
        m_editor->document(), ResizeShapeCommand::plan(*m_editor->document(), upper + QStringLiteral("_di")),
        upperBounds.adjusted(0, 0, 0, 50)));
    QCOMPARE(boundsOf(upper), upperBounds.adjusted(0, 0, 0, 50));
    QCOMPARE(boundsOf(lower), lowerBounds.translated(0, 50));
    QCOMPARE(boundsOf(inLower), taskBounds.translated(0, 50));
    QCOMPARE(boundsOf(pool), poolBounds.adjusted(0, 0, 0, 50));
    QCOMPARE(boundsOf(m_task), upperTask); // in the resized lane: stays
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::nudgedAcrossALaneBorder()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    QVERIFY(m_editor->addLane(pool, false));
    const QString lower = selectedElement();
    const QString upper = doc()
                              .elementById(lower)
                              ->parent()
                              ->childElements(BpmnNamespaces::model, u"lane")
                              .first()
                              ->attribute(u"id");
    m_editor->scene()->selectIds({m_task + QStringLiteral("_di")});
    // Arrow keys move by the grid step until the centre is in the lower lane.
    m_editor->setSnapToGrid(true);
    while (boundsOf(m_task).center().y() < boundsOf(lower).top())
        QTest::keyClick(m_editor->view(), Qt::Key_Down);
    QVERIFY(laneRefs(lower).contains(m_task));
    QVERIFY(!laneRefs(upper).contains(m_task));
    QTest::keyClick(m_editor->view(), Qt::Key_Up);
    QVERIFY(laneRefs(upper).contains(m_task));
}

void TestDesignerContainers::contextPadAddsLanesAndChangesType()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    m_editor->scene()->selectIds({pool + QStringLiteral("_di")});
    QWidget *pad = m_editor->contextPad();
    QVERIFY(pad->isVisible());
    auto *below = pad->findChild<QToolButton *>(QStringLiteral("padLaneBelow"));
    QVERIFY(below && below->isVisible());
    QVERIFY(!pad->findChild<QToolButton *>(QStringLiteral("padChangeType"))->isVisible());
    below->click();
    const QString lane = selectedElement();
    QCOMPARE(doc().elementById(lane)->name(), QStringLiteral("lane"));
    QCOMPARE(doc().elementById(lane)->parent()->childElements(BpmnNamespaces::model, u"lane").size(), 2);
    // A lane's pad adds another one above it.
    QVERIFY(pad->isVisible());
    pad->findChild<QToolButton *>(QStringLiteral("padLaneAbove"))->click();
    QCOMPARE(doc().elementById(lane)->parent()->childElements(BpmnNamespaces::model, u"lane").size(), 3);

    // A task's pad offers its kinds.
    m_editor->scene()->selectIds({m_task + QStringLiteral("_di")});
    auto *typeButton = pad->findChild<QToolButton *>(QStringLiteral("padChangeType"));
    QVERIFY(typeButton && typeButton->isVisible());
    QVERIFY(!pad->findChild<QToolButton *>(QStringLiteral("padLaneBelow"))->isVisible());
    QMenu *menu = typeButton->menu();
    QVERIFY(menu);
    emit menu->aboutToShow();
    QAction *script = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Script task"))
            script = action;
    }
    QVERIFY(script);
    script->trigger();
    QCOMPARE(doc().elementById(m_task)->name(), QStringLiteral("scriptTask"));
    QVERIFY(m_editor->scene()->shapeItemForElement(m_task)->isSelected());
}

void TestDesignerContainers::rightClickOffersChangeTypeAndLanes()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    // Right click on the task: its menu has "Change Type" with the task kinds; the pool's menu
    // adds lanes.
    QStringList taskMenu;
    QStringList poolMenu;
    QStringList *reading = &taskMenu;
    const auto readAndChoose = [&reading](const QString &choose) {
        QTimer::singleShot(0, [&reading, choose] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *chosen = nullptr;
            for (QAction *action : menu->actions()) {
                reading->append(action->text());
                if (action->text() == choose)
                    chosen = action;
            }
            menu->close();
            if (chosen)
                chosen->trigger();
        });
    };
    const auto rightClick = [this](QPointF scenePos) {
        const QPoint pos = viewPos(scenePos);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport()->mapToGlobal(pos));
        QApplication::sendEvent(viewport(), &event);
    };
    readAndChoose(QString());
    rightClick(boundsOf(m_task).center());
    QVERIFY(taskMenu.contains(QStringLiteral("Change &Type")));
    QVERIFY(!taskMenu.contains(QStringLiteral("Add Lane &Below")));
    reading = &poolMenu;
    readAndChoose(QStringLiteral("Add Lane &Below"));
    rightClick(QPointF(boundsOf(pool).left() + 10, boundsOf(pool).center().y()));
    QVERIFY(poolMenu.contains(QStringLiteral("Add Lane &Above")));
    const QVector<BpmnXmlNode *> laneSets =
        m_editor->document()->process()->childElements(BpmnNamespaces::model, u"laneSet");
    QCOMPARE(laneSets.size(), 1);
    QCOMPARE(laneSets.first()->childElements(BpmnNamespaces::model, u"lane").size(), 2);
}

void TestDesignerContainers::boundaryEventFollowsItsActivityIntoAnotherLane()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    QVERIFY(m_editor->addLane(pool, false));
    const QString lower = selectedElement();
    const QString upper = doc()
                              .elementById(lower)
                              ->parent()
                              ->childElements(BpmnNamespaces::model, u"lane")
                              .first()
                              ->attribute(u"id");
    const QRectF task = boundsOf(m_task);
    const QString event = create(BpmnElementType::BoundaryEvent, QPointF(task.right(), task.center().y()));
    QVERIFY(laneRefs(upper).contains(event));
    const BpmnDocument before = doc().clone();
    drag(task.center() + QPointF(-20, 0), QPointF(task.center().x() - 20, boundsOf(lower).center().y()));
    QVERIFY(laneRefs(lower).contains(m_task));
    QVERIFY(laneRefs(lower).contains(event));
    QVERIFY(!laneRefs(upper).contains(event));
    QCOMPARE(boundsOf(event).center().x(), boundsOf(m_task).right());
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::collapsedPoolTakesNothing()
{
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    const QString task = create(BpmnElementType::Task, QPointF(400, 300));
    const QString blackBox = create(BpmnElementType::Participant, QPointF(400, 650));
    // A pool without a process (a black box, as other tools draw a partner).
    doc().elementById(blackBox)->removeAttribute(u"", u"processRef");
    m_editor->document()->notifyStructureChanged();
    stack()->clear();
    const BpmnDocument before = doc().clone();
    QVERIFY(create(BpmnElementType::Task, QPointF(400, 650)).isEmpty());
    QVERIFY(statusText().contains(QStringLiteral("collapsed")));
    drag(QPointF(400, 300), QPointF(400, 650));
    QVERIFY(statusText().contains(QStringLiteral("collapsed")));
    QCOMPARE(stack()->count(), 0);
    QVERIFY(sameAs(before));
    QCOMPARE(doc().elementById(task)->parent()->attribute(u"id"),
             doc().elementById(pool)->attribute(u"processRef"));
}

void TestDesignerContainers::droppedOnAFlowInASubProcessSplitsIt()
{
    BpmnElementSpec expanded(BpmnElementType::SubProcess);
    expanded.expanded = true;
    const QString sub = create(expanded, QPointF(450, 300));
    const QString a = create(BpmnElementType::Task, QPointF(360, 300));
    const QString b = create(BpmnElementType::Task, QPointF(560, 300));
    m_editor->connectToolAction()->trigger();
    drag(QPointF(360, 300), QPointF(560, 300));
    m_editor->selectToolAction()->trigger();
    QCOMPARE(doc().elementById(sub)->childElements(BpmnNamespaces::model, u"sequenceFlow").size(), 1);
    const BpmnDocument before = doc().clone();
    const std::unique_ptr<QMimeData> data(
        ProcessView::createElementMimeData(BpmnElementType::InclusiveGateway));
    QVERIFY(dropAt(data.get(), viewPos(QPointF(460, 300))));
    const QString gateway = selectedElement();
    QCOMPARE(doc().elementById(gateway)->parent()->attribute(u"id"), sub);
    // a -> gateway -> b, inside the sub-process, one undo step.
    QCOMPARE(doc().elementById(sub)->childElements(BpmnNamespaces::model, u"sequenceFlow").size(), 2);
    QCOMPARE(doc().elementById(gateway)->childElements(BpmnNamespaces::model, u"incoming").size(), 1);
    QCOMPARE(doc().elementById(gateway)->childElements(BpmnNamespaces::model, u"outgoing").size(), 1);
    stack()->undo();
    QVERIFY(sameAs(before));
    Q_UNUSED(a)
    Q_UNUSED(b)
}

void TestDesignerContainers::smallMovesKeepTheMembershipOfOpenedFiles()
{
    // Files from other tools do not always list lanes as drawn, and an expanded call activity may
    // show another process: a shape moved a little, within its containers, changes only geometry.
    for (const char *name : {"A.4.0", "A.4.1", "B.1.0", "B.2.0", "C.1.0"}) {
        QVERIFY(m_editor->openFile(
            QStringLiteral(PRISTRIY_TEST_DATA "/bpmn/miwg/%1.bpmn").arg(QLatin1String(name)), false));
        const BpmnDocument original = doc().clone();
        QStringList ids;
        for (QGraphicsItem *item : m_editor->scene()->items()) {
            if (item->type() == ProcessShapeItem::Type)
                ids.append(static_cast<ProcessShapeItem *>(item)->diId());
        }
        QVERIFY(ids.size() > 10);
        for (const QString &id : std::as_const(ids)) {
            const MoveShapesCommand::Plan plan = MoveShapesCommand::plan(*m_editor->document(), {id});
            if (plan.isEmpty())
                continue;
            stack()->push(new MoveShapesCommand(m_editor->document(), plan, QPointF(3, 2), 7));
            QCOMPARE(MoveShapesCommand::finishGesture(stack()), QString());
            for (const QString &difference : BpmnXmlCompare::compare(original, doc(), 100000).differences)
                QVERIFY2(difference.contains(u"/Bounds") || difference.contains(u"/waypoint"),
                         qPrintable(QLatin1String(name) + u' ' + difference));
            stack()->undo();
            QVERIFY(BpmnXmlCompare::compare(original, doc()).equal);
        }
    }
    // The expanded call activity of B.2.0 shows the process it calls: that moves along with it.
    QVERIFY(m_editor->openFile(QStringLiteral(PRISTRIY_TEST_DATA "/bpmn/miwg/B.2.0.bpmn"), false));
    const QString inCalled = QStringLiteral("_200f43e7-1385-46e2-a380-3ef16ebe7847"); // a start event there
    const QRectF start = boundsOf(inCalled);
    const MoveShapesCommand::Plan plan = MoveShapesCommand::plan(
        *m_editor->document(), {QStringLiteral("S1373638080908__ba16239e-181e-4b9f-bc5b-0bb2ee973450")});
    stack()->push(new MoveShapesCommand(m_editor->document(), plan, QPointF(20, 10)));
    QCOMPARE(boundsOf(inCalled), start.translated(20, 10));
}

void TestDesignerContainers::deletedLaneLeavesNoHole()
{
    buildProcess();
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    QVERIFY(m_editor->addLane(pool, false));
    const QString lower = selectedElement();
    const BpmnXmlNode *laneSet = doc().elementById(lower)->parent();
    const QString upper = laneSet->childElements(BpmnNamespaces::model, u"lane").first()->attribute(u"id");
    const QString task = create(BpmnElementType::Task, boundsOf(lower).center());
    QCOMPARE(laneRefs(lower), QStringList{task});
    const QRectF poolBounds = boundsOf(pool);
    const BpmnDocument before = doc().clone();
    const int count = stack()->count();
    m_editor->scene()->selectIds({lower + QStringLiteral("_di")});
    m_editor->deleteSelection();
    QCOMPARE(stack()->count(), count + 1);
    QVERIFY(!doc().elementById(lower));
    QVERIFY(doc().elementById(task)); // the elements stay, in the lane that took the space
    QVERIFY(laneRefs(upper).contains(task));
    QCOMPARE(boundsOf(upper),
             QRectF(poolBounds.left() + 30, poolBounds.top(), poolBounds.width() - 30, poolBounds.height()));
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::deletedPoolTakesItsContent()
{
    const QString first = create(BpmnElementType::Participant, QPointF(400, 200));
    const QString second = create(BpmnElementType::Participant, QPointF(400, 520));
    const QString task = create(BpmnElementType::Task, QPointF(400, 520));
    const QString processId = doc().elementById(second)->attribute(u"processRef");
    const BpmnDocument before = doc().clone();
    m_editor->scene()->selectIds({second + QStringLiteral("_di")});
    m_editor->deleteSelection();
    QVERIFY(!doc().elementById(second));
    QVERIFY(!doc().elementById(task));
    QVERIFY(!doc().elementById(processId));
    QVERIFY(doc().elementById(first));
    QCOMPARE(m_editor->scene()->shapeItemCount(), 1);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::deletingTheLastPoolGivesAProcessDiagram()
{
    buildProcess();
    const QString processId = m_editor->document()->process()->attribute(u"id");
    const QString pool = create(BpmnElementType::Participant, QPointF(400, 300));
    QVERIFY(m_editor->addLane(pool, false));
    const BpmnDocument before = doc().clone();
    const int count = stack()->count();
    m_editor->scene()->selectIds({pool + QStringLiteral("_di")});
    m_editor->deleteSelection();
    QCOMPARE(stack()->count(), count + 1);
    QCOMPARE(m_editor->document()->plane()->attribute(u"bpmnElement"), processId);
    QVERIFY(!doc().root()->firstChildElement(BpmnNamespaces::model, u"collaboration"));
    QCOMPARE(m_editor->scene()->shapeItemCount(), 0);
    QCOMPARE(m_editor->document()->process()->attribute(u"id"), processId);
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    // Drawing goes on as in a new diagram.
    const QString task = create(BpmnElementType::Task, QPointF(300, 300));
    QCOMPARE(doc().elementById(task)->parent()->attribute(u"id"), processId);
    stack()->undo();
    stack()->undo();
    QVERIFY(sameAs(before));
}

void TestDesignerContainers::screenshots()
{
    // A process drawn first, then a pool dropped around it, a lane added below, a second pool.
    const auto named = [this](const BpmnElementSpec &spec, QPointF at, const QString &name) {
        const QString id = create(spec, at);
        if (!id.isEmpty() && !name.isEmpty())
            doc().elementById(id)->setAttribute(QStringLiteral("name"), name);
        return id;
    };
    const auto connectCentres = [this](QPointF from, QPointF to) {
        m_editor->connectToolAction()->trigger();
        drag(from, to);
    };
    BpmnElementSpec expanded(BpmnElementType::SubProcess);
    expanded.expanded = true;
    BpmnElementSpec timer(BpmnElementType::BoundaryEvent);
    timer.definition = BpmnEventDefinitionType::Timer;
    timer.interrupting = false;
    BpmnElementSpec messageEnd(BpmnElementType::EndEvent);
    messageEnd.definition = BpmnEventDefinitionType::Message;
    BpmnElementSpec messageStart(BpmnElementType::StartEvent);
    messageStart.definition = BpmnEventDefinitionType::Message;
    const QString start = named(messageStart, QPointF(150, 250), QStringLiteral("Order received"));
    const QString review =
        named(BpmnElementType::UserTask, QPointF(290, 250), QStringLiteral("Review order"));
    const QString sub = named(expanded, QPointF(560, 250), QStringLiteral("Fulfil order"));
    const QString reserve =
        named(BpmnElementType::ServiceTask, QPointF(500, 250), QStringLiteral("Reserve stock"));
    const QString ship = named(BpmnElementType::ManualTask, QPointF(650, 250), QStringLiteral("Ship"));
    const QString end = named(messageEnd, QPointF(850, 250), QStringLiteral("Invoice sent"));
    QVERIFY(!start.isEmpty() && !review.isEmpty() && !sub.isEmpty() && !reserve.isEmpty() &&
            !ship.isEmpty() && !end.isEmpty());
    QCOMPARE(doc().elementById(reserve)->parent()->attribute(u"id"), sub);
    connectCentres(QPointF(150, 250), QPointF(290, 250));
    connectCentres(QPointF(290, 250), QPointF(400, 170));
    connectCentres(QPointF(500, 250), QPointF(650, 250));
    connectCentres(QPointF(720, 330), QPointF(850, 250));
    const QString shop = create(BpmnElementType::Participant, QPointF(500, 250));
    doc().elementById(shop)->setAttribute(QStringLiteral("name"), QStringLiteral("Shop"));
    QVERIFY(m_editor->addLane(shop, false));
    const QString lower = selectedElement();
    const QString upper = doc()
                              .elementById(lower)
                              ->parent()
                              ->childElements(BpmnNamespaces::model, u"lane")
                              .first()
                              ->attribute(u"id");
    doc().elementById(upper)->setAttribute(QStringLiteral("name"), QStringLiteral("Sales"));
    doc().elementById(lower)->setAttribute(QStringLiteral("name"), QStringLiteral("Support"));
    const QString remind = create(timer, QPointF(300, 290));
    const QRectF lowerBounds = boundsOf(lower);
    const QString call = named(BpmnElementType::SendTask, QPointF(420, lowerBounds.center().y()),
                               QStringLiteral("Remind customer"));
    QVERIFY(laneRefs(lower).contains(call));
    connectCentres(boundsOf(remind).center(), boundsOf(call).center());
    const QRectF shopBounds = boundsOf(shop);
    const QString customer =
        create(BpmnElementType::Participant, QPointF(shopBounds.center().x(), shopBounds.bottom() + 160));
    doc().elementById(customer)->setAttribute(QStringLiteral("name"), QStringLiteral("Customer"));
    const QRectF customerBounds = boundsOf(customer);
    const QString place =
        named(BpmnElementType::StartEvent, QPointF(customerBounds.left() + 80, customerBounds.center().y()),
              QStringLiteral("Need goods"));
    const QString send =
        named(BpmnElementType::SendTask, QPointF(customerBounds.left() + 220, customerBounds.center().y()),
              QStringLiteral("Place order"));
    const QString wait = named(BpmnElementType::EventBasedGateway,
                               QPointF(customerBounds.left() + 370, customerBounds.center().y()), QString());
    connectCentres(boundsOf(place).center(), boundsOf(send).center());
    connectCentres(boundsOf(send).center(), boundsOf(wait).center());
    m_editor->selectToolAction()->trigger();
    m_editor->document()->notifyStructureChanged();
    QVERIFY(!BpmnDiagnostic::hasErrors(BpmnConsistencyCheck::check(doc())));
    m_editor->scene()->clearSelection();
    m_editor->view()->zoomToFit();
    QApplication::processEvents();
    const QImage canvas = m_editor->grab().toImage();
    QVERIFY(!canvas.isNull());
    QVERIFY(canvas.save(QStringLiteral("/tmp/hA-pools.png")));
    const QImage palette = m_editor->palette()->grab().toImage();
    QVERIFY(palette.save(QStringLiteral("/tmp/hA-palette.png")));
    // The menus of two families.
    for (const auto &[type, name] :
         {std::pair(BpmnElementType::Task, "task"), std::pair(BpmnElementType::BoundaryEvent, "boundary")}) {
        auto *button =
            qobject_cast<QToolButton *>(m_editor->palette()->widgetForAction(m_editor->paletteAction(type)));
        QVERIFY(button && button->menu());
        button->menu()->adjustSize();
        QVERIFY(button->menu()->grab().toImage().save(
            QStringLiteral("/tmp/hA-%1menu.png").arg(QLatin1String(name))));
    }
    const QString dir = qEnvironmentVariable("PRISTRIY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(canvas.save(QDir(dir).filePath(QStringLiteral("designer-pools.png"))));

    // A vertical pool with three lanes.
    m_editor->document()->setDocument(ProcessDocument::createEmpty());
    BpmnElementSpec vertical(BpmnElementType::Participant);
    vertical.horizontal = false;
    const QString pool = create(vertical, QPointF(400, 400));
    QVERIFY(m_editor->addLane(pool, false));
    QVERIFY(m_editor->addLane(selectedElement(), false));
    const QVector<BpmnXmlNode *> lanes =
        doc().elementById(selectedElement())->parent()->childElements(BpmnNamespaces::model, u"lane");
    QCOMPARE(lanes.size(), 3);
    const QString a = named(BpmnElementType::UserTask, boundsOf(lanes.at(0)->attribute(u"id")).center(),
                            QStringLiteral("Ask"));
    const QString b =
        named(BpmnElementType::ServiceTask,
              boundsOf(lanes.at(1)->attribute(u"id")).center() + QPointF(0, 120), QStringLiteral("Check"));
    const QString c =
        named(BpmnElementType::EndEvent, boundsOf(lanes.at(2)->attribute(u"id")).center() + QPointF(0, 240),
              QStringLiteral("Done"));
    connectCentres(boundsOf(a).center(), boundsOf(b).center());
    connectCentres(boundsOf(b).center(), boundsOf(c).center());
    m_editor->selectToolAction()->trigger();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(laneRefs(lanes.at(i)->attribute(u"id")).size(), 1);
    m_editor->scene()->clearSelection();
    m_editor->view()->zoomToFit();
    QApplication::processEvents();
    QVERIFY(m_editor->grab().toImage().save(QStringLiteral("/tmp/hA-vertical.png")));
}

QTEST_MAIN(TestDesignerContainers)
#include "tst_designercontainers.moc"
