#pragma once

#include "bpmnrendermodel.h"

class QPainter;

// The body of a BPMN shape (its outline, fill and markers, not its label) at its DI bounds:
// events as circles, activities as rounded rectangles, gateways as diamonds, pools and lanes
// with their header band, data objects, data stores, text annotations and groups.
class BpmnShapePainter
{
public:
    static void paint(QPainter *painter, const BpmnRenderModel::Shape &shape);

private:
    static void paintEvent(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintActivity(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintGateway(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintPoolOrLane(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintDataObject(QPainter *painter, const QRectF &bounds);
    static void paintDataStore(QPainter *painter, const QRectF &bounds);
    static void paintTextAnnotation(QPainter *painter, const QRectF &bounds);
    static void paintGroup(QPainter *painter, const QRectF &bounds);
};
