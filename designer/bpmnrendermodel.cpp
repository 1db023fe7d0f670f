#include "bpmnrendermodel.h"

#include "bpmnlabelpainter.h"

#include "bpmn/bpmndocument.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnsemanticmodel.h"

#include <algorithm>

namespace {

// Room for the widest stroke and the markers that stick out of a shape's bounds.
constexpr qreal strokeMargin = 6;

int paintLayer(BpmnElementType type)
{
    switch (type) {
    case BpmnElementType::Participant:
        return 0;
    case BpmnElementType::Lane:
        return 1;
    case BpmnElementType::BoundaryEvent:
        return 3;
    default:
        return 2;
    }
}

// Expanded sub-processes paint a white body, so what they contain must come after them.
int nestingDepth(const BpmnSemanticModel &semantic, const QString &elementId)
{
    int depth = 0;
    const BpmnSemanticModel::Element *element = semantic.element(elementId);
    while (element && element->parent >= 0) {
        element = &semantic.at(element->parent);
        if (BpmnSchema::isSubProcess(element->type))
            ++depth;
    }
    return depth;
}

BpmnRenderModel::Loop loopOf(const BpmnXmlNode &node)
{
    if (node.firstChildElement(BpmnNamespaces::model, u"standardLoopCharacteristics"))
        return BpmnRenderModel::Loop::Standard;
    if (const BpmnXmlNode *multi =
            node.firstChildElement(BpmnNamespaces::model, u"multiInstanceLoopCharacteristics")) {
        return multi->attribute(u"isSequential") == u"true" ? BpmnRenderModel::Loop::SequentialMultiInstance
                                                            : BpmnRenderModel::Loop::ParallelMultiInstance;
    }
    return BpmnRenderModel::Loop::None;
}

// A group shows the value of the category value it refers to.
QString groupLabel(const BpmnDocument &document, const BpmnXmlNode &group)
{
    QString reference = group.attribute(u"categoryValueRef");
    reference = reference.mid(reference.indexOf(u':') + 1);
    const BpmnXmlNode *value = reference.isEmpty() ? nullptr : document.elementById(reference);
    return value ? value->attribute(u"value") : QString();
}

QRectF waypointRect(const QVector<QPointF> &points)
{
    if (points.isEmpty())
        return QRectF();
    qreal left = points.first().x();
    qreal right = left;
    qreal top = points.first().y();
    qreal bottom = top;
    for (const QPointF &point : points) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace

BpmnRenderModel BpmnRenderModel::build(const BpmnSemanticModel &semantic, const BpmnDiModel::Diagram &diagram,
                                       const BpmnDocument *document)
{
    BpmnRenderModel model;
    model.m_diagramId = diagram.id;
    model.m_diagramName = diagram.name;

    struct Keyed
    {
        int layer;
        int depth;
        int contained; // 0 for expanded activities: what lies on them comes after
        int order;
    };
    QVector<Keyed> keys;
    QVector<Shape> shapes;
    shapes.reserve(diagram.shapes.size());
    keys.reserve(diagram.shapes.size());
    for (const BpmnDiModel::Shape &di : diagram.shapes) {
        if (!di.bounds)
            continue;
        Shape shape = makeShape(semantic, di, document);
        const int contained = BpmnSchema::isActivity(shape.type) && shape.expanded ? 0 : 1;
        keys.append(Keyed{paintLayer(shape.type), nestingDepth(semantic, shape.elementId), contained,
                          int(shapes.size())});
        shapes.append(std::move(shape));
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Keyed &a, const Keyed &b) {
        if (a.layer != b.layer)
            return a.layer < b.layer;
        return a.depth != b.depth ? a.depth < b.depth : a.contained < b.contained;
    });
    model.m_shapes.reserve(shapes.size());
    for (const Keyed &key : std::as_const(keys)) {
        model.m_boundingRect |= shapes.at(key.order).paintRect;
        model.m_shapes.append(std::move(shapes[key.order]));
    }

    model.m_edges.reserve(diagram.edges.size());
    for (const BpmnDiModel::Edge &di : diagram.edges) {
        if (di.waypoints.size() < 2)
            continue;
        Edge edge = makeEdge(semantic, di, document);
        model.m_boundingRect |= edge.paintRect;
        model.m_edges.append(std::move(edge));
    }
    return model;
}

BpmnRenderModel::Shape BpmnRenderModel::makeShape(const BpmnSemanticModel &semantic,
                                                  const BpmnDiModel::Shape &di, const BpmnDocument *document)
{
    Shape shape;
    shape.id = di.id;
    shape.elementId = di.bpmnElement;
    shape.bounds = *di.bounds;
    shape.labelBounds = di.label.bounds;
    shape.expanded = di.isExpanded.value_or(false);
    shape.horizontal = di.isHorizontal.value_or(true);
    shape.markerVisible = di.isMarkerVisible.value_or(false);
    if (const BpmnSemanticModel::Element *element = semantic.element(di.bpmnElement)) {
        shape.type = element->type;
        shape.text = element->name;
        shape.eventDefinitions = element->eventDefinitions;
        shape.interrupting = element->isInterrupting;
        shape.triggeredByEvent = element->triggeredByEvent;
        shape.forCompensation = element->isForCompensation;
        // A pool is drawn open (with its name band) when it shows a process, as bpmn-js draws it;
        // a black-box pool is a plain box with its name in the middle.
        if (shape.type == BpmnElementType::Participant)
            shape.expanded = !element->processRef.isEmpty();
    }
    // A call activity may call a task, which has nothing to expand: only DI's explicit
    // isExpanded="false" marks it as collapsed.
    shape.collapsedMarker = BpmnSchema::isSubProcess(shape.type)
                                ? !shape.expanded
                                : shape.type == BpmnElementType::CallActivity && di.isExpanded == false;
    if (const BpmnXmlNode *node = document ? document->elementById(di.bpmnElement) : nullptr) {
        if (BpmnSchema::isActivity(shape.type))
            shape.loop = loopOf(*node);
        if (shape.type == BpmnElementType::TextAnnotation) {
            if (const BpmnXmlNode *text = node->firstChildElement(BpmnNamespaces::model, u"text"))
                shape.text = text->textContent();
        }
        if (shape.type == BpmnElementType::Group && shape.text.isEmpty())
            shape.text = groupLabel(*document, *node);
        if (shape.type == BpmnElementType::EventBasedGateway)
            shape.instantiate = node->attribute(u"instantiate") == u"true";
    }
    shape.paintRect = paintRectOf(shape);
    return shape;
}

BpmnRenderModel::Edge BpmnRenderModel::makeEdge(const BpmnSemanticModel &semantic,
                                                const BpmnDiModel::Edge &di, const BpmnDocument *document)
{
    Edge edge;
    edge.id = di.id;
    edge.elementId = di.bpmnElement;
    edge.waypoints = di.waypoints;
    edge.labelBounds = di.label.bounds;
    if (const BpmnSemanticModel::Element *element = semantic.element(di.bpmnElement)) {
        edge.type = element->type;
        edge.text = element->name;
        if (element->type == BpmnElementType::SequenceFlow && element->source >= 0) {
            const BpmnSemanticModel::Element &source = semantic.at(element->source);
            edge.defaultFlow = !source.defaultFlow.isEmpty() && source.defaultFlow == element->id;
            edge.conditionalFromActivity =
                element->hasCondition && !edge.defaultFlow && BpmnSchema::isActivity(source.type);
        }
    }
    if (edge.type == BpmnElementType::Unknown && document) {
        const BpmnXmlNode *node = document->elementById(di.bpmnElement);
        if (node && node->namespaceUri() == BpmnNamespaces::model &&
            (node->name() == u"dataInputAssociation" || node->name() == u"dataOutputAssociation"))
            edge.dataAssociation = true;
    }
    edge.paintRect = paintRectOf(edge);
    return edge;
}

QRectF BpmnRenderModel::paintRectOf(const Shape &shape)
{
    QRectF rect = shape.bounds.adjusted(-strokeMargin, -strokeMargin, strokeMargin, strokeMargin);
    if (BpmnLabelPainter::hasExternalLabel(shape.type) && !shape.text.isEmpty())
        rect |= BpmnLabelPainter::externalLabelRect(shape);
    return rect;
}

QRectF BpmnRenderModel::paintRectOf(const Edge &edge)
{
    QRectF rect = waypointRect(edge.waypoints)
                      .adjusted(-strokeMargin * 2, -strokeMargin * 2, strokeMargin * 2, strokeMargin * 2);
    if (!edge.text.isEmpty())
        rect |= BpmnLabelPainter::edgeLabelRect(edge);
    return rect;
}
