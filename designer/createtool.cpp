#include "createtool.h"

#include "createelementcommand.h"
#include "processdocument.h"
#include "processscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QUndoStack>

CreateTool::CreateTool(ProcessScene *scene, BpmnElementType type)
    : ProcessTool(scene)
    , m_type(type)
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
    auto *command = new CreateElementCommand(document, m_type, scene()->snapped(event->scenePos()));
    if (command->isEmpty()) {
        delete command;
        emit scene()->statusMessage(QObject::tr("This diagram has no process to add elements to."));
        return;
    }
    const QString shapeId = command->shapeId();
    document->undoStack()->push(command);
    scene()->selectIds({shapeId});
    emit scene()->toolFinished();
}
