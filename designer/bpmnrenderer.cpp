#include "bpmnrenderer.h"

#include "bpmnedgepainter.h"
#include "bpmnlabelpainter.h"
#include "bpmnshapepainter.h"

#include <QPainter>

BpmnRenderer::BpmnRenderer(BpmnRenderModel model)
    : m_model(std::move(model))
{}

BpmnRenderer::Stats BpmnRenderer::render(QPainter *painter, const QRectF &exposed) const
{
    const bool everything = exposed.isNull();
    const auto visible = [&](const QRectF &rect) { return everything || rect.intersects(exposed); };
    Stats stats;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setFont(BpmnLabelPainter::font());

    // Boundary events sit on their activity and on top of the flows that leave them.
    const QVector<BpmnRenderModel::Shape> &shapes = m_model.shapes();
    int firstBoundary = int(shapes.size());
    while (firstBoundary > 0 && shapes.at(firstBoundary - 1).type == BpmnElementType::BoundaryEvent)
        --firstBoundary;
    const auto paintShapes = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            const BpmnRenderModel::Shape &shape = shapes.at(i);
            if (!visible(shape.paintRect))
                continue;
            BpmnShapePainter::paint(painter, shape);
            ++stats.shapes;
        }
    };
    paintShapes(0, firstBoundary);
    for (const BpmnRenderModel::Edge &edge : m_model.edges()) {
        if (!visible(edge.paintRect))
            continue;
        BpmnEdgePainter::paint(painter, edge);
        ++stats.edges;
    }
    paintShapes(firstBoundary, int(shapes.size()));

    // Text last, so that no line of a later element crosses a name.
    for (const BpmnRenderModel::Shape &shape : shapes) {
        if (visible(shape.paintRect))
            BpmnLabelPainter::paintShapeLabel(painter, shape);
    }
    for (const BpmnRenderModel::Edge &edge : m_model.edges()) {
        if (!edge.text.isEmpty() && visible(edge.paintRect))
            BpmnLabelPainter::paintEdgeLabel(painter, edge);
    }
    painter->restore();
    return stats;
}
