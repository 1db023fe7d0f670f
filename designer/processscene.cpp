#include "processscene.h"

#include "labelplacement.h"
#include "moveshapescommand.h"
#include "processdocument.h"
#include "processedgeitem.h"
#include "processshapeitem.h"
#include "processtool.h"

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnsemanticmodel.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QUndoStack>

#include <QSet>
#include <cmath>

ProcessScene::ProcessScene(ProcessDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    connect(document, &ProcessDocument::structureChanged, this, &ProcessScene::synchronise);
    connect(document, &ProcessDocument::elementsChanged, this, &ProcessScene::updateElements);
    connect(document, &ProcessDocument::documentReplaced, this, [this] { m_sceneRect = QRectF(); });
    // Whatever an edit did to the flows, the names of events and gateways move off them, in the
    // same undo step; a drag is completed once, when the mouse lets go.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_pressIndex < 0)
            LabelPlacement::completeTop(m_document);
    });
    synchronise();
}

ProcessScene::~ProcessScene() = default;

ProcessShapeItem *ProcessScene::shapeItemForElement(const QString &elementId) const
{
    return m_shapesByElement.value(elementId);
}

QGraphicsItem *ProcessScene::elementItemAt(QPointF scenePos, bool edges) const
{
    const QList<QGraphicsItem *> found = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : found) {
        if (item->type() == ProcessShapeItem::Type || (edges && item->type() == ProcessEdgeItem::Type))
            return item;
    }
    return nullptr;
}

QStringList ProcessScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ProcessShapeItem::Type)
            ids.append(static_cast<ProcessShapeItem *>(item)->diId());
        else if (item->type() == ProcessEdgeItem::Type)
            ids.append(static_cast<ProcessEdgeItem *>(item)->diId());
    }
    return ids;
}

QStringList ProcessScene::selectedShapeIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ProcessShapeItem::Type)
            ids.append(static_cast<ProcessShapeItem *>(item)->diId());
    }
    return ids;
}

void ProcessScene::selectIds(const QStringList &diIds)
{
    // One selectionChanged for the whole change, as setSelectionArea() does.
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : diIds) {
        if (QGraphicsItem *item = m_shapes.value(id))
            item->setSelected(true);
        else if (QGraphicsItem *edge = m_edges.value(id))
            edge->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

void ProcessScene::selectAllElements()
{
    QPainterPath everything;
    everything.addRect(itemsBoundingRect().adjusted(-1, -1, 1, 1));
    setSelectionArea(everything, Qt::ReplaceSelection, Qt::IntersectsItemBoundingRect);
}

void ProcessScene::setTool(ProcessTool *tool)
{
    if (m_tool == tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    if (m_tool)
        m_tool->activate();
}

void ProcessScene::setItemCacheMode(int mode)
{
    m_cacheMode = mode;
    for (ProcessShapeItem *item : std::as_const(m_shapes))
        item->setCacheMode(QGraphicsItem::CacheMode(mode));
    for (ProcessEdgeItem *item : std::as_const(m_edges))
        item->setCacheMode(QGraphicsItem::CacheMode(mode));
}

void ProcessScene::synchronise()
{
    const BpmnDocument &bpmn = m_document->document();
    const BpmnSemanticModel semantic = BpmnSemanticModel::fromDocument(bpmn);
    const BpmnDiModel di = BpmnDiModel::fromDocument(bpmn);
    const int diagram = qBound(0, m_document->currentDiagram(), int(di.diagrams().size()) - 1);
    const BpmnRenderModel model = di.diagrams().isEmpty()
                                      ? BpmnRenderModel()
                                      : BpmnRenderModel::build(semantic, di.diagrams().at(diagram), &bpmn);

    QHash<QString, ProcessShapeItem *> shapes;
    QHash<QString, ProcessEdgeItem *> edges;
    shapes.reserve(model.shapes().size());
    edges.reserve(model.edges().size());
    m_shapesByElement.clear();
    m_edgesByElement.clear();

    // Paint order as the renderer's: shapes, then flows, then boundary events on top.
    qreal z = 0;
    const qreal edgeZ = model.shapes().size();
    for (const BpmnRenderModel::Shape &shape : model.shapes()) {
        ProcessShapeItem *item = m_shapes.take(shape.id);
        if (item) {
            item->setRenderShape(shape);
        } else {
            item = new ProcessShapeItem(shape);
            item->setCacheMode(QGraphicsItem::CacheMode(m_cacheMode));
            addItem(item);
        }
        item->setZValue(shape.type == BpmnElementType::BoundaryEvent ? edgeZ + 1 + z : z);
        ++z;
        shapes.insert(shape.id, item);
        m_shapesByElement.insert(shape.elementId, item);
    }
    for (const BpmnRenderModel::Edge &edge : model.edges()) {
        ProcessEdgeItem *item = m_edges.take(edge.id);
        if (item) {
            item->setRenderEdge(edge);
        } else {
            item = new ProcessEdgeItem(edge);
            item->setCacheMode(QGraphicsItem::CacheMode(m_cacheMode));
            addItem(item);
        }
        item->setZValue(edgeZ);
        edges.insert(edge.id, item);
        m_edgesByElement.insert(edge.elementId, item);
    }
    qDeleteAll(m_shapes);
    qDeleteAll(m_edges);
    m_shapes = std::move(shapes);
    m_edges = std::move(edges);
    growSceneRect(itemsBoundingRect());
}

void ProcessScene::growSceneRect(const QRectF &rect)
{
    // Room around the drawing to place new elements; the canvas grows, it never jumps.
    constexpr qreal room = 1000;
    const QRectF wanted = rect.adjusted(-room, -room, room, room);
    if (!m_sceneRect.contains(wanted)) {
        m_sceneRect |= wanted;
        setSceneRect(m_sceneRect);
    }
}

void ProcessScene::updateElements(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (ProcessShapeItem *item = m_shapes.value(id))
            refreshShape(item);
        else if (ProcessShapeItem *byElement = m_shapesByElement.value(id))
            refreshShape(byElement);
        if (ProcessEdgeItem *edge = m_edges.value(id))
            refreshEdge(edge);
        else if (ProcessEdgeItem *byElement = m_edgesByElement.value(id))
            refreshEdge(byElement);
    }
}

void ProcessScene::refreshShape(ProcessShapeItem *item)
{
    const BpmnDocument &bpmn = m_document->document();
    const BpmnXmlNode *node = bpmn.elementById(item->diId());
    if (!node)
        return;
    BpmnRenderModel::Shape shape = item->renderShape();
    shape.bounds = ProcessDocument::bounds(node);
    shape.colors = BpmnRenderModel::colorsOf(*node);
    if (const BpmnXmlNode *label = node->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel")) {
        if (label->firstChildElement(BpmnNamespaces::dc, u"Bounds"))
            shape.labelBounds = ProcessDocument::bounds(label);
    }
    const BpmnXmlNode *element = bpmn.elementById(shape.elementId);
    if (element && shape.type != BpmnElementType::TextAnnotation && shape.type != BpmnElementType::Group)
        shape.text = element->attribute(u"name");
    shape.paintRect = BpmnRenderModel::paintRectOf(shape);
    item->setRenderShape(shape);
    growSceneRect(shape.paintRect);
}

void ProcessScene::refreshEdge(ProcessEdgeItem *item)
{
    const BpmnDocument &bpmn = m_document->document();
    const BpmnXmlNode *node = bpmn.elementById(item->diId());
    if (!node)
        return;
    BpmnRenderModel::Edge edge = item->renderEdge();
    edge.colors = BpmnRenderModel::colorsOf(*node);
    edge.waypoints.clear();
    for (const BpmnXmlNode *point : node->childElements(BpmnNamespaces::di, u"waypoint"))
        edge.waypoints.append(QPointF(point->attribute(u"x").toDouble(), point->attribute(u"y").toDouble()));
    if (const BpmnXmlNode *label = node->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel")) {
        if (label->firstChildElement(BpmnNamespaces::dc, u"Bounds"))
            edge.labelBounds = ProcessDocument::bounds(label);
    }
    if (const BpmnXmlNode *element = bpmn.elementById(edge.elementId))
        edge.text = element->attribute(u"name");
    edge.paintRect = BpmnRenderModel::paintRectOf(edge);
    item->setRenderEdge(edge);
    growSceneRect(edge.paintRect);
}

void ProcessScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressIndex = m_document->undoStack()->index();
    if (m_tool)
        m_tool->mousePress(event);
    else
        QGraphicsScene::mousePressEvent(event);
}

void ProcessScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseMove(event);
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void ProcessScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_tool)
        m_tool->mouseRelease(event);
    else
        QGraphicsScene::mouseReleaseEvent(event);
    // A drag that moved shapes: where they were dropped decides their lane, sub-process, pool.
    QUndoStack *stack = m_document->undoStack();
    const bool changed = m_pressIndex >= 0 && stack->index() != m_pressIndex;
    m_pressIndex = -1;
    if (changed) {
        const QString problem = MoveShapesCommand::finishGesture(stack);
        if (!problem.isEmpty())
            emit statusMessage(problem);
        LabelPlacement::completeTop(m_document);
    }
}

void ProcessScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsItem *item = elementItemAt(event->scenePos());
    QString elementId;
    if (item && item->type() == ProcessShapeItem::Type) {
        if (!item->isSelected()) {
            clearSelection();
            item->setSelected(true);
        }
        elementId = static_cast<ProcessShapeItem *>(item)->elementId();
    } else if (item && item->type() == ProcessEdgeItem::Type) {
        elementId = static_cast<ProcessEdgeItem *>(item)->elementId();
    }
    event->accept();
    emit contextMenuRequested(elementId, event->screenPos());
}

void ProcessScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem *item = elementItemAt(event->scenePos());
    if (item && item->type() == ProcessShapeItem::Type)
        emit renameRequested(static_cast<ProcessShapeItem *>(item)->elementId());
    else if (item && item->type() == ProcessEdgeItem::Type)
        emit renameRequested(static_cast<ProcessEdgeItem *>(item)->elementId());
    else
        QGraphicsScene::mouseDoubleClickEvent(event);
}

void ProcessScene::setGridSize(int size)
{
    m_gridSize = std::max(0, size);
    invalidate(QRectF(), BackgroundLayer); // the views draw the grid
}

qreal ProcessScene::snapped(qreal value) const
{
    return m_gridSize > 0 ? std::round(value / m_gridSize) * m_gridSize : std::round(value);
}

QPointF ProcessScene::snapped(QPointF point) const
{
    return QPointF(snapped(point.x()), snapped(point.y()));
}
