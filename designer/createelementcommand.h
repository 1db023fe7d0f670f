#pragma once

#include "documenteditcommand.h"

#include "bpmn/bpmnschema.h"

#include <QPointF>
#include <QRectF>

// What a palette entry creates: the element kind and the variant details other tools offer as
// separate entries (the event definition, a pool's orientation, an expanded or event sub-process).
struct BpmnElementSpec
{
    BpmnElementType type = BpmnElementType::Task;
    BpmnEventDefinitionType definition = BpmnEventDefinitionType::None;
    bool horizontal = true;        // pools and lanes
    bool expanded = false;         // sub-processes drawn open
    bool triggeredByEvent = false; // event sub-processes
    bool interrupting = true;      // boundary events (cancelActivity)

    BpmnElementSpec() = default;
    BpmnElementSpec(BpmnElementType elementType) // NOLINT: a plain kind is a spec
        : type(elementType)
    {}
    bool operator==(const BpmnElementSpec &other) const;

    // For QAction::data and drag data: one string that names the variant ("startEvent/timer").
    QString key() const;
    static BpmnElementSpec fromKey(const QString &key);
    // The element name of an event definition ("timerEventDefinition"); empty for None.
    static QString definitionName(BpmnEventDefinitionType definition);
    // The size a new element of this variant gets.
    QSizeF defaultSize() const;
};

// Creates an element from the palette where it is dropped or clicked, centred on `centre`: the
// semantic element in the container there (the pool's process, an expanded sub-process; a flow
// node in a lane becomes the lane's flowNodeRef) and its BPMNShape.
//  - a boundary event attaches to the activity under `centre` and sits on its border;
//  - a pool on a plain process diagram turns it into a collaboration whose first participant
//    is the existing process, the pool around its elements; further pools get their own process;
//  - a lane dropped into a pool divides it (the first lane takes what the pool holds).
// When the element cannot go there, the command stays empty and problem() says why.
class CreateElementCommand : public DocumentEditCommand
{
public:
    CreateElementCommand(ProcessDocument *document, const BpmnElementSpec &spec, QPointF centre,
                         QUndoCommand *parent = nullptr);

    // Adds a lane next to `laneOrPoolId` (before: above, or left in a vertical pool); for a pool,
    // at its first or last lane. Lanes on that side move out to make room.
    static CreateElementCommand *addLane(ProcessDocument *document, const QString &laneOrPoolId, bool before);

    QString elementId() const { return m_elementId; }
    QString shapeId() const { return m_shapeId; }
    QString problem() const { return m_problem; }

private:
    explicit CreateElementCommand(ProcessDocument *document);
    void createFlowElement(const BpmnElementSpec &spec, QPointF centre);
    void createPool(const BpmnElementSpec &spec, QPointF centre);
    void createLane(BpmnXmlNode *participant, BpmnXmlNode *nextTo, bool before);
    QString freshId(const QString &prefix);
    BpmnXmlNode *addShape(const QString &elementId, const QRectF &bounds, int planeIndex = -1);

    QString m_elementId;
    QString m_shapeId;
    QString m_problem;
    QStringList m_usedIds; // ids taken by this command, not yet in the document's index
};
