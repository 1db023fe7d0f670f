#include "bendflowcommand.h"

#include "processdocument.h"

#include "bpmn/bpmnnamespaces.h"

BendFlowCommand::BendFlowCommand(ProcessDocument *document, const QString &edgeId, int index,
                                 QPointF position, bool insert, int gesture, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Bend flow"), parent)
    , m_insert(insert)
    , m_gesture(gesture)
    , m_edgeId(edgeId)
    , m_index(index)
{
    BpmnXmlNode *edge = document->document().elementById(edgeId);
    if (!edge || !edge->is(BpmnNamespaces::bpmnDi, u"BPMNEdge"))
        return;
    const QVector<BpmnXmlNode *> points = edge->childElements(BpmnNamespaces::di, u"waypoint");
    // Only inner points: the ends stay on the shapes they connect.
    if (insert ? (index < 1 || index >= points.size()) : (index < 1 || index >= points.size() - 1))
        return;
    const QString x = ProcessDocument::formatNumber(qRound(position.x()));
    const QString y = ProcessDocument::formatNumber(qRound(position.y()));
    if (insert) {
        auto waypoint = BpmnXmlNode::createElement(BpmnNamespaces::di.toString(), QStringLiteral("waypoint"),
                                                   points.first()->prefix());
        waypoint->setAttribute(QStringLiteral("x"), x);
        waypoint->setAttribute(QStringLiteral("y"), y);
        addInsert(edge, std::move(waypoint), edge->indexOf(points.at(index)));
    } else {
        addSetAttribute(points.at(index), QStringLiteral("x"), x);
        addSetAttribute(points.at(index), QStringLiteral("y"), y);
        addChangedId(edgeId);
    }
}

bool BendFlowCommand::mergeWith(const QUndoCommand *other)
{
    const auto *bend = static_cast<const BendFlowCommand *>(other);
    if (hasFollowUps() || m_insert || bend->m_insert || m_gesture == 0 || bend->m_gesture != m_gesture ||
        bend->m_edgeId != m_edgeId || bend->m_index != m_index)
        return false;
    setNewAttributeValues(bend->newAttributeValues());
    return true;
}
