#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QVector>

class BpmnXmlNode;
class ProcessDocument;

// Where things lie in a diagram with pools, lanes and expanded sub-processes: which container a
// point of the canvas belongs to, read from the DI bounds and the semantic tree. Used when
// elements are created and when they are moved, so that both place them the same way.
namespace ProcessContainers {

struct Target
{
    BpmnXmlNode *participant = nullptr; // the pool at the point, if any
    BpmnXmlNode *process = nullptr;     // the process of that pool, or the diagram's process
    BpmnXmlNode *parent = nullptr;      // where flow elements go: the process or a sub-process
    BpmnXmlNode *lane = nullptr;        // the innermost lane at the point (of `process`)
    bool collaboration = false;         // the diagram shows pools (a point outside them has no process)
};

// The DI shape of a semantic element in the edited plane.
BpmnXmlNode *shapeOf(const ProcessDocument &document, const QString &elementId);
QRectF boundsOf(const ProcessDocument &document, const QString &elementId);

// The containers at `point`; elements whose ids are in `exclude` (and what lies inside them)
// are not candidates, so that a moved sub-process is not its own container.
Target at(const ProcessDocument &document, QPointF point, const QSet<QString> &exclude = {});

// The same questions for many elements at once (a moved selection): the plane is read once.
class Layout
{
public:
    explicit Layout(const ProcessDocument &document);

    BpmnXmlNode *shapeOf(const QString &elementId) const { return m_shapes.value(elementId); }
    QRectF boundsOf(const QString &elementId) const;
    Target at(QPointF point, const QSet<QString> &exclude = {}) const;

private:
    struct Candidate
    {
        BpmnXmlNode *element = nullptr;
        QRectF bounds;
        int kind = 0; // 0 pool, 1 lane, 2 expanded sub-process
    };

    const ProcessDocument &m_document;
    QHash<QString, BpmnXmlNode *> m_shapes; // by semantic id
    QVector<Candidate> m_containers;
    bool m_collaboration = false;
};

// The pool with a process nearest to `point` (by distance to its bounds), null when there is none.
BpmnXmlNode *nearestParticipant(const ProcessDocument &document, QPointF point);
// The point on the border of `rect` nearest to `point` (not closer than 10 to a corner), where a
// boundary event sits.
QPointF pointOnBorder(const QRectF &rect, QPointF point);
// The activity a boundary event at `point` attaches to: the smallest one whose border is within
// 15 of it (or that contains it); elements in `exclude` are not candidates.
BpmnXmlNode *activityAt(const ProcessDocument &document, QPointF point, const QSet<QString> &exclude = {});
// The process a participant refers to (null for a black-box pool).
BpmnXmlNode *processOf(const ProcessDocument &document, const BpmnXmlNode *participant);
// The participant whose processRef is `process` in the diagram's collaboration.
BpmnXmlNode *participantOf(const ProcessDocument &document, const BpmnXmlNode *process);
// The process or sub-process an element is a flow element of.
BpmnXmlNode *flowContainerOf(const BpmnXmlNode *element);
// The process an element belongs to, through sub-processes.
BpmnXmlNode *processOfElement(const BpmnXmlNode *element);
// Every lane of a process, nested lanes included, in document order.
QVector<BpmnXmlNode *> lanesOf(const BpmnXmlNode *process);
// The top-level lanes of a process (children of its first laneSet).
QVector<BpmnXmlNode *> topLanesOf(const BpmnXmlNode *process);
// The lanes that name a flow node placed in `lane`: the lane and the lanes it is nested in,
// innermost first (as bpmn-js does: a lane references what lies in it, nested lanes included).
QVector<BpmnXmlNode *> laneWithParents(BpmnXmlNode *lane);
// Where a new flowNodeRef goes in `lane`: before its child lane set (-1: at the end).
int flowNodeRefIndex(const BpmnXmlNode *lane);
// The flowNodeRef elements naming `elementId` in the lanes of `process`.
QVector<BpmnXmlNode *> laneRefsTo(const BpmnXmlNode *process, const QString &elementId);
// Whether the element's DI shape is drawn expanded (a sub-process open on the canvas).
bool isExpandedSubProcess(const ProcessDocument &document, const BpmnXmlNode *element);
// Ids of every semantic element inside `element` (flow elements of sub-processes, recursively).
QSet<QString> descendantIds(const BpmnXmlNode *element);
// Whether a pool or lane is laid out horizontally (its shape's isHorizontal, true by default).
bool isHorizontal(const ProcessDocument &document, const QString &elementId);

// Where pools and lanes go in the plane: before the other shapes and edges, so they are drawn below
// them (-1: at the end).
int containerShapeIndex(const ProcessDocument &document, const BpmnXmlNode *plane);

} // namespace ProcessContainers
