#include "deletecommand.h"

#include "processdocument.h"
#include "processrules.h"

#include "bpmn/bpmnnamespaces.h"

#include <functional>

namespace {

bool isModel(const BpmnXmlNode *node)
{
    return node->isElement() && node->namespaceUri() == BpmnNamespaces::model;
}

bool isDi(const BpmnXmlNode *node)
{
    return node->is(BpmnNamespaces::bpmnDi, u"BPMNShape") || node->is(BpmnNamespaces::bpmnDi, u"BPMNEdge");
}

void forEachElement(BpmnXmlNode *node, const std::function<void(BpmnXmlNode *)> &visit)
{
    for (const auto &child : node->children()) {
        if (!child->isElement() || BpmnDocument::isExtensionContainer(*child))
            continue;
        visit(child.get());
        forEachElement(child.get(), visit);
    }
}

} // namespace

DeleteCommand::DeleteCommand(ProcessDocument *document, const QStringList &ids, QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Delete"), parent)
{
    BpmnXmlNode *root = document->document().root();
    if (!root)
        return;
    collect(ids);
    addDependents();
    setText(QObject::tr("Delete %n element(s)", nullptr, int(m_deleted.size())));

    // One pass finds what to remove; removal follows, outermost first, never a node twice.
    QVector<BpmnXmlNode *> doomed;
    QVector<std::pair<BpmnXmlNode *, QString>> defaults;
    forEachElement(root, [&](BpmnXmlNode *node) {
        const bool model = isModel(node);
        if (model && m_deleted.contains(node->attribute(u"id")))
            doomed.append(node);
        else if (isDi(node) && m_deleted.contains(node->attribute(u"bpmnElement")))
            doomed.append(node);
        else if (model &&
                 (node->name() == u"incoming" || node->name() == u"outgoing" ||
                  node->name() == u"flowNodeRef") &&
                 m_deleted.contains(node->textContent().trimmed()))
            doomed.append(node);
        else if (model && m_deleted.contains(node->attribute(u"default")))
            defaults.append({node, QString()});
    });
    QSet<const BpmnXmlNode *> removed;
    for (BpmnXmlNode *node : std::as_const(doomed)) {
        bool inside = false;
        for (const BpmnXmlNode *up = node->parent(); up && !inside; up = up->parent())
            inside = removed.contains(up);
        if (inside)
            continue;
        removed.insert(node);
        addRemove(node);
    }
    for (const auto &entry : std::as_const(defaults)) {
        bool inside = false;
        for (const BpmnXmlNode *up = entry.first; up && !inside; up = up->parent())
            inside = removed.contains(up);
        if (!inside)
            addSetAttribute(entry.first, QStringLiteral("default"), QString());
    }
}

void DeleteCommand::collect(const QStringList &ids)
{
    const BpmnDocument &bpmn = document()->document();
    for (const QString &id : ids) {
        const BpmnXmlNode *node = bpmn.elementById(id);
        if (node && isDi(node))
            node = bpmn.elementById(node->attribute(u"bpmnElement"));
        if (!node || !isModel(node))
            continue;
        m_deleted.insert(node->attribute(u"id"));
        // The content of a sub-process goes with it.
        forEachElement(const_cast<BpmnXmlNode *>(node), [this](BpmnXmlNode *child) {
            if (isModel(child) && child->hasAttribute(u"id"))
                m_deleted.insert(child->attribute(u"id"));
        });
    }
}

void DeleteCommand::addDependents()
{
    // Flows whose end goes and boundary events whose activity goes; a boundary event's own
    // flows are found by the next pass.
    for (int pass = 0; pass < 2; ++pass) {
        forEachElement(document()->document().root(), [this](BpmnXmlNode *node) {
            if (!isModel(node))
                return;
            if (m_deleted.contains(node->attribute(u"sourceRef")) ||
                m_deleted.contains(node->attribute(u"targetRef")) ||
                m_deleted.contains(node->attribute(u"attachedToRef")))
                m_deleted.insert(node->attribute(u"id"));
            // Data associations name their data object or store in child elements, not attributes.
            if ((node->name() == u"dataInputAssociation" || node->name() == u"dataOutputAssociation") &&
                node->hasAttribute(u"id")) {
                const auto ends = ProcessRules::connectionEnds(node);
                if (m_deleted.contains(ends.first) || m_deleted.contains(ends.second))
                    m_deleted.insert(node->attribute(u"id"));
            }
        });
    }
}
