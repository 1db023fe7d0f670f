#include "bpmnxmlnode.h"

#include <algorithm>

BpmnXmlNode::BpmnXmlNode(Kind kind)
    : m_kind(kind)
{}

std::unique_ptr<BpmnXmlNode> BpmnXmlNode::createElement(const QString &namespaceUri, const QString &name,
                                                        const QString &prefix)
{
    std::unique_ptr<BpmnXmlNode> node(new BpmnXmlNode(Kind::Element));
    node->m_namespaceUri = namespaceUri;
    node->m_name = name;
    node->m_prefix = prefix;
    return node;
}

std::unique_ptr<BpmnXmlNode> BpmnXmlNode::createText(const QString &text, Kind kind)
{
    std::unique_ptr<BpmnXmlNode> node(new BpmnXmlNode(kind));
    node->m_text = text;
    return node;
}

std::unique_ptr<BpmnXmlNode> BpmnXmlNode::createProcessingInstruction(const QString &target,
                                                                      const QString &data)
{
    std::unique_ptr<BpmnXmlNode> node(new BpmnXmlNode(Kind::ProcessingInstruction));
    node->m_name = target;
    node->m_text = data;
    return node;
}

QString BpmnXmlNode::qualifiedName() const
{
    return m_prefix.isEmpty() ? m_name : m_prefix + u':' + m_name;
}

bool BpmnXmlNode::is(QStringView namespaceUri, QStringView name) const
{
    return m_kind == Kind::Element && m_name == name && m_namespaceUri == namespaceUri;
}

QString BpmnXmlNode::textContent() const
{
    QString result;
    for (const auto &child : m_children) {
        if (child->isText())
            result += child->m_text;
    }
    return result;
}

QString BpmnXmlNode::attribute(QStringView name) const
{
    for (const BpmnXmlAttribute &attribute : m_attributes) {
        if (attribute.name == name && attribute.namespaceUri.isEmpty())
            return attribute.value;
    }
    return QString();
}

bool BpmnXmlNode::hasAttribute(QStringView name) const
{
    return std::any_of(m_attributes.cbegin(), m_attributes.cend(), [name](const BpmnXmlAttribute &a) {
        return a.name == name && a.namespaceUri.isEmpty();
    });
}

QString BpmnXmlNode::attribute(QStringView namespaceUri, QStringView name) const
{
    for (const BpmnXmlAttribute &attribute : m_attributes) {
        if (attribute.name == name && attribute.namespaceUri == namespaceUri)
            return attribute.value;
    }
    return QString();
}

const BpmnXmlAttribute *BpmnXmlNode::findAttribute(QStringView namespaceUri, QStringView name) const
{
    for (const BpmnXmlAttribute &attribute : m_attributes) {
        if (attribute.name == name && attribute.namespaceUri == namespaceUri)
            return &attribute;
    }
    return nullptr;
}

void BpmnXmlNode::setAttribute(const QString &name, const QString &value)
{
    setAttribute(BpmnXmlAttribute{QString(), name, QString(), value});
}

void BpmnXmlNode::setAttribute(const BpmnXmlAttribute &attribute)
{
    for (BpmnXmlAttribute &existing : m_attributes) {
        if (existing.name == attribute.name && existing.namespaceUri == attribute.namespaceUri) {
            existing.value = attribute.value;
            return;
        }
    }
    m_attributes.append(attribute);
}

bool BpmnXmlNode::removeAttribute(QStringView namespaceUri, QStringView name)
{
    for (int i = 0; i < m_attributes.size(); ++i) {
        if (m_attributes.at(i).name == name && m_attributes.at(i).namespaceUri == namespaceUri) {
            m_attributes.removeAt(i);
            return true;
        }
    }
    return false;
}

void BpmnXmlNode::addNamespaceDeclaration(const QString &prefix, const QString &namespaceUri)
{
    m_namespaces.append(BpmnNamespaceDeclaration{prefix, namespaceUri});
}

bool BpmnXmlNode::removeNamespaceDeclaration(const QString &prefix)
{
    for (int i = 0; i < m_namespaces.size(); ++i) {
        if (m_namespaces.at(i).prefix == prefix) {
            m_namespaces.removeAt(i);
            return true;
        }
    }
    return false;
}

int BpmnXmlNode::indexOf(const BpmnXmlNode *child) const
{
    for (size_t i = 0; i < m_children.size(); ++i) {
        if (m_children[i].get() == child)
            return int(i);
    }
    return -1;
}

BpmnXmlNode *BpmnXmlNode::appendChild(std::unique_ptr<BpmnXmlNode> child)
{
    return insertChild(childCount(), std::move(child));
}

BpmnXmlNode *BpmnXmlNode::insertChild(int index, std::unique_ptr<BpmnXmlNode> child)
{
    child->m_parent = this;
    BpmnXmlNode *raw = child.get();
    m_children.insert(m_children.begin() + std::clamp(index, 0, childCount()), std::move(child));
    return raw;
}

std::unique_ptr<BpmnXmlNode> BpmnXmlNode::takeChild(int index)
{
    if (index < 0 || index >= childCount())
        return nullptr;
    std::unique_ptr<BpmnXmlNode> child = std::move(m_children[size_t(index)]);
    m_children.erase(m_children.begin() + index);
    child->m_parent = nullptr;
    return child;
}

BpmnXmlNode *BpmnXmlNode::firstChildElement(QStringView namespaceUri, QStringView name) const
{
    for (const auto &child : m_children) {
        if (child->is(namespaceUri, name))
            return child.get();
    }
    return nullptr;
}

QVector<BpmnXmlNode *> BpmnXmlNode::childElements(QStringView namespaceUri, QStringView name) const
{
    QVector<BpmnXmlNode *> result;
    for (const auto &child : m_children) {
        if (child->is(namespaceUri, name))
            result.append(child.get());
    }
    return result;
}

void BpmnXmlNode::removeWhitespaceText()
{
    const auto isBlank = [](const std::unique_ptr<BpmnXmlNode> &child) {
        return child->m_kind == Kind::Text && child->m_text.trimmed().isEmpty();
    };
    m_children.erase(std::remove_if(m_children.begin(), m_children.end(), isBlank), m_children.end());
}

std::unique_ptr<BpmnXmlNode> BpmnXmlNode::clone() const
{
    std::unique_ptr<BpmnXmlNode> copy(new BpmnXmlNode(m_kind));
    copy->m_line = m_line;
    copy->m_column = m_column;
    copy->m_namespaceUri = m_namespaceUri;
    copy->m_name = m_name;
    copy->m_prefix = m_prefix;
    copy->m_text = m_text;
    copy->m_attributes = m_attributes;
    copy->m_namespaces = m_namespaces;
    copy->m_children.reserve(m_children.size());
    for (const auto &child : m_children)
        copy->appendChild(child->clone());
    return copy;
}

void BpmnXmlNode::setPosition(int line, int column)
{
    m_line = line;
    m_column = column;
}
