#pragma once

#include "bpmn/bpmnschema.h"

#include <QPair>
#include <QSizeF>
#include <QString>

class BpmnDocument;
class BpmnXmlNode;

// What the designer allows before any command is built, as bpmn-js's modeling rules do:
// a sequence flow joins two flow nodes of the same process or sub-process, never an element
// to itself, never out of an end event, never into a start or boundary event, and not twice.
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
    static bool isAssociation(const BpmnDocument &document, const QString &sourceId, const QString &targetId);
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
