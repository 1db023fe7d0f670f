#include "connectcommand.h"

#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"

namespace {

// Children of a flow node that come before its incoming/outgoing references (BPMN schema order).
bool precedesReferences(const BpmnXmlNode *child, bool outgoing)
{
    static const QStringView names[] = {u"documentation", u"extensionElements", u"auditing",
                                        u"monitoring",    u"categoryValueRef",  u"incoming"};
    if (!child->isElement() || child->namespaceUri() != BpmnNamespaces::model)
        return false;
    if (outgoing && child->name() == u"outgoing")
        return true;
    for (QStringView name : names) {
        if (child->name() == name)
            return true;
    }
    return false;
}

BpmnXmlNode *shapeOf(const BpmnXmlNode *plane, const QString &elementId)
{
    for (const BpmnXmlNode *shape : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape")) {
        if (shape->attribute(u"bpmnElement") == elementId)
            return const_cast<BpmnXmlNode *>(shape);
    }
    return nullptr;
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
    const BpmnXmlNode *sourceShape = shapeOf(plane, sourceId);
    const BpmnXmlNode *targetShape = shapeOf(plane, targetId);
    if (!sourceShape || !targetShape)
        return;
    // A text annotation gets an association (no incoming/outgoing references), the rest a flow.
    const bool association = ProcessRules::isAssociation(bpmn, sourceId, targetId);
    m_flowId = document->uniqueId(association ? QStringLiteral("Association_") : QStringLiteral("Flow_"));
    if (association)
        setText(QObject::tr("Associate"));

    BpmnXmlNode *container = source->parent();
    auto flow = BpmnXmlNode::createElement(
        BpmnNamespaces::model.toString(),
        association ? QStringLiteral("association") : QStringLiteral("sequenceFlow"), source->prefix());
    flow->setAttribute(QStringLiteral("id"), m_flowId);
    flow->setAttribute(QStringLiteral("sourceRef"), sourceId);
    flow->setAttribute(QStringLiteral("targetRef"), targetId);
    addInsert(container, std::move(flow));
    if (!association) {
        addReference(source, QStringLiteral("outgoing"));
        addReference(target, QStringLiteral("incoming"));
    }

    auto edge = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(), QStringLiteral("BPMNEdge"),
                                           plane->prefix());
    edge->setAttribute(QStringLiteral("id"), m_flowId + QStringLiteral("_di"));
    edge->setAttribute(QStringLiteral("bpmnElement"), m_flowId);
    for (const QPointF &point :
         route(ProcessDocument::bounds(sourceShape), ProcessDocument::bounds(targetShape))) {
        auto waypoint = BpmnXmlNode::createElement(BpmnNamespaces::di.toString(), QStringLiteral("waypoint"));
        waypoint->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(point.x()));
        waypoint->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(point.y()));
        edge->appendChild(std::move(waypoint));
    }
    addInsert(plane, std::move(edge));
}

void ConnectCommand::addReference(BpmnXmlNode *node, const QString &name)
{
    int index = 0;
    for (int i = 0; i < node->childCount(); ++i) {
        if (precedesReferences(node->childAt(i), name == u"outgoing"))
            index = i + 1;
    }
    auto reference = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), name, node->prefix());
    reference->appendChild(BpmnXmlNode::createText(m_flowId));
    addInsert(node, std::move(reference), index);
}

QVector<QPointF> ConnectCommand::route(const QRectF &source, const QRectF &target)
{
    QPointF from;
    QPointF to;
    if (target.left() >= source.right()) {
        from = QPointF(source.right(), source.center().y());
        to = QPointF(target.left(), target.center().y());
        if (qFuzzyCompare(from.y(), to.y()))
            return {from, to};
        const qreal middle = qRound((from.x() + to.x()) / 2);
        return {from, QPointF(middle, from.y()), QPointF(middle, to.y()), to};
    }
    const bool below = target.top() >= source.bottom();
    from = QPointF(source.center().x(), below ? source.bottom() : source.top());
    to = QPointF(target.center().x(), below ? target.top() : target.bottom());
    if (qFuzzyCompare(from.x(), to.x()))
        return {from, to};
    const qreal middle = qRound((from.y() + to.y()) / 2);
    return {from, QPointF(from.x(), middle), QPointF(to.x(), middle), to};
}
