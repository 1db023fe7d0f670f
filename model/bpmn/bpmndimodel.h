#pragma once

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
        Label label;
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
    };

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
