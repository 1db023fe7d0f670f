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

    // What the palette puts in a drag: the element kind, under a MIME type of our own.
    static QString elementMimeType();
    static QMimeData *createElementMimeData(BpmnElementType type);
    static std::optional<BpmnElementType> elementType(const QMimeData *data);

signals:
    void elementDropped(BpmnElementType type, QPointF scenePos);

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

private:
    void zoomBy(qreal factor);
};
