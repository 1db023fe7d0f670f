#pragma once

#include "bpmnrendermodel.h"

#include <QFont>
#include <QRectF>

class QPainter;

// Names of BPMN elements as plain text (never rich text: a name "<b>x</b>" shows its angle
// brackets), wrapped inside the shape or inside the DI label bounds; events, gateways, data
// and flows without label bounds get their label below the element or at the middle of the
// flow, as bpmn-js places them.
class BpmnLabelPainter
{
public:
    static QFont font();
    // Events, gateways, data objects and data stores: their name is drawn outside the shape.
    static bool hasExternalLabel(BpmnElementType type);
    // Where the external label of a shape is drawn, including text that overflows the DI bounds.
    static QRectF externalLabelRect(const BpmnRenderModel::Shape &shape);
    static QRectF edgeLabelRect(const BpmnRenderModel::Edge &edge);

    static void paintShapeLabel(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintEdgeLabel(QPainter *painter, const BpmnRenderModel::Edge &edge);

private:
    // The box the text is laid out in: DI label bounds or a default box below/around `anchor`.
    static QRectF labelBox(const std::optional<QRectF> &bounds, QPointF anchor, const QString &text,
                           bool below);
    static void paintWrapped(QPainter *painter, const QRectF &box, const QString &text,
                             Qt::Alignment alignment);
    static void paintHeader(QPainter *painter, const BpmnRenderModel::Shape &shape);
};
