#pragma once

#include "documenteditcommand.h"

#include "bpmn/bpmnschema.h"

#include <QPointF>

// Creates a flow node from the palette: the semantic element in the diagram's process and its
// BPMNShape with bounds of the kind's default size centred on `centre`.
class CreateElementCommand : public DocumentEditCommand
{
public:
    CreateElementCommand(ProcessDocument *document, BpmnElementType type, QPointF centre,
                         QUndoCommand *parent = nullptr);

    QString elementId() const { return m_elementId; }
    QString shapeId() const { return m_shapeId; }

private:
    QString m_elementId;
    QString m_shapeId;
};
