#include "bpmnvalidator.h"

#include "bpmnsemanticmodel.h"

#include <QCoreApplication>
#include <QSet>

namespace {

using Element = BpmnSemanticModel::Element;
using Severity = BpmnDiagnostic::Severity;
using Type = BpmnElementType;

class Linter
{
public:
    explicit Linter(const BpmnSemanticModel &model)
        : m_model(model)
    {}

    QVector<BpmnDiagnostic> run();

private:
    void checkContainer(const Element &container);
    void checkFlowNode(int index);
    void checkLabel(const Element &element);
    void checkConditionalFlows(const Element &node);
    void checkDuplicateFlows();
    int unconditionalOutgoing(const Element &node) const;
    bool isDefaultFlow(const Element &node, int flow) const;
    void report(const Element &element, Severity severity, const char *rule, const QString &message);

    const BpmnSemanticModel &m_model;
    QVector<BpmnDiagnostic> m_findings;
};

QVector<BpmnDiagnostic> Linter::run()
{
    const QVector<Element> &elements = m_model.elements();
    for (int i = 0; i < elements.size(); ++i) {
        const Element &element = elements.at(i);
        if (BpmnSchema::isFlowElementsContainer(element.type))
            checkContainer(element);
        if (BpmnSchema::isFlowNode(element.type))
            checkFlowNode(i);
        checkLabel(element);
    }
    checkDuplicateFlows();
    return m_findings;
}

void Linter::checkContainer(const Element &container)
{
    bool hasStart = false;
    bool hasEnd = false;
    int blankStarts = 0;
    const bool isPlainSubProcess = BpmnSchema::isSubProcess(container.type) && !container.triggeredByEvent;
    for (int child : container.children) {
        const Element &element = m_model.at(child);
        if (element.type == Type::StartEvent) {
            hasStart = true;
            if (element.eventDefinitions.isEmpty())
                ++blankStarts;
            else if (isPlainSubProcess)
                report(element, Severity::Error, "sub-process-blank-start-event",
                       QCoreApplication::translate(
                           "bpmn", "The start event of a sub-process must be blank (no event definition)."));
        } else if (element.type == Type::EndEvent) {
            hasEnd = true;
        }
    }
    const bool isSubProcess = container.type != Type::Process;
    if (container.type != Type::AdHocSubProcess) {
        if (!hasStart) {
            report(container, Severity::Error, "start-event-required",
                   isSubProcess ? QCoreApplication::translate("bpmn", "The sub-process has no start event.")
                                : QCoreApplication::translate("bpmn", "The process has no start event."));
        }
        if (!hasEnd) {
            report(container, Severity::Error, "end-event-required",
                   isSubProcess ? QCoreApplication::translate("bpmn", "The sub-process has no end event.")
                                : QCoreApplication::translate("bpmn", "The process has no end event."));
        }
    }
    if (blankStarts > 1) {
        report(
            container, Severity::Error, "single-blank-start-event",
            isSubProcess
                ? QCoreApplication::translate("bpmn", "The sub-process has more than one blank start event.")
                : QCoreApplication::translate("bpmn", "The process has more than one blank start event."));
    }
}

void Linter::checkFlowNode(int index)
{
    const Element &node = m_model.at(index);
    const bool isGateway = BpmnSchema::isGateway(node.type);
    const bool isTaskOrEvent = BpmnSchema::isTask(node.type) || BpmnSchema::isEvent(node.type);
    const int incoming = node.incoming.size();
    const int outgoing = node.outgoing.size();

    const bool compensationLinked =
        node.isForCompensation || (node.type == Type::BoundaryEvent && node.eventDefinitions.size() == 1 &&
                                   node.eventDefinitions.first() == BpmnEventDefinitionType::Compensation);
    const bool inAdHoc = node.parent >= 0 && m_model.at(node.parent).type == Type::AdHocSubProcess &&
                         BpmnSchema::isActivity(node.type);
    const bool checkedForConnection = node.type != Type::CallActivity && !node.triggeredByEvent;
    if (checkedForConnection && !compensationLinked && !inAdHoc && incoming == 0 && outgoing == 0)
        report(node, Severity::Error, "no-disconnected",
               QCoreApplication::translate("bpmn", "The element is not connected to any sequence flow."));

    if (isTaskOrEvent && unconditionalOutgoing(node) > 1) {
        report(node, Severity::Error, "no-implicit-split",
               QCoreApplication::translate("bpmn",
                                           "The flow splits implicitly; model the split with a gateway."));
    }
    if (incoming > 1 && isTaskOrEvent) {
        report(
            node, Severity::Warning, "fake-join",
            QCoreApplication::translate(
                "bpmn", "Several flows enter the element but it does not join them; use a joining gateway."));
    } else if (incoming > 1 && !isGateway) {
        report(node, Severity::Warning, "no-implicit-join",
               QCoreApplication::translate(
                   "bpmn",
                   "Several flows enter the activity and are joined implicitly; use a joining gateway."));
    }
    if (node.eventDefinitions.size() > 1) {
        report(node, Severity::Error, "single-event-definition",
               QCoreApplication::translate("bpmn", "The event has more than one event definition."));
    }
    if (isGateway && incoming == 1 && outgoing == 1) {
        report(node, Severity::Warning, "superfluous-gateway",
               QCoreApplication::translate(
                   "bpmn", "The gateway is superfluous: it has only one incoming and one outgoing flow."));
    }
    if (isGateway && incoming > 1 && outgoing > 1)
        report(node, Severity::Error, "no-gateway-join-fork",
               QCoreApplication::translate("bpmn", "The gateway both joins and forks."));
    checkConditionalFlows(node);
}

void Linter::checkLabel(const Element &element)
{
    const Type type = element.type;
    bool required = false;
    if (BpmnSchema::isFlowNode(type)) {
        required = type != Type::ParallelGateway && type != Type::EventBasedGateway &&
                   !BpmnSchema::isSubProcess(type) &&
                   !(BpmnSchema::isGateway(type) && element.outgoing.size() <= 1);
    } else {
        required = type == Type::Participant || type == Type::Lane ||
                   (type == Type::SequenceFlow && element.hasCondition);
    }
    if (required && element.name.trimmed().isEmpty())
        report(element, Severity::Error, "label-required",
               QCoreApplication::translate("bpmn", "The element has no label."));
}

void Linter::checkConditionalFlows(const Element &node)
{
    bool anyCondition = false;
    for (int flow : node.outgoing)
        anyCondition = anyCondition || m_model.at(flow).hasCondition;
    const bool conditionalGateway =
        (node.type == Type::ExclusiveGateway || node.type == Type::InclusiveGateway) &&
        node.outgoing.size() > 1;
    if (!conditionalGateway && node.defaultFlow.isEmpty() && !anyCondition)
        return;
    for (int flow : node.outgoing) {
        if (!m_model.at(flow).hasCondition && !isDefaultFlow(node, flow)) {
            report(m_model.at(flow), Severity::Error, "conditional-flows",
                   QCoreApplication::translate(
                       "bpmn", "The sequence flow has no condition and is not the default flow."));
        }
    }
}

void Linter::checkDuplicateFlows()
{
    QSet<QString> keys;
    QSet<int> reportedSources;
    QSet<int> reportedTargets;
    for (int index : m_model.indexesOf(Type::SequenceFlow)) {
        const Element &flow = m_model.at(index);
        const QString key = flow.sourceRef + u'\n' + flow.targetRef + u'\n' + flow.condition;
        if (!keys.contains(key)) {
            keys.insert(key);
            continue;
        }
        report(flow, Severity::Error, "no-duplicate-sequence-flows",
               QCoreApplication::translate("bpmn", "The sequence flow is a duplicate."));
        if (flow.source >= 0 && !reportedSources.contains(flow.source)) {
            reportedSources.insert(flow.source);
            report(m_model.at(flow.source), Severity::Error, "no-duplicate-sequence-flows",
                   QCoreApplication::translate("bpmn", "The element has duplicate outgoing sequence flows."));
        }
        if (flow.target >= 0 && !reportedTargets.contains(flow.target)) {
            reportedTargets.insert(flow.target);
            report(m_model.at(flow.target), Severity::Error, "no-duplicate-sequence-flows",
                   QCoreApplication::translate("bpmn", "The element has duplicate incoming sequence flows."));
        }
    }
}

int Linter::unconditionalOutgoing(const Element &node) const
{
    int count = 0;
    for (int flow : node.outgoing) {
        if (!m_model.at(flow).hasCondition && !isDefaultFlow(node, flow))
            ++count;
    }
    return count;
}

bool Linter::isDefaultFlow(const Element &node, int flow) const
{
    return !node.defaultFlow.isEmpty() && m_model.at(flow).id == node.defaultFlow;
}

void Linter::report(const Element &element, Severity severity, const char *rule, const QString &message)
{
    BpmnDiagnostic finding;
    finding.severity = severity;
    finding.rule = QString::fromLatin1(rule);
    finding.elementId = element.id;
    finding.message = message;
    finding.line = element.line;
    finding.column = element.column;
    m_findings.append(finding);
}

} // namespace

QVector<BpmnDiagnostic> BpmnValidator::validate(const BpmnSemanticModel &model)
{
    return Linter(model).run();
}

QStringList BpmnValidator::ruleIds()
{
    return {QStringLiteral("conditional-flows"),
            QStringLiteral("end-event-required"),
            QStringLiteral("fake-join"),
            QStringLiteral("label-required"),
            QStringLiteral("no-disconnected"),
            QStringLiteral("no-duplicate-sequence-flows"),
            QStringLiteral("no-gateway-join-fork"),
            QStringLiteral("no-implicit-join"),
            QStringLiteral("no-implicit-split"),
            QStringLiteral("single-blank-start-event"),
            QStringLiteral("single-event-definition"),
            QStringLiteral("start-event-required"),
            QStringLiteral("sub-process-blank-start-event"),
            QStringLiteral("superfluous-gateway")};
}
