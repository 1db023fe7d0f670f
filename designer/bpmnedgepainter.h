#pragma once

#include "bpmnrendermodel.h"

class QPainter;

// The line of a BPMN edge along its DI waypoints with its end markers: sequence flows solid
// with a filled arrowhead (a diamond at the source for conditions out of an activity, a slash
// for the default flow), message flows dashed from an open circle to an open arrowhead with
// the message's envelope when DI shows it, associations dotted with line-drawn arrowheads as
// their direction asks. Labels are painted by BpmnLabelPainter.
class BpmnEdgePainter
{
public:
    static void paint(QPainter *painter, const BpmnRenderModel::Edge &edge);
    // Where the envelope of a message flow is drawn: centred on the middle of the segment that
    // holds the middle of the line.
    static QRectF envelopeRect(const BpmnRenderModel::Edge &edge);

private:
    static void paintArrowhead(QPainter *painter, QPointF from, QPointF tip, bool filled,
                               const QColor &stroke, const QColor &fill);
    // The line-drawn arrowhead of associations.
    static void paintOpenArrow(QPainter *painter, QPointF from, QPointF tip, const QColor &stroke);
    static void paintConditionDiamond(QPainter *painter, QPointF start, QPointF towards, const QColor &stroke,
                                      const QColor &fill);
    static void paintDefaultSlash(QPainter *painter, QPointF start, QPointF towards, const QColor &stroke);
    static void paintMessage(QPainter *painter, const BpmnRenderModel::Edge &edge);
};
