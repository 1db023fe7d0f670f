#include "lassotool.h"

#include "processscene.h"

#include <QGraphicsSceneMouseEvent>

void LassoTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ControlModifier))
        scene()->clearSelection();
    event->ignore(); // the view draws the rubber band and selects
}

void LassoTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    event->ignore();
}

void LassoTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    event->ignore();
    if (event->button() == Qt::LeftButton)
        emit scene()->toolFinished();
}
