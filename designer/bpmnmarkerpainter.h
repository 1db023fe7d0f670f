#pragma once

#include "bpmnrendermodel.h"

#include <QPointF>
#include <QRectF>

class QPainter;

// The small symbols inside BPMN shapes: event definition icons, task type icons, activity
// markers (collapsed, loop, multi-instance, compensation, ad hoc) and gateway markers. Drawn
// in a fixed design grid scaled to the shape, in the shapes of bpmn-js and the BPMN spec.
class BpmnMarkerPainter
{
public:
    // Inside an event circle; `filled` for throwing events (black icon), hollow for catching.
    static void paintEventDefinitions(QPainter *painter, const QRectF &circle,
                                      const QVector<BpmnEventDefinitionType> &definitions, bool filled);
    // The type icon in the top left corner of a task.
    static void paintTaskIcon(QPainter *painter, const QRectF &bounds, BpmnElementType type);
    // The markers centred at the bottom of an activity.
    static void paintActivityMarkers(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintGatewayMarker(QPainter *painter, const BpmnRenderModel::Shape &shape);

private:
    static void paintEventIcon(QPainter *painter, BpmnEventDefinitionType type, bool filled);
    static void paintEnvelope(QPainter *painter, const QRectF &rect, bool filled);
    static void paintTimer(QPainter *painter);
    static void paintUserIcon(QPainter *painter);
    static void paintServiceIcon(QPainter *painter);
    static void paintManualIcon(QPainter *painter);
    static void paintBusinessRuleIcon(QPainter *painter);
    static void paintScriptIcon(QPainter *painter);
    static void paintMarker(QPainter *painter, const QRectF &box, int kind);
    static void paintRewind(QPainter *painter, const QRectF &box, bool filled);
};
