#pragma once

#include "moveshapescommand.h"
#include "processtool.h"

#include <QPointF>

// Click selects (Ctrl toggles), a press on empty canvas starts the view's rubber band, a drag
// of a selected shape moves the whole selection as one undo step.
class SelectTool : public ProcessTool
{
public:
    using ProcessTool::ProcessTool;

    void deactivate() override;
    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;

private:
    MoveShapesCommand::Plan m_plan;
    QPointF m_pressPos;
    int m_gesture = 0;
    bool m_dragging = false;
};
