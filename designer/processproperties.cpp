#include "processproperties.h"

#include "bpmn/bpmnnamespaces.h"
#include "bpmn/bpmnxmlnode.h"

#include <QRegularExpression>

namespace ProcessProperties {

QString timerElementName(TimerKind kind)
{
    switch (kind) {
    case TimerKind::Duration:
        return QStringLiteral("timeDuration");
    case TimerKind::Date:
        return QStringLiteral("timeDate");
    case TimerKind::Cycle:
        return QStringLiteral("timeCycle");
    case TimerKind::None:
        break;
    }
    return QString();
}

QString documentation(const BpmnXmlNode *element)
{
    const BpmnXmlNode *node =
        element ? element->firstChildElement(BpmnNamespaces::model, u"documentation") : nullptr;
    return node ? node->textContent() : QString();
}

QString condition(const BpmnXmlNode *flow)
{
    const BpmnXmlNode *node =
        flow ? flow->firstChildElement(BpmnNamespaces::model, u"conditionExpression") : nullptr;
    return node ? node->textContent().trimmed() : QString();
}

BpmnXmlNode *timerDefinition(const BpmnXmlNode *event)
{
    return event ? event->firstChildElement(BpmnNamespaces::model, u"timerEventDefinition") : nullptr;
}

TimerKind timerKind(const BpmnXmlNode *event)
{
    const BpmnXmlNode *timer = timerDefinition(event);
    if (!timer)
        return TimerKind::None;
    for (TimerKind kind : {TimerKind::Duration, TimerKind::Date, TimerKind::Cycle}) {
        if (timer->firstChildElement(BpmnNamespaces::model, timerElementName(kind)))
            return kind;
    }
    return TimerKind::None;
}

QString timerValue(const BpmnXmlNode *event)
{
    const BpmnXmlNode *timer = timerDefinition(event);
    const TimerKind kind = timerKind(event);
    if (!timer || kind == TimerKind::None)
        return QString();
    return timer->firstChildElement(BpmnNamespaces::model, timerElementName(kind))->textContent().trimmed();
}

BpmnXmlNode *extension(const BpmnXmlNode *element, QStringView name)
{
    const BpmnXmlNode *container =
        element ? element->firstChildElement(BpmnNamespaces::model, u"extensionElements") : nullptr;
    return container ? container->firstChildElement(pristriyNamespace, name) : nullptr;
}

QString assigneeRole(const BpmnXmlNode *element)
{
    const BpmnXmlNode *node = extension(element, u"assignment");
    return node ? node->attribute(u"role") : QString();
}

int dueDays(const BpmnXmlNode *element)
{
    const BpmnXmlNode *node = extension(element, u"dueIn");
    return node ? qMax(0, node->attribute(u"days").toInt()) : 0;
}

bool isValidId(const QString &id)
{
    static const QRegularExpression ncName(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_.\\-]*$"));
    return ncName.match(id).hasMatch();
}

int leadingChildIndex(const BpmnXmlNode *element, bool afterExtensions)
{
    for (int i = 0; i < element->childCount(); ++i) {
        const BpmnXmlNode *child = element->childAt(i);
        if (!child->isElement() || child->is(BpmnNamespaces::model, u"documentation"))
            continue;
        if (afterExtensions && child->is(BpmnNamespaces::model, u"extensionElements"))
            continue;
        return i;
    }
    return element->childCount();
}

} // namespace ProcessProperties
