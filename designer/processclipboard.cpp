#include "processclipboard.h"

#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnreader.h"
#include "bpmn/bpmnwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMimeData>
#include <QSet>

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

} // namespace

QString ProcessClipboard::mimeType()
{
    return QStringLiteral("application/x-pristriy-bpmn+xml");
}

QByteArray ProcessClipboard::copy(const ProcessDocument &document, const QStringList &diIds)
{
    const BpmnDocument &doc = document.document();
    const BpmnXmlNode *process = document.process();
    const BpmnXmlNode *plane = document.plane();
    if (!process || !plane)
        return QByteArray();

    // The selected elements, as the direct children of their container that hold them.
    QSet<QString> selected;
    for (const QString &diId : diIds) {
        if (const BpmnXmlNode *di = doc.elementById(diId))
            selected.insert(di->attribute(u"bpmnElement"));
    }
    QVector<const BpmnXmlNode *> nodes;
    QVector<const BpmnXmlNode *> connections;
    QSet<QString> copied; // every semantic id inside what is copied
    const std::function<void(const BpmnXmlNode *)> visit = [&](const BpmnXmlNode *container) {
        for (const auto &child : container->children()) {
            if (isProcessPart(*child))
                continue;
            const QString id = child->attribute(u"id");
            if (selected.contains(id) && !isConnection(*child)) {
                nodes.append(child.get());
                collectIds(*child, &copied);
            } else if (child->name() == u"subProcess" || child->name() == u"transaction" ||
                       child->name() == u"adHocSubProcess") {
                visit(child.get());
            }
        }
    };
    visit(process);
    if (nodes.isEmpty())
        return QByteArray();
    const std::function<void(const BpmnXmlNode *)> visitFlows = [&](const BpmnXmlNode *container) {
        for (const auto &child : container->children()) {
            if (child->isElement() && isConnection(*child) && !copied.contains(child->attribute(u"id")) &&
                copied.contains(endOf(*child, true)) && copied.contains(endOf(*child, false))) {
                connections.append(child.get());
                copied.insert(child->attribute(u"id"));
            } else if (child->isElement() &&
                       (child->name() == u"subProcess" || child->name() == u"transaction")) {
                visitFlows(child.get());
            }
        }
    };
    visitFlows(process);

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
    // What was dropped above is not drawn either.
    copied.clear();
    for (const auto &child : clipProcess->children())
        collectIds(*child, &copied);

    BpmnXmlNode *diagram = root->appendChild(
        element(BpmnNamespaces::bpmnDi, QStringLiteral("BPMNDiagram"), QStringLiteral("bpmndi")));
    diagram->setAttribute(QStringLiteral("id"), QStringLiteral("Diagram_Clipboard"));
    BpmnXmlNode *clipPlane = diagram->appendChild(
        element(BpmnNamespaces::bpmnDi, QStringLiteral("BPMNPlane"), QStringLiteral("bpmndi")));
    clipPlane->setAttribute(QStringLiteral("id"), QStringLiteral("Plane_Clipboard"));
    clipPlane->setAttribute(QStringLiteral("bpmnElement"), QStringLiteral("Process_Clipboard"));
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
    BpmnXmlNode *process = document->process();
    BpmnXmlNode *plane = document->plane();
    if (!process || !plane) {
        m_problem = tr("This diagram has no process to paste into.");
        return;
    }
    BpmnReadResult read = BpmnReader::read(xml);
    const BpmnXmlNode *clipProcess =
        read.readable ? read.document.root()->firstChildElement(BpmnNamespaces::model, u"process") : nullptr;
    if (!clipProcess) {
        m_problem = tr("The clipboard holds no BPMN process to paste.");
        return;
    }
    // The elements to paste, and the DI of any diagram of the clipboard that draws them.
    std::vector<std::unique_ptr<BpmnXmlNode>> nodes;
    std::vector<std::unique_ptr<BpmnXmlNode>> flows;
    QSet<QString> ids;
    for (const auto &child : clipProcess->children()) {
        if (isProcessPart(*child))
            continue;
        collectIds(*child, &ids);
        (isConnection(*child) ? flows : nodes).push_back(child->clone());
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
    std::vector<std::unique_ptr<BpmnXmlNode>> shapes;
    std::vector<std::unique_ptr<BpmnXmlNode>> edges;
    QSet<QString> drawn;
    for (const BpmnXmlNode *diagram :
         read.document.root()->childElements(BpmnNamespaces::bpmnDi, u"BPMNDiagram")) {
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
    if (shapes.empty()) {
        m_problem = tr("The clipboard holds no drawn elements to paste.");
        return;
    }

    // New ids for those that exist already; every reference follows.
    const BpmnDocument &doc = document->document();
    QHash<QString, QString> renamed;
    QSet<QString> taken;
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
    const QSet<QString> known = ids + taken;
    QSet<QString> kept; // what is left after dropping dangling references, to draw only that
    for (const auto &node : nodes) {
        dropDanglingFlowRefs(node.get(), known);
        collectIds(*node, &kept);
    }
    for (const auto &flow : flows)
        collectIds(*flow, &kept);
    for (auto *list : {&shapes, &edges}) {
        list->erase(std::remove_if(list->begin(), list->end(),
                                   [&](const std::unique_ptr<BpmnXmlNode> &di) {
                                       return !kept.contains(di->attribute(u"bpmnElement"));
                                   }),
                    list->end());
    }

    for (auto &shape : shapes)
        m_pastedIds.append(shape->attribute(u"id"));
    for (auto &edge : edges)
        m_pastedIds.append(edge->attribute(u"id"));
    // Flow nodes before the sequence flows and shapes before the edges, as tools write them.
    int nodeIndex = firstIndexOf(process, BpmnNamespaces::model, u"sequenceFlow");
    for (auto &node : nodes) {
        node->setPrefix(process->prefix());
        addInsert(process, std::move(node), nodeIndex);
        if (nodeIndex >= 0)
            ++nodeIndex;
    }
    for (auto &flow : flows) {
        flow->setPrefix(process->prefix());
        addInsert(process, std::move(flow));
    }
    int shapeIndex = firstIndexOf(plane, BpmnNamespaces::bpmnDi, u"BPMNEdge");
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
