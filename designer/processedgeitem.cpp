#include "processedgeitem.h"

#include "bpmnedgepainter.h"
#include "bpmnlabelpainter.h"
#include "connectcommand.h"
#include "processdocument.h"
#include "processrules.h"

#include <QMenu>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QUndoStack>

ProcessEdgeItem::ProcessEdgeItem(const BpmnRenderModel::Edge &edge)
{
    setFlag(ItemIsSelectable);
    setRenderEdge(edge);
}

void ProcessEdgeItem::setRenderEdge(const BpmnRenderModel::Edge &edge)
{
    const QRectF boundingRect = edge.paintRect.adjusted(-6, -6, 6, 6); // room for the handles
    if (boundingRect != m_boundingRect)
        prepareGeometryChange();
    m_edge = edge;
    m_boundingRect = boundingRect;
    QPainterPath line;
    if (!edge.waypoints.isEmpty()) {
        line.moveTo(edge.waypoints.first());
        for (int i = 1; i < edge.waypoints.size(); ++i)
            line.lineTo(edge.waypoints.at(i));
    }
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_hitPath = stroker.createStroke(line);
    update();
}

QRectF ProcessEdgeItem::boundingRect() const
{
    return m_boundingRect;
}

QPainterPath ProcessEdgeItem::shape() const
{
    return m_hitPath;
}

void ProcessEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(BpmnLabelPainter::font());
    BpmnEdgePainter::paint(painter, m_edge);
    if (!m_edge.text.isEmpty())
        BpmnLabelPainter::paintEdgeLabel(painter, m_edge);
    painter->restore();
    if (option->state & QStyle::State_Selected) {
        QPen pen(QColor(0x21, 0x96, 0xf3), 0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::white);
        for (int i = 1; i + 1 < m_edge.waypoints.size(); ++i)
            painter->drawEllipse(m_edge.waypoints.at(i), 3.5, 3.5);
        // The ends: square handles that a drag takes to another element.
        if (!m_edge.waypoints.isEmpty()) {
            painter->setBrush(QColor(0xbb, 0xde, 0xfb));
            for (const QPointF &end : {m_edge.waypoints.first(), m_edge.waypoints.last()})
                painter->drawRect(QRectF(end - QPointF(4.5, 4.5), QSizeF(9, 9)));
        }
        // Where a drag adds a bend: the middle of each segment.
        painter->setBrush(QColor(0x21, 0x96, 0xf3));
        for (int i = 1; i < m_edge.waypoints.size(); ++i)
            painter->drawEllipse((m_edge.waypoints.at(i - 1) + m_edge.waypoints.at(i)) / 2, 2.5, 2.5);
    }
}

bool ProcessEdgeItem::addContextActions(QMenu *menu, ProcessDocument *document, const QString &flowId)
{
    const BpmnDocument &bpmn = document->document();
    if (!ProcessRules::canBeDefaultOrConditional(bpmn, flowId))
        return false;
    using Marker = FlowMarkerCommand::Marker;
    const auto addToggle = [menu, document, flowId](const QString &text, const QString &name, Marker marker,
                                                    bool checked, const QString &tip) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(checked);
        action->setStatusTip(tip);
        QObject::connect(action, &QAction::triggered, menu, [document, flowId, marker](bool on) {
            auto *command = new FlowMarkerCommand(document, flowId, marker, on);
            if (command->isEmpty())
                delete command;
            else
                document->undoStack()->push(command);
        });
    };
    addToggle(QObject::tr("Default &Flow"), QStringLiteral("defaultFlow"), Marker::Default,
              FlowMarkerCommand::isDefault(bpmn, flowId),
              QObject::tr("Taken when no other outgoing flow's condition holds"));
    addToggle(QObject::tr("C&onditional Flow"), QStringLiteral("conditionalFlow"), Marker::Conditional,
              FlowMarkerCommand::isConditional(bpmn, flowId),
              QObject::tr("Taken only when its condition holds; write the condition in the properties"));
    return true;
}
