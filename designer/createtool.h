#pragma once

#include "processtool.h"

#include "createelementcommand.h"

// Places a new element of one kind where the canvas is clicked, selects it and hands back to
// the select tool (the scene emits toolFinished()).
class CreateTool : public ProcessTool
{
public:
    CreateTool(ProcessScene *scene, BpmnElementType type);

    BpmnElementType elementType() const { return m_spec.type; }
    void setElementType(BpmnElementType type) { m_spec = BpmnElementSpec(type); }
    const BpmnElementSpec &elementSpec() const { return m_spec; }
    void setElementSpec(const BpmnElementSpec &spec) { m_spec = spec; }

    void mousePress(QGraphicsSceneMouseEvent *event) override;
    void mouseMove(QGraphicsSceneMouseEvent *event) override;
    void mouseRelease(QGraphicsSceneMouseEvent *event) override;
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

private:
    BpmnElementSpec m_spec;
};
