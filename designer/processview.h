#pragma once

#include "bpmn/bpmnschema.h"

#include <QGraphicsView>

#include <optional>

class QMimeData;

// The view of a process scene: zoom with Ctrl+wheel around the cursor, zoom steps, fit, and
// rubber-band selection on empty canvas. Accepts element kinds dragged from the palette and
// reports where they were dropped; the editor creates them.
class ProcessView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ProcessView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    // Whether a pan (space held with a left drag, or a middle-button drag) is in progress.
    bool isPanning() const { return m_panning; }

    // What the palette puts in a drag: the element kind, under a MIME type of our own.
    static QString elementMimeType();
    static QMimeData *createElementMimeData(BpmnElementType type);
    static std::optional<BpmnElementType> elementType(const QMimeData *data);

signals:
    void elementDropped(BpmnElementType type, QPointF scenePos);
    // The visible part of the scene moved or was zoomed; overlays follow.
    void viewChanged();

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    // Pan with the middle button, or with the left button while space is held, whatever the tool.
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // Light dots on the grid while snapping is on (the canvas only; exports never show them).
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void zoomBy(qreal factor);
    void setSpaceHeld(bool held);
    void scrollContentsBy(int dx, int dy) override;

    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panPos;
};
