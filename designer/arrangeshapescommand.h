#pragma once

#include "documenteditcommand.h"

#include <QHash>
#include <QPointF>

// Moves shapes each by its own delta, in one undo step, with their labels and the flows attached
// to them (as MoveShapesCommand does for one delta): align and distribute, nudging with the
// arrow keys. The deltas are computed by the static functions below, from the DI bounds.
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

    ArrangeShapesCommand(ProcessDocument *document, const QHash<QString, QPointF> &deltas,
                         const QString &text, QUndoCommand *parent = nullptr);

private:
    void movePoint(BpmnXmlNode *node, QPointF delta);
};
