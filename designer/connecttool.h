#pragma once

#include "processtool.h"

#include <QString>

class QGraphicsLineItem;

// Drag from one element to another to connect them with a sequence flow; the rules decide,
// and a refusal is reported through the scene's statusMessage().
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
    QGraphicsLineItem *m_line = nullptr;
};
