#pragma once

#include <QCursor>

class ProcessScene;
class QGraphicsSceneMouseEvent;

// A tool of the canvas as a small state object: it receives the scene's mouse events while it
// is the current tool and turns gestures into commands. Chosen from the palette.
class ProcessTool
{
public:
    explicit ProcessTool(ProcessScene *scene);
    virtual ~ProcessTool();

    ProcessTool(const ProcessTool &) = delete;
    ProcessTool &operator=(const ProcessTool &) = delete;

    virtual void activate() {}
    // Abandons a gesture in progress.
    virtual void deactivate() {}
    virtual void mousePress(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseMove(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseRelease(QGraphicsSceneMouseEvent *event) = 0;
    virtual QCursor cursor() const { return QCursor(Qt::ArrowCursor); }

protected:
    ProcessScene *scene() const { return m_scene; }

private:
    ProcessScene *m_scene;
};
