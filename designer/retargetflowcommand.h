#pragma once

#include "documenteditcommand.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

// An edit of a flow's ends: shares the re-routing of its edge.
class FlowEndsCommand : public DocumentEditCommand
{
public:
    using DocumentEditCommand::DocumentEditCommand;

protected:
    // Replaces every waypoint of `edge` with `route`, where the old ones were.
    void replaceWaypoints(BpmnXmlNode *edge, const QVector<QPointF> &route);
};

// Points a sequence flow at another target: its targetRef, the incoming references of the old
// and the new target, and its edge re-routed from the source's shape to the new target's. With
// a connect from the new target to the old one it splits a flow (an element dropped on it).
class RetargetFlowCommand : public FlowEndsCommand
{
public:
    RetargetFlowCommand(ProcessDocument *document, const QString &flowId, const QString &newTargetId,
                        QUndoCommand *parent = nullptr);
};

// Moves one end of a connection (sequence flow, message flow, association, data association)
// to another element, as a drag of the end handle of a selected flow does; the rules decide
// first (ProcessRules::reconnectionProblem), a refused or idle move makes an empty command.
// What changes, by kind:
// - sequence flow: sourceRef/targetRef, the outgoing/incoming references of the old and the new
//   node, and the old source's `default` when it named this flow;
// - message flow, association: sourceRef/targetRef;
// - data output association: its targetRef (data end) or its place (the activity it is in),
//   losing a sourceRef that named a data output of the old activity;
// - data input association: its sourceRef (data end) or its place, with a new targetRef
//   placeholder property in the new activity (the old one goes when nothing else uses it).
// The edge: with two waypoints it is routed anew between the shapes; with bends, the end
// waypoint moves onto the new shape's border facing the neighbouring bend, and when the shape
// lies off to a corner that bend slides along its segment so that the flow stays orthogonal.
class ReconnectFlowCommand : public FlowEndsCommand
{
public:
    ReconnectFlowCommand(ProcessDocument *document, const QString &connectionId, bool sourceEnd,
                         const QString &newElementId, QUndoCommand *parent = nullptr);

    // Where a line from `toward` (outside `bounds`) meets the border of `bounds`: straight across
    // when `toward` lies beside or above/below it, else on the way to the centre.
    static QPointF borderPoint(const QRectF &bounds, QPointF toward);

private:
    void reconnectSequenceFlow(BpmnXmlNode *flow, bool sourceEnd, BpmnXmlNode *oldNode, BpmnXmlNode *newNode);
    void replaceReference(BpmnXmlNode *connection, const QString &name, const QString &id);
    void moveDataAssociation(BpmnXmlNode *association, BpmnXmlNode *activity);
    void moveEdgeEnd(BpmnXmlNode *edge, bool sourceEnd, const QRectF &source, const QRectF &target,
                     bool vertical);
};
