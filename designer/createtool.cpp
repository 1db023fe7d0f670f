#include "createtool.h"

#include "createelementcommand.h"
#include "processdocument.h"
#include "processscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QUndoStack>

CreateTool::CreateTool(ProcessScene *scene, BpmnElementType type)
    : ProcessTool(scene)
    , m_spec(type)
{}

void CreateTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    event->setAccepted(event->button() == Qt::LeftButton);
}

void CreateTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    event->accept();
}

void CreateTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    ProcessDocument *document = scene()->document();
    auto *command = new CreateElementCommand(document, m_spec, scene()->snapped(event->scenePos()));
    if (command->isEmpty()) {
        emit scene()->statusMessage(command->problem());
        delete command;
        return;
    }
    const QString shapeId = command->shapeId();
    document->undoStack()->push(command);
    scene()->selectIds({shapeId});
    emit scene()->toolFinished();
}
