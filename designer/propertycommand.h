#pragma once

#include "documenteditcommand.h"
#include "processproperties.h"

// Edits one property of an element that the properties panel shows: documentation, the
// condition of a sequence flow, the timer of a timer event, and the Pristriy extensions
// (assignee role, due time). Each replaces one child element (or removes it when the value is
// empty), so undo restores the tree exactly. Build with the named constructors; a command
// that would change nothing has no steps (isEmpty()).
class PropertyCommand : public DocumentEditCommand
{
public:
    static PropertyCommand *setDocumentation(ProcessDocument *document, const QString &elementId,
                                             const QString &text);
    static PropertyCommand *setCondition(ProcessDocument *document, const QString &flowId,
                                         const QString &expression);
    static PropertyCommand *setTimer(ProcessDocument *document, const QString &eventId,
                                     ProcessProperties::TimerKind kind, const QString &value);
    static PropertyCommand *setAssigneeRole(ProcessDocument *document, const QString &elementId,
                                            const QString &role);
    static PropertyCommand *setDueDays(ProcessDocument *document, const QString &elementId, int days);

private:
    PropertyCommand(ProcessDocument *document, const QString &text);

    // A model-namespace element with the prefix `like` uses, holding `text`.
    static std::unique_ptr<BpmnXmlNode> modelElement(const BpmnXmlNode *like, const QString &name,
                                                     const QString &text = QString());
    static std::unique_ptr<BpmnXmlNode> formalExpression(const BpmnXmlNode *like, const QString &name,
                                                         const QString &text);
    // Puts `node` (or nothing) in the place of `old` (or at `index` of `parent` when there is none).
    void replace(BpmnXmlNode *parent, BpmnXmlNode *old, std::unique_ptr<BpmnXmlNode> node, int index);
    void setExtension(BpmnXmlNode *element, const QString &name, const QString &attribute,
                      const QString &value);
};
