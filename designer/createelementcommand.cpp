#include "createelementcommand.h"

#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"

namespace {

QString idPrefix(BpmnElementType type)
{
    if (BpmnSchema::isEvent(type))
        return QStringLiteral("Event_");
    if (BpmnSchema::isGateway(type))
        return QStringLiteral("Gateway_");
    if (BpmnSchema::isActivity(type))
        return QStringLiteral("Activity_");
    // TextAnnotation_, DataObjectReference_, DataStoreReference_, Group_ as other tools name them.
    QString name = BpmnSchema::elementName(type);
    name[0] = name.at(0).toUpper();
    return name + u'_';
}

} // namespace

CreateElementCommand::CreateElementCommand(ProcessDocument *document, BpmnElementType type, QPointF centre,
                                           QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Create %1").arg(BpmnSchema::elementName(type)), parent)
{
    BpmnXmlNode *process = document->process();
    BpmnXmlNode *plane = document->plane();
    if (!process || !plane || !ProcessRules::canCreate(type))
        return;
    m_elementId = document->uniqueId(idPrefix(type));
    m_shapeId = m_elementId + QStringLiteral("_di");

    auto element = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), BpmnSchema::elementName(type),
                                              process->prefix());
    element->setAttribute(QStringLiteral("id"), m_elementId);
    // A data object reference needs the data object it refers to, next to it in the process.
    std::unique_ptr<BpmnXmlNode> dataObject;
    if (type == BpmnElementType::DataObjectReference) {
        const QString dataObjectId = m_elementId + QStringLiteral("_object");
        dataObject = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(),
                                                QStringLiteral("dataObject"), process->prefix());
        dataObject->setAttribute(QStringLiteral("id"), dataObjectId);
        element->setAttribute(QStringLiteral("dataObjectRef"), dataObjectId);
    }

    auto shape = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(), QStringLiteral("BPMNShape"),
                                            plane->prefix());
    shape->setAttribute(QStringLiteral("id"), m_shapeId);
    shape->setAttribute(QStringLiteral("bpmnElement"), m_elementId);
    if (type == BpmnElementType::ExclusiveGateway)
        shape->setAttribute(QStringLiteral("isMarkerVisible"), QStringLiteral("true"));
    if (type == BpmnElementType::SubProcess)
        shape->setAttribute(QStringLiteral("isExpanded"), QStringLiteral("false"));
    const QSizeF size = ProcessRules::defaultSize(type);
    auto bounds = BpmnXmlNode::createElement(BpmnNamespaces::dc.toString(), QStringLiteral("Bounds"));
    const QPointF topLeft(qRound(centre.x() - size.width() / 2), qRound(centre.y() - size.height() / 2));
    bounds->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(topLeft.x()));
    bounds->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(topLeft.y()));
    bounds->setAttribute(QStringLiteral("width"), ProcessDocument::formatNumber(size.width()));
    bounds->setAttribute(QStringLiteral("height"), ProcessDocument::formatNumber(size.height()));
    shape->appendChild(std::move(bounds));

    // Flow nodes go before the sequence flows and DI shapes before the edges, as tools write them.
    const auto firstIndexOf = [](const BpmnXmlNode *container, QStringView ns, QStringView name) {
        for (int i = 0; i < container->childCount(); ++i) {
            if (container->childAt(i)->is(ns, name))
                return i;
        }
        return -1;
    };
    if (dataObject)
        addInsert(process, std::move(dataObject),
                  firstIndexOf(process, BpmnNamespaces::model, u"sequenceFlow"));
    addInsert(process, std::move(element), firstIndexOf(process, BpmnNamespaces::model, u"sequenceFlow"));
    addInsert(plane, std::move(shape), firstIndexOf(plane, BpmnNamespaces::bpmnDi, u"BPMNEdge"));
}
