#pragma once

#include <QPointF>
#include <QStringList>
#include <QUndoCommand>
#include <QVector>

#include <memory>
#include <vector>

class BpmnXmlNode;
class ProcessDocument;

// Command ids for QUndoCommand::mergeWith.
enum class ProcessCommandId
{
    MoveShapes = 1,
    ResizeShape = 2,
    BendFlow = 3,
};

// An edit of the document as an ordered list of reversible steps: insert a node, remove a
// node, set or remove an attribute. redo() applies them in order, undo() in reverse, so undo
// restores the tree exactly. Removed nodes are kept by the command (not copied), so pointers
// to them in older commands stay valid. The concrete commands only build their steps.
class DocumentEditCommand : public QUndoCommand
{
public:
    DocumentEditCommand(ProcessDocument *document, const QString &text, QUndoCommand *parent = nullptr);
    ~DocumentEditCommand() override;

    void redo() override;
    void undo() override;

    bool isEmpty() const { return m_steps.empty(); }
    // Whether its changes can put a flow across a label or a label on another side (names,
    // shapes, waypoints): the label placement completes only those. A colour change cannot.
    virtual bool canMoveLabels() const { return true; }

    // Completes this command after it was applied (as bpmn-js's post-execute behaviours do, e.g.
    // a label moved off a new flow): `followUp` is applied now and then after this command's own
    // steps on every redo, and undone before them. A completed gesture merges no further moves.
    void attachFollowUp(std::unique_ptr<DocumentEditCommand> followUp);
    bool hasFollowUps() const { return !m_followUps.empty(); }
    // The nodes this command's steps (and its follow-ups') insert, remove or change.
    void collectTouchedNodes(QVector<const BpmnXmlNode *> *nodes) const;

protected:
    ProcessDocument *document() const { return m_document; }

    // Appends at the end of `parent` when `index` is negative.
    void addInsert(BpmnXmlNode *parent, std::unique_ptr<BpmnXmlNode> node, int index = -1);
    void addRemove(BpmnXmlNode *node);
    // The old value is read when the step is added; a null value removes the attribute.
    void addSetAttribute(BpmnXmlNode *node, const QString &name, const QString &value);
    // The same for an attribute of a namespace (written with `prefix` where it is free).
    void addSetAttribute(BpmnXmlNode *node, const QString &namespaceUri, const QString &prefix,
                         const QString &name, const QString &value);
    // Declares `prefix` for `namespaceUri` on `node` (the root, so the file declares it once).
    void addNamespaceDeclaration(BpmnXmlNode *node, const QString &prefix, const QString &namespaceUri);
    // Sets the x and y attributes of a dc:Bounds or di:waypoint.
    void addSetPosition(BpmnXmlNode *node, QPointF point);
    // Moves by delta every shape, label and waypoint of a move plan (MoveShapesCommand::Plan), as
    // steps of this command: for edits that make room while they change something else.
    template<typename MovePlan>
    void addMoves(const MovePlan &plan, QPointF delta)
    {
        for (const auto &shape : plan.shapes) {
            addSetPosition(shape.bounds, shape.original.topLeft() + delta);
            if (shape.labelBounds)
                addSetPosition(shape.labelBounds, shape.originalLabel.topLeft() + delta);
        }
        for (const auto &edge : plan.edges) {
            for (int i = 0; i < edge.points.size(); ++i)
                addSetPosition(edge.points.at(i), edge.original.at(i) + delta);
            if (edge.labelBounds)
                addSetPosition(edge.labelBounds, edge.originalLabel.topLeft() + delta);
        }
    }
    // Ids (semantic or DI) whose attributes change, for views that patch items.
    void addChangedId(const QString &id) { m_changedIds.append(id); }
    // Attribute steps that change ids or references: the index is rebuilt and views resynchronise.
    void markStructural() { m_structural = true; }

    // For merging gestures: the new values of the attribute steps, in order.
    QStringList newAttributeValues() const;
    void setNewAttributeValues(const QStringList &values);

private:
    struct Step
    {
        enum class Kind
        {
            Insert,
            Remove,
            Attribute,
            Namespace
        } kind = Kind::Attribute;
        BpmnXmlNode *parent = nullptr;
        BpmnXmlNode *node = nullptr;
        int index = -1;
        std::unique_ptr<BpmnXmlNode> held; // the node while it is not in the tree
        QString namespaceUri;              // of the attribute; the declared URI of a namespace step
        QString prefix;
        QString name;
        QString oldValue; // null: the attribute was absent
        QString newValue;
    };

    void apply(Step &step, bool forward);
    void notify();

    ProcessDocument *m_document;
    std::vector<Step> m_steps;
    std::vector<std::unique_ptr<DocumentEditCommand>> m_followUps;
    QStringList m_changedIds;
    bool m_structural = false;
};
