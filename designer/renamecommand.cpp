#include "renamecommand.h"

#include "processdocument.h"

#include "bpmn/bpmnnamespaces.h"

RenameCommand::RenameCommand(ProcessDocument *document, const QString &elementId, const QString &name,
                             QUndoCommand *parent)
    : DocumentEditCommand(document, QObject::tr("Rename to “%1”").arg(name), parent)
{
    BpmnXmlNode *element = document->document().elementById(elementId);
    if (!element)
        return;
    if (element->is(BpmnNamespaces::model, u"textAnnotation")) {
        if (BpmnXmlNode *text = element->firstChildElement(BpmnNamespaces::model, u"text"))
            addRemove(text);
        auto text = BpmnXmlNode::createElement(BpmnNamespaces::model.toString(), QStringLiteral("text"),
                                               element->prefix());
        text->appendChild(BpmnXmlNode::createText(name));
        addInsert(element, std::move(text));
        return;
    }
    addSetAttribute(element, QStringLiteral("name"), name.isEmpty() ? QString() : name);
    addChangedId(elementId);
}
