#pragma once

#include "bpmnrendermodel.h"

#include <QRectF>

class QPainter;

// Paints one BPMN diagram with QPainter in diagram coordinates (DI units, 1 unit = 1 pixel at
// scale 1), following its DI: shapes at their bounds, edges along their waypoints, labels in
// their label bounds. Needs only QtGui (fonts need a QGuiApplication, offscreen is enough),
// so the designer canvas and `pristriy-cli bpmn render` share it.
class BpmnRenderer
{
public:
    struct Stats
    {
        int shapes = 0;
        int edges = 0;
    };

    BpmnRenderer() = default;
    explicit BpmnRenderer(BpmnRenderModel model);

    const BpmnRenderModel &model() const { return m_model; }
    // Everything the diagram paints on, in diagram coordinates.
    QRectF boundingRect() const { return m_model.boundingRect(); }

    // Paints what intersects `exposed` (everything when it is null) with the painter's current
    // transform; the background is left to the caller. Returns what was painted.
    Stats render(QPainter *painter, const QRectF &exposed = QRectF()) const;

private:
    BpmnRenderModel m_model;
};
