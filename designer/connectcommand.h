#pragma once

#include "documenteditcommand.h"

#include <QPointF>
#include <QRectF>
#include <QVector>

// Connects two flow nodes with a sequence flow: the semantic sequenceFlow (sourceRef,
// targetRef) next to them, the outgoing/incoming references in both nodes, and a BPMNEdge
// with orthogonal waypoints between the shapes. With a text annotation at one end it is an
// association instead (no references in the ends). Check ProcessRules::canConnect first.
class ConnectCommand : public DocumentEditCommand
{
public:
    ConnectCommand(ProcessDocument *document, const QString &sourceId, const QString &targetId,
                   QUndoCommand *parent = nullptr);

    QString flowId() const { return m_flowId; }

    // Right side to left side when the target lies to the right, else bottom to top or back.
    static QVector<QPointF> route(const QRectF &source, const QRectF &target);

private:
    void addReference(BpmnXmlNode *node, const QString &name);

    QString m_flowId;
};
