#pragma once

#include "bpmnrendermodel.h"

#include <QColor>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

class QPainter;

// The colours a symbol is drawn in: lines and filled parts in `stroke`, hollow parts in `fill`.
struct BpmnInk
{
    QColor stroke = Qt::black;
    QColor fill = Qt::white;
};

// The small symbols inside BPMN shapes: event definition icons, task type icons, activity
// markers (loop, multi-instance, compensation, collapsed, ad hoc), gateway markers and the
// marks of data (input and output arrows, the collection bars). Drawn in a fixed design grid
// scaled to the shape, in the shapes of the BPMN specification.
class BpmnMarkerPainter
{
public:
    using Ink = BpmnInk;
    static Ink inkOf(const BpmnRenderModel::Colors &colors);

    // Inside an event circle; `filled` for throwing events (solid icon), hollow for catching.
    static void paintEventDefinitions(QPainter *painter, const QRectF &circle,
                                      const QVector<BpmnEventDefinitionType> &definitions, bool filled,
                                      const Ink &ink = Ink());
    // The error trigger: a zig-zag bolt in the 36 x 36 grid of an event.
    static QPolygonF errorBolt();
    // The type icon in the top left corner of an activity (shape.iconType).
    static void paintTaskIcon(QPainter *painter, const BpmnRenderModel::Shape &shape, const Ink &ink = Ink());
    // Where that icon lies; null when the activity shows none.
    static QRectF taskIconRect(const BpmnRenderModel::Shape &shape);
    // The markers centred at the bottom of an activity: loop or multi-instance, compensation,
    // the collapsed [+], ad hoc, in this order from left to right.
    static void paintActivityMarkers(QPainter *painter, const BpmnRenderModel::Shape &shape,
                                     const Ink &ink = Ink());
    // The row those markers take; null when the activity has none.
    static QRectF activityMarkerRect(const BpmnRenderModel::Shape &shape);
    static void paintGatewayMarker(QPainter *painter, const BpmnRenderModel::Shape &shape,
                                   const Ink &ink = Ink());
    // An envelope in `rect`; a filled one is solid with lines in the fill colour.
    static void paintEnvelope(QPainter *painter, const QRectF &rect, bool filled, const Ink &ink = Ink());
    // The arrow in the top left corner of a data input (hollow) or output (filled).
    static void paintDataArrow(QPainter *painter, const QRectF &page, bool output, const Ink &ink = Ink());
    // The three vertical bars at the bottom of a data element that is a collection.
    static void paintCollectionMarker(QPainter *painter, const QRectF &page, const Ink &ink = Ink());

private:
    enum class Marker
    {
        Collapsed,
        Loop,
        ParallelMultiInstance,
        SequentialMultiInstance,
        Compensation,
        AdHoc
    };
    static QVector<Marker> markersOf(const BpmnRenderModel::Shape &shape);
    static void paintEventIcon(QPainter *painter, BpmnEventDefinitionType type, bool filled, const Ink &ink);
    static void paintTimer(QPainter *painter, const Ink &ink);
    static void paintUserIcon(QPainter *painter, const Ink &ink);
    static void paintServiceIcon(QPainter *painter, const Ink &ink);
    static void paintManualIcon(QPainter *painter, const Ink &ink);
    static void paintBusinessRuleIcon(QPainter *painter, const Ink &ink);
    static void paintScriptIcon(QPainter *painter, const Ink &ink);
    static void paintMarker(QPainter *painter, const QRectF &box, Marker marker, const Ink &ink);
    static void paintRewind(QPainter *painter, const QRectF &box, bool filled, const Ink &ink);
};
