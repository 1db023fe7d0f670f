#include "handtool.h"

#include <QGraphicsSceneMouseEvent>

void HandTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    event->ignore(); // the view scrolls
}

void HandTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    event->ignore();
}

void HandTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    event->ignore();
}
