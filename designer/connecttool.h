#pragma once

#include "processtool.h"

#include <QString>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QRectF;

// An outline around the element a dragged connection would attach to: green where the rules
// allow it, red where they do not. With the cursor, the verdict before the drop.
class DropTargetOutline
{
public:
    DropTargetOutline() = default;
    ~DropTargetOutline();
    DropTargetOutline(const DropTargetOutline &) = delete;
    DropTargetOutline &operator=(const DropTargetOutline &) = delete;

    void show(ProcessScene *scene, const QRectF &bounds, bool allowed);
    void hide();

private:
    QGraphicsRectItem *m_item = nullptr;
};

// Drag from one element to another to connect them with the connection their kinds call for
// (ProcessRules::connectionKind); the rules decide. While dragging, the element under the cursor
// is outlined green or red, and the cursor is a forbidden sign over one that may not be
// connected; a refusal is reported through the scene's statusMessage().
class ConnectTool : public ProcessTool
{
public:
    using ProcessTool::ProcessTool;
    ~ConnectTool() override;

    void deactivate() override;
    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

private:
    QString m_sourceId;
    QString m_hoverId; // the element last judged under the cursor
    QGraphicsLineItem *m_line = nullptr;
    DropTargetOutline m_outline;
};

// The cursor of the scene's views, for tools that show a verdict while dragging.
void setCanvasCursor(ProcessScene *scene, const QCursor &cursor);
