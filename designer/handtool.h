#pragma once

#include "processtool.h"

// H: drags pan the canvas (the view's scroll-hand mode does the scrolling); nothing is edited.
// Also the only tool of a read-only map.
class HandTool : public ProcessTool
{
public:
    using ProcessTool::ProcessTool;

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    QCursor cursor() const override { return QCursor(Qt::OpenHandCursor); }
};
