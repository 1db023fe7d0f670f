#pragma once

#include "bpmnrendermodel.h"

#include <QGraphicsItem>
#include <QPainterPath>

class ProcessDocument;
class QMenu;

// The view of one DI edge, in scene coordinates along its waypoints; hit-tested on a band
// around the line. Owns no data. Selected, it shows a square handle at each end (drag one to
// reconnect that end), a round one at each bend and a dot in the middle of each segment.
class ProcessEdgeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    // How near (scene units) a press must be to an end to take its handle.
    static constexpr qreal endHandleRadius = 6;

    explicit ProcessEdgeItem(const BpmnRenderModel::Edge &edge);

    int type() const override { return Type; }
    const BpmnRenderModel::Edge &renderEdge() const { return m_edge; }
    void setRenderEdge(const BpmnRenderModel::Edge &edge);
    QString diId() const { return m_edge.id; }
    QString elementId() const { return m_edge.elementId; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The entries a flow adds to the canvas's context menu: Default Flow and Conditional Flow,
    // checkable, each one undo step; none (false) when the flow takes neither (not a sequence
    // flow out of an activity or an exclusive, inclusive or complex gateway).
    static bool addContextActions(QMenu *menu, ProcessDocument *document, const QString &flowId);

private:
    BpmnRenderModel::Edge m_edge;
    QRectF m_boundingRect;
    QPainterPath m_hitPath;
};
