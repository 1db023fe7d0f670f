#include "selecttool.h"

#include "processdocument.h"
#include "processscene.h"
#include "processshapeitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QUndoStack>

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
    m_gesture = 0;
    m_plan = {};
}

void SelectTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
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
    m_gesture = nextGesture();
    m_dragging = false;
}

void SelectTool::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (!m_gesture || !(event->buttons() & Qt::LeftButton))
        return;
    const QPointF offset = event->scenePos() - m_pressPos;
    if (!m_dragging && offset.manhattanLength() < 3)
        return;
    m_dragging = true;
    const QPointF delta(qRound(offset.x()), qRound(offset.y()));
    ProcessDocument *document = scene()->document();
    document->undoStack()->push(new MoveShapesCommand(document, m_plan, delta, m_gesture));
}

void SelectTool::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    Q_UNUSED(event)
    deactivate();
}
