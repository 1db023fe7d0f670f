#pragma once

#include "bpmnrendermodel.h"

class QPainter;

// The body of a BPMN shape (its outline, fill and markers, not its label) at its DI bounds:
// events as circles, activities as rounded rectangles, gateways as diamonds, pools and lanes
// with their header band, data objects, inputs and outputs, data stores, text annotations and
// groups; in the colours the file gives them.
class BpmnShapePainter
{
public:
    static void paint(QPainter *painter, const BpmnRenderModel::Shape &shape);

private:
    static void paintEvent(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintActivity(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintGateway(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintPoolOrLane(QPainter *painter, const BpmnRenderModel::Shape &shape);
    // Data objects, their references, data inputs (a hollow arrow) and outputs (a filled one).
    static void paintDataObject(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintDataStore(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintTextAnnotation(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintGroup(QPainter *painter, const BpmnRenderModel::Shape &shape);
};
