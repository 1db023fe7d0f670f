#include "bpmnreader.h"

#include "bpmnconsistencycheck.h"
#include "bpmnnamespaces.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <deque>
#include <optional>
#include <unordered_map>

#include <vector>

namespace {

// Element and attribute names repeat thousands of times; sharing one QString per distinct name
// saves an allocation per name and most of the tree's memory.
class StringPool
{
public:
    QString intern(QStringView view)
    {
        const auto it = m_strings.find(view);
        if (it != m_strings.end())
            return it->second;
        const QString &stored = m_storage.emplace_back(view.toString());
        m_strings.emplace(QStringView(stored), stored);
        return stored;
    }

private:
    struct Hash
    {
        size_t operator()(QStringView view) const { return qHash(view); }
    };
    std::deque<QString> m_storage; // stable addresses: the map's keys view into these
    std::unordered_map<QStringView, QString, Hash> m_strings;
};

// Builds the tree token by token. QXmlStreamReader reports where a token ends; a start tag
// begins where the previous token ended (after a text token the '<' has been consumed already),
// so diagnostics point at the element's '<' and not past its start tag. Whitespace before the
// root is not reported as a token, so the root is located by scanning the decoded prolog.
class TreeBuilder
{
public:
    explicit TreeBuilder(const QByteArray &data)
        : m_data(data)
        , m_xml(data)
    {}

    void run(BpmnReadResult &result);

private:
    void startElement();
    void locateRoot();
    void endElement();
    void addNode(std::unique_ptr<BpmnXmlNode> node);
    void addText();

    const QByteArray &m_data;
    QXmlStreamReader m_xml;
    StringPool m_names;
    std::unique_ptr<BpmnXmlNode> m_root;
    std::vector<BpmnXmlNode *> m_stack;
    BpmnDocument *m_document = nullptr;
    qint64 m_tokenLine = 1;
    qint64 m_tokenColumn = 0;
    qint64 m_tokenOffset = 0;
    bool m_afterText = false;
    bool m_afterStartDocument = false;
    qint64 m_rootOffset = -1; // where the token before the root ended
    qint64 m_rootLine = 1;
    qint64 m_rootColumn = 0;
};

void TreeBuilder::run(BpmnReadResult &result)
{
    m_document = &result.document;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::StartDocument:
            m_document->setXmlDeclaration(!m_xml.documentVersion().isEmpty(), m_xml.isStandaloneDocument());
            break;
        case QXmlStreamReader::StartElement:
            startElement();
            break;
        case QXmlStreamReader::EndElement:
            endElement();
            break;
        case QXmlStreamReader::Characters:
            addText();
            break;
        case QXmlStreamReader::Comment:
            addNode(BpmnXmlNode::createText(m_xml.text().toString(), BpmnXmlNode::Kind::Comment));
            break;
        case QXmlStreamReader::ProcessingInstruction:
            addNode(BpmnXmlNode::createProcessingInstruction(m_xml.processingInstructionTarget().toString(),
                                                             m_xml.processingInstructionData().toString()));
            break;
        default:
            break;
        }
        m_tokenLine = m_xml.lineNumber();
        m_tokenColumn = m_xml.columnNumber();
        m_tokenOffset = m_xml.characterOffset();
        m_afterText = token == QXmlStreamReader::Characters;
        m_afterStartDocument = token == QXmlStreamReader::StartDocument;
    }
    locateRoot();

    if (m_xml.hasError()) {
        BpmnDiagnostic diagnostic;
        diagnostic.rule = QStringLiteral("xml-not-well-formed");
        diagnostic.line = int(m_xml.lineNumber());
        diagnostic.column = std::max(1, int(m_xml.columnNumber()));
        diagnostic.message =
            m_root ? QCoreApplication::translate("bpmn", "The file is not well-formed XML: %1")
                         .arg(m_xml.errorString())
                   : QCoreApplication::translate("bpmn", "The file is not XML: %1").arg(m_xml.errorString());
        result.diagnostics.append(diagnostic);
    }
    m_document->setRoot(std::move(m_root));
}

void TreeBuilder::startElement()
{
    // The tree is walked recursively; a hostile nesting depth must not exhaust the stack.
    constexpr size_t maximumDepth = 512;
    if (m_stack.size() >= maximumDepth) {
        m_xml.raiseError(QCoreApplication::translate("bpmn", "elements are nested more than %1 levels deep")
                             .arg(maximumDepth));
        return;
    }
    auto node = BpmnXmlNode::createElement(m_names.intern(m_xml.namespaceUri()), m_names.intern(m_xml.name()),
                                           m_names.intern(m_xml.prefix()));
    node->setPosition(int(m_tokenLine), int(m_tokenColumn) + (m_afterText ? 0 : 1));
    if (m_stack.empty()) {
        // Without an XML declaration the start-document token has already read into the root.
        const bool atStart = m_afterStartDocument && !m_document->hasXmlDeclaration();
        m_rootOffset = atStart ? 0 : m_tokenOffset;
        m_rootLine = atStart ? 1 : m_tokenLine;
        m_rootColumn = atStart ? 0 : m_tokenColumn;
    }
    for (const QXmlStreamNamespaceDeclaration &declaration : m_xml.namespaceDeclarations())
        node->addNamespaceDeclaration(declaration.prefix().toString(), declaration.namespaceUri().toString());
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.isDefault())
            continue; // supplied by a DTD, not written in the file
        node->appendAttribute(
            BpmnXmlAttribute{m_names.intern(attribute.namespaceUri()), m_names.intern(attribute.name()),
                             m_names.intern(attribute.prefix()), attribute.value().toString()});
    }
    BpmnXmlNode *raw = node.get();
    if (m_stack.empty())
        m_root = std::move(node);
    else
        m_stack.back()->appendChild(std::move(node));
    m_stack.push_back(raw);
}

void TreeBuilder::locateRoot()
{
    if (!m_root || m_rootOffset < 0)
        return;
    const QString encoding = m_xml.documentEncoding().toString();
    std::optional<QStringConverter::Encoding> known = QStringConverter::encodingForName(encoding.toLatin1());
    if (encoding.isEmpty() || !known)
        known = QStringConverter::encodingForData(m_data).value_or(QStringConverter::Utf8);
    // Only the prolog is needed: up to four bytes per character, plus room for the whitespace.
    QStringDecoder decoder(*known, QStringDecoder::Flag::Stateless);
    QString prolog = decoder.decode(m_data.left(4 * (m_rootOffset + 1024)));
    if (prolog.startsWith(QChar::ByteOrderMark))
        prolog.remove(0, 1);
    qint64 line = m_rootLine;
    qint64 column = m_rootColumn;
    for (qint64 i = m_rootOffset; i < prolog.size(); ++i) {
        const QChar c = prolog.at(i);
        if (c == u'<') {
            m_root->setPosition(int(line), int(column) + 1);
            return;
        }
        if (c == u'\n') {
            ++line;
            column = 0;
        } else {
            ++column;
        }
    }
}

void TreeBuilder::endElement()
{
    if (m_stack.empty())
        return;
    BpmnXmlNode *node = m_stack.back();
    m_stack.pop_back();
    // Indentation between child elements is layout, not content; the writer re-indents.
    const bool hasChildElements = std::any_of(node->children().cbegin(), node->children().cend(),
                                              [](const auto &child) { return child->isElement(); });
    if (hasChildElements)
        node->removeWhitespaceText();
}

void TreeBuilder::addNode(std::unique_ptr<BpmnXmlNode> node)
{
    if (!m_stack.empty())
        m_stack.back()->appendChild(std::move(node));
    else if (m_root)
        m_document->nodesAfterRoot().push_back(std::move(node));
    else
        m_document->nodesBeforeRoot().push_back(std::move(node));
}

void TreeBuilder::addText()
{
    if (m_stack.empty())
        return; // only whitespace may stand outside the root
    BpmnXmlNode *parent = m_stack.back();
    const BpmnXmlNode::Kind kind = m_xml.isCDATA() ? BpmnXmlNode::Kind::CData : BpmnXmlNode::Kind::Text;
    if (parent->childCount() > 0) {
        BpmnXmlNode *last = parent->childAt(parent->childCount() - 1);
        if (last->kind() == kind && kind == BpmnXmlNode::Kind::Text) {
            last->setText(last->text() + m_xml.text());
            return;
        }
    }
    parent->appendChild(BpmnXmlNode::createText(m_xml.text().toString(), kind));
}

BpmnDiagnostic rootDiagnostic(const BpmnXmlNode *root)
{
    BpmnDiagnostic diagnostic;
    diagnostic.rule = QStringLiteral("not-bpmn");
    if (!root) {
        diagnostic.line = 1;
        diagnostic.column = 1;
        diagnostic.message = QCoreApplication::translate("bpmn", "The file contains no XML element.");
        return diagnostic;
    }
    diagnostic.line = root->line();
    diagnostic.column = root->column();
    diagnostic.message = QCoreApplication::translate(
                             "bpmn", "This is not a BPMN 2.0 file: the root element is <%1> in namespace "
                                     "\"%2\", expected <definitions> in namespace \"%3\".")
                             .arg(root->name(), root->namespaceUri(), BpmnNamespaces::model.toString());
    return diagnostic;
}

} // namespace

BpmnReadResult BpmnReader::read(QIODevice *device)
{
    return read(device->readAll());
}

BpmnReadResult BpmnReader::read(const QByteArray &data)
{
    BpmnReadResult result;
    TreeBuilder builder(data);
    builder.run(result);
    const bool wellFormed = result.diagnostics.isEmpty();
    if (wellFormed && !result.document.isBpmn())
        result.diagnostics.append(rootDiagnostic(result.document.root()));
    result.readable = result.diagnostics.isEmpty();
    if (result.readable)
        result.diagnostics += BpmnConsistencyCheck::check(result.document);
    return result;
}

BpmnReadResult BpmnReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        BpmnReadResult result;
        BpmnDiagnostic diagnostic;
        diagnostic.rule = QStringLiteral("file-not-readable");
        diagnostic.message =
            QCoreApplication::translate("bpmn", "Cannot open %1: %2").arg(path, file.errorString());
        result.diagnostics.append(diagnostic);
        return result;
    }
    return read(&file);
}
