#include "propertycommand.h"

#include "processdocument.h"

#include "bpmn/bpmnnamespaces.h"

#include <QObject>

using ProcessProperties::TimerKind;

PropertyCommand::PropertyCommand(ProcessDocument *document, const QString &text)
    : DocumentEditCommand(document, text)
{}

PropertyCommand *PropertyCommand::setDocumentation(ProcessDocument *document, const QString &elementId,
                                                   const QString &text)
{
    auto *command = new PropertyCommand(document, QObject::tr("Edit documentation"));
    BpmnXmlNode *element = document->document().elementById(elementId);
    if (!element || ProcessProperties::documentation(element) == text)
        return command;
    BpmnXmlNode *old = element->firstChildElement(BpmnNamespaces::model, u"documentation");
    command->replace(element, old,
                     text.isEmpty() ? nullptr : modelElement(element, QStringLiteral("documentation"), text),
                     ProcessProperties::leadingChildIndex(element, false));
    return command;
}

PropertyCommand *PropertyCommand::setCondition(ProcessDocument *document, const QString &flowId,
                                               const QString &expression)
{
    auto *command = new PropertyCommand(document, QObject::tr("Edit condition"));
    BpmnXmlNode *flow = document->document().elementById(flowId);
    if (!flow || !flow->is(BpmnNamespaces::model, u"sequenceFlow") ||
        ProcessProperties::condition(flow) == expression.trimmed())
        return command;
    BpmnXmlNode *old = flow->firstChildElement(BpmnNamespaces::model, u"conditionExpression");
    const QString value = expression.trimmed();
    command->replace(flow, old,
                     value.isEmpty() ? nullptr
                                     : formalExpression(flow, QStringLiteral("conditionExpression"), value),
                     flow->childCount());
    return command;
}

PropertyCommand *PropertyCommand::setTimer(ProcessDocument *document, const QString &eventId, TimerKind kind,
                                           const QString &value)
{
    auto *command = new PropertyCommand(document, QObject::tr("Edit timer"));
    BpmnXmlNode *event = document->document().elementById(eventId);
    BpmnXmlNode *timer = ProcessProperties::timerDefinition(event);
    const QString trimmed = value.trimmed();
    if (!timer ||
        (ProcessProperties::timerKind(event) == kind && ProcessProperties::timerValue(event) == trimmed))
        return command;
    BpmnXmlNode *old = nullptr;
    for (TimerKind existing : {TimerKind::Duration, TimerKind::Date, TimerKind::Cycle}) {
        if (BpmnXmlNode *node = timer->firstChildElement(BpmnNamespaces::model,
                                                         ProcessProperties::timerElementName(existing))) {
            old = node;
            break;
        }
    }
    const bool empty = kind == TimerKind::None || trimmed.isEmpty();
    command->replace(timer, old,
                     empty ? nullptr
                           : formalExpression(timer, ProcessProperties::timerElementName(kind), trimmed),
                     timer->childCount());
    return command;
}

PropertyCommand *PropertyCommand::setAssigneeRole(ProcessDocument *document, const QString &elementId,
                                                  const QString &role)
{
    auto *command = new PropertyCommand(document, QObject::tr("Edit assignee role"));
    BpmnXmlNode *element = document->document().elementById(elementId);
    if (element && ProcessProperties::assigneeRole(element) != role.trimmed())
        command->setExtension(element, QStringLiteral("assignment"), QStringLiteral("role"), role.trimmed());
    return command;
}

PropertyCommand *PropertyCommand::setDueDays(ProcessDocument *document, const QString &elementId, int days)
{
    auto *command = new PropertyCommand(document, QObject::tr("Edit due time"));
    BpmnXmlNode *element = document->document().elementById(elementId);
    if (element && ProcessProperties::dueDays(element) != qMax(0, days))
        command->setExtension(element, QStringLiteral("dueIn"), QStringLiteral("days"),
                              days > 0 ? QString::number(days) : QString());
    return command;
}

std::unique_ptr<BpmnXmlNode> PropertyCommand::modelElement(const BpmnXmlNode *like, const QString &name,
                                                           const QString &text)
{
    auto node = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), name, like->prefix());
    if (!text.isEmpty())
        node->appendChild(BpmnXmlNode::createText(text));
    return node;
}

std::unique_ptr<BpmnXmlNode> PropertyCommand::formalExpression(const BpmnXmlNode *like, const QString &name,
                                                               const QString &text)
{
    auto node = modelElement(like, name, text);
    const QString prefix = like->prefix();
    const QString type = QStringLiteral("tFormalExpression");
    node->setAttribute(BpmnXmlAttribute{BpmnNamespaces::xsi.toString(), QStringLiteral("type"),
                                        QStringLiteral("xsi"),
                                        prefix.isEmpty() ? type : prefix + u':' + type});
    return node;
}

void PropertyCommand::replace(BpmnXmlNode *parent, BpmnXmlNode *old, std::unique_ptr<BpmnXmlNode> node,
                              int index)
{
    // Insert first, at an index of the tree as it is now; the removal finds its node by identity.
    if (node)
        addInsert(parent, std::move(node), old ? parent->indexOf(old) : index);
    if (old)
        addRemove(old);
}

void PropertyCommand::setExtension(BpmnXmlNode *element, const QString &name, const QString &attribute,
                                   const QString &value)
{
    BpmnXmlNode *container = element->firstChildElement(BpmnNamespaces::model, u"extensionElements");
    BpmnXmlNode *old = ProcessProperties::extension(element, name);
    std::unique_ptr<BpmnXmlNode> node;
    if (!value.isEmpty()) {
        node = BpmnXmlNode::createElement(ProcessProperties::pristriyNamespace.toString(), name,
                                          QStringLiteral("pristriy"));
        node->setAttribute(attribute, value);
    }
    if (!container) {
        if (!node)
            return;
        auto created = modelElement(element, QStringLiteral("extensionElements"));
        created->appendChild(std::move(node));
        addInsert(element, std::move(created), ProcessProperties::leadingChildIndex(element, false));
        return;
    }
    int otherChildren = 0;
    for (const auto &child : container->children()) {
        if (child->isElement() && child.get() != old)
            ++otherChildren;
    }
    if (!node && otherChildren == 0) {
        addRemove(container); // the container existed only for this value
        return;
    }
    replace(container, old, std::move(node), container->childCount());
}
