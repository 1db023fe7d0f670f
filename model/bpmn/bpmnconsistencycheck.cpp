#include "bpmnconsistencycheck.h"

#include "bpmndocument.h"
#include "bpmnnamespaces.h"

#include <QCoreApplication>
#include <QHash>

namespace {

using Severity = BpmnDiagnostic::Severity;

struct ReferenceName
{
    QStringView name;
    Severity severity;
};

// References whose target must exist for the diagram to make sense are errors; the rest
// (definitions that an engine resolves, redundant incoming/outgoing lists) are warnings.
constexpr ReferenceName referenceAttributes[] = {
    {u"sourceRef", Severity::Error},          {u"targetRef", Severity::Error},
    {u"attachedToRef", Severity::Error},      {u"default", Severity::Error},
    {u"processRef", Severity::Error},         {u"bpmnElement", Severity::Error},
    {u"dataObjectRef", Severity::Error},      {u"dataStoreRef", Severity::Error},
    {u"messageRef", Severity::Warning},       {u"signalRef", Severity::Warning},
    {u"errorRef", Severity::Warning},         {u"escalationRef", Severity::Warning},
    {u"categoryValueRef", Severity::Warning}, {u"sourceElement", Severity::Warning},
    {u"targetElement", Severity::Warning},
};

constexpr ReferenceName referenceElements[] = {
    {u"sourceRef", Severity::Error},  {u"targetRef", Severity::Error},  {u"flowNodeRef", Severity::Warning},
    {u"incoming", Severity::Warning}, {u"outgoing", Severity::Warning},
};

class Checker
{
public:
    explicit Checker(const BpmnDocument &document)
        : m_document(document)
    {}

    QVector<BpmnDiagnostic> run();

private:
    void visit(const BpmnXmlNode &node);
    void checkId(const BpmnXmlNode &node);
    void checkReferenceAttributes(const BpmnXmlNode &node);
    void checkReferenceElement(const BpmnXmlNode &node);
    void checkReference(const BpmnXmlNode &node, QStringView name, const QString &value, Severity severity);
    void checkDiagramElement(const BpmnXmlNode &node);
    void report(const BpmnXmlNode &node, Severity severity, const QString &rule, const QString &message);
    bool exists(const QString &reference) const;

    const BpmnDocument &m_document;
    QHash<QString, const BpmnXmlNode *> m_seen;
    QVector<BpmnDiagnostic> m_diagnostics;
};

QVector<BpmnDiagnostic> Checker::run()
{
    if (m_document.root())
        visit(*m_document.root());
    return m_diagnostics;
}

void Checker::visit(const BpmnXmlNode &node)
{
    if (!BpmnDocument::isIndexedElement(node))
        return;
    checkId(node);
    checkReferenceAttributes(node);
    checkReferenceElement(node);
    checkDiagramElement(node);
    if (BpmnDocument::isExtensionContainer(node))
        return;
    for (const auto &child : node.children()) {
        if (child->isElement())
            visit(*child);
    }
}

void Checker::checkId(const BpmnXmlNode &node)
{
    const QString id = node.attribute(u"id");
    if (id.isEmpty())
        return;
    const auto it = m_seen.constFind(id);
    if (it == m_seen.cend()) {
        m_seen.insert(id, &node);
        return;
    }
    report(node, Severity::Error, QStringLiteral("duplicate-id"),
           QCoreApplication::translate("bpmn",
                                       "Duplicate id \"%1\": already used by <%2> at line %3, column %4.")
               .arg(id, it.value()->name())
               .arg(it.value()->line())
               .arg(it.value()->column()));
}

void Checker::checkReferenceAttributes(const BpmnXmlNode &node)
{
    for (const BpmnXmlAttribute &attribute : node.attributes()) {
        if (!attribute.namespaceUri.isEmpty())
            continue;
        for (const ReferenceName &reference : referenceAttributes) {
            if (attribute.name == reference.name) {
                checkReference(node, reference.name, attribute.value, reference.severity);
                break;
            }
        }
    }
}

void Checker::checkReferenceElement(const BpmnXmlNode &node)
{
    if (node.namespaceUri() != BpmnNamespaces::model)
        return;
    for (const ReferenceName &reference : referenceElements) {
        if (node.name() == reference.name) {
            checkReference(node, reference.name, node.textContent().trimmed(), reference.severity);
            return;
        }
    }
}

void Checker::checkReference(const BpmnXmlNode &node, QStringView name, const QString &value,
                             Severity severity)
{
    if (value.isEmpty() || exists(value))
        return;
    report(node, severity, QStringLiteral("dangling-reference"),
           QCoreApplication::translate("bpmn", "<%1> refers with %2 to \"%3\", which does not exist.")
               .arg(node.name(), name.toString(), value));
}

void Checker::checkDiagramElement(const BpmnXmlNode &node)
{
    if (node.is(BpmnNamespaces::bpmnDi, u"BPMNEdge")) {
        if (node.childElements(BpmnNamespaces::di, u"waypoint").size() < 2) {
            report(node, Severity::Error, QStringLiteral("edge-without-waypoints"),
                   QCoreApplication::translate("bpmn",
                                               "Edge \"%1\" has fewer than two waypoints and cannot be "
                                               "drawn.")
                       .arg(node.attribute(u"id")));
        }
    } else if (node.is(BpmnNamespaces::bpmnDi, u"BPMNShape")) {
        if (!node.firstChildElement(BpmnNamespaces::dc, u"Bounds")) {
            report(node, Severity::Error, QStringLiteral("shape-without-bounds"),
                   QCoreApplication::translate("bpmn", "Shape \"%1\" has no bounds and cannot be drawn.")
                       .arg(node.attribute(u"id")));
        }
    }
}

void Checker::report(const BpmnXmlNode &node, Severity severity, const QString &rule, const QString &message)
{
    BpmnDiagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.rule = rule;
    diagnostic.elementId = node.attribute(u"id");
    if (diagnostic.elementId.isEmpty() && node.parent())
        diagnostic.elementId = node.parent()->attribute(u"id");
    diagnostic.message = message;
    diagnostic.line = node.line();
    diagnostic.column = node.column();
    m_diagnostics.append(diagnostic);
}

bool Checker::exists(const QString &reference) const
{
    if (m_document.elementById(reference))
        return true;
    // QName references ("tns:Process_1") name the element by its local part.
    const int colon = reference.indexOf(u':');
    return colon >= 0 && m_document.elementById(reference.mid(colon + 1));
}

} // namespace

QVector<BpmnDiagnostic> BpmnConsistencyCheck::check(const BpmnDocument &document)
{
    return Checker(document).run();
}
