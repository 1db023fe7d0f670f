#include "bpmnsemanticmodel.h"

#include "bpmndocument.h"
#include "bpmnnamespaces.h"

#include <algorithm>

namespace {

QString localReference(const QString &reference)
{
    const int colon = reference.indexOf(u':');
    return colon < 0 ? reference : reference.mid(colon + 1);
}

} // namespace

BpmnSemanticModel BpmnSemanticModel::fromDocument(const BpmnDocument &document)
{
    BpmnSemanticModel model;
    if (document.root()) {
        model.m_elements.reserve(document.indexedElementCount() / 2 + 1);
        model.visit(*document.root(), -1);
    }
    model.resolveFlows();
    return model;
}

const BpmnSemanticModel::Element *BpmnSemanticModel::element(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_elements.at(index);
}

int BpmnSemanticModel::count(BpmnElementType type) const
{
    return int(std::count_if(m_elements.cbegin(), m_elements.cend(),
                             [type](const Element &element) { return element.type == type; }));
}

QVector<int> BpmnSemanticModel::indexesOf(BpmnElementType type) const
{
    QVector<int> result;
    for (int i = 0; i < m_elements.size(); ++i) {
        if (m_elements.at(i).type == type)
            result.append(i);
    }
    return result;
}

void BpmnSemanticModel::visit(const BpmnXmlNode &node, int parent)
{
    if (node.namespaceUri() != BpmnNamespaces::model || BpmnDocument::isExtensionContainer(node))
        return;
    const BpmnElementType type = BpmnSchema::elementType(node.name());
    const int self = type == BpmnElementType::Unknown ? parent : add(node, type, parent);
    for (const auto &child : node.children()) {
        if (child->isElement())
            visit(*child, self);
    }
}

int BpmnSemanticModel::add(const BpmnXmlNode &node, BpmnElementType type, int parent)
{
    Element element;
    element.id = node.attribute(u"id");
    element.type = type;
    element.name = node.attribute(u"name");
    element.parent = parent;
    element.line = node.line();
    element.column = node.column();
    element.attachedToRef = localReference(node.attribute(u"attachedToRef"));
    element.defaultFlow = localReference(node.attribute(u"default"));
    element.calledElement = node.attribute(u"calledElement");
    element.triggeredByEvent = node.attribute(u"triggeredByEvent") == u"true";
    element.isForCompensation = node.attribute(u"isForCompensation") == u"true";
    if (type == BpmnElementType::StartEvent)
        element.isInterrupting = node.attribute(u"isInterrupting") != u"false";
    else if (type == BpmnElementType::BoundaryEvent)
        element.isInterrupting = node.attribute(u"cancelActivity") != u"false";
    element.sourceRef = localReference(node.attribute(u"sourceRef"));
    element.targetRef = localReference(node.attribute(u"targetRef"));
    element.processRef = localReference(node.attribute(u"processRef"));

    for (const auto &child : node.children()) {
        if (!child->isElement() || child->namespaceUri() != BpmnNamespaces::model)
            continue;
        const BpmnEventDefinitionType definition = BpmnSchema::eventDefinitionType(child->name());
        if (definition != BpmnEventDefinitionType::None) {
            element.eventDefinitions.append(definition);
        } else if (child->name() == u"conditionExpression") {
            element.hasCondition = true;
            element.condition = child->textContent().trimmed();
        } else if (child->name() == u"flowNodeRef") {
            element.flowNodeRefs.append(child->textContent().trimmed());
        }
    }

    const int index = int(m_elements.size());
    if (parent >= 0)
        m_elements[parent].children.append(index);
    if (!element.id.isEmpty() && !m_index.contains(element.id))
        m_index.insert(element.id, index);
    m_elements.append(std::move(element));
    return index;
}

void BpmnSemanticModel::resolveFlows()
{
    for (int i = 0; i < m_elements.size(); ++i) {
        Element &flow = m_elements[i];
        if (flow.type != BpmnElementType::SequenceFlow && flow.type != BpmnElementType::MessageFlow &&
            flow.type != BpmnElementType::Association)
            continue;
        flow.source = indexOf(flow.sourceRef);
        flow.target = indexOf(flow.targetRef);
        if (flow.type != BpmnElementType::SequenceFlow)
            continue;
        if (flow.source >= 0)
            m_elements[flow.source].outgoing.append(i);
        if (flow.target >= 0)
            m_elements[flow.target].incoming.append(i);
    }
}
