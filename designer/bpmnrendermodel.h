#pragma once

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmnschema.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

class BpmnDocument;
class BpmnSemanticModel;

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

    struct Shape
    {
        QString id; // of the DI shape
        QString elementId;
        BpmnElementType type = BpmnElementType::Unknown;
        QRectF bounds;
        std::optional<QRectF> labelBounds;
        QString text; // plain text, never markup
        QVector<BpmnEventDefinitionType> eventDefinitions;
        Loop loop = Loop::None;
        bool expanded = false;
        bool collapsedMarker = false; // the [+] of a collapsed sub-process or call activity
        bool horizontal = true;
        bool markerVisible = false;
        bool interrupting = true;
        bool triggeredByEvent = false;
        bool forCompensation = false;
        bool instantiate = false; // event-based gateways that start a process
        QRectF paintRect;         // bounds with strokes, markers and the label
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
        QRectF paintRect;
    };

    // `document`, when given, supplies what the semantic model does not index: the text of
    // text annotations and the loop characteristics of activities.
    static BpmnRenderModel build(const BpmnSemanticModel &semantic, const BpmnDiModel::Diagram &diagram,
                                 const BpmnDocument *document = nullptr);

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

private:
    static Shape makeShape(const BpmnSemanticModel &semantic, const BpmnDiModel::Shape &di,
                           const BpmnDocument *document);
    static Edge makeEdge(const BpmnSemanticModel &semantic, const BpmnDiModel::Edge &di,
                         const BpmnDocument *document);

    QString m_diagramId;
    QString m_diagramName;
    QVector<Shape> m_shapes;
    QVector<Edge> m_edges;
    QRectF m_boundingRect;
};
