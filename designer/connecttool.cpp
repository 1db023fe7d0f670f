#include "connecttool.h"

#include "connectcommand.h"
#include "processdocument.h"
#include "processrules.h"
#include "processscene.h"
#include "processshapeitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>
#include <QUndoStack>

ConnectTool::~ConnectTool()
{
    delete m_line;
}

void ConnectTool::deactivate()
{
    delete m_line;
    m_line = nullptr;
    m_sourceId.clear();
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
    if (m_line)
        m_line->setLine(QLineF(m_line->line().p1(), event->scenePos()));
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
