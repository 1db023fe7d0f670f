#include "connectcommand.h"

#include "processdocument.h"

#include "bpmn/bpmnnamespaces.h"

#include <QObject>

#include <algorithm>

namespace {

using Kind = ProcessRules::ConnectionKind;

// The schema's order of the children of flow nodes (activities) and of a collaboration, as far
// as connections are concerned.
constexpr QStringView flowNodeOrder[] = {u"documentation",
                                         u"extensionElements",
                                         u"auditing",
                                         u"monitoring",
                                         u"categoryValueRef",
                                         u"incoming",
                                         u"outgoing",
                                         u"ioSpecification",
                                         u"property",
                                         u"dataInputAssociation",
                                         u"dataOutputAssociation"};
constexpr QStringView collaborationOrder[] = {u"documentation", u"extensionElements", u"participant",
                                              u"messageFlow"};

template<size_t N>
int indexAfter(const BpmnXmlNode *parent, const QStringView (&order)[N], QStringView name)
{
    const auto last = std::find(std::begin(order), std::end(order), name);
    if (last == std::end(order))
        return -1;
    int index = 0;
    for (int i = 0; i < parent->childCount(); ++i) {
        const BpmnXmlNode *child = parent->childAt(i);
        if (!child->isElement() || child->namespaceUri() != BpmnNamespaces::model)
            continue;
        if (std::find(std::begin(order), last + 1, child->name()) != last + 1)
            index = i + 1;
    }
    return index;
}

} // namespace

ConnectCommand::ConnectCommand(ProcessDocument *document, const QString &sourceId, const QString &targetId,
                               QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Connect"), parent)
{
    const BpmnDocument &bpmn = document->document();
    BpmnXmlNode *source = bpmn.elementById(sourceId);
    BpmnXmlNode *target = bpmn.elementById(targetId);
    BpmnXmlNode *plane = document->plane();
    if (!plane || !ProcessRules::canConnect(bpmn, sourceId, targetId))
        return;
    const BpmnXmlNode *sourceShape = diOf(plane, sourceId, u"BPMNShape");
    const BpmnXmlNode *targetShape = diOf(plane, targetId, u"BPMNShape");
    if (!sourceShape || !targetShape)
        return;
    m_kind = ProcessRules::connectionKind(bpmn, sourceId, targetId);
    switch (m_kind) {
    case Kind::Association:
        setText(QObject::tr("Associate"));
        m_flowId = document->uniqueId(QStringLiteral("Association_"));
        addConnection(source->parent(), -1, QStringLiteral("association"), sourceId, targetId);
        break;
    case Kind::MessageFlow: {
        setText(QObject::tr("Connect by message flow"));
        m_flowId = document->uniqueId(QStringLiteral("Flow_"));
        BpmnXmlNode *collaboration = ProcessRules::poolOf(bpmn, source)->parent();
        addConnection(collaboration, schemaIndex(collaboration, u"messageFlow"),
                      QStringLiteral("messageFlow"), sourceId, targetId);
        break;
    }
    case Kind::DataOutputAssociation:
        setText(QObject::tr("Associate data"));
        m_flowId = document->uniqueId(QStringLiteral("DataOutputAssociation_"));
        addDataAssociation(source, false, targetId);
        break;
    case Kind::DataInputAssociation:
        setText(QObject::tr("Associate data"));
        m_flowId = document->uniqueId(QStringLiteral("DataInputAssociation_"));
        addDataAssociation(target, true, sourceId);
        break;
    default:
        m_flowId = document->uniqueId(QStringLiteral("Flow_"));
        addConnection(source->parent(), -1, QStringLiteral("sequenceFlow"), sourceId, targetId);
        addReference(source, QStringLiteral("outgoing"));
        addReference(target, QStringLiteral("incoming"));
        break;
    }
    addEdge(plane, ProcessDocument::bounds(sourceShape), ProcessDocument::bounds(targetShape),
            m_kind == Kind::SequenceFlow ? layoutFor(source, target) : Layout::Default);
}

void ConnectCommand::addConnection(BpmnXmlNode *container, int index, const QString &name,
                                   const QString &sourceId, const QString &targetId)
{
    auto flow = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), name, container->prefix());
    flow->setAttribute(QStringLiteral("id"), m_flowId);
    flow->setAttribute(QStringLiteral("sourceRef"), sourceId);
    flow->setAttribute(QStringLiteral("targetRef"), targetId);
    addInsert(container, std::move(flow), index);
}

void ConnectCommand::addDataAssociation(BpmnXmlNode *activity, bool input, const QString &dataId)
{
    auto association = modelElement(activity, input ? QStringLiteral("dataInputAssociation")
                                                    : QStringLiteral("dataOutputAssociation"));
    association->setAttribute(QStringLiteral("id"), m_flowId);
    if (input) {
        const QString propertyId = document()->uniqueId(QStringLiteral("Property_"));
        association->appendChild(modelElement(activity, QStringLiteral("sourceRef"), dataId));
        association->appendChild(modelElement(activity, QStringLiteral("targetRef"), propertyId));
        addInsert(activity, targetPlaceholder(activity, propertyId), schemaIndex(activity, u"property"));
        // The property goes before the association; the index counts it.
        addInsert(activity, std::move(association), schemaIndex(activity, u"dataInputAssociation") + 1);
        return;
    }
    association->appendChild(modelElement(activity, QStringLiteral("targetRef"), dataId));
    addInsert(activity, std::move(association), schemaIndex(activity, u"dataOutputAssociation"));
}

void ConnectCommand::addReference(BpmnXmlNode *node, const QString &name)
{
    addInsert(node, modelElement(node, name, m_flowId), schemaIndex(node, name));
}

void ConnectCommand::addEdge(BpmnXmlNode *plane, const QRectF &source, const QRectF &target, Layout layout)
{
    auto edge = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(), QStringLiteral("BPMNEdge"),
                                           plane->prefix());
    edge->setAttribute(QStringLiteral("id"), m_flowId + QStringLiteral("_di"));
    edge->setAttribute(QStringLiteral("bpmnElement"), m_flowId);
    for (const QPointF &point : route(source, target, m_kind == Kind::MessageFlow, layout)) {
        auto waypoint = BpmnXmlNode::createElement(BpmnNamespaces::di.toString(), QStringLiteral("waypoint"));
        waypoint->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(point.x()));
        waypoint->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(point.y()));
        edge->appendChild(std::move(waypoint));
    }
    addInsert(plane, std::move(edge));
}

ConnectCommand::Layout ConnectCommand::layoutFor(const BpmnXmlNode *source, const BpmnXmlNode *target)
{
    if (BpmnSchema::isGateway(ProcessRules::typeOf(source)))
        return Layout::VerticalFirst;
    if (BpmnSchema::isGateway(ProcessRules::typeOf(target)))
        return Layout::HorizontalFirst;
    return Layout::Default;
}

QVector<QPointF> ConnectCommand::route(const QRectF &source, const QRectF &target, bool vertical,
                                       Layout layout)
{
    const bool below = target.top() >= source.bottom();
    const bool above = target.bottom() <= source.top();
    if (layout == Layout::VerticalFirst && target.left() >= source.right() &&
        (target.center().y() > source.bottom() || target.center().y() < source.top())) {
        const qreal fromY = target.center().y() > source.bottom() ? source.bottom() : source.top();
        return {QPointF(source.center().x(), fromY), QPointF(source.center().x(), target.center().y()),
                QPointF(target.left(), target.center().y())};
    }
    if (layout == Layout::HorizontalFirst && target.left() >= source.right() &&
        (source.center().y() > target.bottom() || source.center().y() < target.top())) {
        const qreal toY = source.center().y() < target.top() ? target.top() : target.bottom();
        return {QPointF(source.right(), source.center().y()),
                QPointF(target.center().x(), source.center().y()), QPointF(target.center().x(), toY)};
    }
    if (vertical && (below || above)) {
        const qreal fromY = below ? source.bottom() : source.top();
        const qreal toY = below ? target.top() : target.bottom();
        // Straight where one lies over the other, as between a pool and an element of another.
        if (source.center().x() >= target.left() && source.center().x() <= target.right())
            return {QPointF(source.center().x(), fromY), QPointF(source.center().x(), toY)};
        if (target.center().x() >= source.left() && target.center().x() <= source.right())
            return {QPointF(target.center().x(), fromY), QPointF(target.center().x(), toY)};
    }
    QPointF from;
    QPointF to;
    if (!vertical || !(below || above)) {
        if (target.left() >= source.right()) {
            from = QPointF(source.right(), source.center().y());
            to = QPointF(target.left(), target.center().y());
            if (qFuzzyCompare(from.y(), to.y()))
                return {from, to};
            const qreal middle = qRound((from.x() + to.x()) / 2);
            return {from, QPointF(middle, from.y()), QPointF(middle, to.y()), to};
        }
    }
    from = QPointF(source.center().x(), below ? source.bottom() : source.top());
    to = QPointF(target.center().x(), below ? target.top() : target.bottom());
    if (qFuzzyCompare(from.x(), to.x()))
        return {from, to};
    const qreal middle = qRound((from.y() + to.y()) / 2);
    return {from, QPointF(from.x(), middle), QPointF(to.x(), middle), to};
}

int ConnectCommand::schemaIndex(const BpmnXmlNode *parent, QStringView name)
{
    if (parent->is(BpmnNamespaces::model, u"collaboration"))
        return indexAfter(parent, collaborationOrder, name);
    return indexAfter(parent, flowNodeOrder, name);
}

BpmnXmlNode *ConnectCommand::diOf(const BpmnXmlNode *plane, const QString &elementId, QStringView kind)
{
    for (const BpmnXmlNode *di : plane->childElements(BpmnNamespaces::bpmnDi, kind)) {
        if (di->attribute(u"bpmnElement") == elementId)
            return const_cast<BpmnXmlNode *>(di);
    }
    return nullptr;
}

std::unique_ptr<BpmnXmlNode> ConnectCommand::modelElement(const BpmnXmlNode *like, const QString &name,
                                                          const QString &text)
{
    auto node = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), name, like->prefix());
    if (!text.isEmpty())
        node->appendChild(BpmnXmlNode::createText(text));
    return node;
}

std::unique_ptr<BpmnXmlNode> ConnectCommand::targetPlaceholder(const BpmnXmlNode *activity, const QString &id)
{
    auto property = modelElement(activity, QStringLiteral("property"));
    property->setAttribute(QStringLiteral("id"), id);
    property->setAttribute(QStringLiteral("name"), QStringLiteral("__targetRef_placeholder"));
    return property;
}

// FlowMarkerCommand ------------------------------------------------------------------------------

FlowMarkerCommand::FlowMarkerCommand(ProcessDocument *document, const QString &flowId, Marker marker, bool on,
                                     QUndoCommand *parent)
    : DocumentEditCommand(
          document, marker == Marker::Default ? QObject::tr("Default flow") : QObject::tr("Conditional flow"),
          parent)
{
    const BpmnDocument &bpmn = document->document();
    if (!ProcessRules::canBeDefaultOrConditional(bpmn, flowId))
        return;
    BpmnXmlNode *flow = bpmn.elementById(flowId);
    BpmnXmlNode *source = bpmn.elementById(flow->attribute(u"sourceRef"));
    BpmnXmlNode *condition = flow->firstChildElement(BpmnNamespaces::model, u"conditionExpression");
    const bool isDefault = source->attribute(u"default") == flowId;
    if (marker == Marker::Default) {
        if (on == isDefault)
            return;
        addSetAttribute(source, QStringLiteral("default"), on ? flowId : QString());
        // A default flow is taken when no condition holds; its own would never be asked.
        if (on && condition)
            addRemove(condition);
    } else {
        if (on == (condition != nullptr))
            return;
        if (on) {
            if (isDefault)
                addSetAttribute(source, QStringLiteral("default"), QString());
            auto expression = ConnectCommand::modelElement(flow, QStringLiteral("conditionExpression"));
            const QString type = QStringLiteral("tFormalExpression");
            expression->setAttribute(BpmnXmlAttribute{
                BpmnNamespaces::xsi.toString(), QStringLiteral("type"), QStringLiteral("xsi"),
                flow->prefix().isEmpty() ? type : flow->prefix() + u':' + type});
            addInsert(flow, std::move(expression));
        } else {
            addRemove(condition);
        }
    }
    markStructural(); // the markers are drawn from the render model, which is rebuilt
}

bool FlowMarkerCommand::isDefault(const BpmnDocument &document, const QString &flowId)
{
    const BpmnXmlNode *flow = document.elementById(flowId);
    const BpmnXmlNode *source = flow ? document.elementById(flow->attribute(u"sourceRef")) : nullptr;
    return source && source->attribute(u"default") == flowId;
}

bool FlowMarkerCommand::isConditional(const BpmnDocument &document, const QString &flowId)
{
    const BpmnXmlNode *flow = document.elementById(flowId);
    return flow && flow->firstChildElement(BpmnNamespaces::model, u"conditionExpression");
}
