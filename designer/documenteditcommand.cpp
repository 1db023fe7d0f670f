#include "documenteditcommand.h"

#include "processdocument.h"

#include "bpmn/bpmnxmlnode.h"

DocumentEditCommand::DocumentEditCommand(ProcessDocument *document, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{}

DocumentEditCommand::~DocumentEditCommand() = default;

void DocumentEditCommand::redo()
{
    for (Step &step : m_steps)
        apply(step, true);
    notify();
    for (const auto &followUp : m_followUps)
        followUp->redo();
}

void DocumentEditCommand::undo()
{
    for (auto it = m_followUps.rbegin(); it != m_followUps.rend(); ++it)
        (*it)->undo();
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        apply(*it, false);
    notify();
}

void DocumentEditCommand::attachFollowUp(std::unique_ptr<DocumentEditCommand> followUp)
{
    if (!followUp || followUp->isEmpty())
        return;
    followUp->redo();
    m_followUps.push_back(std::move(followUp));
}

void DocumentEditCommand::collectTouchedNodes(QVector<const BpmnXmlNode *> *nodes) const
{
    for (const Step &step : m_steps)
        nodes->append(step.node);
    for (const auto &followUp : m_followUps)
        followUp->collectTouchedNodes(nodes);
}

void DocumentEditCommand::addInsert(BpmnXmlNode *parent, std::unique_ptr<BpmnXmlNode> node, int index)
{
    Step step;
    step.kind = Step::Kind::Insert;
    step.parent = parent;
    step.node = node.get();
    step.index = index;
    step.held = std::move(node);
    m_steps.push_back(std::move(step));
    m_structural = true;
}

void DocumentEditCommand::addRemove(BpmnXmlNode *node)
{
    Step step;
    step.kind = Step::Kind::Remove;
    step.parent = node->parent();
    step.node = node;
    m_steps.push_back(std::move(step));
    m_structural = true;
}

void DocumentEditCommand::addSetAttribute(BpmnXmlNode *node, const QString &name, const QString &value)
{
    Step step;
    step.kind = Step::Kind::Attribute;
    step.node = node;
    step.name = name;
    step.oldValue = node->hasAttribute(name) ? node->attribute(name) : QString();
    step.newValue = value;
    m_steps.push_back(std::move(step));
}

void DocumentEditCommand::addSetAttribute(BpmnXmlNode *node, const QString &namespaceUri,
                                          const QString &prefix, const QString &name, const QString &value)
{
    Step step;
    step.kind = Step::Kind::Attribute;
    step.node = node;
    step.namespaceUri = namespaceUri;
    step.name = name;
    const BpmnXmlAttribute *old = node->findAttribute(namespaceUri, name);
    step.prefix = old ? old->prefix : prefix;
    step.oldValue = old ? (old->value.isNull() ? QStringLiteral("") : old->value) : QString();
    step.newValue = value;
    m_steps.push_back(std::move(step));
}

void DocumentEditCommand::addNamespaceDeclaration(BpmnXmlNode *node, const QString &prefix,
                                                  const QString &namespaceUri)
{
    Step step;
    step.kind = Step::Kind::Namespace;
    step.node = node;
    step.prefix = prefix;
    step.namespaceUri = namespaceUri;
    m_steps.push_back(std::move(step));
}

QStringList DocumentEditCommand::newAttributeValues() const
{
    QStringList values;
    for (const Step &step : m_steps) {
        if (step.kind == Step::Kind::Attribute)
            values.append(step.newValue);
    }
    return values;
}

void DocumentEditCommand::setNewAttributeValues(const QStringList &values)
{
    int i = 0;
    for (Step &step : m_steps) {
        if (step.kind == Step::Kind::Attribute && i < values.size())
            step.newValue = values.at(i++);
    }
}

void DocumentEditCommand::apply(Step &step, bool forward)
{
    const bool insert = (step.kind == Step::Kind::Insert) == forward;
    switch (step.kind) {
    case Step::Kind::Insert:
    case Step::Kind::Remove:
        if (insert) {
            const int index = step.index < 0 || step.index > step.parent->childCount()
                                  ? step.parent->childCount()
                                  : step.index;
            step.parent->insertChild(index, std::move(step.held));
            step.index = index;
        } else {
            step.index = step.parent->indexOf(step.node);
            step.held = step.parent->takeChild(step.index);
        }
        break;
    case Step::Kind::Attribute: {
        const QString &value = forward ? step.newValue : step.oldValue;
        if (value.isNull())
            step.node->removeAttribute(step.namespaceUri, step.name);
        else if (step.namespaceUri.isEmpty())
            step.node->setAttribute(step.name, value);
        else
            step.node->setAttribute(BpmnXmlAttribute{step.namespaceUri, step.name, step.prefix, value});
        break;
    }
    case Step::Kind::Namespace:
        if (forward)
            step.node->addNamespaceDeclaration(step.prefix, step.namespaceUri);
        else
            step.node->removeNamespaceDeclaration(step.prefix);
        break;
    }
}

void DocumentEditCommand::notify()
{
    if (m_structural)
        m_document->notifyStructureChanged();
    else
        m_document->notifyChanged(m_changedIds);
}

void DocumentEditCommand::addSetPosition(BpmnXmlNode *node, QPointF point)
{
    addSetAttribute(node, QStringLiteral("x"), ProcessDocument::formatNumber(point.x()));
    addSetAttribute(node, QStringLiteral("y"), ProcessDocument::formatNumber(point.y()));
}
