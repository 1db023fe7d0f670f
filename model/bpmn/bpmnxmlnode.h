#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <memory>
#include <vector>

struct BpmnXmlAttribute
{
    QString namespaceUri;
    QString name;
    QString prefix;
    QString value;

    QString qualifiedName() const { return prefix.isEmpty() ? name : prefix + u':' + name; }
};

struct BpmnNamespaceDeclaration
{
    QString prefix; // empty for the default namespace
    QString namespaceUri;
};

// One node of the ordered XML tree that a BPMN document is kept in.
//
// Why a generic tree under the typed models: BPMN files carry vendor extensions, foreign
// attributes and elements we do not model. Keeping every node in its place (namespace, local
// name, the prefix it was written with, attributes in order, text, comments) makes "open and
// save without edits loses nothing" true by construction. The typed semantic and DI models
// (BpmnSemanticModel, BpmnDiModel) are indexes built over this tree; later undo commands edit
// the tree through the small mutation API below (set an attribute, insert or take a child),
// which is trivially reversible, and the views are rebuilt or patched from it.
class BpmnXmlNode
{
public:
    enum class Kind : quint8
    {
        Element,
        Text,
        CData,
        Comment,
        ProcessingInstruction
    };

    static std::unique_ptr<BpmnXmlNode> createElement(const QString &namespaceUri, const QString &name,
                                                      const QString &prefix = QString());
    static std::unique_ptr<BpmnXmlNode> createText(const QString &text, Kind kind = Kind::Text);
    static std::unique_ptr<BpmnXmlNode> createProcessingInstruction(const QString &target,
                                                                    const QString &data);

    Kind kind() const { return m_kind; }
    bool isElement() const { return m_kind == Kind::Element; }
    bool isText() const { return m_kind == Kind::Text || m_kind == Kind::CData; }

    const QString &namespaceUri() const { return m_namespaceUri; }
    // Local name of an element; target of a processing instruction.
    const QString &name() const { return m_name; }
    const QString &prefix() const { return m_prefix; }
    void setPrefix(const QString &prefix) { m_prefix = prefix; }
    QString qualifiedName() const;
    bool is(QStringView namespaceUri, QStringView name) const;

    // Text of a text, CDATA or comment node; data of a processing instruction.
    const QString &text() const { return m_text; }
    void setText(const QString &text) { m_text = text; }
    // Concatenated direct text and CDATA children of an element.
    QString textContent() const;

    const QVector<BpmnXmlAttribute> &attributes() const { return m_attributes; }
    // Attributes without a namespace, as BPMN's own attributes are.
    QString attribute(QStringView name) const;
    bool hasAttribute(QStringView name) const;
    QString attribute(QStringView namespaceUri, QStringView name) const;
    // The attribute itself (with its prefix), or null when the element has none of that name.
    const BpmnXmlAttribute *findAttribute(QStringView namespaceUri, QStringView name) const;
    void setAttribute(const QString &name, const QString &value);
    void setAttribute(const BpmnXmlAttribute &attribute);
    bool removeAttribute(QStringView namespaceUri, QStringView name);
    // For readers: XML already guarantees that attribute names are unique.
    void appendAttribute(const BpmnXmlAttribute &attribute) { m_attributes.append(attribute); }

    const QVector<BpmnNamespaceDeclaration> &namespaceDeclarations() const { return m_namespaces; }
    void addNamespaceDeclaration(const QString &prefix, const QString &namespaceUri);
    bool removeNamespaceDeclaration(const QString &prefix);

    BpmnXmlNode *parent() const { return m_parent; }
    int childCount() const { return int(m_children.size()); }
    BpmnXmlNode *childAt(int index) const { return m_children.at(size_t(index)).get(); }
    const std::vector<std::unique_ptr<BpmnXmlNode>> &children() const { return m_children; }
    int indexOf(const BpmnXmlNode *child) const;
    BpmnXmlNode *appendChild(std::unique_ptr<BpmnXmlNode> child);
    BpmnXmlNode *insertChild(int index, std::unique_ptr<BpmnXmlNode> child);
    std::unique_ptr<BpmnXmlNode> takeChild(int index);
    BpmnXmlNode *firstChildElement(QStringView namespaceUri, QStringView name) const;
    QVector<BpmnXmlNode *> childElements(QStringView namespaceUri, QStringView name) const;
    // Removes whitespace-only text children; used where elements carry structure, not text.
    void removeWhitespaceText();

    std::unique_ptr<BpmnXmlNode> clone() const;

    // Position of the start tag in the file it was read from (1-based); 0 when created in memory.
    int line() const { return m_line; }
    int column() const { return m_column; }
    void setPosition(int line, int column);

private:
    explicit BpmnXmlNode(Kind kind);

    Kind m_kind;
    int m_line = 0;
    int m_column = 0;
    BpmnXmlNode *m_parent = nullptr;
    QString m_namespaceUri;
    QString m_name;
    QString m_prefix;
    QString m_text;
    QVector<BpmnXmlAttribute> m_attributes;
    QVector<BpmnNamespaceDeclaration> m_namespaces;
    std::vector<std::unique_ptr<BpmnXmlNode>> m_children;
};
