#include "poolcommands.h"

#include "processcontainers.h"
#include "processdocument.h"

#include "bpmn/bpmnnamespaces.h"

CloseLaneGapCommand::Gap CloseLaneGapCommand::gapOf(const ProcessDocument &document, const QString &laneId,
                                                    const QStringList &deletedIds)
{
    Gap gap;
    const BpmnXmlNode *lane = document.document().elementById(laneId);
    if (!lane || !lane->is(BpmnNamespaces::model, u"lane") || !lane->parent())
        return gap;
    gap.bounds = ProcessContainers::boundsOf(document, laneId);
    for (const BpmnXmlNode *ref : lane->childElements(BpmnNamespaces::model, u"flowNodeRef"))
        gap.flowNodeIds.append(ref->textContent().trimmed());
    // The nearest remaining lane of the same set, the one before first.
    const QVector<BpmnXmlNode *> siblings = lane->parent()->childElements(BpmnNamespaces::model, u"lane");
    const int index = int(siblings.indexOf(const_cast<BpmnXmlNode *>(lane)));
    const auto usable = [&](const BpmnXmlNode *candidate) {
        const QString id = candidate->attribute(u"id");
        return !deletedIds.contains(id) && ProcessContainers::shapeOf(document, id);
    };
    for (int i = index - 1; i >= 0 && gap.neighbourId.isEmpty(); --i) {
        if (usable(siblings.at(i)))
            gap.neighbourId = siblings.at(i)->attribute(u"id");
    }
    for (int i = index + 1; i < siblings.size() && gap.neighbourId.isEmpty(); ++i) {
        if (usable(siblings.at(i)))
            gap.neighbourId = siblings.at(i)->attribute(u"id");
    }
    return gap;
}

CloseLaneGapCommand::CloseLaneGapCommand(ProcessDocument *document, const Gap &gap, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Close lane gap"), parent)
{
    BpmnXmlNode *neighbour = document->document().elementById(gap.neighbourId);
    BpmnXmlNode *shape = ProcessContainers::shapeOf(*document, gap.neighbourId);
    BpmnXmlNode *boundsNode = shape ? shape->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
    if (!neighbour || !boundsNode || gap.bounds.isEmpty())
        return;
    const QRectF grown = ProcessDocument::bounds(shape) | gap.bounds;
    addSetAttribute(boundsNode, QStringLiteral("x"), ProcessDocument::formatNumber(grown.x()));
    addSetAttribute(boundsNode, QStringLiteral("y"), ProcessDocument::formatNumber(grown.y()));
    addSetAttribute(boundsNode, QStringLiteral("width"), ProcessDocument::formatNumber(grown.width()));
    addSetAttribute(boundsNode, QStringLiteral("height"), ProcessDocument::formatNumber(grown.height()));
    addChangedId(shape->attribute(u"id"));
    int index = -1;
    for (int i = 0; i < neighbour->childCount() && index < 0; ++i) {
        if (neighbour->childAt(i)->is(BpmnNamespaces::model, u"childLaneSet"))
            index = i;
    }
    for (const QString &id : gap.flowNodeIds) {
        if (!document->document().elementById(id))
            continue; // deleted with the lane
        auto ref = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("flowNodeRef"),
                                              neighbour->prefix());
        ref->appendChild(BpmnXmlNode::createText(id));
        addInsert(neighbour, std::move(ref), index < 0 ? -1 : index++);
    }
}

UnwrapCollaborationCommand::UnwrapCollaborationCommand(ProcessDocument *document, const QString &processId,
                                                       QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Remove the last pool"), parent)
{
    BpmnXmlNode *plane = document->plane();
    BpmnXmlNode *collaboration =
        plane ? document->document().elementById(plane->attribute(u"bpmnElement")) : nullptr;
    const BpmnXmlNode *process = document->document().elementById(processId);
    if (!collaboration || !collaboration->is(BpmnNamespaces::model, u"collaboration") || !process)
        return;
    // Only an empty collaboration goes; what else it holds (annotations, ...) keeps it.
    for (const auto &child : collaboration->children()) {
        if (child->isElement())
            return;
    }
    addSetAttribute(plane, QStringLiteral("bpmnElement"), processId);
    addRemove(collaboration);
}
