#pragma once

#include <QString>
#include <QStringView>

class BpmnXmlNode;

// Reading the properties that the properties panel edits, straight from the document tree.
//
// Assignee role and due time are not BPMN; they are stored as extension elements in the
// Pristriy namespace, which other BPMN tools keep verbatim:
//
//   <bpmn:userTask id="Task_1" name="Agreement">
//     <bpmn:extensionElements>
//       <pristriy:assignment role="Sales manager" xmlns:pristriy="https://pristriy.example/bpmn"/>
//       <pristriy:dueIn days="3" xmlns:pristriy="https://pristriy.example/bpmn"/>
//     </bpmn:extensionElements>
//   </bpmn:userTask>
//
// `role` names a role of the CRM (lanes and tasks); `days` is the checkpoint of a task: the
// number of days after the task starts by which it must be done.
namespace ProcessProperties {
inline constexpr QStringView pristriyNamespace = u"https://pristriy.example/bpmn";

enum class TimerKind
{
    None,
    Duration, // timeDuration, ISO 8601 duration (P3D)
    Date,     // timeDate, ISO 8601 date-time
    Cycle     // timeCycle, ISO 8601 repetition (R3/PT1H)
};

QString timerElementName(TimerKind kind);

QString documentation(const BpmnXmlNode *element);
QString condition(const BpmnXmlNode *flow);
// The timer event definition of an event, or null.
BpmnXmlNode *timerDefinition(const BpmnXmlNode *event);
TimerKind timerKind(const BpmnXmlNode *event);
QString timerValue(const BpmnXmlNode *event);
// The Pristriy extension element `name` (assignment, dueIn) of an element, or null.
BpmnXmlNode *extension(const BpmnXmlNode *element, QStringView name);
QString assigneeRole(const BpmnXmlNode *element);
// 0 when the element has no due time.
int dueDays(const BpmnXmlNode *element);

// Whether `id` may be used as an XML id (an NCName).
bool isValidId(const QString &id);
// Where a child of BaseElement's leading group (documentation, extensionElements) goes: after
// the documentation elements, and for extensionElements before everything else.
int leadingChildIndex(const BpmnXmlNode *element, bool afterExtensions);
} // namespace ProcessProperties
