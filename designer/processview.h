#pragma once

#include <QGraphicsView>

// The view of a process scene: zoom with Ctrl+wheel around the cursor, zoom steps, fit, and
// rubber-band selection on empty canvas.
class ProcessView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ProcessView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void zoomBy(qreal factor);
};
