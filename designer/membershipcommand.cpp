#include "membershipcommand.h"

#include "processcontainers.h"
#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UpdateMembershipCommand", text);
}

} // namespace

UpdateMembershipCommand::UpdateMembershipCommand(ProcessDocument *document, const QStringList &elementIds,
                                                 QPointF delta, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Change container"), parent)
{
    QHash<QString, QPointF> deltas;
    for (const QString &id : elementIds)
        deltas.insert(id, delta);
    build(elementIds, deltas, Scope::Containers);
}

UpdateMembershipCommand::UpdateMembershipCommand(ProcessDocument *document,
                                                 const QHash<QString, QPointF> &deltas, Scope scope,
                                                 QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Change container"), parent)
{
    QStringList elementIds = deltas.keys();
    elementIds.sort(); // the same steps for the same move
    build(elementIds, deltas, scope);
}

void UpdateMembershipCommand::build(const QStringList &elementIds, const QHash<QString, QPointF> &deltas,
                                    Scope scope)
{
    ProcessDocument *document = this->document();
    const BpmnDocument &bpmn = document->document();
    const QSet<QString> moved(elementIds.cbegin(), elementIds.cend());
    const ProcessContainers::Layout layout(*document);
    struct Change
    {
        BpmnXmlNode *element = nullptr;
        BpmnXmlNode *oldParent = nullptr;
        BpmnXmlNode *newParent = nullptr;
        BpmnXmlNode *lane = nullptr; // the lane it is in now (null: none)
    };
    QVector<Change> changes;
    QHash<QString, BpmnXmlNode *> newParents; // by element id, for the moved ones
    for (const QString &id : elementIds) {
        BpmnXmlNode *element = bpmn.elementById(id);
        const BpmnElementType type = ProcessRules::typeOf(element);
        if (!BpmnSchema::isFlowNode(type) || type == BpmnElementType::BoundaryEvent)
            continue;
        const QRectF bounds = layout.boundsOf(id);
        if (bounds.isNull())
            continue;
        const ProcessContainers::Target target = layout.at(bounds.center(), moved);
        const ProcessContainers::Target before = layout.at(bounds.center() - deltas.value(id), moved);
        if (target.parent == before.parent && target.lane == before.lane &&
            target.participant == before.participant)
            continue; // still in the same containers
        Change change;
        change.element = element;
        change.oldParent = ProcessContainers::flowContainerOf(element);
        if (scope == Scope::LanesOnly) {
            // It stays where it is; a lane of its process at its new place names it.
            change.newParent = change.oldParent;
            if (change.oldParent && change.oldParent == target.process)
                change.lane = target.lane;
            if (target.lane == before.lane)
                continue;
            changes.append(change);
            newParents.insert(id, change.newParent);
            continue;
        }
        change.newParent = target.parent == before.parent ? change.oldParent : target.parent;
        if (!change.newParent && target.participant) {
            m_problem = tr("A collapsed pool has no process: elements cannot go into it.");
            return;
        }
        if (!change.newParent)
            continue; // beside the pools: it stays in its process

        // Only a lane of the process the element ends up in names it.
        const BpmnXmlNode *endProcess =
            change.newParent && change.newParent->is(BpmnNamespaces::model, u"process")
                ? change.newParent
                : ProcessContainers::processOfElement(change.newParent);
        if (target.parent == target.process && target.process == endProcess)
            change.lane = target.lane;
        changes.append(change);
        newParents.insert(id, change.newParent);
    }
    // Boundary events go where their activity goes.
    for (const Change &change : std::as_const(changes)) {
        if (change.oldParent == change.newParent)
            continue;
        const QString hostId = change.element->attribute(u"id");
        for (const auto &child : change.oldParent->children()) {
            if (child->is(BpmnNamespaces::model, u"boundaryEvent") &&
                child->attribute(u"attachedToRef") == hostId)
                newParents.insert(child->attribute(u"id"), change.newParent);
        }
    }
    // A boundary event moved on its own stays on the border of the activity it was dropped on
    // (it may change activity), snapped onto the nearest side.
    QVector<std::pair<BpmnXmlNode *, BpmnXmlNode *>> boundaryLanes; // event, its new activity's lane
    for (const QString &id : elementIds) {
        BpmnXmlNode *event = bpmn.elementById(id);
        BpmnXmlNode *shape = layout.shapeOf(id);
        BpmnXmlNode *boundsNode = shape ? shape->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
        if (ProcessRules::typeOf(event) != BpmnElementType::BoundaryEvent || !boundsNode)
            continue;
        const QRectF bounds = ProcessDocument::bounds(shape);
        const BpmnXmlNode *host = ProcessContainers::activityAt(*document, bounds.center(), moved);
        if (!host) {
            m_problem = tr("A boundary event stays on the border of a task or sub-process.");
            return;
        }
        const QString hostId = host->attribute(u"id");
        const QPointF onBorder = ProcessContainers::pointOnBorder(layout.boundsOf(hostId), bounds.center());
        if (onBorder != bounds.center()) {
            const QPointF topLeft = onBorder - QPointF(bounds.width() / 2, bounds.height() / 2);
            addSetPosition(boundsNode, topLeft);
            addChangedId(shape->attribute(u"id"));
        }
        if (hostId == event->attribute(u"attachedToRef"))
            continue;
        addSetAttribute(event, QStringLiteral("attachedToRef"), hostId);
        markStructural();
        BpmnXmlNode *hostParent = ProcessContainers::flowContainerOf(host);
        if (hostParent != ProcessContainers::flowContainerOf(event))
            newParents.insert(id, hostParent);
        const QVector<BpmnXmlNode *> hostRefs =
            ProcessContainers::laneRefsTo(ProcessContainers::processOfElement(host), hostId);
        boundaryLanes.append(std::make_pair(event, hostRefs.isEmpty() ? nullptr : hostRefs.last()->parent()));
    }
    const auto parentAfter = [&](const QString &id) -> BpmnXmlNode * {
        if (BpmnXmlNode *after = newParents.value(id))
            return after;
        return ProcessContainers::flowContainerOf(bpmn.elementById(id));
    };
    // Sequence flows of the elements that change container: they go along when both ends do,
    // otherwise they would cross the border.
    QVector<BpmnXmlNode *> flowsToMove;
    QVector<std::pair<BpmnXmlNode *, BpmnXmlNode *>> nodesToMove; // node, new parent
    QSet<const BpmnXmlNode *> oldParents;
    for (auto it = newParents.cbegin(); it != newParents.cend(); ++it) {
        BpmnXmlNode *node = bpmn.elementById(it.key());
        BpmnXmlNode *oldParent = ProcessContainers::flowContainerOf(node);
        if (!node || oldParent == it.value())
            continue;
        nodesToMove.append(std::make_pair(node, it.value()));
        oldParents.insert(oldParent);
    }
    for (const BpmnXmlNode *oldParent : std::as_const(oldParents)) {
        for (BpmnXmlNode *flow : oldParent->childElements(BpmnNamespaces::model, u"sequenceFlow")) {
            const QString source = flow->attribute(u"sourceRef");
            const QString target = flow->attribute(u"targetRef");
            const bool touches = (newParents.contains(source) && parentAfter(source) != oldParent) ||
                                 (newParents.contains(target) && parentAfter(target) != oldParent);
            if (!touches)
                continue;
            if (parentAfter(source) != parentAfter(target)) {
                m_problem = tr("A sequence flow cannot cross the border of a sub-process or pool: move the "
                               "connected elements together, or remove the flow first.");
                return;
            }
            flowsToMove.append(flow);
        }
    }
    std::sort(nodesToMove.begin(), nodesToMove.end(), [](const auto &a, const auto &b) {
        return a.first->parent()->indexOf(a.first) < b.first->parent()->indexOf(b.first);
    });
    for (const auto &[node, newParent] : std::as_const(nodesToMove)) {
        addRemove(node);
        addInsert(newParent, node->clone());
    }
    for (BpmnXmlNode *flow : std::as_const(flowsToMove)) {
        BpmnXmlNode *newParent = parentAfter(flow->attribute(u"sourceRef"));
        addRemove(flow);
        addInsert(newParent, flow->clone());
    }
    // Lanes: the lane at the element's centre names it, no other lane does; a boundary event is
    // in the lane of its activity.
    QVector<std::pair<BpmnXmlNode *, BpmnXmlNode *>> laneOf; // element, its lane now (or null)
    QHash<QString, BpmnXmlNode *> hostLanes;
    QSet<const BpmnXmlNode *> scanned;
    for (const Change &change : std::as_const(changes)) {
        laneOf.append(std::make_pair(change.element, change.lane));
        hostLanes.insert(change.element->attribute(u"id"), change.lane);
    }
    laneOf += boundaryLanes;
    for (const Change &change : std::as_const(changes)) {
        if (scanned.contains(change.oldParent))
            continue;
        scanned.insert(change.oldParent);
        for (const auto &child : change.oldParent->children()) {
            if (child->is(BpmnNamespaces::model, u"boundaryEvent") &&
                hostLanes.contains(child->attribute(u"attachedToRef")))
                laneOf.append(
                    std::make_pair(child.get(), hostLanes.value(child->attribute(u"attachedToRef"))));
        }
    }
    // The refs of each process by the id they name, read once.
    QHash<const BpmnXmlNode *, QHash<QString, QVector<BpmnXmlNode *>>> refsByProcess;
    const auto refsTo = [&refsByProcess](const BpmnXmlNode *process, const QString &id) {
        auto found = refsByProcess.find(process);
        if (found == refsByProcess.end()) {
            QHash<QString, QVector<BpmnXmlNode *>> refs;
            for (const BpmnXmlNode *lane : ProcessContainers::lanesOf(process)) {
                for (BpmnXmlNode *ref : lane->childElements(BpmnNamespaces::model, u"flowNodeRef"))
                    refs[ref->textContent().trimmed()].append(ref);
            }
            found = refsByProcess.insert(process, refs);
        }
        return found->value(id);
    };
    QHash<const BpmnXmlNode *, int> removedBeforeChildSet; // per lane
    const auto childSetIndex = [](const BpmnXmlNode *lane) {
        for (int i = 0; i < lane->childCount(); ++i) {
            if (lane->childAt(i)->is(BpmnNamespaces::model, u"childLaneSet"))
                return i;
        }
        return -1;
    };
    for (const auto &[node, lane] : std::as_const(laneOf)) {
        const QString id = node->attribute(u"id");
        const QVector<BpmnXmlNode *> oldRefs = refsTo(ProcessContainers::processOfElement(node), id);
        // The lane and the lanes it is nested in name it, each once.
        const QVector<BpmnXmlNode *> lanes = ProcessContainers::laneWithParents(lane);
        QSet<const BpmnXmlNode *> oldOwners;
        for (const BpmnXmlNode *ref : oldRefs)
            oldOwners.insert(ref->parent());
        if (oldRefs.size() == lanes.size() && oldOwners.size() == lanes.size() &&
            std::all_of(lanes.cbegin(), lanes.cend(),
                        [&oldOwners](const BpmnXmlNode *l) { return oldOwners.contains(l); }))
            continue;
        for (BpmnXmlNode *ref : oldRefs) {
            const BpmnXmlNode *owner = ref->parent();
            const int childSet = childSetIndex(owner);
            if (childSet >= 0 && owner->indexOf(ref) < childSet)
                ++removedBeforeChildSet[owner];
            addRemove(ref);
        }
        for (BpmnXmlNode *named : lanes) {
            auto ref = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(),
                                                  QStringLiteral("flowNodeRef"), named->prefix());
            ref->appendChild(BpmnXmlNode::createText(id));
            // Refs come before the lane's own child lanes.
            const int childSet = childSetIndex(named);
            addInsert(named, std::move(ref),
                      childSet < 0 ? -1 : childSet - removedBeforeChildSet.value(named));
        }
    }
}
