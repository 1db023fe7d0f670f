#pragma once

#include "documenteditcommand.h"
#include "processrules.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

#include <memory>

// Connects two elements with the kind of connection ProcessRules::connectionKind() chooses, as
// BPMN 2.0 stores each kind, plus a BPMNEdge with orthogonal waypoints between the shapes:
// - sequence flow: next to the source, with outgoing/incoming references in both nodes;
// - association (a text annotation at one end): next to the source, no references;
// - message flow (two pools): in the collaboration, after its participants and message flows;
// - data output association: inside the activity, its targetRef the data object or store;
// - data input association: inside the activity, its sourceRef the data, its targetRef a
//   placeholder property of the activity (the schema requires one; bpmn-js does the same).
// Check ProcessRules::canConnect first; a refused connection makes an empty command.
class ConnectCommand : public DocumentEditCommand
{
public:
    ConnectCommand(ProcessDocument *document, const QString &sourceId, const QString &targetId,
                   QUndoCommand *parent = nullptr);

    QString flowId() const { return m_flowId; }
    ProcessRules::ConnectionKind kind() const { return m_kind; }

    // How a sequence flow leaves or enters a gateway, as bpmn-js lays it out: a branch to an
    // element to the right but higher or lower leaves the gateway's top or bottom corner and then
    // turns towards it (vertical first); a flow joining a gateway from the left comes in
    // horizontally and turns into its top or bottom corner (horizontal first).
    enum class Layout
    {
        Default,
        VerticalFirst,
        HorizontalFirst
    };
    static Layout layoutFor(const BpmnXmlNode *source, const BpmnXmlNode *target);

    // Right side to left side when the target lies to the right, else bottom to top or back.
    // With `vertical` (message flows) bottom to top whenever one lies above the other, straight
    // down where the shapes overlap horizontally.
    static QVector<QPointF> route(const QRectF &source, const QRectF &target, bool vertical = false,
                                  Layout layout = Layout::Default);
    // Where a new child called `name` goes among the children of a flow node or collaboration
    // by the schema's order: after those that come before it and after its kin.
    static int schemaIndex(const BpmnXmlNode *parent, QStringView name);
    // The BPMNShape or BPMNEdge (`kind`) of an element on the plane, or null.
    static BpmnXmlNode *diOf(const BpmnXmlNode *plane, const QString &elementId, QStringView kind);
    // A new model-namespace element with the prefix `like` uses, holding `text`.
    static std::unique_ptr<BpmnXmlNode> modelElement(const BpmnXmlNode *like, const QString &name,
                                                     const QString &text = QString());
    // The property a data input association of `activity` points its targetRef at.
    static std::unique_ptr<BpmnXmlNode> targetPlaceholder(const BpmnXmlNode *activity, const QString &id);

private:
    void addConnection(BpmnXmlNode *container, int index, const QString &name, const QString &sourceId,
                       const QString &targetId);
    void addDataAssociation(BpmnXmlNode *activity, bool input, const QString &dataId);
    void addReference(BpmnXmlNode *node, const QString &name);
    void addEdge(BpmnXmlNode *plane, const QRectF &source, const QRectF &target, Layout layout);

    QString m_flowId;
    ProcessRules::ConnectionKind m_kind = ProcessRules::ConnectionKind::None;
};

// Makes a sequence flow its source's default flow (the source's `default` attribute; drawn with
// a slash) or a conditional flow (an empty conditionExpression that the properties panel fills
// in; drawn with a diamond when it leaves an activity), or takes either away. The two exclude
// each other: turning one on turns the other off. One undo step; empty when nothing changes or
// the flow's source takes neither (ProcessRules::canBeDefaultOrConditional).
class FlowMarkerCommand : public DocumentEditCommand
{
public:
    enum class Marker
    {
        Default,
        Conditional
    };

    FlowMarkerCommand(ProcessDocument *document, const QString &flowId, Marker marker, bool on,
                      QUndoCommand *parent = nullptr);

    static bool isDefault(const BpmnDocument &document, const QString &flowId);
    static bool isConditional(const BpmnDocument &document, const QString &flowId);
};
