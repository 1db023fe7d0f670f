#pragma once

#include "documenteditcommand.h"

#include <QHash>
#include <QPointF>

#include <memory>

// Moves shapes each by its own delta, in one undo step, with their labels and the flows attached
// to them, as a drag moves them (MoveShapesCommand's plan): what lies in a moved pool or expanded
// sub-process moves with it. A flow node that lands in another lane is named by that lane; it
// stays in its process or sub-process (as bpmn-js aligns). Align and distribute; the deltas are
// computed by the static functions below, from the DI bounds of the shapes that can be arranged:
// not lanes, not boundary events, not what lies inside another selected shape.
class ArrangeShapesCommand : public DocumentEditCommand
{
public:
    enum class Alignment
    {
        Left,
        HorizontalCentre,
        Right,
        Top,
        VerticalCentre,
        Bottom
    };

    // Deltas by DI shape id; shapes with a zero delta are left out.
    static QHash<QString, QPointF> alignDeltas(const ProcessDocument &document, const QStringList &shapeIds,
                                               Alignment alignment);
    // Equal gaps between the shapes, along `orientation`, the outermost two staying put.
    static QHash<QString, QPointF> distributeDeltas(const ProcessDocument &document,
                                                    const QStringList &shapeIds, Qt::Orientation orientation);

    // The shapes of `shapeIds` that align and distribute move.
    static QStringList arrangeable(const ProcessDocument &document, const QStringList &shapeIds);

    ArrangeShapesCommand(ProcessDocument *document, const QHash<QString, QPointF> &deltas,
                         const QString &text, QUndoCommand *parent = nullptr);
    ~ArrangeShapesCommand() override;

    void redo() override;
    void undo() override;

private:
    void setPoint(BpmnXmlNode *node, QPointF point);

    std::unique_ptr<DocumentEditCommand> m_membership; // applied after the move, undone before it
};
