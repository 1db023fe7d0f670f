#include "retargetflowcommand.h"

#include "connectcommand.h"
#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"

#include <cmath>
#include <limits>

namespace {

QPointF pointOf(const BpmnXmlNode *waypoint)
{
    return QPointF(waypoint->attribute(u"x").toDouble(), waypoint->attribute(u"y").toDouble());
}

} // namespace

void FlowEndsCommand::replaceWaypoints(BpmnXmlNode *edge, const QVector<QPointF> &route)
{
    const QVector<BpmnXmlNode *> points = edge->childElements(BpmnNamespaces::di, u"waypoint");
    int index = points.isEmpty() ? -1 : edge->indexOf(points.first());
    for (BpmnXmlNode *point : points)
        addRemove(point);
    for (const QPointF &point : route) {
        auto waypoint = BpmnXmlNode::createElement(BpmnNamespaces::di.toString(), QStringLiteral("waypoint"),
                                                   points.isEmpty() ? QString() : points.first()->prefix());
        waypoint->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(point.x()));
        waypoint->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(point.y()));
        addInsert(edge, std::move(waypoint), index);
        if (index >= 0)
            ++index;
    }
}

RetargetFlowCommand::RetargetFlowCommand(ProcessDocument *document, const QString &flowId,
                                         const QString &newTargetId, QUndoCommand *parent)
    : FlowEndsCommand(document, QObject::tr("Reconnect"), parent)
{
    const BpmnDocument &bpmn = document->document();
    BpmnXmlNode *flow = bpmn.elementById(flowId);
    BpmnXmlNode *newTarget = bpmn.elementById(newTargetId);
    const BpmnXmlNode *plane = document->plane();
    if (!flow || !newTarget || !plane)
        return;
    BpmnXmlNode *oldTarget = bpmn.elementById(flow->attribute(u"targetRef"));
    const BpmnXmlNode *sourceShape = ConnectCommand::diOf(plane, flow->attribute(u"sourceRef"), u"BPMNShape");
    const BpmnXmlNode *targetShape = ConnectCommand::diOf(plane, newTargetId, u"BPMNShape");
    BpmnXmlNode *edge = ConnectCommand::diOf(plane, flowId, u"BPMNEdge");

    addSetAttribute(flow, QStringLiteral("targetRef"), newTargetId);
    markStructural();
    if (oldTarget) {
        for (BpmnXmlNode *incoming : oldTarget->childElements(BpmnNamespaces::model, u"incoming")) {
            if (incoming->textContent().trimmed() == flowId)
                addRemove(incoming);
        }
    }
    addInsert(newTarget, ConnectCommand::modelElement(newTarget, QStringLiteral("incoming"), flowId),
              ConnectCommand::schemaIndex(newTarget, u"incoming"));

    if (edge && sourceShape && targetShape)
        replaceWaypoints(
            edge, ConnectCommand::route(
                      ProcessDocument::bounds(sourceShape), ProcessDocument::bounds(targetShape), false,
                      ConnectCommand::layoutFor(bpmn.elementById(flow->attribute(u"sourceRef")), newTarget)));
}

// ReconnectFlowCommand ---------------------------------------------------------------------------

ReconnectFlowCommand::ReconnectFlowCommand(ProcessDocument *document, const QString &connectionId,
                                           bool sourceEnd, const QString &newElementId, QUndoCommand *parent)
    : FlowEndsCommand(document, QObject::tr("Reconnect"), parent)
{
    using Kind = ProcessRules::ConnectionKind;
    const BpmnDocument &bpmn = document->document();
    BpmnXmlNode *connection = bpmn.elementById(connectionId);
    BpmnXmlNode *element = bpmn.elementById(newElementId);
    const BpmnXmlNode *plane = document->plane();
    if (!connection || !element || !plane ||
        !ProcessRules::reconnectionProblem(bpmn, connectionId, sourceEnd, newElementId).isEmpty())
        return;
    QPair<QString, QString> ends = ProcessRules::connectionEnds(connection);
    QString &end = sourceEnd ? ends.first : ends.second;
    if (end == newElementId)
        return;
    BpmnXmlNode *oldNode = bpmn.elementById(end);
    end = newElementId;
    const BpmnXmlNode *sourceShape = ConnectCommand::diOf(plane, ends.first, u"BPMNShape");
    const BpmnXmlNode *targetShape = ConnectCommand::diOf(plane, ends.second, u"BPMNShape");
    if (!sourceShape || !targetShape)
        return; // only what is drawn is reconnected
    BpmnXmlNode *edge = ConnectCommand::diOf(plane, connectionId, u"BPMNEdge");
    const Kind kind = ProcessRules::kindOf(connection);
    switch (kind) {
    case Kind::SequenceFlow:
        reconnectSequenceFlow(connection, sourceEnd, oldNode, element);
        break;
    case Kind::DataOutputAssociation:
        if (sourceEnd)
            moveDataAssociation(connection, element);
        else
            replaceReference(connection, QStringLiteral("targetRef"), newElementId);
        break;
    case Kind::DataInputAssociation:
        if (sourceEnd)
            replaceReference(connection, QStringLiteral("sourceRef"), newElementId);
        else
            moveDataAssociation(connection, element);
        break;
    default: // message flows and associations name both ends in attributes
        addSetAttribute(connection, sourceEnd ? QStringLiteral("sourceRef") : QStringLiteral("targetRef"),
                        newElementId);
        break;
    }
    markStructural();
    if (edge)
        moveEdgeEnd(edge, sourceEnd, ProcessDocument::bounds(sourceShape),
                    ProcessDocument::bounds(targetShape), kind == Kind::MessageFlow);
}

void ReconnectFlowCommand::reconnectSequenceFlow(BpmnXmlNode *flow, bool sourceEnd, BpmnXmlNode *oldNode,
                                                 BpmnXmlNode *newNode)
{
    const QString flowId = flow->attribute(u"id");
    const QString reference = sourceEnd ? QStringLiteral("outgoing") : QStringLiteral("incoming");
    addSetAttribute(flow, sourceEnd ? QStringLiteral("sourceRef") : QStringLiteral("targetRef"),
                    newNode->attribute(u"id"));
    if (oldNode) {
        for (BpmnXmlNode *node : oldNode->childElements(BpmnNamespaces::model, reference)) {
            if (node->textContent().trimmed() == flowId)
                addRemove(node);
        }
        // The old source's default flow no longer leaves it.
        if (sourceEnd && oldNode->attribute(u"default") == flowId)
            addSetAttribute(oldNode, QStringLiteral("default"), QString());
    }
    addInsert(newNode, ConnectCommand::modelElement(newNode, reference, flowId),
              ConnectCommand::schemaIndex(newNode, reference));
}

void ReconnectFlowCommand::replaceReference(BpmnXmlNode *connection, const QString &name, const QString &id)
{
    BpmnXmlNode *old = connection->firstChildElement(BpmnNamespaces::model, name);
    auto reference = ConnectCommand::modelElement(connection, name, id);
    // sourceRef comes before targetRef in a data association.
    const int index = old ? connection->indexOf(old) : (name == u"sourceRef" ? 0 : -1);
    addInsert(connection, std::move(reference), index);
    if (old)
        addRemove(old);
}

void ReconnectFlowCommand::moveDataAssociation(BpmnXmlNode *association, BpmnXmlNode *activity)
{
    BpmnXmlNode *oldActivity = association->parent();
    const bool input = association->name() == u"dataInputAssociation";
    std::unique_ptr<BpmnXmlNode> moved = association->clone();
    std::unique_ptr<BpmnXmlNode> placeholder;
    if (input) {
        // Its targetRef names something inside the old activity: a new placeholder takes over,
        // the old one goes when it was a placeholder that nothing else uses.
        BpmnXmlNode *targetRef = association->firstChildElement(BpmnNamespaces::model, u"targetRef");
        const QString oldTarget = targetRef ? targetRef->textContent().trimmed() : QString();
        const QString propertyId = document()->uniqueId(QStringLiteral("Property_"));
        placeholder = ConnectCommand::targetPlaceholder(activity, propertyId);
        auto newRef = ConnectCommand::modelElement(moved.get(), QStringLiteral("targetRef"), propertyId);
        if (BpmnXmlNode *movedRef = moved->firstChildElement(BpmnNamespaces::model, u"targetRef")) {
            const int at = moved->indexOf(movedRef);
            moved->takeChild(at);
            moved->insertChild(at, std::move(newRef));
        } else {
            moved->appendChild(std::move(newRef));
        }
        BpmnXmlNode *oldProperty = document()->document().elementById(oldTarget);
        bool shared = false;
        for (const BpmnXmlNode *other :
             oldActivity->childElements(BpmnNamespaces::model, u"dataInputAssociation")) {
            const BpmnXmlNode *ref = other->firstChildElement(BpmnNamespaces::model, u"targetRef");
            if (other != association && ref && ref->textContent().trimmed() == oldTarget)
                shared = true;
        }
        addRemove(association);
        if (oldProperty && oldProperty->parent() == oldActivity && oldProperty->name() == u"property" &&
            oldProperty->attribute(u"name") == u"__targetRef_placeholder" && !shared)
            addRemove(oldProperty);
    } else {
        // Its sourceRef, when it has one, names a data output of the old activity.
        for (BpmnXmlNode *sourceRef : moved->childElements(BpmnNamespaces::model, u"sourceRef")) {
            const BpmnXmlNode *output =
                document()->document().elementById(sourceRef->textContent().trimmed());
            while (output && output != oldActivity)
                output = output->parent();
            if (output)
                moved->takeChild(moved->indexOf(sourceRef));
        }
        addRemove(association);
    }
    const QString name = association->name();
    int index = ConnectCommand::schemaIndex(activity, name);
    if (placeholder) {
        addInsert(activity, std::move(placeholder), ConnectCommand::schemaIndex(activity, u"property"));
        ++index; // the property goes before the association
    }
    addInsert(activity, std::move(moved), index);
}

void ReconnectFlowCommand::moveEdgeEnd(BpmnXmlNode *edge, bool sourceEnd, const QRectF &source,
                                       const QRectF &target, bool vertical)
{
    const QVector<BpmnXmlNode *> points = edge->childElements(BpmnNamespaces::di, u"waypoint");
    if (points.size() <= 2) {
        replaceWaypoints(edge, ConnectCommand::route(source, target, vertical));
        return;
    }
    const int count = int(points.size());
    BpmnXmlNode *end = sourceEnd ? points.first() : points.last();
    BpmnXmlNode *next = sourceEnd ? points.at(1) : points.at(count - 2);
    const QPointF nextPoint = pointOf(next);
    const QPointF previous = pointOf(sourceEnd ? points.at(2) : points.at(count - 3));
    const QRectF bounds = sourceEnd ? source : target;
    const auto set = [this](BpmnXmlNode *waypoint, QPointF point) {
        addSetAttribute(waypoint, QStringLiteral("x"), ProcessDocument::formatNumber(qRound(point.x())));
        addSetAttribute(waypoint, QStringLiteral("y"), ProcessDocument::formatNumber(qRound(point.y())));
    };
    const bool besideX = nextPoint.x() >= bounds.left() && nextPoint.x() <= bounds.right();
    const bool besideY = nextPoint.y() >= bounds.top() && nextPoint.y() <= bounds.bottom();
    // Off to a corner of the new shape: the neighbouring bend slides along its segment until the
    // last leg runs straight into the middle of a side, so that the flow stays orthogonal.
    if (!besideX && !besideY && previous.y() == nextPoint.y()) {
        const QPointF bend(bounds.center().x(), nextPoint.y());
        set(next, bend);
        set(end, QPointF(bend.x(), bend.y() < bounds.top() ? bounds.top() : bounds.bottom()));
        return;
    }
    if (!besideX && !besideY && previous.x() == nextPoint.x()) {
        const QPointF bend(nextPoint.x(), bounds.center().y());
        set(next, bend);
        set(end, QPointF(bend.x() < bounds.left() ? bounds.left() : bounds.right(), bend.y()));
        return;
    }
    set(end, borderPoint(bounds, nextPoint));
}

QPointF ReconnectFlowCommand::borderPoint(const QRectF &bounds, QPointF toward)
{
    const bool besideX = toward.x() >= bounds.left() && toward.x() <= bounds.right();
    const bool besideY = toward.y() >= bounds.top() && toward.y() <= bounds.bottom();
    if (besideX && !besideY)
        return QPointF(toward.x(), toward.y() < bounds.top() ? bounds.top() : bounds.bottom());
    if (besideY && !besideX)
        return QPointF(toward.x() < bounds.left() ? bounds.left() : bounds.right(), toward.y());
    const QPointF centre = bounds.center();
    const QPointF direction = toward - centre;
    if (direction.isNull())
        return centre;
    const qreal scaleX = direction.x() == 0 ? std::numeric_limits<qreal>::infinity()
                                            : bounds.width() / 2 / std::abs(direction.x());
    const qreal scaleY = direction.y() == 0 ? std::numeric_limits<qreal>::infinity()
                                            : bounds.height() / 2 / std::abs(direction.y());
    return centre + direction * std::min(scaleX, scaleY);
}
