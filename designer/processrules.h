#pragma once

#include "bpmn/bpmnschema.h"

#include <QPair>
#include <QSizeF>
#include <QString>

class BpmnDocument;
class BpmnXmlNode;

// What the designer allows before any command is built, as bpmn-js's modeling rules do:
// a sequence flow joins two flow nodes of the same process or sub-process, never an element
// to itself, never out of an end event, never into a start or boundary event, and not twice;
// a message flow joins pools, activities and message events of two different pools.
class ProcessRules
{
public:
    static BpmnElementType typeOf(const BpmnXmlNode *node);
    // Returns an empty string when allowed, otherwise why not (translated, for the status bar).
    static QString connectionProblem(const BpmnDocument &document, const QString &sourceId,
                                     const QString &targetId);
    static bool canConnect(const BpmnDocument &document, const QString &sourceId, const QString &targetId)
    {
        return connectionProblem(document, sourceId, targetId).isEmpty();
    }
    // Whether connecting these two makes an association (a text annotation at one end) rather
    // than a sequence flow.
    static bool isAssociation(const BpmnDocument &document, const QString &sourceId, const QString &targetId)
    {
        return connectionKind(document, sourceId, targetId) == ConnectionKind::Association;
    }

    // What a connection between two elements is, chosen by what it joins as other BPMN tools
    // do: a text annotation at either end makes an association; an activity and a data object
    // or store a data output (activity first) or input association; two elements of different
    // pools (participants) a message flow in their collaboration; anything else a sequence flow.
    enum class ConnectionKind
    {
        None, // an end does not exist
        SequenceFlow,
        MessageFlow,
        Association,
        DataInputAssociation,
        DataOutputAssociation,
    };
    static ConnectionKind connectionKind(const BpmnDocument &document, const QString &sourceId,
                                         const QString &targetId);
    // The kind of an existing connection element (sequenceFlow, messageFlow, ...).
    static ConnectionKind kindOf(const BpmnXmlNode *connection);
    // The pool an element lies in: the participant whose process holds it, the participant
    // itself, or null outside any collaboration.
    static const BpmnXmlNode *poolOf(const BpmnDocument &document, const BpmnXmlNode *element);
    // Why one end of an existing connection may not move to `newElementId` (empty when it may):
    // the moved connection must stay the same kind and obey the rules of connectionProblem().
    static QString reconnectionProblem(const BpmnDocument &document, const QString &connectionId,
                                       bool sourceEnd, const QString &newElementId);
    // Sequence flows whose source may name a default flow, and may carry a condition with a marker.
    static bool canBeDefaultOrConditional(const BpmnDocument &document, const QString &flowId);
    // The ids a connection joins: sourceRef/targetRef of flows and associations; for data
    // associations (children of an activity, refs as child elements) the activity is one end.
    static QPair<QString, QString> connectionEnds(const BpmnXmlNode *connection);
    // Element kinds the palette may create.
    static bool canCreate(BpmnElementType type);
    // Kinds that, dropped on a sequence flow, split it in two (they take one flow in and one out).
    static bool canInsertIntoFlow(BpmnElementType type);
    // The default size of a new element of this kind, as other BPMN tools draw it.
    static QSizeF defaultSize(BpmnElementType type);
};
