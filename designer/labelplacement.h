#pragma once

#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <optional>

class BpmnXmlNode;
class DocumentEditCommand;
class ProcessDocument;
class QUndoCommand;

// Where the name of an event, gateway or data element goes: outside the shape, below it as
// bpmn-js puts it, unless a flow runs there; then above, to the left or to the right, the first
// side no flow crosses (as bpmn-js's adaptive label positioning does when flows change).
//
// A label on its default place below needs no DI; one moved to another side gets a BPMNLabel
// with its bounds, so that other tools and the exports draw it where the canvas does. A label
// the user put somewhere else (not beside one side of its element) is left alone.
class LabelPlacement
{
public:
    enum class Side
    {
        Bottom,
        Top,
        Left,
        Right
    };

    // Events, gateways, data objects and data stores: their name is drawn outside the shape.
    static bool hasExternalLabel(const BpmnXmlNode *element);
    // The size the label of `text` takes (as wide as the text, at most the default label width).
    static QSizeF labelSize(const QString &text);
    // The label box of `size` beside `bounds` (an element's shape) on `side`.
    static QRectF rectOn(const QRectF &bounds, Side side, QSizeF size);
    // The side `label` (scene coordinates) is on, when it sits beside one side of `bounds`.
    static std::optional<Side> sideOf(const QRectF &bounds, const QRectF &label);
    // Where the label of `elementId` is, or goes once it is named `text`: its DI bounds, the
    // default place below, or the free side when a flow runs below. Empty for elements whose name
    // is drawn inside them.
    static QRectF labelRect(const ProcessDocument &document, const QString &elementId, const QString &text);

    // The edit that moves the labels of `elementIds` (and of named elements whose label a flow of
    // `edgeIds` now crosses) off the flows; null when every one is free. Not applied yet.
    static DocumentEditCommand *adjust(ProcessDocument *document, const QSet<QString> &elementIds,
                                       const QSet<QString> &edgeIds = {}, QUndoCommand *parent = nullptr);
    // Completes the command on top of the document's undo stack, as part of the same undo step,
    // with the label moves its changes call for. Does nothing while the top command is not the
    // newest one (after an undo) or was completed already.
    static void completeTop(ProcessDocument *document);
};
