#pragma once

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmnschema.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

class BpmnDocument;
class BpmnSemanticModel;
class BpmnXmlNode;

// What the painters need of one BPMN diagram, resolved once: every DI shape and edge joined
// with the kind, name and flags of its semantic element, in paint order, each with the area
// it may paint on (so a view can skip what lies outside the exposed region).
//
// A value snapshot like the models it is built from; rebuilt when they change.
class BpmnRenderModel
{
public:
    enum class Loop : quint8
    {
        None,
        Standard,
        ParallelMultiInstance,
        SequentialMultiInstance
    };

    enum class MessageMarker : quint8
    {
        None,
        Initiating,   // a white envelope on the message flow
        NonInitiating // a shaded one
    };

    // The colours a file gives an element (BPMN in Color, or bpmn-js's bioc attributes); an
    // invalid colour means the default (black lines, white fill, the line colour for the label).
    struct Colors
    {
        QColor fill;
        QColor stroke;
        QColor label;

        bool operator==(const Colors &other) const
        {
            return fill == other.fill && stroke == other.stroke && label == other.label;
        }
        QColor fillOr(const QColor &fallback) const { return fill.isValid() ? fill : fallback; }
        QColor strokeOr(const QColor &fallback) const { return stroke.isValid() ? stroke : fallback; }
        QColor labelColor() const { return label.isValid() ? label : strokeOr(Qt::black); }
    };

    // The font of a label as the file's BPMNLabelStyle gives it; a size of 0 is the default.
    struct LabelFont
    {
        QString family;
        qreal size = 0;
        bool bold = false;
        bool italic = false;
    };

    struct Shape
    {
        QString id; // of the DI shape
        QString elementId;
        BpmnElementType type = BpmnElementType::Unknown;
        QRectF bounds;
        std::optional<QRectF> labelBounds;
        QString text;  // plain text, never markup
        QString state; // the [state] of data objects, inputs and outputs
        QVector<BpmnEventDefinitionType> eventDefinitions;
        // The task kind whose icon an activity shows: its own, or a called global task's.
        BpmnElementType iconType = BpmnElementType::Unknown;
        Loop loop = Loop::None;
        bool expanded = false;
        bool collapsedMarker = false; // the [+] of a collapsed sub-process or call activity
        bool horizontal = true;
        bool markerVisible = false;
        bool interrupting = true;
        bool triggeredByEvent = false;
        bool forCompensation = false;
        bool instantiate = false; // event-based gateways that start a process
        bool collection = false;  // data (objects, inputs, outputs) that are collections
        Colors colors;
        LabelFont font;
        QRectF paintRect; // bounds with strokes, markers and the label
    };

    struct Edge
    {
        QString id;
        QString elementId;
        BpmnElementType type = BpmnElementType::Unknown;
        QVector<QPointF> waypoints;
        std::optional<QRectF> labelBounds;
        QString text;
        bool conditionalFromActivity = false;
        bool defaultFlow = false;
        bool dataAssociation = false; // data input/output associations, which the semantic model skips
        // A DI edge that names no semantic element (a vendor's link from data to a flow): drawn
        // as an undirected association.
        bool unnamedLink = false;
        bool arrowAtSource = false; // associations by their associationDirection
        bool arrowAtTarget = false;
        MessageMarker message = MessageMarker::None;
        Colors colors;
        LabelFont font;
        QRectF paintRect;
    };

    // `document`, when given, supplies what the semantic model does not index: the text of
    // text annotations and the loop characteristics of activities.
    static BpmnRenderModel build(const BpmnSemanticModel &semantic, const BpmnDiModel::Diagram &diagram,
                                 const BpmnDocument *document = nullptr);

    // The colours a BPMNShape or BPMNEdge element carries (its BPMNLabel's colour included).
    static Colors colorsOf(const BpmnXmlNode &diElement);
    // A CSS-like colour of a file: #rgb, #rrggbb, rgb(r, g, b) or an SVG colour name; invalid
    // when it is none of them.
    static QColor parseColor(const QString &text);

    // The area a shape or edge may paint on: its geometry with strokes, markers and label.
    static QRectF paintRectOf(const Shape &shape);
    static QRectF paintRectOf(const Edge &edge);

    const QString &diagramId() const { return m_diagramId; }
    const QString &diagramName() const { return m_diagramName; }
    // Shapes in paint order: pools, lanes, then by nesting depth; boundary events last.
    const QVector<Shape> &shapes() const { return m_shapes; }
    const QVector<Edge> &edges() const { return m_edges; }
    // The union of every paint rect; empty for an empty diagram.
    QRectF boundingRect() const { return m_boundingRect; }

    static Colors colorsOf(const BpmnDiModel::Colors &colors);

private:
    static Shape makeShape(const BpmnSemanticModel &semantic, const BpmnDiModel::Diagram &diagram,
                           const BpmnDiModel::Shape &di, const BpmnDocument *document);
    static Edge makeEdge(const BpmnSemanticModel &semantic, const BpmnDiModel::Diagram &diagram,
                         const BpmnDiModel::Edge &di, const BpmnDocument *document);
    static void readData(Shape &shape, const BpmnXmlNode &node, const BpmnDocument &document);
    static void readCalledElement(Shape &shape, const BpmnXmlNode &node, const BpmnDocument &document,
                                  const BpmnDiModel::Shape &di);

    QString m_diagramId;
    QString m_diagramName;
    QVector<Shape> m_shapes;
    QVector<Edge> m_edges;
    QRectF m_boundingRect;
};
