#pragma once

#include "bpmnrendermodel.h"

#include <QFont>
#include <QRectF>
#include <QTransform>

#include <optional>

class QPainter;

// Names of BPMN elements as plain text (never rich text: a name "<b>x</b>" shows its angle
// brackets), wrapped inside the shape or inside the DI label bounds; events, gateways, data
// and flows without label bounds get their label below the element or at the middle of the
// flow, as bpmn-js places them.
//
// Text is never clipped: a box too small for its text grows (to the longest word in width,
// to the wrapped lines in height) away from the shape it labels, so a label under an event
// grows downwards and one above it upwards; inside a task the text keeps clear of the type
// icon and the markers.
class BpmnLabelPainter
{
public:
    // Where and how one label is drawn.
    struct Layout
    {
        QRectF box; // holds every line of the text, in the coordinates of `transform`
        QString text;
        QFont font;
        Qt::Alignment alignment = Qt::AlignCenter;
        QTransform transform; // rotates the names of pools and lanes; identity otherwise

        // The box in diagram coordinates.
        QRectF rect() const { return transform.mapRect(box); }
    };

    // The default label font: Arial or its metric twin Liberation Sans, 11 px as in bpmn-js.
    static QFont font();
    // The font of a BPMNLabelStyle, falling back to the default family and size.
    static QFont font(const BpmnRenderModel::LabelFont &style);
    // Events, gateways, data objects, inputs, outputs and stores: their name is drawn outside.
    static bool hasExternalLabel(BpmnElementType type);
    // What a shape's label says: its name, and for data the [state] on a line of its own.
    static QString displayText(const BpmnRenderModel::Shape &shape);

    static std::optional<Layout> layout(const BpmnRenderModel::Shape &shape);
    static std::optional<Layout> layout(const BpmnRenderModel::Edge &edge);
    // Where a label lies in diagram coordinates; null when there is no text.
    static QRectF labelRect(const BpmnRenderModel::Shape &shape);
    static QRectF labelRect(const BpmnRenderModel::Edge &edge);
    // The size `text` needs when wrapped at `width`, widened to its longest word.
    static QSizeF textSize(const QFont &font, const QString &text, qreal width);

    static void paintShapeLabel(QPainter *painter, const BpmnRenderModel::Shape &shape);
    static void paintEdgeLabel(QPainter *painter, const BpmnRenderModel::Edge &edge);
    static void paint(QPainter *painter, const Layout &layout, const QColor &color);

private:
    static Layout externalLayout(const BpmnRenderModel::Shape &shape, const QString &text, const QFont &font);
    static Layout activityLayout(const BpmnRenderModel::Shape &shape, const QString &text, const QFont &font);
    static Layout headerLayout(const BpmnRenderModel::Shape &shape, const QString &text, const QFont &font);
};
