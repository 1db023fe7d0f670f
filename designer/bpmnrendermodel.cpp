#include "bpmnrendermodel.h"

#include "bpmnlabelpainter.h"

#include "bpmn/bpmndocument.h"
#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnsemanticmodel.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// Sizes outside this range are a broken or hostile file, not a style.
constexpr qreal minFontSize = 4;
constexpr qreal maxFontSize = 96;

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

QString localReference(const QString &reference)
{
    return reference.mid(reference.indexOf(u':') + 1);
}

// The task kind a global task stands for, or Unknown when `node` is not a global task.
BpmnElementType globalTaskType(const BpmnXmlNode &node)
{
    if (node.namespaceUri() != BpmnNamespaces::model)
        return BpmnElementType::Unknown;
    const QString &name = node.name();
    if (name == u"globalTask")
        return BpmnElementType::Task;
    if (name == u"globalUserTask")
        return BpmnElementType::UserTask;
    if (name == u"globalManualTask")
        return BpmnElementType::ManualTask;
    if (name == u"globalScriptTask")
        return BpmnElementType::ScriptTask;
    if (name == u"globalBusinessRuleTask")
        return BpmnElementType::BusinessRuleTask;
    return BpmnElementType::Unknown;
}

// A label font of the diagram's BPMNLabelStyle; a CSS-like list of names gives its first.
BpmnRenderModel::LabelFont labelFont(const BpmnDiModel::Diagram &diagram, const BpmnDiModel::Label &label)
{
    BpmnRenderModel::LabelFont font;
    const auto it = diagram.labelStyles.constFind(label.style);
    if (label.style.isEmpty() || it == diagram.labelStyles.cend())
        return font;
    font.family = it->fontName.section(u',', 0, 0).trimmed();
    font.family.remove(u'"');
    font.family.remove(u'\'');
    if (it->size && *it->size >= minFontSize && *it->size <= maxFontSize)
        font.size = *it->size;
    font.bold = it->bold;
    font.italic = it->italic;
    return font;
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
        Shape shape = makeShape(semantic, diagram, di, document);
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
        Edge edge = makeEdge(semantic, diagram, di, document);
        model.m_boundingRect |= edge.paintRect;
        model.m_edges.append(std::move(edge));
    }
    return model;
}

BpmnRenderModel::Shape BpmnRenderModel::makeShape(const BpmnSemanticModel &semantic,
                                                  const BpmnDiModel::Diagram &diagram,
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
    shape.colors = colorsOf(di.colors);
    shape.font = labelFont(diagram, di.label);
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
    if (BpmnSchema::isTask(shape.type))
        shape.iconType = shape.type;
    shape.collapsedMarker = BpmnSchema::isSubProcess(shape.type) && !shape.expanded;
    // A call activity calls a process unless it names a global task: without DI's isExpanded it
    // is collapsed, as a sub-process is.
    if (shape.type == BpmnElementType::CallActivity)
        shape.collapsedMarker = !shape.expanded;
    if (const BpmnXmlNode *node = document ? document->elementById(di.bpmnElement) : nullptr) {
        if (BpmnSchema::isActivity(shape.type))
            shape.loop = loopOf(*node);
        if (shape.type == BpmnElementType::CallActivity)
            readCalledElement(shape, *node, *document, di);
        if (shape.type == BpmnElementType::TextAnnotation) {
            if (const BpmnXmlNode *text = node->firstChildElement(BpmnNamespaces::model, u"text"))
                shape.text = text->textContent();
        }
        if (shape.type == BpmnElementType::Group && shape.text.isEmpty())
            shape.text = groupLabel(*document, *node);
        if (shape.type == BpmnElementType::EventBasedGateway)
            shape.instantiate = node->attribute(u"instantiate") == u"true";
        readData(shape, *node, *document);
    }
    shape.paintRect = paintRectOf(shape);
    return shape;
}

void BpmnRenderModel::readCalledElement(Shape &shape, const BpmnXmlNode &node, const BpmnDocument &document,
                                        const BpmnDiModel::Shape &di)
{
    const QString called = localReference(node.attribute(u"calledElement"));
    const BpmnXmlNode *target = called.isEmpty() ? nullptr : document.elementById(called);
    const BpmnElementType task = target ? globalTaskType(*target) : BpmnElementType::Unknown;
    if (task == BpmnElementType::Unknown)
        return;
    // A global task has nothing to expand: it shows the task's icon.
    shape.iconType = task;
    shape.collapsedMarker = false;
    shape.expanded = di.isExpanded.value_or(false);
}

void BpmnRenderModel::readData(Shape &shape, const BpmnXmlNode &node, const BpmnDocument &document)
{
    switch (shape.type) {
    case BpmnElementType::DataObject:
    case BpmnElementType::DataInput:
    case BpmnElementType::DataOutput:
        shape.collection = node.attribute(u"isCollection") == u"true";
        break;
    case BpmnElementType::DataObjectReference: {
        const QString reference = localReference(node.attribute(u"dataObjectRef"));
        const BpmnXmlNode *object = reference.isEmpty() ? nullptr : document.elementById(reference);
        shape.collection = object && object->attribute(u"isCollection") == u"true";
        break;
    }
    case BpmnElementType::DataStore:
    case BpmnElementType::DataStoreReference:
        break;
    default:
        return;
    }
    if (const BpmnXmlNode *state = node.firstChildElement(BpmnNamespaces::model, u"dataState"))
        shape.state = state->attribute(u"name").trimmed();
}

BpmnRenderModel::Edge BpmnRenderModel::makeEdge(const BpmnSemanticModel &semantic,
                                                const BpmnDiModel::Diagram &diagram,
                                                const BpmnDiModel::Edge &di, const BpmnDocument *document)
{
    Edge edge;
    edge.id = di.id;
    edge.elementId = di.bpmnElement;
    edge.waypoints = di.waypoints;
    edge.labelBounds = di.label.bounds;
    edge.colors = colorsOf(di.colors);
    edge.font = labelFont(diagram, di.label);
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
    const BpmnXmlNode *node =
        document && !di.bpmnElement.isEmpty() ? document->elementById(di.bpmnElement) : nullptr;
    if (edge.type == BpmnElementType::Unknown && node) {
        if (node->namespaceUri() == BpmnNamespaces::model &&
            (node->name() == u"dataInputAssociation" || node->name() == u"dataOutputAssociation"))
            edge.dataAssociation = true;
    }
    edge.unnamedLink = edge.type == BpmnElementType::Unknown && !node;
    if (edge.type == BpmnElementType::Association && node) {
        const QString direction = node->attribute(u"associationDirection");
        edge.arrowAtTarget = direction == u"One" || direction == u"Both";
        edge.arrowAtSource = direction == u"Both";
    }
    if (edge.type == BpmnElementType::MessageFlow) {
        if (di.messageVisibleKind == u"initiating")
            edge.message = MessageMarker::Initiating;
        else if (di.messageVisibleKind == u"non_initiating")
            edge.message = MessageMarker::NonInitiating;
    }
    edge.paintRect = paintRectOf(edge);
    return edge;
}

QColor BpmnRenderModel::parseColor(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QColor();
    static const QRegularExpression rgb(
        QStringLiteral(R"(^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = rgb.match(trimmed);
    if (match.hasMatch()) {
        const int r = match.captured(1).toInt();
        const int g = match.captured(2).toInt();
        const int b = match.captured(3).toInt();
        if (r > 255 || g > 255 || b > 255)
            return QColor();
        QColor color(r, g, b);
        if (match.hasCaptured(4))
            color.setAlphaF(std::clamp(match.captured(4).toFloat(), 0.0f, 1.0f));
        return color;
    }
    return QColor::fromString(trimmed);
}

BpmnRenderModel::Colors BpmnRenderModel::colorsOf(const BpmnDiModel::Colors &colors)
{
    return Colors{parseColor(colors.fill), parseColor(colors.stroke), parseColor(colors.label)};
}

BpmnRenderModel::Colors BpmnRenderModel::colorsOf(const BpmnXmlNode &diElement)
{
    return colorsOf(BpmnDiModel::colorsOf(diElement));
}

QRectF BpmnRenderModel::paintRectOf(const Shape &shape)
{
    QRectF rect = shape.bounds.adjusted(-strokeMargin, -strokeMargin, strokeMargin, strokeMargin);
    const QRectF label = BpmnLabelPainter::labelRect(shape);
    if (!label.isNull())
        rect |= label.adjusted(-1, -1, 1, 1);
    return rect;
}

QRectF BpmnRenderModel::paintRectOf(const Edge &edge)
{
    QRectF rect = waypointRect(edge.waypoints)
                      .adjusted(-strokeMargin * 2, -strokeMargin * 2, strokeMargin * 2, strokeMargin * 2);
    const QRectF label = BpmnLabelPainter::labelRect(edge);
    if (!label.isNull())
        rect |= label.adjusted(-1, -1, 1, 1);
    return rect;
}
