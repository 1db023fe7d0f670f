#include "bpmndocument.h"

#include "bpmnnamespaces.h"

BpmnDocument BpmnDocument::clone() const
{
    BpmnDocument copy;
    for (const auto &node : m_before)
        copy.m_before.push_back(node->clone());
    for (const auto &node : m_after)
        copy.m_after.push_back(node->clone());
    copy.m_hasXmlDeclaration = m_hasXmlDeclaration;
    copy.m_standalone = m_standalone;
    if (m_root)
        copy.setRoot(m_root->clone());
    return copy;
}

void BpmnDocument::setRoot(std::unique_ptr<BpmnXmlNode> root)
{
    m_root = std::move(root);
    rebuildIndex();
}

bool BpmnDocument::isBpmn() const
{
    return m_root && m_root->is(BpmnNamespaces::model, u"definitions");
}

void BpmnDocument::setXmlDeclaration(bool present, bool standalone)
{
    m_hasXmlDeclaration = present;
    m_standalone = standalone;
}

void BpmnDocument::rebuildIndex()
{
    m_index.clear();
    if (m_root)
        indexSubtree(m_root.get());
}

bool BpmnDocument::isExtensionContainer(const BpmnXmlNode &node)
{
    return node.is(BpmnNamespaces::model, u"extensionElements");
}

bool BpmnDocument::isIndexedElement(const BpmnXmlNode &node)
{
    const QString &ns = node.namespaceUri();
    return node.isElement() && (ns == BpmnNamespaces::model || ns == BpmnNamespaces::bpmnDi ||
                                ns == BpmnNamespaces::di || ns == BpmnNamespaces::dc);
}

void BpmnDocument::indexSubtree(BpmnXmlNode *node)
{
    if (isIndexedElement(*node)) {
        const QString id = node->attribute(u"id");
        if (!id.isEmpty() && !m_index.contains(id))
            m_index.insert(id, node);
    }
    if (isExtensionContainer(*node))
        return;
    for (const auto &child : node->children()) {
        if (child->isElement() && isIndexedElement(*child))
            indexSubtree(child.get());
    }
}
