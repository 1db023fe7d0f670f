#include "processclipboard.h"

#include "createelementcommand.h"
#include "processcontainers.h"
#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMimeData>
#include <QSet>
#include <QSignalBlocker>

#include <algorithm>
#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProcessClipboard", text);
}

// Semantic children of a process that a paste never takes: they describe the process itself.
bool isProcessPart(const BpmnXmlNode &node)
{
    static const QSet<QString> parts = {QStringLiteral("laneSet"),
                                        QStringLiteral("ioSpecification"),
                                        QStringLiteral("property"),
                                        QStringLiteral("extensionElements"),
                                        QStringLiteral("documentation"),
                                        QStringLiteral("auditing"),
                                        QStringLiteral("monitoring"),
                                        QStringLiteral("supportedInterfaceRef"),
                                        QStringLiteral("correlationSubscription"),
                                        QStringLiteral("resourceRole")};
    return !node.isElement() || node.namespaceUri() != BpmnNamespaces::model || parts.contains(node.name());
}

bool isSubProcessNode(const BpmnXmlNode &node)
{
    return node.isElement() && node.namespaceUri() == BpmnNamespaces::model &&
           (node.name() == u"subProcess" || node.name() == u"transaction" ||
            node.name() == u"adHocSubProcess");
}

bool isConnection(const BpmnXmlNode &node)
{
    return node.name() == u"sequenceFlow" || node.name() == u"association";
}

QString endOf(const BpmnXmlNode &flow, bool source)
{
    return flow.attribute(source ? u"sourceRef" : u"targetRef");
}

void collectIds(const BpmnXmlNode &node, QSet<QString> *ids)
{
    if (!BpmnDocument::isIndexedElement(node))
        return;
    const QString id = node.attribute(u"id");
    if (!id.isEmpty())
        ids->insert(id);
    if (BpmnDocument::isExtensionContainer(node))
        return;
    for (const auto &child : node.children())
        collectIds(*child, ids);
}

// Removes <incoming>/<outgoing> references to flows that are not part of `ids`.
void dropDanglingFlowRefs(BpmnXmlNode *node, const QSet<QString> &ids)
{
    for (int i = node->childCount() - 1; i >= 0; --i) {
        BpmnXmlNode *child = node->childAt(i);
        if (!child->isElement() || child->namespaceUri() != BpmnNamespaces::model)
            continue;
        if ((child->name() == u"incoming" || child->name() == u"outgoing") &&
            !ids.contains(child->textContent().trimmed())) {
            node->takeChild(i);
            continue;
        }
        // A data association whose data object or store stays behind cannot come along.
        if (child->name() == u"dataInputAssociation" || child->name() == u"dataOutputAssociation") {
            const QPair<QString, QString> ends = ProcessRules::connectionEnds(child);
            const QString &other = child->name() == u"dataInputAssociation" ? ends.first : ends.second;
            if (!ids.contains(other)) {
                node->takeChild(i);
                continue;
            }
        }
        dropDanglingFlowRefs(child, ids);
    }
    if (node->hasAttribute(u"default") && !ids.contains(node->attribute(u"default")))
        node->removeAttribute(u"", u"default");
}

std::unique_ptr<BpmnXmlNode> element(QStringView ns, const QString &name, const QString &prefix)
{
    return BpmnXmlNode::createElement(ns.toString(), name, prefix);
}

// Attributes and text elements that hold ids of other elements of the copied part.
const QSet<QString> &referenceAttributes()
{
    static const QSet<QString> names = {
        QStringLiteral("sourceRef"),     QStringLiteral("targetRef"),        QStringLiteral("default"),
        QStringLiteral("attachedToRef"), QStringLiteral("bpmnElement"),      QStringLiteral("dataObjectRef"),
        QStringLiteral("dataStoreRef"),  QStringLiteral("categoryValueRef"), QStringLiteral("processRef")};
    return names;
}

const QSet<QString> &referenceElements()
{
    static const QSet<QString> names = {QStringLiteral("incoming"), QStringLiteral("outgoing"),
                                        QStringLiteral("sourceRef"), QStringLiteral("targetRef"),
                                        QStringLiteral("flowNodeRef")};
    return names;
}

void renameIds(BpmnXmlNode *node, const QHash<QString, QString> &renamed)
{
    if (!node->isElement())
        return;
    const bool indexed = BpmnDocument::isIndexedElement(*node);
    if (indexed) {
        for (const BpmnXmlAttribute &attribute : node->attributes()) {
            if (!attribute.namespaceUri.isEmpty())
                continue;
            if ((attribute.name == u"id" || referenceAttributes().contains(attribute.name)) &&
                renamed.contains(attribute.value))
                node->setAttribute(attribute.name, renamed.value(attribute.value));
        }
        if (node->namespaceUri() == BpmnNamespaces::model && referenceElements().contains(node->name())) {
            const QString text = node->textContent().trimmed();
            if (renamed.contains(text)) {
                while (node->childCount() > 0)
                    node->takeChild(0);
                node->appendChild(BpmnXmlNode::createText(renamed.value(text)));
            }
        }
    }
    if (BpmnDocument::isExtensionContainer(*node))
        return;
    for (const auto &child : node->children())
        renameIds(child.get(), renamed);
}

void moveDi(BpmnXmlNode *node, QPointF delta)
{
    if (node->is(BpmnNamespaces::dc, u"Bounds") || node->is(BpmnNamespaces::di, u"waypoint")) {
        node->setAttribute(QStringLiteral("x"), ProcessDocument::formatNumber(
                                                    qRound(node->attribute(u"x").toDouble() + delta.x())));
        node->setAttribute(QStringLiteral("y"), ProcessDocument::formatNumber(
                                                    qRound(node->attribute(u"y").toDouble() + delta.y())));
    }
    for (const auto &child : node->children()) {
        if (child->isElement())
            moveDi(child.get(), delta);
    }
}

QRectF diBounds(const BpmnXmlNode *node)
{
    QRectF rect;
    if (node->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
        rect = ProcessDocument::bounds(node);
    for (const BpmnXmlNode *point : node->childElements(BpmnNamespaces::di, u"waypoint")) {
        const QPointF p(point->attribute(u"x").toDouble(), point->attribute(u"y").toDouble());
        rect = rect.isNull() ? QRectF(p, QSizeF(0.01, 0.01)) : rect.united(QRectF(p, QSizeF(0.01, 0.01)));
    }
    return rect;
}

int firstIndexOf(const BpmnXmlNode *container, QStringView ns, QStringView name)
{
    for (int i = 0; i < container->childCount(); ++i) {
        if (container->childAt(i)->is(ns, name))
            return i;
    }
    return -1;
}

// An id free in the document and among the pasted ones.
QString freshId(const ProcessDocument &document, const QString &prefix, const QSet<QString> &pasted)
{
    for (int k = 0;; ++k) {
        const QString id = document.uniqueId(k == 0 ? prefix : prefix + QString::number(k));
        if (!pasted.contains(id))
            return id;
    }
}

} // namespace

QString ProcessClipboard::mimeType()
{
    return QStringLiteral("application/x-pristriy-bpmn+xml");
}

QByteArray ProcessClipboard::copy(const ProcessDocument &document, const QStringList &diIds)
{
    const BpmnDocument &doc = document.document();
    const BpmnXmlNode *plane = document.plane();
    if (!document.process() || !plane)
        return QByteArray();

    // The selected elements, as the direct children of their container that hold them.
    QSet<QString> selected;
    for (const QString &diId : diIds) {
        if (const BpmnXmlNode *di = doc.elementById(diId))
            selected.insert(di->attribute(u"bpmnElement"));
    }
    // Selected pools come whole, with their process.
    QVector<const BpmnXmlNode *> pools;
    QSet<const BpmnXmlNode *> poolProcesses;
    QSet<QString> copied; // every semantic id inside what is copied
    const BpmnXmlNode *planeElement = doc.elementById(plane->attribute(u"bpmnElement"));
    const bool collaboration = planeElement && planeElement->is(BpmnNamespaces::model, u"collaboration");
    if (collaboration) {
        for (const BpmnXmlNode *participant :
             planeElement->childElements(BpmnNamespaces::model, u"participant")) {
            if (!selected.contains(participant->attribute(u"id")))
                continue;
            pools.append(participant);
            collectIds(*participant, &copied);
            if (const BpmnXmlNode *process = ProcessContainers::processOf(document, participant)) {
                poolProcesses.insert(process);
                collectIds(*process, &copied);
            }
        }
    }
    QVector<const BpmnXmlNode *> nodes;
    QVector<const BpmnXmlNode *> connections;
    const std::function<void(const BpmnXmlNode *)> visit = [&](const BpmnXmlNode *container) {
        const bool inCollaboration = container->is(BpmnNamespaces::model, u"collaboration");
        for (const auto &child : container->children()) {
            if (isProcessPart(*child))
                continue;
            // Of a collaboration only its artifacts: pools and message flows are not flow nodes.
            if (inCollaboration && child->name() != u"textAnnotation" && child->name() != u"group")
                continue;
            const QString id = child->attribute(u"id");
            if (selected.contains(id) && !isConnection(*child) && !copied.contains(id)) {
                nodes.append(child.get());
                collectIds(*child, &copied);
            } else if (isSubProcessNode(*child)) {
                visit(child.get());
            }
        }
    };
    // Every process the diagram shows (not those of copied pools, which come whole).
    QVector<const BpmnXmlNode *> containers;
    for (const BpmnXmlNode *process : doc.root()->childElements(BpmnNamespaces::model, u"process")) {
        if (!poolProcesses.contains(process))
            containers.append(process);
    }
    if (collaboration)
        containers.append(planeElement);
    for (const BpmnXmlNode *container : std::as_const(containers))
        visit(container);
    if (nodes.isEmpty() && pools.isEmpty())
        return QByteArray();
    // A data object reference needs the data object it refers to, which is not drawn.
    for (int i = 0, count = int(nodes.size()); i < count; ++i) {
        const QString objectId = nodes.at(i)->attribute(u"dataObjectRef");
        const BpmnXmlNode *object =
            nodes.at(i)->name() == u"dataObjectReference" && !copied.contains(objectId)
                ? doc.elementById(objectId)
                : nullptr;
        if (object && object->is(BpmnNamespaces::model, u"dataObject")) {
            nodes.prepend(object);
            collectIds(*object, &copied);
            ++i;
            ++count;
        }
    }
    const std::function<void(const BpmnXmlNode *)> visitFlows = [&](const BpmnXmlNode *container) {
        for (const auto &child : container->children()) {
            if (child->isElement() && isConnection(*child) && !copied.contains(child->attribute(u"id")) &&
                copied.contains(endOf(*child, true)) && copied.contains(endOf(*child, false))) {
                connections.append(child.get());
                copied.insert(child->attribute(u"id"));
            } else if (child->isElement() && isSubProcessNode(*child)) {
                visitFlows(child.get());
            }
        }
    };
    for (const BpmnXmlNode *container : std::as_const(containers))
        visitFlows(container);

    const QString bpmn = QStringLiteral("bpmn");
    auto root = element(BpmnNamespaces::model, QStringLiteral("definitions"), bpmn);
    root->addNamespaceDeclaration(bpmn, BpmnNamespaces::model.toString());
    root->addNamespaceDeclaration(QStringLiteral("bpmndi"), BpmnNamespaces::bpmnDi.toString());
    root->addNamespaceDeclaration(QStringLiteral("dc"), BpmnNamespaces::dc.toString());
    root->addNamespaceDeclaration(QStringLiteral("di"), BpmnNamespaces::di.toString());
    // Vendor extensions of the copied elements keep their namespaces.
    for (const BpmnNamespaceDeclaration &ns : doc.root()->namespaceDeclarations()) {
        if (!ns.prefix.isEmpty() && ns.prefix != bpmn && ns.prefix != u"bpmndi" && ns.prefix != u"dc" &&
            ns.prefix != u"di")
            root->addNamespaceDeclaration(ns.prefix, ns.namespaceUri);
    }
    root->setAttribute(QStringLiteral("id"), QStringLiteral("Definitions_Clipboard"));
    root->setAttribute(QStringLiteral("targetNamespace"),
                       QStringLiteral("https://pristriy.example/bpmn/clipboard"));
    QString planeTarget = QStringLiteral("Process_Clipboard");
    if (!pools.isEmpty()) {
        planeTarget = QStringLiteral("Collaboration_Clipboard");
        BpmnXmlNode *clipCollaboration =
            root->appendChild(element(BpmnNamespaces::model, QStringLiteral("collaboration"), bpmn));
        clipCollaboration->setAttribute(QStringLiteral("id"), planeTarget);
        for (const BpmnXmlNode *pool : std::as_const(pools))
            clipCollaboration->appendChild(pool->clone());
    }
    if (!nodes.isEmpty()) {
        BpmnXmlNode *clipProcess =
            root->appendChild(element(BpmnNamespaces::model, QStringLiteral("process"), bpmn));
        clipProcess->setAttribute(QStringLiteral("id"), QStringLiteral("Process_Clipboard"));
        for (const BpmnXmlNode *node : std::as_const(nodes)) {
            std::unique_ptr<BpmnXmlNode> clone = node->clone();
            dropDanglingFlowRefs(clone.get(), copied);
            clipProcess->appendChild(std::move(clone));
        }
        for (const BpmnXmlNode *flow : std::as_const(connections))
            clipProcess->appendChild(flow->clone());
    }
    for (const BpmnXmlNode *pool : std::as_const(pools)) {
        if (const BpmnXmlNode *process = ProcessContainers::processOf(document, pool)) {
            std::unique_ptr<BpmnXmlNode> clone = process->clone();
            dropDanglingFlowRefs(clone.get(), copied);
            root->appendChild(std::move(clone));
        }
    }
    // What was dropped above is not drawn either.
    copied.clear();
    for (const auto &child : root->children())
        collectIds(*child, &copied);

    BpmnXmlNode *diagram = root->appendChild(
        element(BpmnNamespaces::bpmnDi, QStringLiteral("BPMNDiagram"), QStringLiteral("bpmndi")));
    diagram->setAttribute(QStringLiteral("id"), QStringLiteral("Diagram_Clipboard"));
    BpmnXmlNode *clipPlane = diagram->appendChild(
        element(BpmnNamespaces::bpmnDi, QStringLiteral("BPMNPlane"), QStringLiteral("bpmndi")));
    clipPlane->setAttribute(QStringLiteral("id"), QStringLiteral("Plane_Clipboard"));
    clipPlane->setAttribute(QStringLiteral("bpmnElement"), planeTarget);
    for (const auto &child : plane->children()) {
        if (child->isElement() && copied.contains(child->attribute(u"bpmnElement")))
            clipPlane->appendChild(child->clone());
    }
    BpmnDocument clip;
    clip.setRoot(std::move(root));
    return BpmnWriter::toByteArray(clip);
}

QMimeData *ProcessClipboard::mimeData(const QByteArray &xml)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), xml);
    data->setText(QString::fromUtf8(xml));
    return data;
}

QByteArray ProcessClipboard::xmlFrom(const QMimeData *data)
{
    if (!data)
        return QByteArray();
    if (data->hasFormat(mimeType()))
        return data->data(mimeType());
    const QString text = data->text().trimmed();
    if (text.startsWith(u'<') && text.contains(BpmnNamespaces::model))
        return text.toUtf8();
    return QByteArray();
}

PasteCommand::PasteCommand(ProcessDocument *document, const QByteArray &xml, QPointF centre,
                           QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Paste"), parent)
{
    build(xml, centre);
}

PasteCommand::~PasteCommand() = default;

void PasteCommand::redo()
{
    if (m_wrap)
        m_wrap->redo();
    DocumentEditCommand::redo();
}

void PasteCommand::undo()
{
    DocumentEditCommand::undo();
    if (m_wrap)
        m_wrap->undo();
}

// What the clipboard holds, as it is pasted.
struct PasteCommand::Content
{
    struct Pool
    {
        std::unique_ptr<BpmnXmlNode> participant;
        std::unique_ptr<BpmnXmlNode> process; // null for a black-box pool
    };
    std::vector<Pool> pools;
    std::vector<std::unique_ptr<BpmnXmlNode>> nodes; // loose flow elements and artifacts
    std::vector<std::unique_ptr<BpmnXmlNode>> flows; // the connections between them
    std::vector<std::unique_ptr<BpmnXmlNode>> shapes;
    std::vector<std::unique_ptr<BpmnXmlNode>> edges;
    std::vector<std::unique_ptr<BpmnXmlNode>> containerShapes; // of the pools and their lanes
    QSet<QString> ids;                                         // as read
    QSet<QString> known;                                       // every id of what is pasted, once made unique
};

void PasteCommand::build(const QByteArray &xml, QPointF centre)
{
    ProcessDocument *document = this->document();
    if (!document->process() || !document->plane()) {
        m_problem = tr("This diagram has no process to paste into.");
        return;
    }
    Content content;
    m_problem = read(xml, &content);
    if (!m_problem.isEmpty())
        return;
    // Pools need a collaboration: a diagram of a plain process gets one, its process in a pool
    // around what it shows, as when a pool is dropped on it. Applied here (quietly) for the ids and
    // steps below to see it, taken back at the end, applied for real before them by redo().
    BpmnXmlNode *plane = document->plane();
    BpmnXmlNode *planeElement = document->document().elementById(plane->attribute(u"bpmnElement"));
    const bool hadCollaboration = planeElement && planeElement->is(BpmnNamespaces::model, u"collaboration");
    const bool drawsSomething = !plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape").isEmpty();
    if (!content.pools.empty() && !hadCollaboration && drawsSomething) {
        QRectF drawn;
        for (const BpmnXmlNode *shape : plane->childElements(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            drawn |= ProcessDocument::bounds(shape);
        auto wrap =
            std::make_unique<CreateElementCommand>(document, BpmnElementType::Participant, drawn.center());
        if (wrap->isEmpty()) {
            m_problem = wrap->problem();
            return;
        }
        m_wrap = std::move(wrap);
    }
    const QSignalBlocker quiet(document);
    if (m_wrap)
        m_wrap->redo();

    makeUnique(&content, centre);
    for (auto *list : {&content.containerShapes, &content.shapes, &content.edges}) {
        for (auto &di : *list)
            m_pastedIds.append(di->attribute(u"id"));
    }
    addLooseElements(&content, centre);
    addPools(&content);
    addShapes(&content);
    if (m_wrap)
        m_wrap->undo();
}

QString PasteCommand::read(const QByteArray &xml, Content *content)
{
    BpmnReadResult read = BpmnReader::read(xml);
    const BpmnXmlNode *clipRoot = read.readable ? read.document.root() : nullptr;
    if (!clipRoot)
        return tr("The clipboard holds no BPMN process to paste.");
    // Pools of the clipboard (participants of its collaborations) and the processes they hold.
    std::vector<Content::Pool> &pools = content->pools;
    QSet<const BpmnXmlNode *> poolProcesses;
    QSet<QString> &ids = content->ids;
    const auto clipProcess = [clipRoot](const QString &id) -> const BpmnXmlNode * {
        for (const BpmnXmlNode *process : clipRoot->childElements(BpmnNamespaces::model, u"process")) {
            if (!id.isEmpty() && process->attribute(u"id") == id)
                return process;
        }
        return nullptr;
    };
    QVector<const BpmnXmlNode *> looseContainers;
    for (const BpmnXmlNode *collaboration :
         clipRoot->childElements(BpmnNamespaces::model, u"collaboration")) {
        looseContainers.append(collaboration);
        for (const BpmnXmlNode *participant :
             collaboration->childElements(BpmnNamespaces::model, u"participant")) {
            Content::Pool pool;
            pool.participant = participant->clone();
            collectIds(*participant, &ids);
            if (const BpmnXmlNode *process = clipProcess(participant->attribute(u"processRef"))) {
                if (poolProcesses.contains(process))
                    continue; // two pools of one process: only the first comes
                poolProcesses.insert(process);
                pool.process = process->clone();
                collectIds(*process, &ids);
            } else {
                pool.participant->removeAttribute(u"", u"processRef");
            }
            pools.push_back(std::move(pool));
        }
    }
    for (const BpmnXmlNode *process : clipRoot->childElements(BpmnNamespaces::model, u"process")) {
        if (!poolProcesses.contains(process))
            looseContainers.append(process);
    }
    // The loose elements to paste, and the DI of any diagram of the clipboard that draws them.
    std::vector<std::unique_ptr<BpmnXmlNode>> &nodes = content->nodes;
    std::vector<std::unique_ptr<BpmnXmlNode>> &flows = content->flows;
    const auto pastable = [](const BpmnXmlNode *container, const BpmnXmlNode &child) {
        if (isProcessPart(child))
            return false;
        return !container->is(BpmnNamespaces::model, u"collaboration") || child.name() == u"textAnnotation" ||
               child.name() == u"group" || child.name() == u"association";
    };
    // A boundary event without its activity cannot come along (another program's copy may hold one).
    QSet<QString> candidates = ids;
    for (const BpmnXmlNode *container : std::as_const(looseContainers)) {
        for (const auto &child : container->children()) {
            if (pastable(container, *child))
                collectIds(*child, &candidates);
        }
    }
    for (const BpmnXmlNode *container : std::as_const(looseContainers)) {
        for (const auto &child : container->children()) {
            if (!pastable(container, *child) || (child->name() == u"boundaryEvent" &&
                                                 !candidates.contains(child->attribute(u"attachedToRef"))))
                continue;
            collectIds(*child, &ids);
            (isConnection(*child) ? flows : nodes).push_back(child->clone());
        }
    }
    // Flows to elements not pasted cannot come along.
    flows.erase(std::remove_if(flows.begin(), flows.end(),
                               [&](const std::unique_ptr<BpmnXmlNode> &flow) {
                                   const bool dangling = !ids.contains(endOf(*flow, true)) ||
                                                         !ids.contains(endOf(*flow, false));
                                   if (dangling)
                                       ids.remove(flow->attribute(u"id"));
                                   return dangling;
                               }),
                flows.end());
    std::vector<std::unique_ptr<BpmnXmlNode>> &shapes = content->shapes;
    std::vector<std::unique_ptr<BpmnXmlNode>> &edges = content->edges;
    QSet<QString> drawn;
    for (const BpmnXmlNode *diagram : clipRoot->childElements(BpmnNamespaces::bpmnDi, u"BPMNDiagram")) {
        for (const BpmnXmlNode *clipPlane : diagram->childElements(BpmnNamespaces::bpmnDi, u"BPMNPlane")) {
            for (const auto &di : clipPlane->children()) {
                const QString target = di->attribute(u"bpmnElement");
                if (!di->isElement() || !ids.contains(target) || drawn.contains(target))
                    continue;
                drawn.insert(target);
                collectIds(*di, &ids);
                (di->is(BpmnNamespaces::bpmnDi, u"BPMNEdge") ? edges : shapes).push_back(di->clone());
            }
        }
    }
    if (shapes.empty())
        return tr("The clipboard holds no drawn elements to paste.");
    return QString();
}

void PasteCommand::makeUnique(Content *content, QPointF centre)
{
    ProcessDocument *document = this->document();
    std::vector<Content::Pool> &pools = content->pools;
    std::vector<std::unique_ptr<BpmnXmlNode>> &nodes = content->nodes;
    std::vector<std::unique_ptr<BpmnXmlNode>> &flows = content->flows;
    std::vector<std::unique_ptr<BpmnXmlNode>> &shapes = content->shapes;
    std::vector<std::unique_ptr<BpmnXmlNode>> &edges = content->edges;
    const QSet<QString> &ids = content->ids;
    // New ids for those that exist already; every reference follows.
    QHash<QString, QString> renamed;
    QSet<QString> taken;
    {
        const BpmnDocument &doc = document->document();
        QStringList sorted(ids.begin(), ids.end());
        sorted.sort(); // the same paste gives the same ids
        for (const QString &id : std::as_const(sorted)) {
            if (!doc.elementById(id))
                continue;
            // Element_1 becomes Element_1_2, its shape Element_1_di becomes Element_1_2_di.
            const bool di = id.endsWith(QStringLiteral("_di"));
            const QString base = di ? id.chopped(3) : id;
            const QString suffix = di ? QStringLiteral("_di") : QString();
            for (int n = 2;; ++n) {
                const QString candidate = QStringLiteral("%1_%2%3").arg(base).arg(n).arg(suffix);
                if (!doc.elementById(candidate) && !ids.contains(candidate) && !taken.contains(candidate)) {
                    renamed.insert(id, candidate);
                    taken.insert(candidate);
                    break;
                }
            }
        }
    }
    QRectF area;
    for (auto *list : {&shapes, &edges}) {
        for (const auto &di : *list)
            area = area.isNull() ? diBounds(di.get()) : area.united(diBounds(di.get()));
    }
    const QPointF delta(qRound(centre.x() - area.center().x()), qRound(centre.y() - area.center().y()));
    for (auto *list : {&nodes, &flows, &shapes, &edges}) {
        for (const auto &node : *list) {
            renameIds(node.get(), renamed);
            if (list == &shapes || list == &edges)
                moveDi(node.get(), delta);
        }
    }
    for (Content::Pool &pool : pools) {
        renameIds(pool.participant.get(), renamed);
        if (pool.process)
            renameIds(pool.process.get(), renamed);
    }
    content->known = ids + taken;
    const QSet<QString> &known = content->known;
    QSet<QString> kept; // what is left after dropping dangling references, to draw only that
    for (const auto &node : nodes) {
        dropDanglingFlowRefs(node.get(), known);
        collectIds(*node, &kept);
    }
    for (const auto &flow : flows)
        collectIds(*flow, &kept);
    for (const Content::Pool &pool : pools) {
        collectIds(*pool.participant, &kept);
        if (pool.process) {
            dropDanglingFlowRefs(pool.process.get(), known);
            collectIds(*pool.process, &kept);
        }
    }
    QSet<QString> containerIds; // pools and lanes: drawn below the other shapes
    for (const Content::Pool &pool : pools) {
        containerIds.insert(pool.participant->attribute(u"id"));
        for (const BpmnXmlNode *lane : ProcessContainers::lanesOf(pool.process.get()))
            containerIds.insert(lane->attribute(u"id"));
    }
    std::vector<std::unique_ptr<BpmnXmlNode>> &containerShapes = content->containerShapes;
    for (auto *list : {&shapes, &edges}) {
        std::vector<std::unique_ptr<BpmnXmlNode>> rest;
        for (auto &di : *list) {
            const QString target = di->attribute(u"bpmnElement");
            if (containerIds.contains(target))
                containerShapes.push_back(std::move(di));
            else if (kept.contains(target))
                rest.push_back(std::move(di));
        }
        *list = std::move(rest);
    }
}

void PasteCommand::addLooseElements(Content *content, QPointF centre)
{
    ProcessDocument *document = this->document();
    std::vector<std::unique_ptr<BpmnXmlNode>> &nodes = content->nodes;
    std::vector<std::unique_ptr<BpmnXmlNode>> &flows = content->flows;
    const std::vector<std::unique_ptr<BpmnXmlNode>> &shapes = content->shapes;
    BpmnXmlNode *planeElement =
        document->document().elementById(document->plane()->attribute(u"bpmnElement"));
    const bool collaboration = planeElement && planeElement->is(BpmnNamespaces::model, u"collaboration");
    const ProcessContainers::Layout layout(*document);
    QHash<QString, QRectF> boundsById;
    for (const auto &shape : shapes)
        boundsById.insert(shape->attribute(u"bpmnElement"), ProcessDocument::bounds(shape.get()));
    struct Placement
    {
        BpmnXmlNode *parent = nullptr;
        BpmnXmlNode *lane = nullptr;
    };
    const auto placeAt = [&](QPointF point, bool artifact) {
        const ProcessContainers::Target target = layout.at(point);
        Placement placement{target.parent, nullptr};
        if (target.parent && target.parent == target.process)
            placement.lane = target.lane;
        // Outside the pools annotations belong to the collaboration, flow elements to the
        // process of the nearest pool, as when they are created there.
        if (!placement.parent && artifact && collaboration)
            placement.parent = planeElement;
        if (!placement.parent)
            placement.parent = ProcessContainers::processOf(
                *document, ProcessContainers::nearestParticipant(*document, point));
        if (!placement.parent)
            placement.parent = document->process();
        return placement;
    };
    const auto isArtifact = [](const BpmnXmlNode *node) {
        return node->name() == u"textAnnotation" || node->name() == u"group";
    };
    QHash<QString, Placement> placements; // by pasted node id
    for (const auto &node : nodes) {
        const QString id = node->attribute(u"id");
        placements.insert(id, placeAt(boundsById.contains(id) ? boundsById.value(id).center() : centre,
                                      isArtifact(node.get())));
    }
    // Boundary events go where their activity goes; only flow nodes are named by lanes.
    for (const auto &node : nodes) {
        const QString id = node->attribute(u"id");
        const QString host = node->attribute(u"attachedToRef");
        if (node->name() == u"boundaryEvent" && placements.contains(host))
            placements.insert(id, placements.value(host));
        if (!BpmnSchema::isFlowNode(ProcessRules::typeOf(node.get())))
            placements[id].lane = nullptr;
    }
    // A data object (not drawn) goes where a reference to it goes.
    for (const auto &node : nodes) {
        const QString objectId = node->attribute(u"dataObjectRef");
        if (node->name() == u"dataObjectReference" && placements.contains(objectId))
            placements.insert(objectId, placements.value(node->attribute(u"id")));
    }
    // A sequence flow cannot cross the border of a sub-process or pool: when the pasted
    // elements it connects would end up apart, all of them go where the paste is centred.
    bool apart = false;
    for (const auto &flow : flows) {
        const auto source = placements.constFind(endOf(*flow, true));
        const auto target = placements.constFind(endOf(*flow, false));
        if (flow->name() == u"sequenceFlow" && source != placements.cend() && target != placements.cend() &&
            source->parent != target->parent)
            apart = true;
    }
    if (apart) {
        const Placement common = placeAt(centre, false);
        for (auto it = placements.begin(); it != placements.end(); ++it) {
            if (it->parent == planeElement && collaboration)
                continue; // annotations outside the pools stay there
            const bool sameProcess =
                it->lane && ProcessContainers::processOfElement(it->lane) == common.parent;
            it->parent = common.parent;
            if (!sameProcess)
                it->lane = nullptr;
        }
    }

    // Flow nodes before the sequence flows, as tools write them; lane references before the
    // lane's child lanes.
    QHash<BpmnXmlNode *, int> nextIndex;
    const auto insertInto = [&](BpmnXmlNode *parent, std::unique_ptr<BpmnXmlNode> node, int firstIndex) {
        auto found = nextIndex.find(parent);
        if (found == nextIndex.end())
            found = nextIndex.insert(parent, firstIndex);
        node->setPrefix(parent->prefix());
        addInsert(parent, std::move(node), *found);
        if (*found >= 0)
            ++*found;
    };
    QVector<std::pair<BpmnXmlNode *, QString>> laneRefs; // lane, flow node id
    for (auto &node : nodes) {
        const QString id = node->attribute(u"id");
        const Placement placement = placements.value(id);
        insertInto(placement.parent, std::move(node),
                   firstIndexOf(placement.parent, BpmnNamespaces::model, u"sequenceFlow"));
        for (BpmnXmlNode *lane : ProcessContainers::laneWithParents(placement.lane))
            laneRefs.append(std::make_pair(lane, id));
    }
    for (auto &flow : flows) {
        Placement placement = placements.value(endOf(*flow, true));
        if (!placement.parent)
            placement = placements.value(endOf(*flow, false));
        if (!placement.parent)
            placement = placeAt(centre, true);
        flow->setPrefix(placement.parent->prefix());
        addInsert(placement.parent, std::move(flow));
    }
    for (const auto &[lane, id] : std::as_const(laneRefs)) {
        auto ref = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("flowNodeRef"),
                                              lane->prefix());
        ref->appendChild(BpmnXmlNode::createText(id));
        insertInto(lane, std::move(ref), ProcessContainers::flowNodeRefIndex(lane));
    }
}

void PasteCommand::addPools(Content *content)
{
    ProcessDocument *document = this->document();
    std::vector<Content::Pool> &pools = content->pools;
    BpmnXmlNode *root = document->document().root();
    BpmnXmlNode *plane = document->plane();
    BpmnXmlNode *planeElement = document->document().elementById(plane->attribute(u"bpmnElement"));
    const bool collaboration = planeElement && planeElement->is(BpmnNamespaces::model, u"collaboration");
    QHash<BpmnXmlNode *, int> nextIndex;
    const auto insertInto = [&](BpmnXmlNode *parent, std::unique_ptr<BpmnXmlNode> node, int firstIndex) {
        auto found = nextIndex.find(parent);
        if (found == nextIndex.end())
            found = nextIndex.insert(parent, firstIndex);
        addInsert(parent, std::move(node), *found);
        if (*found >= 0)
            ++*found;
    };
    // Each participant with its own process, after those there are.
    if (!pools.empty()) {
        int processIndex = -1;
        for (int i = 0; i < root->childCount(); ++i) {
            const BpmnXmlNode *child = root->childAt(i);
            if (child->is(BpmnNamespaces::model, u"process"))
                processIndex = i + 1;
            else if (processIndex < 0 && child->is(BpmnNamespaces::bpmnDi, u"BPMNDiagram"))
                processIndex = i;
        }
        std::unique_ptr<BpmnXmlNode> newCollaboration;
        BpmnXmlNode *target = collaboration ? planeElement : nullptr;
        if (!target) {
            newCollaboration = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(),
                                                          QStringLiteral("collaboration"), root->prefix());
            newCollaboration->setAttribute(
                QStringLiteral("id"), freshId(*document, QStringLiteral("Collaboration_"), content->known));
            target = newCollaboration.get();
        }
        int participantIndex = -1;
        for (int i = 0; i < target->childCount(); ++i) {
            if (target->childAt(i)->is(BpmnNamespaces::model, u"participant"))
                participantIndex = i + 1;
        }
        for (Content::Pool &pool : pools) {
            pool.participant->setPrefix(root->prefix());
            if (newCollaboration)
                newCollaboration->appendChild(std::move(pool.participant));
            else
                insertInto(target, std::move(pool.participant), participantIndex);
            if (pool.process) {
                pool.process->setPrefix(root->prefix());
                insertInto(root, std::move(pool.process), processIndex);
            }
        }
        if (newCollaboration) {
            // The diagram showed nothing: its empty process goes, the pasted pools are the diagram.
            BpmnXmlNode *oldProcess = document->process();
            const QString collaborationId = newCollaboration->attribute(u"id");
            addInsert(root, std::move(newCollaboration),
                      oldProcess ? root->indexOf(oldProcess) : processIndex);
            addSetAttribute(plane, QStringLiteral("bpmnElement"), collaborationId);
            markStructural();
            if (oldProcess && !oldProcess->firstChildElement(BpmnNamespaces::model, u"laneSet") &&
                std::none_of(oldProcess->children().cbegin(), oldProcess->children().cend(),
                             [](const auto &child) { return child->isElement(); }))
                addRemove(oldProcess);
        }
    }
}

void PasteCommand::addShapes(Content *content)
{
    ProcessDocument *document = this->document();
    BpmnXmlNode *plane = document->plane();
    std::vector<std::unique_ptr<BpmnXmlNode>> &containerShapes = content->containerShapes;
    std::vector<std::unique_ptr<BpmnXmlNode>> &shapes = content->shapes;
    std::vector<std::unique_ptr<BpmnXmlNode>> &edges = content->edges;
    // Pools and lanes below the other shapes, then shapes before the edges.
    const int edgeIndex = firstIndexOf(plane, BpmnNamespaces::bpmnDi, u"BPMNEdge");
    int containerIndex = ProcessContainers::containerShapeIndex(*document, plane);
    for (auto &shape : containerShapes) {
        shape->setPrefix(plane->prefix());
        addInsert(plane, std::move(shape), containerIndex);
        if (containerIndex >= 0)
            ++containerIndex;
    }
    int shapeIndex = edgeIndex < 0 ? -1 : edgeIndex + int(containerShapes.size());
    for (auto &shape : shapes) {
        shape->setPrefix(plane->prefix());
        addInsert(plane, std::move(shape), shapeIndex);
        if (shapeIndex >= 0)
            ++shapeIndex;
    }
    for (auto &edge : edges) {
        edge->setPrefix(plane->prefix());
        addInsert(plane, std::move(edge));
    }
}
