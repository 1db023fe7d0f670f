#include "changeidcommand.h"

#include "processdocument.h"
#include "processproperties.h"

#include "bpmn/bpmnnamespaces.h"

#include <QObject>

namespace {

// A reference may be written as a QName ("tns:Task_1"); the prefix is kept.
QString renamedReference(const QString &value, const QString &oldId, const QString &newId)
{
    if (value == oldId)
        return newId;
    const int colon = value.indexOf(u':');
    if (colon > 0 && QStringView(value).mid(colon + 1) == oldId)
        return value.left(colon + 1) + newId;
    return QString();
}

} // namespace

ChangeIdCommand::ChangeIdCommand(ProcessDocument *document, const QString &oldId, const QString &newId,
                                 QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Change id to “%1”").arg(newId), parent)
{
    if (!problem(document, oldId, newId).isEmpty())
        return;
    BpmnXmlNode *element = document->document().elementById(oldId);
    addSetAttribute(element, QStringLiteral("id"), newId);
    renameReferences(document->document().root(), oldId, newId);
    markStructural();
}

QString ChangeIdCommand::problem(const ProcessDocument *document, const QString &oldId, const QString &newId)
{
    if (!document->document().elementById(oldId))
        return QObject::tr("There is no element “%1”.").arg(oldId);
    if (!ProcessProperties::isValidId(newId))
        return QObject::tr("“%1” is not a valid id: start with a letter or “_”, then use letters, digits, "
                           "“_”, “-” or “.”, without spaces.")
            .arg(newId);
    if (newId != oldId && document->document().elementById(newId))
        return QObject::tr("The id “%1” is already used by another element.").arg(newId);
    return QString();
}

void ChangeIdCommand::renameReferences(BpmnXmlNode *node, const QString &oldId, const QString &newId)
{
    if (!node->isElement())
        return;
    for (const BpmnXmlAttribute &attribute : node->attributes()) {
        if (!attribute.namespaceUri.isEmpty() || !isReferenceAttribute(attribute.name))
            continue;
        const QString renamed = renamedReference(attribute.value, oldId, newId);
        if (!renamed.isNull())
            addSetAttribute(node, attribute.name, renamed);
    }
    if (isReferenceElement(node)) {
        const QString renamed = renamedReference(node->textContent().trimmed(), oldId, newId);
        if (!renamed.isNull()) {
            addInsert(node, BpmnXmlNode::createText(renamed), 0);
            for (const auto &child : node->children()) {
                if (child->isText())
                    addRemove(child.get());
            }
        }
        return;
    }
    if (BpmnDocument::isExtensionContainer(*node))
        return; // vendor content: its references are not ours to interpret
    for (const auto &child : node->children())
        renameReferences(child.get(), oldId, newId);
}

bool ChangeIdCommand::isReferenceAttribute(const QString &name)
{
    return name.endsWith(QLatin1String("Ref")) || name == u"bpmnElement" || name == u"default" ||
           name == u"sourceElement" || name == u"targetElement" || name == u"calledElement" ||
           name == u"attachedToRef";
}

bool ChangeIdCommand::isReferenceElement(const BpmnXmlNode *node)
{
    if (!node->is(BpmnNamespaces::model, node->name()))
        return false;
    const QString &name = node->name();
    return name == u"incoming" || name == u"outgoing" || name.endsWith(QLatin1String("Ref"));
}
