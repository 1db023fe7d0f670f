#include "bpmnxmlcompare.h"

#include "bpmndocument.h"
#include "bpmnnamespaces.h"
#include "bpmnschema.h"

#include <QHash>
#include <QMap>

#include <vector>

namespace {

using Scope = QHash<QString, QString>;

class Comparer
{
public:
    explicit Comparer(int maxDifferences)
        : m_maxDifferences(maxDifferences)
    {}

    void compareElements(const BpmnXmlNode &a, const Scope &scopeA, const BpmnXmlNode &b, const Scope &scopeB,
                         const QString &path);
    BpmnXmlCompare::Result result;

private:
    static Scope extendScope(const Scope &scope, const BpmnXmlNode &node);
    static QMap<QString, QString> significantAttributes(const BpmnXmlNode &node, const Scope &scope);
    static std::vector<const BpmnXmlNode *> childElements(const BpmnXmlNode &node);
    static QString describe(const BpmnXmlNode &node);
    void difference(const QString &text);

    int m_maxDifferences;
};

Scope Comparer::extendScope(const Scope &scope, const BpmnXmlNode &node)
{
    Scope extended = scope;
    for (const BpmnNamespaceDeclaration &declaration : node.namespaceDeclarations())
        extended.insert(declaration.prefix, declaration.namespaceUri);
    return extended;
}

QMap<QString, QString> Comparer::significantAttributes(const BpmnXmlNode &node, const Scope &scope)
{
    QMap<QString, QString> attributes;
    for (const BpmnXmlAttribute &attribute : node.attributes()) {
        if (attribute.namespaceUri.isEmpty() &&
            BpmnSchema::isDefaultAttributeValue(node.namespaceUri(), node.name(), attribute.name,
                                                attribute.value))
            continue;
        QString value = attribute.value;
        if (attribute.namespaceUri == BpmnNamespaces::xsi && attribute.name == u"type") {
            const int colon = value.indexOf(u':');
            const QString prefix = colon < 0 ? QString() : value.left(colon);
            value = u'{' + scope.value(prefix) + u'}' + value.mid(colon + 1);
        }
        attributes.insert(u'{' + attribute.namespaceUri + u'}' + attribute.name, value);
    }
    return attributes;
}

std::vector<const BpmnXmlNode *> Comparer::childElements(const BpmnXmlNode &node)
{
    std::vector<const BpmnXmlNode *> elements;
    for (const auto &child : node.children()) {
        if (child->isElement())
            elements.push_back(child.get());
    }
    return elements;
}

QString Comparer::describe(const BpmnXmlNode &node)
{
    const QString id = node.attribute(u"id");
    return id.isEmpty() ? node.name() : node.name() + u"[@id=" + id + u']';
}

void Comparer::difference(const QString &text)
{
    result.equal = false;
    if (result.differences.size() < m_maxDifferences)
        result.differences.append(text);
}

void Comparer::compareElements(const BpmnXmlNode &a, const Scope &parentScopeA, const BpmnXmlNode &b,
                               const Scope &parentScopeB, const QString &parentPath)
{
    const QString path = parentPath + u'/' + describe(a);
    if (a.namespaceUri() != b.namespaceUri() || a.name() != b.name()) {
        difference(QStringLiteral("%1: element {%2}%3 became {%4}%5")
                       .arg(path, a.namespaceUri(), a.name(), b.namespaceUri(), b.name()));
        return;
    }
    const Scope scopeA = extendScope(parentScopeA, a);
    const Scope scopeB = extendScope(parentScopeB, b);
    const QMap<QString, QString> attributesA = significantAttributes(a, scopeA);
    const QMap<QString, QString> attributesB = significantAttributes(b, scopeB);
    if (attributesA != attributesB) {
        for (auto it = attributesA.cbegin(); it != attributesA.cend(); ++it) {
            if (!attributesB.contains(it.key()))
                difference(QStringLiteral("%1: attribute %2 lost").arg(path, it.key()));
            else if (attributesB.value(it.key()) != it.value())
                difference(QStringLiteral("%1: attribute %2 changed from \"%3\" to \"%4\"")
                               .arg(path, it.key(), it.value(), attributesB.value(it.key())));
        }
        for (auto it = attributesB.cbegin(); it != attributesB.cend(); ++it) {
            if (!attributesA.contains(it.key()))
                difference(QStringLiteral("%1: attribute %2 added").arg(path, it.key()));
        }
    }
    const QString textA = a.textContent().trimmed();
    const QString textB = b.textContent().trimmed();
    if (textA != textB)
        difference(QStringLiteral("%1: text \"%2\" became \"%3\"").arg(path, textA, textB));

    const std::vector<const BpmnXmlNode *> childrenA = childElements(a);
    const std::vector<const BpmnXmlNode *> childrenB = childElements(b);
    if (childrenA.size() != childrenB.size()) {
        difference(QStringLiteral("%1: %2 child elements became %3")
                       .arg(path)
                       .arg(childrenA.size())
                       .arg(childrenB.size()));
    }
    const size_t common = std::min(childrenA.size(), childrenB.size());
    for (size_t i = 0; i < common && result.differences.size() < m_maxDifferences; ++i)
        compareElements(*childrenA[i], scopeA, *childrenB[i], scopeB, path);
}

} // namespace

BpmnXmlCompare::Result BpmnXmlCompare::compare(const BpmnDocument &expected, const BpmnDocument &actual,
                                               int maxDifferences)
{
    Comparer comparer(maxDifferences);
    if (!expected.root() || !actual.root()) {
        if (expected.root() || actual.root()) {
            comparer.result.equal = false;
            comparer.result.differences.append(QStringLiteral("only one document has a root element"));
        }
        return comparer.result;
    }
    comparer.compareElements(*expected.root(), Scope(), *actual.root(), Scope(), QString());
    return comparer.result;
}
