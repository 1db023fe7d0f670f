#include "processcontainers.h"

#include "processdocument.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnschema.h"

#include <algorithm>
#include <limits>

namespace ProcessContainers {

namespace {

BpmnElementType typeOf(const BpmnXmlNode *node)
{
    if (!node || node->namespaceUri() != BpmnNamespaces::model)
        return BpmnElementType::Unknown;
    return BpmnSchema::elementType(node->name());
}

bool insideExcluded(const BpmnXmlNode *element, const QSet<QString> &exclude)
{
    for (const BpmnXmlNode *node = element; node; node = node->parent()) {
        if (node->isElement() && exclude.contains(node->attribute(u"id")))
            return true;
    }
    return false;
}

qreal area(const QRectF &rect)
{
    return rect.width() * rect.height();
}

} // namespace

BpmnXmlNode *shapeOf(const ProcessDocument &document, const QString &elementId)
{
    const BpmnXmlNode *plane = document.plane();
    if (!plane || elementId.isEmpty())
        return nullptr;
    for (BpmnXmlNode *shape : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape")) {
        if (shape->attribute(u"bpmnElement") == elementId)
            return shape;
    }
    return nullptr;
}

QRectF boundsOf(const ProcessDocument &document, const QString &elementId)
{
    return ProcessDocument::bounds(shapeOf(document, elementId));
}

BpmnXmlNode *processOf(const ProcessDocument &document, const BpmnXmlNode *participant)
{
    if (!participant)
        return nullptr;
    BpmnXmlNode *process = document.document().elementById(participant->attribute(u"processRef"));
    return process && process->is(BpmnNamespaces::model, u"process") ? process : nullptr;
}

BpmnXmlNode *participantOf(const ProcessDocument &document, const BpmnXmlNode *process)
{
    const BpmnXmlNode *plane = document.plane();
    const BpmnXmlNode *collaboration =
        plane ? document.document().elementById(plane->attribute(u"bpmnElement")) : nullptr;
    if (!process || !collaboration || !collaboration->is(BpmnNamespaces::model, u"collaboration"))
        return nullptr;
    const QString processId = process->attribute(u"id");
    for (BpmnXmlNode *participant : collaboration->childElements(BpmnNamespaces::model, u"participant")) {
        if (participant->attribute(u"processRef") == processId)
            return participant;
    }
    return nullptr;
}

BpmnXmlNode *flowContainerOf(const BpmnXmlNode *element)
{
    for (BpmnXmlNode *node = element ? element->parent() : nullptr; node; node = node->parent()) {
        if (BpmnSchema::isFlowElementsContainer(typeOf(node)))
            return node;
    }
    return nullptr;
}

BpmnXmlNode *processOfElement(const BpmnXmlNode *element)
{
    for (BpmnXmlNode *node = element ? element->parent() : nullptr; node; node = node->parent()) {
        if (node->is(BpmnNamespaces::model, u"process"))
            return node;
    }
    return nullptr;
}

QVector<BpmnXmlNode *> lanesOf(const BpmnXmlNode *process)
{
    QVector<BpmnXmlNode *> lanes;
    if (!process)
        return lanes;
    // Lane sets hold lanes, lanes hold a childLaneSet with lanes again.
    QVector<BpmnXmlNode *> sets = process->childElements(BpmnNamespaces::model, u"laneSet");
    for (int i = 0; i < sets.size(); ++i) {
        for (BpmnXmlNode *lane : sets.at(i)->childElements(BpmnNamespaces::model, u"lane")) {
            lanes.append(lane);
            sets += lane->childElements(BpmnNamespaces::model, u"childLaneSet");
        }
    }
    return lanes;
}

QVector<BpmnXmlNode *> topLanesOf(const BpmnXmlNode *process)
{
    const BpmnXmlNode *laneSet =
        process ? process->firstChildElement(BpmnNamespaces::model, u"laneSet") : nullptr;
    return laneSet ? laneSet->childElements(BpmnNamespaces::model, u"lane") : QVector<BpmnXmlNode *>();
}

QVector<BpmnXmlNode *> laneWithParents(BpmnXmlNode *lane)
{
    QVector<BpmnXmlNode *> lanes;
    // lane -> childLaneSet -> lane -> ... -> laneSet -> process
    for (BpmnXmlNode *node = lane; node && node->is(BpmnNamespaces::model, u"lane");) {
        lanes.append(node);
        BpmnXmlNode *set = node->parent();
        node = set && set->is(BpmnNamespaces::model, u"childLaneSet") ? set->parent() : nullptr;
    }
    return lanes;
}

int flowNodeRefIndex(const BpmnXmlNode *lane)
{
    for (int i = 0; lane && i < lane->childCount(); ++i) {
        if (lane->childAt(i)->is(BpmnNamespaces::model, u"childLaneSet"))
            return i;
    }
    return -1;
}

QVector<BpmnXmlNode *> laneRefsTo(const BpmnXmlNode *process, const QString &elementId)
{
    QVector<BpmnXmlNode *> refs;
    for (const BpmnXmlNode *lane : lanesOf(process)) {
        for (BpmnXmlNode *ref : lane->childElements(BpmnNamespaces::model, u"flowNodeRef")) {
            if (ref->textContent().trimmed() == elementId)
                refs.append(ref);
        }
    }
    return refs;
}

bool isExpandedSubProcess(const ProcessDocument &document, const BpmnXmlNode *element)
{
    if (!element || !BpmnSchema::isSubProcess(typeOf(element)))
        return false;
    const BpmnXmlNode *shape = shapeOf(document, element->attribute(u"id"));
    return shape && shape->attribute(u"isExpanded") == u"true";
}

QSet<QString> descendantIds(const BpmnXmlNode *element)
{
    QSet<QString> ids;
    if (!element)
        return ids;
    QVector<const BpmnXmlNode *> pending{element};
    while (!pending.isEmpty()) {
        const BpmnXmlNode *node = pending.takeLast();
        for (const auto &child : node->children()) {
            if (!child->isElement() || child->namespaceUri() != BpmnNamespaces::model)
                continue;
            if (child->hasAttribute(u"id"))
                ids.insert(child->attribute(u"id"));
            pending.append(child.get());
        }
    }
    return ids;
}

bool isHorizontal(const ProcessDocument &document, const QString &elementId)
{
    const BpmnXmlNode *shape = shapeOf(document, elementId);
    return !shape || shape->attribute(u"isHorizontal") != u"false";
}

BpmnXmlNode *nearestParticipant(const ProcessDocument &document, QPointF point)
{
    const BpmnXmlNode *plane = document.plane();
    BpmnXmlNode *nearest = nullptr;
    qreal best = std::numeric_limits<qreal>::max();
    for (const BpmnXmlNode *shape :
         plane ? plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape") : QVector<BpmnXmlNode *>()) {
        BpmnXmlNode *element = document.document().elementById(shape->attribute(u"bpmnElement"));
        if (typeOf(element) != BpmnElementType::Participant || !processOf(document, element))
            continue;
        const QRectF bounds = ProcessDocument::bounds(shape);
        const qreal dx = std::max({bounds.left() - point.x(), 0.0, point.x() - bounds.right()});
        const qreal dy = std::max({bounds.top() - point.y(), 0.0, point.y() - bounds.bottom()});
        if (dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            nearest = element;
        }
    }
    return nearest;
}

QPointF pointOnBorder(const QRectF &rect, QPointF point)
{
    const qreal distances[] = {qAbs(point.x() - rect.left()), qAbs(point.x() - rect.right()),
                               qAbs(point.y() - rect.top()), qAbs(point.y() - rect.bottom())};
    const int side =
        int(std::min_element(std::begin(distances), std::end(distances)) - std::begin(distances));
    const qreal x = std::clamp(point.x(), rect.left() + 10, std::max(rect.left() + 10, rect.right() - 10));
    const qreal y = std::clamp(point.y(), rect.top() + 10, std::max(rect.top() + 10, rect.bottom() - 10));
    switch (side) {
    case 0:
        return QPointF(rect.left(), y);
    case 1:
        return QPointF(rect.right(), y);
    case 2:
        return QPointF(x, rect.top());
    default:
        return QPointF(x, rect.bottom());
    }
}

BpmnXmlNode *activityAt(const ProcessDocument &document, QPointF point, const QSet<QString> &exclude)
{
    const BpmnXmlNode *plane = document.plane();
    BpmnXmlNode *host = nullptr;
    qreal best = std::numeric_limits<qreal>::max();
    for (const BpmnXmlNode *shape :
         plane ? plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape") : QVector<BpmnXmlNode *>()) {
        BpmnXmlNode *element = document.document().elementById(shape->attribute(u"bpmnElement"));
        const QRectF bounds = ProcessDocument::bounds(shape);
        if (!BpmnSchema::isActivity(typeOf(element)) || exclude.contains(element->attribute(u"id")) ||
            !bounds.adjusted(-15, -15, 15, 15).contains(point) || area(bounds) >= best)
            continue;
        host = element;
        best = area(bounds);
    }
    return host;
}

Target at(const ProcessDocument &document, QPointF point, const QSet<QString> &exclude)
{
    return Layout(document).at(point, exclude);
}

Layout::Layout(const ProcessDocument &document)
    : m_document(document)
{
    const BpmnXmlNode *plane = document.plane();
    if (!plane)
        return;
    const BpmnXmlNode *planeElement = document.document().elementById(plane->attribute(u"bpmnElement"));
    m_collaboration = planeElement && planeElement->is(BpmnNamespaces::model, u"collaboration");
    for (BpmnXmlNode *shape : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape")) {
        const QString elementId = shape->attribute(u"bpmnElement");
        if (!m_shapes.contains(elementId))
            m_shapes.insert(elementId, shape);
        BpmnXmlNode *element = document.document().elementById(elementId);
        const BpmnElementType type = typeOf(element);
        int kind = -1;
        if (type == BpmnElementType::Participant)
            kind = 0;
        else if (type == BpmnElementType::Lane)
            kind = 1;
        else if (BpmnSchema::isSubProcess(type) && shape->attribute(u"isExpanded") == u"true")
            kind = 2;
        if (kind >= 0)
            m_containers.append({element, ProcessDocument::bounds(shape), kind});
    }
}

QRectF Layout::boundsOf(const QString &elementId) const
{
    return ProcessDocument::bounds(shapeOf(elementId));
}

Target Layout::at(QPointF point, const QSet<QString> &exclude) const
{
    Target target;
    target.collaboration = m_collaboration;
    qreal best[3] = {std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::max(),
                     std::numeric_limits<qreal>::max()};
    QVector<const Candidate *> inner; // lanes and sub-processes at the point
    for (const Candidate &candidate : m_containers) {
        if (!candidate.bounds.contains(point) || insideExcluded(candidate.element, exclude))
            continue;
        if (candidate.kind == 0) {
            if (area(candidate.bounds) < best[0]) {
                target.participant = candidate.element;
                best[0] = area(candidate.bounds);
            }
        } else {
            inner.append(&candidate);
        }
    }
    if (target.participant)
        target.process = processOf(m_document, target.participant);
    else if (!m_collaboration)
        target.process = m_document.process();
    if (!target.process)
        return target;
    target.parent = target.process;
    for (const Candidate *candidate : std::as_const(inner)) {
        if (processOfElement(candidate->element) != target.process ||
            area(candidate->bounds) >= best[candidate->kind])
            continue;
        best[candidate->kind] = area(candidate->bounds);
        if (candidate->kind == 1)
            target.lane = candidate->element;
        else
            target.parent = candidate->element;
    }
    return target;
}

int containerShapeIndex(const ProcessDocument &document, const BpmnXmlNode *plane)
{
    for (int i = 0; i < plane->childCount(); ++i) {
        const BpmnXmlNode *child = plane->childAt(i);
        if (!child->is(BpmnNamespaces::bpmnDi, u"BPMNShape") &&
            !child->is(BpmnNamespaces::bpmnDi, u"BPMNEdge"))
            continue;
        const BpmnXmlNode *element = document.document().elementById(child->attribute(u"bpmnElement"));
        const bool container = element && (element->is(BpmnNamespaces::model, u"participant") ||
                                           element->is(BpmnNamespaces::model, u"lane"));
        if (!container)
            return i;
    }
    return -1;
}

} // namespace ProcessContainers
