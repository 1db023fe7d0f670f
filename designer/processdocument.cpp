#include "processdocument.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnwriter.h"

#include <QUndoStack>

ProcessDocument::ProcessDocument(QObject *parent)
    : QObject(parent)
    , m_document(createEmpty())
    , m_undoStack(new QUndoStack(this))
{}

ProcessDocument::~ProcessDocument()
{
    // Commands hold detached nodes; they go before the document they were taken from.
    m_undoStack->clear();
}

BpmnDocument ProcessDocument::createEmpty()
{
    auto root = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("definitions"),
                                           QStringLiteral("bpmn"));
    root->addNamespaceDeclaration(QStringLiteral("bpmn"), BpmnNamespaces::model.toString());
    root->addNamespaceDeclaration(QStringLiteral("bpmndi"), BpmnNamespaces::bpmnDi.toString());
    root->addNamespaceDeclaration(QStringLiteral("dc"), BpmnNamespaces::dc.toString());
    root->addNamespaceDeclaration(QStringLiteral("di"), BpmnNamespaces::di.toString());
    root->setAttribute(QStringLiteral("id"), QStringLiteral("Definitions_1"));
    root->setAttribute(QStringLiteral("targetNamespace"), QStringLiteral("http://bpmn.io/schema/bpmn"));
    auto process = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("process"),
                                              QStringLiteral("bpmn"));
    process->setAttribute(QStringLiteral("id"), QStringLiteral("Process_1"));
    process->setAttribute(QStringLiteral("isExecutable"), QStringLiteral("false"));
    root->appendChild(std::move(process));
    auto diagram = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(),
                                              QStringLiteral("BPMNDiagram"), QStringLiteral("bpmndi"));
    diagram->setAttribute(QStringLiteral("id"), QStringLiteral("BPMNDiagram_1"));
    auto plane = BpmnXmlNode::createElement(BpmnNamespaces::bpmnDi.toString(), QStringLiteral("BPMNPlane"),
                                            QStringLiteral("bpmndi"));
    plane->setAttribute(QStringLiteral("id"), QStringLiteral("BPMNPlane_1"));
    plane->setAttribute(QStringLiteral("bpmnElement"), QStringLiteral("Process_1"));
    diagram->appendChild(std::move(plane));
    root->appendChild(std::move(diagram));
    BpmnDocument document;
    document.setRoot(std::move(root));
    return document;
}

void ProcessDocument::setDocument(BpmnDocument document, const QString &fileName)
{
    m_undoStack->clear();
    m_document = std::move(document);
    m_document.rebuildIndex();
    m_fileName = fileName;
    m_diagram = 0;
    m_undoStack->setClean();
    emit documentReplaced();
    emit structureChanged();
}

bool ProcessDocument::load(const QString &fileName, QString *errorString)
{
    BpmnReadResult result = BpmnReader::readFile(fileName);
    if (!result.readable) {
        if (errorString) {
            const QString detail =
                result.diagnostics.isEmpty() ? QString() : result.diagnostics.first().message;
            *errorString = tr("%1 cannot be read as BPMN: %2").arg(fileName, detail);
        }
        return false;
    }
    setDocument(std::move(result.document), fileName);
    return true;
}

bool ProcessDocument::loadData(const QByteArray &data, QString *errorString)
{
    BpmnReadResult result = BpmnReader::read(data);
    if (!result.readable) {
        if (errorString)
            *errorString = tr("The data cannot be read as BPMN.");
        return false;
    }
    setDocument(std::move(result.document));
    return true;
}

bool ProcessDocument::save(const QString &fileName, QString *errorString)
{
    if (!BpmnWriter::writeFile(m_document, fileName, errorString))
        return false;
    m_fileName = fileName;
    m_undoStack->setClean();
    return true;
}

BpmnXmlNode *ProcessDocument::plane() const
{
    const BpmnXmlNode *root = m_document.root();
    if (!root)
        return nullptr;
    const BpmnXmlNode *first = root->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNDiagram");
    const BpmnXmlNode *diagram = first;
    if (m_diagram > 0) {
        const auto all = root->childElements(BpmnNamespaces::bpmnDi, u"BPMNDiagram");
        diagram = m_diagram < all.size() ? all.at(m_diagram) : first;
    }
    return diagram ? diagram->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNPlane") : nullptr;
}

QStringList ProcessDocument::diagramNames() const
{
    QStringList names;
    const BpmnXmlNode *root = m_document.root();
    if (!root)
        return names;
    for (const BpmnXmlNode *diagram : root->childElements(BpmnNamespaces::bpmnDi, u"BPMNDiagram")) {
        QString name = diagram->attribute(u"name").simplified();
        if (name.isEmpty()) {
            // A diagram without a name is known by what it shows, else by its id.
            const BpmnXmlNode *planeNode = diagram->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNPlane");
            const BpmnXmlNode *shown =
                planeNode ? m_document.elementById(planeNode->attribute(u"bpmnElement")) : nullptr;
            name = shown ? shown->attribute(u"name").simplified() : QString();
        }
        names.append(name.isEmpty() ? diagram->attribute(u"id") : name);
    }
    return names;
}

void ProcessDocument::setCurrentDiagram(int index)
{
    if (index < 0 || index >= diagramNames().size() || index == m_diagram)
        return;
    m_diagram = index;
    emit diagramChanged(index);
    emit structureChanged();
}

BpmnXmlNode *ProcessDocument::process() const
{
    const BpmnXmlNode *root = m_document.root();
    if (!root)
        return nullptr;
    if (const BpmnXmlNode *planeNode = plane()) {
        BpmnXmlNode *element = m_document.elementById(planeNode->attribute(u"bpmnElement"));
        if (element && element->is(BpmnNamespaces::model, u"process"))
            return element;
        if (element && element->is(BpmnNamespaces::model, u"collaboration")) {
            for (const BpmnXmlNode *participant :
                 element->childElements(BpmnNamespaces::model, u"participant")) {
                BpmnXmlNode *process = m_document.elementById(participant->attribute(u"processRef"));
                if (process)
                    return process;
            }
        }
    }
    return root->firstChildElement(BpmnNamespaces::model, u"process");
}

QString ProcessDocument::uniqueId(const QString &prefix) const
{
    // Short random-looking suffixes like other BPMN tools use, so that ids from two
    // diagrams pasted together rarely collide; a counter would too often.
    for (quint32 n = quint32(m_document.indexedElementCount()) * 2654435761u;;
         n = n * 1664525u + 1013904223u) {
        const QString id = prefix + QString::number(n % 0xFFFFFFu, 36);
        if (!m_document.elementById(id) && !m_document.elementById(id + QStringLiteral("_di")))
            return id;
    }
}

QRectF ProcessDocument::bounds(const BpmnXmlNode *owner)
{
    const BpmnXmlNode *node = owner ? owner->firstChildElement(BpmnNamespaces::dc, u"Bounds") : nullptr;
    if (!node)
        return QRectF();
    return QRectF(node->attribute(u"x").toDouble(), node->attribute(u"y").toDouble(),
                  node->attribute(u"width").toDouble(), node->attribute(u"height").toDouble());
}

QString ProcessDocument::formatNumber(qreal value)
{
    const qreal rounded = qRound64(value * 100) / 100.0;
    return QString::number(rounded, 'g', 12);
}

void ProcessDocument::notifyChanged(const QStringList &ids)
{
    emit elementsChanged(ids);
}

void ProcessDocument::notifyStructureChanged()
{
    m_document.rebuildIndex();
    emit structureChanged();
}
