#include "bpmndimodel.h"

#include "bpmndocument.h"
#include "bpmnnamespaces.h"

namespace {

double number(const BpmnXmlNode &node, QStringView name)
{
    return node.attribute(name).toDouble();
}

std::optional<QRectF> bounds(const BpmnXmlNode &owner)
{
    const BpmnXmlNode *node = owner.firstChildElement(BpmnNamespaces::dc, u"Bounds");
    if (!node)
        return std::nullopt;
    return QRectF(number(*node, u"x"), number(*node, u"y"), number(*node, u"width"),
                  number(*node, u"height"));
}

std::optional<bool> flag(const BpmnXmlNode &node, QStringView name)
{
    if (!node.hasAttribute(name))
        return std::nullopt;
    return node.attribute(name) == u"true";
}

BpmnDiModel::LabelStyle readLabelStyle(const BpmnXmlNode &node)
{
    BpmnDiModel::LabelStyle style;
    if (const BpmnXmlNode *font = node.firstChildElement(BpmnNamespaces::dc, u"Font")) {
        style.fontName = font->attribute(u"name");
        bool ok = false;
        const double size = font->attribute(u"size").toDouble(&ok);
        if (ok)
            style.size = size;
        style.bold = font->attribute(u"isBold") == u"true";
        style.italic = font->attribute(u"isItalic") == u"true";
    }
    return style;
}

} // namespace

BpmnDiModel::Colors BpmnDiModel::colorsOf(const BpmnXmlNode &diElement)
{
    const auto first = [](const BpmnXmlNode &node, QStringView name, QStringView biocName) {
        QString value = node.attribute(colorNamespace, name).trimmed();
        if (value.isEmpty() && !biocName.isEmpty())
            value = node.attribute(biocNamespace, biocName).trimmed();
        return value;
    };
    Colors colors;
    colors.fill = first(diElement, u"background-color", u"fill");
    colors.stroke = first(diElement, u"border-color", u"stroke");
    if (const BpmnXmlNode *label = diElement.firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel"))
        colors.label = first(*label, u"color", {});
    return colors;
}

BpmnDiModel BpmnDiModel::fromDocument(const BpmnDocument &document)
{
    BpmnDiModel model;
    if (!document.root())
        return model;
    for (const BpmnXmlNode *diagram : document.root()->childElements(BpmnNamespaces::bpmnDi, u"BPMNDiagram"))
        model.m_diagrams.append(readDiagram(*diagram));
    return model;
}

int BpmnDiModel::shapeCount() const
{
    int count = 0;
    for (const Diagram &diagram : m_diagrams)
        count += diagram.shapes.size();
    return count;
}

int BpmnDiModel::edgeCount() const
{
    int count = 0;
    for (const Diagram &diagram : m_diagrams)
        count += diagram.edges.size();
    return count;
}

int BpmnDiModel::waypointCount() const
{
    int count = 0;
    for (const Diagram &diagram : m_diagrams) {
        for (const Edge &edge : diagram.edges)
            count += edge.waypoints.size();
    }
    return count;
}

int BpmnDiModel::labelBoundsCount() const
{
    int count = 0;
    for (const Diagram &diagram : m_diagrams) {
        for (const Shape &shape : diagram.shapes)
            count += shape.label.bounds ? 1 : 0;
        for (const Edge &edge : diagram.edges)
            count += edge.label.bounds ? 1 : 0;
    }
    return count;
}

BpmnDiModel::Diagram BpmnDiModel::readDiagram(const BpmnXmlNode &node)
{
    Diagram diagram;
    diagram.id = node.attribute(u"id");
    diagram.name = node.attribute(u"name");
    const BpmnXmlNode *plane = node.firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNPlane");
    if (!plane)
        return diagram;
    diagram.planeId = plane->attribute(u"id");
    diagram.planeElement = plane->attribute(u"bpmnElement");
    for (const auto &child : plane->children()) {
        if (child->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            diagram.shapes.append(readShape(*child));
        else if (child->is(BpmnNamespaces::bpmnDi, u"BPMNEdge"))
            diagram.edges.append(readEdge(*child));
    }
    for (const BpmnXmlNode *style : node.childElements(BpmnNamespaces::bpmnDi, u"BPMNLabelStyle"))
        diagram.labelStyles.insert(style->attribute(u"id"), readLabelStyle(*style));
    return diagram;
}

BpmnDiModel::Shape BpmnDiModel::readShape(const BpmnXmlNode &node)
{
    Shape shape;
    shape.id = node.attribute(u"id");
    shape.bpmnElement = node.attribute(u"bpmnElement");
    shape.bounds = bounds(node);
    shape.isExpanded = flag(node, u"isExpanded");
    shape.isHorizontal = flag(node, u"isHorizontal");
    shape.isMarkerVisible = flag(node, u"isMarkerVisible");
    shape.label = readLabel(node);
    shape.colors = colorsOf(node);
    shape.line = node.line();
    shape.column = node.column();
    return shape;
}

BpmnDiModel::Edge BpmnDiModel::readEdge(const BpmnXmlNode &node)
{
    Edge edge;
    edge.id = node.attribute(u"id");
    edge.bpmnElement = node.attribute(u"bpmnElement");
    edge.sourceElement = node.attribute(u"sourceElement");
    edge.targetElement = node.attribute(u"targetElement");
    for (const BpmnXmlNode *waypoint : node.childElements(BpmnNamespaces::di, u"waypoint"))
        edge.waypoints.append(QPointF(number(*waypoint, u"x"), number(*waypoint, u"y")));
    edge.messageVisibleKind = node.attribute(u"messageVisibleKind");
    edge.label = readLabel(node);
    edge.colors = colorsOf(node);
    edge.line = node.line();
    edge.column = node.column();
    return edge;
}

BpmnDiModel::Label BpmnDiModel::readLabel(const BpmnXmlNode &owner)
{
    Label label;
    const BpmnXmlNode *node = owner.firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel");
    if (node) {
        label.present = true;
        label.bounds = bounds(*node);
        label.style = node->attribute(u"labelStyle");
    }
    return label;
}
