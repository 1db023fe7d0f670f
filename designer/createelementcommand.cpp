#include "createelementcommand.h"

#include "moveshapescommand.h"
#include "processcontainers.h"
#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"

#include <QCoreApplication>
#include <QtMath>

#include <algorithm>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CreateElementCommand", text);
}

constexpr qreal poolHeader = 30; // the band with the pool's name
constexpr qreal laneSize = 120;  // how much a new lane adds across the pool

struct DefinitionName
{
    BpmnEventDefinitionType type;
    const char *key;
};

constexpr DefinitionName definitionKeys[] = {
    {BpmnEventDefinitionType::Message, "message"},
    {BpmnEventDefinitionType::Timer, "timer"},
    {BpmnEventDefinitionType::Error, "error"},
    {BpmnEventDefinitionType::Signal, "signal"},
    {BpmnEventDefinitionType::Escalation, "escalation"},
    {BpmnEventDefinitionType::Conditional, "conditional"},
    {BpmnEventDefinitionType::Link, "link"},
    {BpmnEventDefinitionType::Compensation, "compensate"},
    {BpmnEventDefinitionType::Cancel, "cancel"},
    {BpmnEventDefinitionType::Terminate, "terminate"},
};

QString idPrefix(BpmnElementType type)
{
    if (BpmnSchema::isEvent(type))
        return QStringLiteral("Event_");
    if (BpmnSchema::isGateway(type))
        return QStringLiteral("Gateway_");
    if (BpmnSchema::isActivity(type))
        return QStringLiteral("Activity_");
    // TextAnnotation_, DataObjectReference_, Participant_, Lane_ as other tools name them.
    QString name = BpmnSchema::elementName(type);
    name[0] = name.at(0).toUpper();
    return name + u'_';
}

BpmnElementType typeOf(const BpmnXmlNode *node)
{
    return ProcessRules::typeOf(node);
}

int firstIndexOf(const BpmnXmlNode *container, QStringView ns, QStringView name)
{
    for (int i = 0; i < container->childCount(); ++i) {
        if (container->childAt(i)->is(ns, name))
            return i;
    }
    return -1;
}

// Pools and lanes are computed as if horizontal (the name band on the left, lanes stacked from
// top to bottom); a vertical pool is the same picture mirrored on the diagonal.
QRectF transposed(const QRectF &rect, bool horizontal)
{
    return horizontal ? rect : QRectF(rect.y(), rect.x(), rect.height(), rect.width());
}

void setBounds(BpmnXmlNode *boundsNode, const QRectF &rect)
{
    boundsNode->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(rect.x()));
    boundsNode->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(rect.y()));
    boundsNode->setAttribute(QStringLiteral("width"), ProcessDocument::formatNumber(rect.width()));
    boundsNode->setAttribute(QStringLiteral("height"), ProcessDocument::formatNumber(rect.height()));
}

// The lane of the process's first lane set that `lane` is in (itself when it is one of them).
BpmnXmlNode *topLane(BpmnXmlNode *lane, const QVector<BpmnXmlNode *> &topLanes)
{
    for (BpmnXmlNode *node = lane; node; node = node->parent()) {
        if (topLanes.contains(node))
            return node;
    }
    return nullptr;
}

} // namespace

bool BpmnElementSpec::operator==(const BpmnElementSpec &other) const
{
    return type == other.type && definition == other.definition && horizontal == other.horizontal &&
           expanded == other.expanded && triggeredByEvent == other.triggeredByEvent &&
           interrupting == other.interrupting;
}

QString BpmnElementSpec::key() const
{
    QString key = BpmnSchema::elementName(type);
    for (const DefinitionName &entry : definitionKeys) {
        if (entry.type == definition)
            key += u'/' + QLatin1String(entry.key);
    }
    if (!horizontal)
        key += QStringLiteral("/vertical");
    if (expanded)
        key += QStringLiteral("/expanded");
    if (triggeredByEvent)
        key += QStringLiteral("/event");
    if (!interrupting)
        key += QStringLiteral("/nonInterrupting");
    return key;
}

BpmnElementSpec BpmnElementSpec::fromKey(const QString &key)
{
    const QStringList parts = key.split(u'/');
    BpmnElementSpec spec(BpmnSchema::elementType(parts.value(0)));
    for (const QString &part : parts.mid(1)) {
        for (const DefinitionName &entry : definitionKeys) {
            if (part == QLatin1String(entry.key))
                spec.definition = entry.type;
        }
        if (part == u"vertical")
            spec.horizontal = false;
        else if (part == u"expanded")
            spec.expanded = true;
        else if (part == u"event")
            spec.triggeredByEvent = true;
        else if (part == u"nonInterrupting")
            spec.interrupting = false;
    }
    return spec;
}

QString BpmnElementSpec::definitionName(BpmnEventDefinitionType definition)
{
    for (const DefinitionName &entry : definitionKeys) {
        if (entry.type == definition)
            return QLatin1String(entry.key) + QStringLiteral("EventDefinition");
    }
    return QString();
}

QSizeF BpmnElementSpec::defaultSize() const
{
    if (type == BpmnElementType::Participant)
        return horizontal ? QSizeF(600, 250) : QSizeF(250, 600);
    if (type == BpmnElementType::Lane)
        return horizontal ? QSizeF(570, laneSize) : QSizeF(laneSize, 570);
    if (BpmnSchema::isSubProcess(type) && (expanded || triggeredByEvent))
        return QSizeF(350, 200);
    return ProcessRules::defaultSize(type);
}

CreateElementCommand::CreateElementCommand(ProcessDocument *document)
    : DocumentEditCommand(document, QString())
{}

CreateElementCommand::CreateElementCommand(ProcessDocument *document, const BpmnElementSpec &spec,
                                           QPointF centre, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Create %1").arg(BpmnSchema::elementName(spec.type)), parent)
{
    if (!document->plane() || !ProcessRules::canCreate(spec.type)) {
        m_problem = tr("This diagram has no process to add elements to.");
        return;
    }
    if (spec.type == BpmnElementType::Participant) {
        createPool(spec, centre);
    } else if (spec.type == BpmnElementType::Lane) {
        const ProcessContainers::Target target = ProcessContainers::at(*document, centre);
        if (!target.participant) {
            m_problem = tr("Drop the lane into a pool.");
            return;
        }
        BpmnXmlNode *process = ProcessContainers::processOf(*document, target.participant);
        const QVector<BpmnXmlNode *> lanes = ProcessContainers::topLanesOf(process);
        const bool horizontal =
            ProcessContainers::isHorizontal(*document, target.participant->attribute(u"id"));
        BpmnXmlNode *nextTo = topLane(target.lane, lanes);
        if (!nextTo && !lanes.isEmpty())
            nextTo = lanes.last();
        // Above the lane (or pool) when dropped on its upper half, else below.
        const QRectF reference = transposed(
            ProcessContainers::boundsOf(*document, (nextTo ? nextTo : target.participant)->attribute(u"id")),
            horizontal);
        const QPointF at = horizontal ? centre : QPointF(centre.y(), centre.x());
        createLane(target.participant, nextTo, at.y() < reference.center().y());
    } else {
        createFlowElement(spec, centre);
    }
    if (isEmpty() && m_problem.isEmpty())
        m_problem = tr("This diagram has no process to add elements to.");
}

CreateElementCommand *CreateElementCommand::addLane(ProcessDocument *document, const QString &laneOrPoolId,
                                                    bool before)
{
    auto *command = new CreateElementCommand(document);
    command->setText(QObject::tr("Add lane"));
    BpmnXmlNode *element = document->document().elementById(laneOrPoolId);
    if (typeOf(element) == BpmnElementType::Participant) {
        command->createLane(element, nullptr, before);
    } else if (typeOf(element) == BpmnElementType::Lane) {
        BpmnXmlNode *process = ProcessContainers::processOfElement(element);
        BpmnXmlNode *participant = ProcessContainers::participantOf(*document, process);
        if (participant)
            command->createLane(participant, topLane(element, ProcessContainers::topLanesOf(process)),
                                before);
    }
    if (command->isEmpty() && command->m_problem.isEmpty())
        command->m_problem = tr("Lanes are added to a pool or next to a lane.");
    return command;
}

QString CreateElementCommand::freshId(const QString &prefix)
{
    for (int k = 0;; ++k) {
        const QString id = document()->uniqueId(k == 0 ? prefix : prefix + QString::number(k));
        if (!m_usedIds.contains(id)) {
            m_usedIds.append(id);
            return id;
        }
    }
}

BpmnXmlNode *CreateElementCommand::addShape(const QString &elementId, const QRectF &rect, int planeIndex)
{
    BpmnXmlNode *plane = document()->plane();
    auto shape = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(), QStringLiteral("BPMNShape"),
                                            plane->prefix());
    shape->setAttribute(QStringLiteral("id"), elementId + QStringLiteral("_di"));
    shape->setAttribute(QStringLiteral("bpmnElement"), elementId);
    auto bounds = BpmnXmlNode::createElement(BpmnNamespaces::dc.toString(), QStringLiteral("Bounds"));
    setBounds(bounds.get(), rect);
    shape->appendChild(std::move(bounds));
    BpmnXmlNode *raw = shape.get();
    addInsert(plane, std::move(shape),
              planeIndex >= 0 ? planeIndex : firstIndexOf(plane, BpmnNamespaces::bpmnDi, u"BPMNEdge"));
    return raw;
}

void CreateElementCommand::createFlowElement(const BpmnElementSpec &spec, QPointF centre)
{
    ProcessDocument *doc = document();
    const BpmnElementType type = spec.type;
    BpmnXmlNode *parent = nullptr;
    BpmnXmlNode *lane = nullptr;
    QString attachedTo;
    if (type == BpmnElementType::BoundaryEvent) {
        // The activity whose border (or inside) is nearest: the smallest one around the point.
        const BpmnXmlNode *host = ProcessContainers::activityAt(*doc, centre);
        if (!host) {
            m_problem = tr("A boundary event goes on the border of a task or sub-process.");
            return;
        }
        attachedTo = host->attribute(u"id");
        parent = ProcessContainers::flowContainerOf(host);
        // In the lane of its activity.
        const QVector<BpmnXmlNode *> hostRefs = ProcessContainers::laneRefsTo(parent, attachedTo);
        if (!hostRefs.isEmpty())
            lane = hostRefs.last()->parent();
        // Onto the nearest side, within it.
        centre = ProcessContainers::pointOnBorder(ProcessContainers::boundsOf(*doc, attachedTo), centre);
    } else {
        const ProcessContainers::Target target = ProcessContainers::at(*doc, centre);
        parent = target.parent;
        if (BpmnSchema::isFlowNode(type) && target.lane && parent == target.process)
            lane = target.lane;
        if (!parent && (type == BpmnElementType::TextAnnotation || type == BpmnElementType::Group)) {
            // Outside the pools annotations belong to the collaboration.
            parent = doc->document().elementById(doc->plane()->attribute(u"bpmnElement"));
        }
        if (!parent && target.participant) {
            m_problem = tr("This pool is collapsed: it has no process to add elements to.");
            return;
        }
        if (!parent) {
            // Beside the pools: in the process of the nearest one, as before pools were drawn.
            parent = ProcessContainers::processOf(*doc, ProcessContainers::nearestParticipant(*doc, centre));
        }
        if (!parent) {
            m_problem = tr("Drop the element into a pool.");
            return;
        }
    }
    if (!parent)
        return;

    m_elementId = freshId(idPrefix(type));
    m_shapeId = m_elementId + QStringLiteral("_di");
    auto element = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), BpmnSchema::elementName(type),
                                              parent->prefix());
    element->setAttribute(QStringLiteral("id"), m_elementId);
    if (!attachedTo.isEmpty()) {
        if (!spec.interrupting)
            element->setAttribute(QStringLiteral("cancelActivity"), QStringLiteral("false"));
        element->setAttribute(QStringLiteral("attachedToRef"), attachedTo);
    }
    if (spec.triggeredByEvent)
        element->setAttribute(QStringLiteral("triggeredByEvent"), QStringLiteral("true"));
    if (BpmnSchema::isEvent(type) && spec.definition != BpmnEventDefinitionType::None) {
        QString name = BpmnElementSpec::definitionName(spec.definition);
        auto definition =
            BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), name, parent->prefix());
        name[0] = name.at(0).toUpper();
        definition->setAttribute(QStringLiteral("id"), freshId(name + u'_'));
        element->appendChild(std::move(definition));
    }
    // A data object reference needs the data object it refers to, next to it in the process.
    std::unique_ptr<BpmnXmlNode> dataObject;
    if (type == BpmnElementType::DataObjectReference) {
        const QString dataObjectId = m_elementId + QStringLiteral("_object");
        dataObject = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(),
                                                QStringLiteral("dataObject"), parent->prefix());
        dataObject->setAttribute(QStringLiteral("id"), dataObjectId);
        element->setAttribute(QStringLiteral("dataObjectRef"), dataObjectId);
    }

    const QSizeF size = spec.defaultSize();
    const QPointF topLeft(qRound(centre.x() - size.width() / 2), qRound(centre.y() - size.height() / 2));
    // Flow nodes go before the sequence flows, as tools write them.
    const int index = firstIndexOf(parent, BpmnNamespaces::model, u"sequenceFlow");
    if (dataObject)
        addInsert(parent, std::move(dataObject), index);
    addInsert(parent, std::move(element),
              index < 0 ? -1 : index + (type == BpmnElementType::DataObjectReference));
    BpmnXmlNode *shape = addShape(m_elementId, QRectF(topLeft, size));
    if (type == BpmnElementType::ExclusiveGateway)
        shape->setAttribute(QStringLiteral("isMarkerVisible"), QStringLiteral("true"));
    if (BpmnSchema::isSubProcess(type))
        shape->setAttribute(QStringLiteral("isExpanded"), spec.expanded || spec.triggeredByEvent
                                                              ? QStringLiteral("true")
                                                              : QStringLiteral("false"));
    // A lane inside lanes: the element is named by it and by every lane around it (as other BPMN
    // tools write it).
    for (BpmnXmlNode *named : ProcessContainers::laneWithParents(lane)) {
        auto ref = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("flowNodeRef"),
                                              named->prefix());
        ref->appendChild(BpmnXmlNode::createText(m_elementId));
        addInsert(named, std::move(ref), ProcessContainers::flowNodeRefIndex(named));
    }
}

void CreateElementCommand::createPool(const BpmnElementSpec &spec, QPointF centre)
{
    ProcessDocument *doc = document();
    BpmnXmlNode *plane = doc->plane();
    BpmnXmlNode *root = doc->document().root();
    BpmnXmlNode *planeElement = doc->document().elementById(plane->attribute(u"bpmnElement"));
    const QSizeF size = spec.defaultSize();
    QRectF rect(QPointF(qRound(centre.x() - size.width() / 2), qRound(centre.y() - size.height() / 2)), size);
    m_elementId = freshId(QStringLiteral("Participant_"));
    m_shapeId = m_elementId + QStringLiteral("_di");
    auto participant = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(),
                                                  QStringLiteral("participant"), root->prefix());
    participant->setAttribute(QStringLiteral("id"), m_elementId);

    if (planeElement && planeElement->is(BpmnNamespaces::model, u"collaboration")) {
        // Another pool: with a process of its own, after the other processes.
        const QString processId = freshId(QStringLiteral("Process_"));
        auto process = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("process"),
                                                  root->prefix());
        process->setAttribute(QStringLiteral("id"), processId);
        process->setAttribute(QStringLiteral("isExecutable"), QStringLiteral("false"));
        int index = -1;
        for (int i = 0; i < root->childCount(); ++i) {
            const BpmnXmlNode *child = root->childAt(i);
            if (child->is(BpmnNamespaces::model, u"process"))
                index = i + 1;
            else if (index < 0 && child->is(BpmnNamespaces::bpmnDi, u"BPMNDiagram"))
                index = i;
        }
        participant->setAttribute(QStringLiteral("processRef"), processId);
        int participantIndex = -1;
        for (int i = 0; i < planeElement->childCount(); ++i) {
            if (planeElement->childAt(i)->is(BpmnNamespaces::model, u"participant"))
                participantIndex = i + 1;
        }
        addInsert(planeElement, std::move(participant), participantIndex);
        addInsert(root, std::move(process), index);
    } else {
        // The first pool: the diagram becomes a collaboration whose pool holds the process that
        // was drawn, around everything on the canvas.
        BpmnXmlNode *process = doc->process();
        if (!process)
            return;
        QRectF content;
        for (const BpmnXmlNode *shape : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            content |= ProcessDocument::bounds(shape);
        for (const BpmnXmlNode *edge : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNEdge")) {
            for (const BpmnXmlNode *point : edge->childElements(BpmnNamespaces::di, u"waypoint")) {
                const QPointF p(point->attribute(u"x").toDouble(), point->attribute(u"y").toDouble());
                content |= QRectF(p, QSizeF(1, 1));
            }
        }
        if (!content.isEmpty()) {
            const QRectF around =
                transposed(content, spec.horizontal).adjusted(-(poolHeader + 30), -30, 30, 30);
            QRectF pool = around;
            pool.setWidth(std::max(around.width(), transposed(rect, spec.horizontal).width()));
            pool.setHeight(std::max(around.height(), transposed(rect, spec.horizontal).height() * 0.6));
            rect = transposed(pool, spec.horizontal);
            rect = QRectF(qFloor(rect.x()), qFloor(rect.y()), qCeil(rect.width()), qCeil(rect.height()));
        }
        const QString collaborationId = freshId(QStringLiteral("Collaboration_"));
        auto collaboration = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(),
                                                        QStringLiteral("collaboration"), root->prefix());
        collaboration->setAttribute(QStringLiteral("id"), collaborationId);
        participant->setAttribute(QStringLiteral("processRef"), process->attribute(u"id"));
        collaboration->appendChild(std::move(participant));
        addInsert(root, std::move(collaboration), root->indexOf(process));
        addSetAttribute(plane, QStringLiteral("bpmnElement"), collaborationId);
        markStructural();
    }
    BpmnXmlNode *shape = addShape(m_elementId, rect, ProcessContainers::containerShapeIndex(*doc, plane));
    shape->setAttribute(QStringLiteral("isHorizontal"),
                        spec.horizontal ? QStringLiteral("true") : QStringLiteral("false"));
}

void CreateElementCommand::createLane(BpmnXmlNode *participant, BpmnXmlNode *nextTo, bool before)
{
    ProcessDocument *doc = document();
    BpmnXmlNode *process = ProcessContainers::processOf(*doc, participant);
    if (!process) {
        m_problem = tr("This pool is collapsed: it has no process to hold lanes.");
        return;
    }
    const QString poolId = participant->attribute(u"id");
    BpmnXmlNode *poolShape = ProcessContainers::shapeOf(*doc, poolId);
    if (!poolShape)
        return;
    const bool horizontal = ProcessContainers::isHorizontal(*doc, poolId);
    const QString orientation = horizontal ? QStringLiteral("true") : QStringLiteral("false");
    const QRectF pool = transposed(ProcessDocument::bounds(poolShape), horizontal);
    const QString prefix = process->prefix();
    const auto newLane = [&](const QString &id) {
        auto lane =
            BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("lane"), prefix);
        lane->setAttribute(QStringLiteral("id"), id);
        return lane;
    };
    BpmnXmlNode *poolBounds = poolShape->firstChildElement(BpmnNamespaces::dc, u"Bounds");
    const auto growPool = [&](qreal top, qreal height) {
        const QRectF grown = transposed(QRectF(pool.x(), top, pool.width(), height), horizontal);
        addSetPosition(poolBounds, grown.topLeft());
        addSetAttribute(poolBounds, QStringLiteral("width"), ProcessDocument::formatNumber(grown.width()));
        addSetAttribute(poolBounds, QStringLiteral("height"), ProcessDocument::formatNumber(grown.height()));
    };
    const int shapeIndex = ProcessContainers::containerShapeIndex(*doc, doc->plane());
    const auto addLaneShape = [&](const QString &id, const QRectF &rect) {
        addShape(id, transposed(rect, horizontal), shapeIndex)
            ->setAttribute(QStringLiteral("isHorizontal"), orientation);
    };

    QVector<BpmnXmlNode *> lanes = ProcessContainers::topLanesOf(process);
    // Lanes without a shape cannot be placed against; they are left as they are.
    lanes.erase(std::remove_if(lanes.begin(), lanes.end(),
                               [&](const BpmnXmlNode *lane) {
                                   return !ProcessContainers::shapeOf(*doc, lane->attribute(u"id"));
                               }),
                lanes.end());
    BpmnXmlNode *laneSet = process->firstChildElement(BpmnNamespaces::model, u"laneSet");
    if (lanes.isEmpty()) {
        // The first lane: one lane takes the pool and all it holds, the new one is added beside.
        const QString firstId = freshId(QStringLiteral("Lane_"));
        m_elementId = freshId(QStringLiteral("Lane_"));
        m_shapeId = m_elementId + QStringLiteral("_di");
        auto first = newLane(firstId);
        for (const auto &child : process->children()) {
            if (!child->isElement() || !BpmnSchema::isFlowNode(typeOf(child.get())))
                continue;
            auto ref = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(),
                                                  QStringLiteral("flowNodeRef"), prefix);
            ref->appendChild(BpmnXmlNode::createText(child->attribute(u"id")));
            first->appendChild(std::move(ref));
        }
        auto added = newLane(m_elementId);
        const QRectF body(pool.x() + poolHeader, pool.y(), pool.width() - poolHeader, pool.height());
        const QRectF addedRect(body.x(), before ? body.top() - laneSize : body.bottom(), body.width(),
                               laneSize);
        std::unique_ptr<BpmnXmlNode> newSet;
        if (!laneSet) {
            newSet = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("laneSet"),
                                                prefix);
            newSet->setAttribute(QStringLiteral("id"), freshId(QStringLiteral("LaneSet_")));
        }
        BpmnXmlNode *set = newSet ? newSet.get() : laneSet;
        std::vector<std::unique_ptr<BpmnXmlNode>> ordered;
        if (before) {
            ordered.push_back(std::move(added));
            ordered.push_back(std::move(first));
        } else {
            ordered.push_back(std::move(first));
            ordered.push_back(std::move(added));
        }
        if (newSet) {
            for (auto &lane : ordered)
                newSet->appendChild(std::move(lane));
            // A lane set comes after the process's documentation, extensions and properties.
            int index = 0;
            for (int i = 0; i < process->childCount(); ++i) {
                const BpmnXmlNode *child = process->childAt(i);
                static const QStringList leading = {QStringLiteral("documentation"),
                                                    QStringLiteral("extensionElements"),
                                                    QStringLiteral("supportedInterfaceRef"),
                                                    QStringLiteral("ioSpecification"),
                                                    QStringLiteral("ioBinding"),
                                                    QStringLiteral("auditing"),
                                                    QStringLiteral("monitoring"),
                                                    QStringLiteral("property")};
                if (child->isElement() && child->namespaceUri() == BpmnNamespaces::model &&
                    leading.contains(child->name()))
                    index = i + 1;
            }
            addInsert(process, std::move(newSet), index);
        } else {
            for (auto &lane : ordered)
                addInsert(set, std::move(lane));
        }
        addLaneShape(firstId, body);
        addLaneShape(m_elementId, addedRect);
        growPool(before ? pool.top() - laneSize : pool.top(), pool.height() + laneSize);
        return;
    }

    if (!nextTo || !lanes.contains(nextTo))
        nextTo = before ? lanes.first() : lanes.last();
    const QRectF reference =
        transposed(ProcessContainers::boundsOf(*doc, nextTo->attribute(u"id")), horizontal);
    // The lanes on the new lane's side move out by one lane, with what they hold.
    QStringList movedShapes;
    for (BpmnXmlNode *lane : std::as_const(lanes)) {
        const QRectF bounds =
            transposed(ProcessContainers::boundsOf(*doc, lane->attribute(u"id")), horizontal);
        const bool outside =
            before ? bounds.bottom() <= reference.top() + 0.5 : bounds.top() >= reference.bottom() - 0.5;
        if (lane == nextTo || !outside)
            continue;
        QVector<BpmnXmlNode *> subtree{lane};
        for (int i = 0; i < subtree.size(); ++i) {
            const BpmnXmlNode *node = subtree.at(i);
            if (const BpmnXmlNode *shape = ProcessContainers::shapeOf(*doc, node->attribute(u"id")))
                movedShapes.append(shape->attribute(u"id"));
            for (const BpmnXmlNode *ref : node->childElements(BpmnNamespaces::model, u"flowNodeRef")) {
                if (const BpmnXmlNode *shape = ProcessContainers::shapeOf(*doc, ref->textContent().trimmed()))
                    movedShapes.append(shape->attribute(u"id"));
            }
            for (const BpmnXmlNode *childSet : node->childElements(BpmnNamespaces::model, u"childLaneSet"))
                subtree += childSet->childElements(BpmnNamespaces::model, u"lane");
        }
    }
    movedShapes.removeDuplicates();
    const qreal shift = before ? -laneSize : laneSize;
    const QPointF delta = horizontal ? QPointF(0, shift) : QPointF(shift, 0);
    addMoves(MoveShapesCommand::plan(*doc, movedShapes, false), delta);
    m_elementId = freshId(QStringLiteral("Lane_"));
    m_shapeId = m_elementId + QStringLiteral("_di");
    BpmnXmlNode *set = nextTo->parent();
    addInsert(set, newLane(m_elementId), set->indexOf(nextTo) + (before ? 0 : 1));
    addLaneShape(m_elementId, QRectF(reference.x(), before ? reference.top() - laneSize : reference.bottom(),
                                     reference.width(), laneSize));
    growPool(before ? pool.top() - laneSize : pool.top(), pool.height() + laneSize);
}
