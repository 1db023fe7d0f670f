#pragma once

#include "bpmnrendermodel.h"

class QPainter;

// The line of a BPMN edge along its DI waypoints with its end markers: sequence flows solid
// with a filled arrowhead (a diamond at the source for conditions out of an activity, a slash
// for the default flow), message flows dashed from an open circle to an open arrowhead,
// associations dotted. Labels are painted by BpmnLabelPainter.
class BpmnEdgePainter
{
public:
    static void paint(QPainter *painter, const BpmnRenderModel::Edge &edge);

private:
    static void paintArrowhead(QPainter *painter, QPointF from, QPointF tip, bool filled);
    // The line-drawn arrowhead of a data association.
    static void paintOpenArrow(QPainter *painter, QPointF from, QPointF tip);
    static void paintConditionDiamond(QPainter *painter, QPointF start, QPointF towards);
    static void paintDefaultSlash(QPainter *painter, QPointF start, QPointF towards);
};
