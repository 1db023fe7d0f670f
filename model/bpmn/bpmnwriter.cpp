#include "bpmnwriter.h"

#include "bpmndocument.h"
#include "bpmnnamespaces.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <vector>

namespace {

using Scope = QHash<QString, QString>; // prefix -> namespace URI; "" is the default namespace

class TreeWriter
{
public:
    explicit TreeWriter(QIODevice *device)
        : m_xml(device)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void writeDocument(const BpmnDocument &document);
    bool hasError() const { return m_xml.hasError(); }

private:
    void writeNode(const BpmnXmlNode &node);
    void writeElement(const BpmnXmlNode &node);
    QString resolvePrefix(const QString &namespaceUri, const QString &wanted, bool allowDefault,
                          QVector<BpmnNamespaceDeclaration> &declarations);

    QXmlStreamWriter m_xml;
    std::vector<Scope> m_scopes;
};

void TreeWriter::writeDocument(const BpmnDocument &document)
{
    if (document.hasXmlDeclaration())
        m_xml.writeStartDocument(QStringLiteral("1.0"), document.isStandalone());
    for (const auto &node : document.nodesBeforeRoot())
        writeNode(*node);
    m_scopes.push_back(Scope{{QStringLiteral("xml"), BpmnNamespaces::xml.toString()}});
    if (document.root())
        writeElement(*document.root());
    for (const auto &node : document.nodesAfterRoot())
        writeNode(*node);
    m_xml.writeEndDocument();
}

void TreeWriter::writeNode(const BpmnXmlNode &node)
{
    switch (node.kind()) {
    case BpmnXmlNode::Kind::Element:
        writeElement(node);
        break;
    case BpmnXmlNode::Kind::Text:
        m_xml.writeCharacters(node.text());
        break;
    case BpmnXmlNode::Kind::CData:
        m_xml.writeCDATA(node.text());
        break;
    case BpmnXmlNode::Kind::Comment:
        m_xml.writeComment(node.text());
        break;
    case BpmnXmlNode::Kind::ProcessingInstruction:
        m_xml.writeProcessingInstruction(node.name(), node.text());
        break;
    }
}

void TreeWriter::writeElement(const BpmnXmlNode &node)
{
    m_scopes.push_back(m_scopes.back());
    QVector<BpmnNamespaceDeclaration> declarations = node.namespaceDeclarations();
    for (const BpmnNamespaceDeclaration &declaration : declarations)
        m_scopes.back().insert(declaration.prefix, declaration.namespaceUri);

    QString elementPrefix;
    if (node.namespaceUri().isEmpty()) {
        if (!m_scopes.back().value(QString()).isEmpty()) {
            declarations.append(BpmnNamespaceDeclaration{QString(), QString()});
            m_scopes.back().insert(QString(), QString());
        }
    } else {
        elementPrefix = resolvePrefix(node.namespaceUri(), node.prefix(), true, declarations);
    }
    QVector<BpmnXmlAttribute> attributes = node.attributes();
    for (BpmnXmlAttribute &attribute : attributes) {
        if (!attribute.namespaceUri.isEmpty())
            attribute.prefix = resolvePrefix(attribute.namespaceUri, attribute.prefix, false, declarations);
        else
            attribute.prefix.clear();
    }

    m_xml.writeStartElement(elementPrefix.isEmpty() ? node.name() : elementPrefix + u':' + node.name());
    for (const BpmnNamespaceDeclaration &declaration : declarations) {
        m_xml.writeAttribute(declaration.prefix.isEmpty() ? QStringLiteral("xmlns")
                                                          : QStringLiteral("xmlns:") + declaration.prefix,
                             declaration.namespaceUri);
    }
    for (const BpmnXmlAttribute &attribute : attributes)
        m_xml.writeAttribute(attribute.qualifiedName(), attribute.value);
    for (const auto &child : node.children())
        writeNode(*child);
    m_xml.writeEndElement();
    m_scopes.pop_back();
}

QString TreeWriter::resolvePrefix(const QString &namespaceUri, const QString &wanted, bool allowDefault,
                                  QVector<BpmnNamespaceDeclaration> &declarations)
{
    Scope &scope = m_scopes.back();
    if (allowDefault || !wanted.isEmpty()) {
        const auto it = scope.constFind(wanted);
        if (it != scope.cend() && it.value() == namespaceUri)
            return wanted;
    }
    for (auto it = scope.cbegin(); it != scope.cend(); ++it) {
        if (it.value() == namespaceUri && (allowDefault || !it.key().isEmpty()))
            return it.key();
    }
    QString prefix = wanted;
    for (int n = 1; prefix.isEmpty() || scope.contains(prefix); ++n)
        prefix = QStringLiteral("ns%1").arg(n);
    declarations.append(BpmnNamespaceDeclaration{prefix, namespaceUri});
    scope.insert(prefix, namespaceUri);
    return prefix;
}

} // namespace

bool BpmnWriter::write(const BpmnDocument &document, QIODevice *device, QString *errorString)
{
    TreeWriter writer(device);
    writer.writeDocument(document);
    if (writer.hasError()) {
        if (errorString) {
            *errorString = QCoreApplication::translate("bpmn", "Cannot write the BPMN file: %1")
                               .arg(device->errorString());
        }
        return false;
    }
    return true;
}

QByteArray BpmnWriter::toByteArray(const BpmnDocument &document)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    write(document, &buffer);
    return data;
}

bool BpmnWriter::writeFile(const BpmnDocument &document, const QString &path, QString *errorString)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString) {
            *errorString =
                QCoreApplication::translate("bpmn", "Cannot create %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    if (!write(document, &file, errorString)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (errorString) {
            *errorString =
                QCoreApplication::translate("bpmn", "Cannot save %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}
