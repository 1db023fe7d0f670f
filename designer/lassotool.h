#pragma once

#include "processtool.h"

// L: a drag draws a selection rectangle wherever it starts, also on top of elements (the select
// tool's rubber band starts only on empty canvas); Ctrl adds to the selection. One gesture,
// then the select tool is back.
class LassoTool : public ProcessTool
{
public:
    using ProcessTool::ProcessTool;

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }
};
