#include "spacetool.h"

#include "connecttool.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processscene.h"
#include "processshapeitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPen>
#include <QUndoStack>

#include <cmath>

namespace {

// How far (scene units) the mouse must go before the drag chooses its axis.
constexpr qreal startDistance = 5;

} // namespace

SpaceTool::~SpaceTool()
{
    clearGuides();
}

void SpaceTool::deactivate()
{
    // Esc or another tool in the middle of a drag: nothing happened.
    restore();
    clearGuides();
    m_pressed = false;
    m_started = false;
    m_plan = {};
    setCanvasCursor(scene(), cursor());
}

void SpaceTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    event->accept();
    clearCrosshair();
    m_pressed = true;
    m_started = false;
    m_amount = 0;
    m_pressPos = event->scenePos();
}

void SpaceTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!m_pressed && event->buttons() == Qt::NoButton) {
        showCrosshair(event->scenePos());
        event->ignore();
        return;
    }
    if (!m_pressed || !(event->buttons() & Qt::LeftButton)) {
        event->ignore();
        return;
    }
    event->accept();
    const QPointF delta = event->scenePos() - m_pressPos;
    if (!m_started) {
        if (std::max(std::abs(delta.x()), std::abs(delta.y())) < startDistance)
            return;
        begin(delta, event->modifiers());
    }
    const qreal raw = m_plan.axis == Qt::Horizontal ? delta.x() : delta.y();
    preview(m_plan.clamped(scene()->snapped(raw)));
}

void SpaceTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        event->ignore();
        return;
    }
    event->accept();
    const bool started = m_started;
    const qreal amount = m_amount;
    const SpaceCommand::Plan plan = m_plan;
    // The items go back to what the document says; the command then moves them for good.
    restore();
    clearGuides();
    m_pressed = false;
    m_started = false;
    m_plan = {};
    if (started && amount != 0 && !plan.isEmpty()) {
        ProcessDocument *document = scene()->document();
        auto *command = new SpaceCommand(document, plan, amount);
        if (command->isEmpty())
            delete command;
        else
            document->undoStack()->push(command);
    }
    emit scene()->toolFinished();
}

void SpaceTool::begin(QPointF delta, Qt::KeyboardModifiers modifiers)
{
    const Qt::Orientation axis = std::abs(delta.x()) >= std::abs(delta.y()) ? Qt::Horizontal : Qt::Vertical;
    // As in bpmn-js: the right (lower) side moves, whichever way the drag goes; Ctrl takes the
    // other side.
    const int side = modifiers & Qt::ControlModifier ? -1 : 1;
    const qreal start = axis == Qt::Horizontal ? m_pressPos.x() : m_pressPos.y();
    m_plan = SpaceCommand::plan(*scene()->document(), axis, start, side);
    m_started = true;
    m_movedShapes.clear();
    m_resizedShapes.clear();
    m_movedEdges.clear();
    m_movedShapes.reserve(m_plan.moved.size());
    for (const SpaceCommand::Plan::Shape &shape : std::as_const(m_plan.moved)) {
        if (ProcessShapeItem *item = scene()->shapeItem(shape.id))
            m_movedShapes.append({item, item->pos()});
    }
    for (const SpaceCommand::Plan::Shape &shape : std::as_const(m_plan.resized)) {
        if (ProcessShapeItem *item = scene()->shapeItem(shape.id))
            m_resizedShapes.append({item, item->renderShape()});
    }
    // Half the diagram may move in every frame: keeping the scene's index up to date would cost
    // more than it saves while painting. It is rebuilt once the drag ends.
    m_indexMethod = scene()->itemIndexMethod();
    if (m_indexMethod != QGraphicsScene::NoIndex && m_plan.moved.size() + m_plan.edges.size() > 200) {
        scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
        m_indexChanged = true;
    }
    for (int i = 0; i < m_plan.edges.size(); ++i) {
        const SpaceCommand::Plan::Edge &edge = m_plan.edges.at(i);
        ProcessEdgeItem *item = scene()->edgeItem(edge.id);
        if (!item || item->renderEdge().waypoints.size() != edge.points.size())
            continue;
        m_movedEdges.append({item, item->renderEdge(), edge.whole ? -1 : i});
    }
    // The guide: the line where the space opens, and a band over the space made or removed.
    const QRectF area = visibleArea();
    m_band = scene()->addRect(QRectF(), Qt::NoPen, QColor(0x21, 0x96, 0xf3, 40));
    m_band->setZValue(1e9);
    QPen pen(QColor(0x21, 0x96, 0xf3), 1, Qt::DashLine);
    pen.setCosmetic(true);
    m_line = scene()->addLine(axis == Qt::Horizontal ? QLineF(start, area.top(), start, area.bottom())
                                                     : QLineF(area.left(), start, area.right(), start),
                              pen);
    m_line->setZValue(1e9 + 1);
    setCanvasCursor(scene(), QCursor(axis == Qt::Horizontal ? Qt::SplitHCursor : Qt::SplitVCursor));
}

void SpaceTool::preview(qreal amount)
{
    if (amount == m_amount)
        return;
    m_amount = amount;
    const QPointF offset = m_plan.offset(amount);
    for (const MovedShape &shape : std::as_const(m_movedShapes))
        shape.item->setPos(shape.pos + offset);
    for (const ResizedShape &shape : std::as_const(m_resizedShapes)) {
        BpmnRenderModel::Shape resized = shape.original;
        resized.bounds = m_plan.resizedBounds(shape.original.bounds, amount);
        resized.paintRect = BpmnRenderModel::paintRectOf(resized);
        shape.item->setRenderShape(resized);
    }
    for (const MovedEdge &edge : std::as_const(m_movedEdges)) {
        if (edge.plan < 0) {
            edge.item->setPos(offset);
            continue;
        }
        const SpaceCommand::Plan::Edge &planned = m_plan.edges.at(edge.plan);
        BpmnRenderModel::Edge moved = edge.original;
        for (int i = 0; i < moved.waypoints.size(); ++i) {
            if (planned.moves.at(i))
                moved.waypoints[i] += offset;
        }
        if (planned.labelMoves && moved.labelBounds)
            moved.labelBounds = moved.labelBounds->translated(offset);
        moved.paintRect = BpmnRenderModel::paintRectOf(moved);
        edge.item->setRenderEdge(moved);
    }
    if (m_band) {
        const QRectF area = visibleArea();
        const qreal from = m_plan.start;
        const qreal to = m_plan.start + amount;
        const bool removing = m_plan.side * amount < 0;
        m_band->setBrush(removing ? QColor(0xe5, 0x39, 0x35, 40) : QColor(0x21, 0x96, 0xf3, 40));
        m_band->setRect(m_plan.axis == Qt::Horizontal ? QRectF(QPointF(std::min(from, to), area.top()),
                                                               QPointF(std::max(from, to), area.bottom()))
                                                      : QRectF(QPointF(area.left(), std::min(from, to)),
                                                               QPointF(area.right(), std::max(from, to))));
    }
}

void SpaceTool::restore()
{
    if (m_amount != 0) {
        for (const MovedShape &shape : std::as_const(m_movedShapes))
            shape.item->setPos(shape.pos);
        for (const ResizedShape &shape : std::as_const(m_resizedShapes))
            shape.item->setRenderShape(shape.original);
        for (const MovedEdge &edge : std::as_const(m_movedEdges)) {
            if (edge.plan < 0)
                edge.item->setPos(QPointF());
            else
                edge.item->setRenderEdge(edge.original);
        }
    }
    m_amount = 0;
    if (m_indexChanged)
        scene()->setItemIndexMethod(m_indexMethod);
    m_indexChanged = false;
    m_movedShapes.clear();
    m_resizedShapes.clear();
    m_movedEdges.clear();
}

QRectF SpaceTool::visibleArea() const
{
    // The guides span what the views show (not the whole canvas, which would grow to hold them).
    QRectF area;
    for (QGraphicsView *view : scene()->views())
        area |= view->mapToScene(view->viewport()->rect()).boundingRect();
    return area.isEmpty() ? scene()->sceneRect() : area;
}

void SpaceTool::showCrosshair(QPointF at)
{
    // Before the press: where the line would go, both ways (the drag chooses one).
    const QRectF area = visibleArea();
    if (!m_crosshair[0]) {
        QPen pen(QColor(0x21, 0x96, 0xf3, 160), 1, Qt::DotLine);
        pen.setCosmetic(true);
        for (QGraphicsLineItem *&line : m_crosshair) {
            line = scene()->addLine(QLineF(), pen);
            line->setZValue(1e9 + 1);
            line->setAcceptedMouseButtons(Qt::NoButton);
        }
    }
    m_crosshair[0]->setLine(QLineF(at.x(), area.top(), at.x(), area.bottom()));
    m_crosshair[1]->setLine(QLineF(area.left(), at.y(), area.right(), at.y()));
}

void SpaceTool::clearCrosshair()
{
    for (QGraphicsLineItem *&line : m_crosshair) {
        delete line;
        line = nullptr;
    }
}

void SpaceTool::clearGuides()
{
    clearCrosshair();
    delete m_line;
    m_line = nullptr;
    delete m_band;
    m_band = nullptr;
}
