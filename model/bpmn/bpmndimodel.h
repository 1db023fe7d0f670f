#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

class BpmnDocument;
class BpmnXmlNode;

// The BPMN diagram interchange (DI) model as a value snapshot: diagrams, each with its plane,
// shapes (bounds, expanded/horizontal flags, label bounds) and edges (waypoints, label bounds).
class BpmnDiModel
{
public:
    struct Label
    {
        bool present = false; // a <BPMNLabel> element exists
        std::optional<QRectF> bounds;
        QString style; // id of a BPMNLabelStyle of the diagram
    };

    // The colours of a shape or edge as written: BPMN in Color (color:background-color,
    // color:border-color, color:color on the label) or bpmn-js's bioc:fill and bioc:stroke.
    // Empty when the file gives none.
    struct Colors
    {
        QString fill;
        QString stroke;
        QString label;
    };

    // A BPMNLabelStyle: its dc:Font.
    struct LabelStyle
    {
        QString fontName;
        std::optional<double> size;
        bool bold = false;
        bool italic = false;
    };

    struct Shape
    {
        QString id;
        QString bpmnElement;
        std::optional<QRectF> bounds;
        std::optional<bool> isExpanded;
        std::optional<bool> isHorizontal;
        std::optional<bool> isMarkerVisible;
        Label label;
        Colors colors;
        int line = 0;
        int column = 0;
    };

    struct Edge
    {
        QString id;
        QString bpmnElement;
        QString sourceElement;
        QString targetElement;
        QVector<QPointF> waypoints;
        QString messageVisibleKind; // "initiating", "non_initiating" or empty
        Label label;
        Colors colors;
        int line = 0;
        int column = 0;
    };

    struct Diagram
    {
        QString id;
        QString name;
        QString planeId;
        QString planeElement; // bpmnElement of the plane: a process or collaboration
        QVector<Shape> shapes;
        QVector<Edge> edges;
        QHash<QString, LabelStyle> labelStyles; // by id
    };

    // Namespaces of the colour attributes.
    static constexpr QStringView colorNamespace = u"http://www.omg.org/spec/BPMN/non-normative/color/1.0";
    static constexpr QStringView biocNamespace = u"http://bpmn.io/schema/bpmn/biocolor/1.0";
    // The colours of a BPMNShape or BPMNEdge element; BPMN in Color wins over bioc.
    static Colors colorsOf(const BpmnXmlNode &diElement);

    static BpmnDiModel fromDocument(const BpmnDocument &document);

    const QVector<Diagram> &diagrams() const { return m_diagrams; }
    int shapeCount() const;
    int edgeCount() const;
    int waypointCount() const;
    int labelBoundsCount() const;

private:
    static Diagram readDiagram(const BpmnXmlNode &diagram);
    static Shape readShape(const BpmnXmlNode &node);
    static Edge readEdge(const BpmnXmlNode &node);
    static Label readLabel(const BpmnXmlNode &owner);

    QVector<Diagram> m_diagrams;
};
