#include "connecttool.h"

#include "connectcommand.h"
#include "processdocument.h"
#include "processrules.h"
#include "processscene.h"
#include "processshapeitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPen>
#include <QUndoStack>

void setCanvasCursor(ProcessScene *scene, const QCursor &cursor)
{
    for (QGraphicsView *view : scene->views())
        view->viewport()->setCursor(cursor);
}

DropTargetOutline::~DropTargetOutline()
{
    delete m_item;
}

void DropTargetOutline::show(ProcessScene *scene, const QRectF &bounds, bool allowed)
{
    if (!m_item) {
        m_item = scene->addRect(QRectF());
        m_item->setZValue(1e9);
    }
    QPen pen(allowed ? QColor(0x43, 0xa0, 0x47) : QColor(0xe5, 0x39, 0x35), 2);
    pen.setCosmetic(true);
    m_item->setPen(pen);
    m_item->setRect(bounds.adjusted(-4, -4, 4, 4));
}

void DropTargetOutline::hide()
{
    delete m_item;
    m_item = nullptr;
}

ConnectTool::~ConnectTool()
{
    delete m_line;
}

void ConnectTool::deactivate()
{
    delete m_line;
    m_line = nullptr;
    m_sourceId.clear();
    m_hoverId.clear();
    m_outline.hide();
    setCanvasCursor(scene(), cursor());
}

void ConnectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem *item = scene()->elementItemAt(event->scenePos(), false);
    if (event->button() != Qt::LeftButton || !item)
        return;
    event->accept();
    const auto *shape = static_cast<ProcessShapeItem *>(item);
    m_sourceId = shape->elementId();
    const QPointF centre = shape->renderShape().bounds.center();
    delete m_line;
    m_line = scene()->addLine(QLineF(centre, event->scenePos()), QPen(Qt::darkGray, 1, Qt::DashLine));
    m_line->setZValue(1e9);
}

void ConnectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!m_line)
        return;
    m_line->setLine(QLineF(m_line->line().p1(), event->scenePos()));
    // The verdict of the rules on what lies under the cursor, judged once per element.
    QGraphicsItem *item = scene()->elementItemAt(event->scenePos(), false);
    const QString targetId = item ? static_cast<ProcessShapeItem *>(item)->elementId() : QString();
    if (targetId == m_hoverId)
        return;
    m_hoverId = targetId;
    if (targetId.isEmpty() || targetId == m_sourceId) {
        m_outline.hide();
        setCanvasCursor(scene(), cursor());
        return;
    }
    const bool allowed = ProcessRules::canConnect(scene()->document()->document(), m_sourceId, targetId);
    m_outline.show(scene(), static_cast<ProcessShapeItem *>(item)->renderShape().bounds, allowed);
    setCanvasCursor(scene(), allowed ? cursor() : QCursor(Qt::ForbiddenCursor));
}

void ConnectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (m_sourceId.isEmpty())
        return;
    const QString sourceId = m_sourceId;
    deactivate();
    QGraphicsItem *item = scene()->elementItemAt(event->scenePos(), false);
    if (!item)
        return;
    const QString targetId = static_cast<ProcessShapeItem *>(item)->elementId();
    ProcessDocument *document = scene()->document();
    const QString problem = ProcessRules::connectionProblem(document->document(), sourceId, targetId);
    if (!problem.isEmpty()) {
        emit scene()->statusMessage(problem);
        return;
    }
    auto *command = new ConnectCommand(document, sourceId, targetId);
    const QString edgeId = command->flowId() + QStringLiteral("_di");
    document->undoStack()->push(command);
    scene()->selectIds({edgeId});
}
