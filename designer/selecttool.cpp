#include "selecttool.h"

#include "bendflowcommand.h"
#include "connecttool.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processrules.h"
#include "processscene.h"
#include "processshapeitem.h"
#include "retargetflowcommand.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QPen>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace {

// Every drag gets its own number, so that two drags never merge into one undo step.
int nextGesture()
{
    static int gesture = 0;
    return ++gesture;
}

} // namespace

void SelectTool::deactivate()
{
    if (m_inMacro)
        scene()->document()->undoStack()->endMacro();
    m_inMacro = false;
    m_bendEdge.clear();
    if (!m_reconnectFlow.isEmpty() || m_overHandle)
        setCanvasCursor(scene(), cursor());
    m_reconnectFlow.clear();
    m_outline.hide();
    m_overHandle = false;
    delete m_reconnectPreview;
    m_reconnectPreview = nullptr;
    m_gesture = 0;
    m_plan = {};
    m_resizePlan = {};
}

bool SelectTool::startBend(QGraphicsSceneMouseEvent *event)
{
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    if (selected.size() != 1 || selected.first()->type() != ProcessEdgeItem::Type)
        return false;
    const auto *item = static_cast<ProcessEdgeItem *>(selected.first());
    const QVector<QPointF> &points = item->renderEdge().waypoints;
    const QPointF at = event->scenePos();
    const auto near = [at](QPointF p) { return QLineF(p, at).length() <= 6; };
    m_bendIndex = 0;
    for (int i = 1; i + 1 < points.size() && m_bendIndex == 0; ++i) {
        if (near(points.at(i))) {
            m_bendIndex = i;
            m_bendInsert = false;
        }
    }
    for (int i = 1; i < points.size() && m_bendIndex == 0; ++i) {
        if (near((points.at(i - 1) + points.at(i)) / 2)) {
            m_bendIndex = i;
            m_bendInsert = true;
        }
    }
    if (m_bendIndex == 0)
        return false;
    m_bendEdge = item->diId();
    m_pressPos = at;
    m_gesture = nextGesture();
    m_dragging = false;
    return true;
}

void SelectTool::bend(QPointF position)
{
    ProcessDocument *document = scene()->document();
    QUndoStack *stack = document->undoStack();
    if (!m_inMacro) {
        stack->beginMacro(QObject::tr("Bend flow"));
        m_inMacro = true;
        if (m_bendInsert) {
            stack->push(new BendFlowCommand(document, m_bendEdge, m_bendIndex, position, true));
            m_bendInsert = false; // now an inner waypoint like the others
        }
    }
    stack->push(new BendFlowCommand(document, m_bendEdge, m_bendIndex, position, false, m_gesture));
}

const ProcessEdgeItem *SelectTool::endHandleAt(QPointF position, bool *sourceEnd) const
{
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    if (selected.size() != 1 || selected.first()->type() != ProcessEdgeItem::Type)
        return nullptr;
    const auto *item = static_cast<ProcessEdgeItem *>(selected.first());
    const QVector<QPointF> &points = item->renderEdge().waypoints;
    if (points.size() < 2 || ProcessRules::kindOf(scene()->document()->document().elementById(
                                 item->elementId())) == ProcessRules::ConnectionKind::None)
        return nullptr;
    const qreal toSource = QLineF(points.first(), position).length();
    const qreal toTarget = QLineF(points.last(), position).length();
    if (std::min(toSource, toTarget) > ProcessEdgeItem::endHandleRadius)
        return nullptr;
    *sourceEnd = toSource < toTarget;
    return item;
}

bool SelectTool::startReconnect(QGraphicsSceneMouseEvent *event)
{
    const ProcessEdgeItem *item = endHandleAt(event->scenePos(), &m_reconnectSource);
    if (!item)
        return false;
    m_reconnectFlow = item->elementId();
    m_reconnectPoints = item->renderEdge().waypoints;
    m_pressPos = event->scenePos();
    m_dragging = false;
    QPen pen(QColor(0x21, 0x96, 0xf3), 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    m_reconnectPreview = scene()->addPath(QPainterPath(), pen);
    m_reconnectPreview->setZValue(1e9);
    return true;
}

QString SelectTool::elementAt(QPointF position) const
{
    const QGraphicsItem *item = scene()->elementItemAt(position, false);
    return item ? static_cast<const ProcessShapeItem *>(item)->elementId() : QString();
}

void SelectTool::dragReconnect(QPointF position)
{
    QVector<QPointF> points = m_reconnectPoints;
    (m_reconnectSource ? points.first() : points.last()) = position;
    QPainterPath path(points.first());
    for (int i = 1; i < points.size(); ++i)
        path.lineTo(points.at(i));
    m_reconnectPreview->setPath(path);
    // Empty canvas and elements the rules forbid take nothing: a forbidden sign says so.
    const BpmnDocument &bpmn = scene()->document()->document();
    const QString elementId = elementAt(position);
    const QPair<QString, QString> ends = ProcessRules::connectionEnds(bpmn.elementById(m_reconnectFlow));
    const bool current = elementId == (m_reconnectSource ? ends.first : ends.second);
    const bool allowed =
        !elementId.isEmpty() &&
        (current ||
         ProcessRules::reconnectionProblem(bpmn, m_reconnectFlow, m_reconnectSource, elementId).isEmpty());
    if (elementId.isEmpty() || current)
        m_outline.hide();
    else
        m_outline.show(scene(), scene()->shapeItemForElement(elementId)->renderShape().bounds, allowed);
    setCanvasCursor(scene(), allowed ? QCursor(Qt::CrossCursor) : QCursor(Qt::ForbiddenCursor));
}

void SelectTool::finishReconnect(QPointF position)
{
    const QString flowId = m_reconnectFlow;
    const bool sourceEnd = m_reconnectSource;
    const bool dragged = m_dragging;
    deactivate();
    const QString elementId = elementAt(position);
    ProcessDocument *document = scene()->document();
    const BpmnXmlNode *flow = document->document().elementById(flowId);
    if (!dragged || elementId.isEmpty() || !flow)
        return; // a click, or a drop on empty canvas: nothing changes
    const QPair<QString, QString> ends = ProcessRules::connectionEnds(flow);
    if (elementId == (sourceEnd ? ends.first : ends.second))
        return;
    const QString problem =
        ProcessRules::reconnectionProblem(document->document(), flowId, sourceEnd, elementId);
    if (!problem.isEmpty()) {
        emit scene()->statusMessage(problem);
        return;
    }
    auto *command = new ReconnectFlowCommand(document, flowId, sourceEnd, elementId);
    if (command->isEmpty()) {
        delete command;
        return;
    }
    const ProcessEdgeItem *edge = scene()->edgeItemForElement(flowId);
    const QString edgeId = edge ? edge->diId() : QString();
    document->undoStack()->push(command);
    scene()->selectIds({edgeId});
}

bool SelectTool::startResize(QGraphicsSceneMouseEvent *event)
{
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    if (selected.size() != 1 || selected.first()->type() != ProcessShapeItem::Type)
        return false;
    const auto *item = static_cast<ProcessShapeItem *>(selected.first());
    if (!item->isResizable() || !item->resizeHandle().adjusted(-2, -2, 2, 2).contains(event->scenePos()))
        return false;
    m_resizePlan = ResizeShapeCommand::plan(*scene()->document(), item->diId());
    if (m_resizePlan.isEmpty())
        return false;
    m_pressPos = event->scenePos();
    m_gesture = nextGesture();
    m_dragging = false;
    return true;
}

bool SelectTool::onContainerBody(const QGraphicsItem *item, QPointF scenePos)
{
    if (item->type() != ProcessShapeItem::Type)
        return false;
    const BpmnRenderModel::Shape &shape = static_cast<const ProcessShapeItem *>(item)->renderShape();
    if (shape.type != BpmnElementType::Participant && shape.type != BpmnElementType::Lane)
        return false;
    constexpr qreal kNameBand = 30;
    constexpr qreal kBorder = 6;
    QRectF body = shape.bounds;
    if (shape.horizontal)
        body.setLeft(body.left() + kNameBand);
    else
        body.setTop(body.top() + kNameBand);
    return body.adjusted(kBorder, kBorder, -kBorder, -kBorder).contains(scenePos);
}

void SelectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    if (startResize(event) || startReconnect(event) || startBend(event)) {
        event->accept();
        return;
    }
    QGraphicsItem *item = scene()->elementItemAt(event->scenePos());
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (!item) {
        if (!toggle)
            scene()->clearSelection();
        event->ignore(); // the view starts its rubber band
        return;
    }
    if (!toggle && onContainerBody(item, event->scenePos())) {
        // The body of a pool or lane, away from its name band and border: a click selects it, a
        // drag draws a selection rectangle over what it holds (as other BPMN tools do; the pool
        // moves by its name band or border).
        // The view clears the selection as its rectangle starts; a click selects the pool on release.
        m_bodyPress = static_cast<ProcessShapeItem *>(item)->diId();
        m_bodyPressPos = event->scenePos();
        event->ignore(); // the view starts its rubber band
        return;
    }
    event->accept();
    if (toggle) {
        item->setSelected(!item->isSelected());
        return;
    }
    if (!item->isSelected()) {
        scene()->clearSelection();
        item->setSelected(true);
    }
    if (item->type() != ProcessShapeItem::Type)
        return;
    m_plan = MoveShapesCommand::plan(*scene()->document(), scene()->selectedShapeIds());
    m_pressPos = event->scenePos();
    m_anchor = static_cast<ProcessShapeItem *>(item)->renderShape().bounds.center();
    m_gesture = nextGesture();
    m_dragging = false;
}

void SelectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!m_reconnectFlow.isEmpty() && (event->buttons() & Qt::LeftButton)) {
        m_dragging = m_dragging || (event->scenePos() - m_pressPos).manhattanLength() >= 3;
        if (m_dragging)
            dragReconnect(event->scenePos());
        return;
    }
    if (event->buttons() == Qt::NoButton) {
        // Hovering: a pointing hand over an end handle of the flow selected alone.
        bool sourceEnd = false;
        const bool overHandle = endHandleAt(event->scenePos(), &sourceEnd) != nullptr;
        if (overHandle != m_overHandle)
            setCanvasCursor(scene(), overHandle ? QCursor(Qt::PointingHandCursor) : cursor());
        m_overHandle = overHandle;
        return;
    }
    if (!m_gesture || !(event->buttons() & Qt::LeftButton))
        return;
    const QPointF offset = event->scenePos() - m_pressPos;
    if (!m_dragging && offset.manhattanLength() < 3)
        return;
    m_dragging = true;
    const bool snap = !(event->modifiers() & Qt::AltModifier);
    if (!m_bendEdge.isEmpty()) {
        const QPointF at = event->scenePos();
        bend(snap ? scene()->snapped(at) : at);
        return;
    }
    if (!m_resizePlan.isEmpty()) {
        const QPointF topLeft = m_resizePlan.original.topLeft();
        QPointF corner = m_resizePlan.original.bottomRight() + offset;
        corner = snap ? scene()->snapped(corner) : QPointF(qRound(corner.x()), qRound(corner.y()));
        // The handle never passes the opposite corner: the command keeps the minimum size.
        corner.setX(std::max(corner.x(), topLeft.x()));
        corner.setY(std::max(corner.y(), topLeft.y()));
        ProcessDocument *document = scene()->document();
        document->undoStack()->push(
            new ResizeShapeCommand(document, m_resizePlan, QRectF(topLeft, corner), m_gesture));
        return;
    }
    // The pressed shape's centre lands on the grid; the others keep their distances to it.
    const QPointF delta = snap ? scene()->snapped(m_anchor + offset) - m_anchor
                               : QPointF(qRound(offset.x()), qRound(offset.y()));
    ProcessDocument *document = scene()->document();
    document->undoStack()->push(new MoveShapesCommand(document, m_plan, delta, m_gesture));
}

void SelectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (!m_bodyPress.isEmpty()) {
        const QString pressed = std::exchange(m_bodyPress, QString());
        if ((event->scenePos() - m_bodyPressPos).manhattanLength() < 3)
            scene()->selectIds({pressed});
        return;
    }
    if (!m_reconnectFlow.isEmpty()) {
        finishReconnect(event->scenePos());
        return;
    }
    deactivate();
}
