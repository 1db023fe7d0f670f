#include "changetypecommand.h"

#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChangeTypeCommand", text);
}

// Families whose members may replace one another.
int familyOf(BpmnElementType type)
{
    if (BpmnSchema::isTask(type) || type == BpmnElementType::CallActivity)
        return 1;
    if (BpmnSchema::isGateway(type))
        return 2;
    if (type == BpmnElementType::BoundaryEvent)
        return 3; // only with another boundary event: it needs its activity
    if (BpmnSchema::isEvent(type))
        return 4;
    if (type == BpmnElementType::SubProcess || type == BpmnElementType::Transaction ||
        type == BpmnElementType::AdHocSubProcess)
        return 5;
    return 0;
}

bool isEventDefinition(const BpmnXmlNode *node)
{
    return node->isElement() && node->namespaceUri() == BpmnNamespaces::model &&
           (node->name().endsWith(u"EventDefinition") || node->name() == u"eventDefinitionRef");
}

// Attributes and children that belong to one kind only, with the kinds that have them.
bool keepsAttribute(QStringView name, BpmnElementType type)
{
    using T = BpmnElementType;
    if (name == u"scriptFormat")
        return type == T::ScriptTask;
    if (name == u"implementation")
        return type == T::UserTask || type == T::ServiceTask || type == T::SendTask ||
               type == T::ReceiveTask || type == T::BusinessRuleTask;
    if (name == u"messageRef")
        return type == T::SendTask || type == T::ReceiveTask;
    if (name == u"operationRef")
        return type == T::ServiceTask || type == T::SendTask || type == T::ReceiveTask;
    if (name == u"instantiate")
        return type == T::ReceiveTask || type == T::EventBasedGateway;
    if (name == u"eventGatewayType")
        return type == T::EventBasedGateway;
    if (name == u"calledElement")
        return type == T::CallActivity;
    if (name == u"default")
        return type != T::ParallelGateway && type != T::EventBasedGateway;
    if (name == u"activationCondition")
        return type == T::ComplexGateway;
    if (name == u"cancelActivity" || name == u"attachedToRef")
        return type == T::BoundaryEvent;
    if (name == u"isInterrupting")
        return type == T::StartEvent;
    if (name == u"method")
        return type == T::Transaction;
    if (name == u"ordering" || name == u"cancelRemainingInstances" || name == u"completionCondition")
        return type == T::AdHocSubProcess;
    return true;
}

bool keepsChild(const BpmnXmlNode *child, BpmnElementType type)
{
    if (!child->isElement() || child->namespaceUri() != BpmnNamespaces::model)
        return true;
    if (child->name() == u"script")
        return type == BpmnElementType::ScriptTask;
    if (child->name() == u"rendering")
        return type == BpmnElementType::UserTask;
    return true;
}

} // namespace

bool ChangeTypeCommand::hasAlternatives(BpmnElementType type)
{
    return familyOf(type) != 0;
}

BpmnElementSpec ChangeTypeCommand::specOf(const ProcessDocument &document, const QString &elementId)
{
    const BpmnXmlNode *element = document.document().elementById(elementId);
    BpmnElementSpec spec(ProcessRules::typeOf(element));
    if (!element)
        return spec;
    for (const auto &child : element->children()) {
        if (isEventDefinition(child.get())) {
            spec.definition = BpmnSchema::eventDefinitionType(child->name());
            break;
        }
    }
    spec.interrupting = element->attribute(u"cancelActivity") != u"false";
    spec.triggeredByEvent = element->attribute(u"triggeredByEvent") == u"true";
    return spec;
}

QString ChangeTypeCommand::problem(const ProcessDocument &document, const QString &elementId,
                                   const BpmnElementSpec &spec)
{
    const BpmnXmlNode *element = document.document().elementById(elementId);
    const BpmnElementType from = ProcessRules::typeOf(element);
    if (!element || familyOf(from) == 0 || familyOf(from) != familyOf(spec.type))
        return tr("This element cannot become one of that kind.");
    if (specOf(document, elementId) == spec)
        return tr("The element is already of that kind.");
    const BpmnXmlNode *container = element->parent();
    const QString id = element->attribute(u"id");
    for (const BpmnXmlNode *flow : container->childElements(BpmnNamespaces::model, u"sequenceFlow")) {
        if (spec.triggeredByEvent &&
            (flow->attribute(u"sourceRef") == id || flow->attribute(u"targetRef") == id))
            return tr("An event sub-process has no sequence flows: remove them first.");
        if (spec.type == BpmnElementType::StartEvent && flow->attribute(u"targetRef") == id)
            return tr("A start event takes no incoming sequence flow: remove it first.");
        if (spec.type == BpmnElementType::EndEvent && flow->attribute(u"sourceRef") == id)
            return tr("No sequence flow may leave an end event: remove it first.");
    }
    return QString();
}

ChangeTypeCommand::ChangeTypeCommand(ProcessDocument *document, const QString &elementId,
                                     const BpmnElementSpec &spec, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Change type to %1").arg(BpmnSchema::elementName(spec.type)),
                          parent)
{
    if (!problem(*document, elementId, spec).isEmpty())
        return;
    BpmnXmlNode *element = document->document().elementById(elementId);
    BpmnXmlNode *container = element->parent();
    auto replacement = BpmnXmlNode::createElement(element->namespaceUri(), BpmnSchema::elementName(spec.type),
                                                  element->prefix());
    for (const BpmnXmlAttribute &attribute : element->attributes()) {
        if (!attribute.namespaceUri.isEmpty() || keepsAttribute(attribute.name, spec.type))
            replacement->appendAttribute(attribute);
    }
    if (spec.type == BpmnElementType::BoundaryEvent) {
        replacement->removeAttribute(u"", u"cancelActivity");
        if (!spec.interrupting)
            replacement->setAttribute(QStringLiteral("cancelActivity"), QStringLiteral("false"));
    }
    if (BpmnSchema::isSubProcess(spec.type)) {
        replacement->removeAttribute(u"", u"triggeredByEvent");
        if (spec.triggeredByEvent)
            replacement->setAttribute(QStringLiteral("triggeredByEvent"), QStringLiteral("true"));
    }
    const bool sameDefinition = specOf(*document, elementId).definition == spec.definition;
    for (const auto &child : element->children()) {
        if (!keepsChild(child.get(), spec.type) || (!sameDefinition && isEventDefinition(child.get())))
            continue;
        replacement->appendChild(child->clone());
    }
    if (!sameDefinition && spec.definition != BpmnEventDefinitionType::None) {
        QString name = BpmnElementSpec::definitionName(spec.definition);
        auto definition =
            BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), name, element->prefix());
        name[0] = name.at(0).toUpper();
        definition->setAttribute(QStringLiteral("id"), document->uniqueId(name + u'_'));
        replacement->appendChild(std::move(definition));
    }
    const int index = container->indexOf(element);
    addRemove(element);
    addInsert(container, std::move(replacement), index);
    // An exclusive gateway shows its X, as other tools draw it.
    if (spec.type == BpmnElementType::ExclusiveGateway) {
        const BpmnXmlNode *plane = document->plane();
        for (BpmnXmlNode *shape :
             plane ? plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape") : QVector<BpmnXmlNode *>()) {
            if (shape->attribute(u"bpmnElement") == elementId && !shape->hasAttribute(u"isMarkerVisible"))
                addSetAttribute(shape, QStringLiteral("isMarkerVisible"), QStringLiteral("true"));
        }
    }
}
