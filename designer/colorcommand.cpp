#include "colorcommand.h"

#include "processdocument.h"

#include "bpmn/bpmndimodel.h"
#include "bpmn/bpmnnamespaces.h"

#include <QObject>

namespace {

QString colorText(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexRgb) : QString();
}

} // namespace

QList<ColorCommand::Preset> ColorCommand::presets()
{
    // The light fills and strong lines process owners know from Camunda Modeler's palette.
    return {
        {QObject::tr("Default"), QColor(), QColor()},
        {QObject::tr("Blue"), QColor(0xbb, 0xde, 0xfb), QColor(0x0d, 0x47, 0xa1)},
        {QObject::tr("Orange"), QColor(0xff, 0xe0, 0xb2), QColor(0xe6, 0x51, 0x00)},
        {QObject::tr("Green"), QColor(0xc8, 0xe6, 0xc9), QColor(0x20, 0x50, 0x22)},
        {QObject::tr("Red"), QColor(0xff, 0xcd, 0xd2), QColor(0x83, 0x13, 0x11)},
        {QObject::tr("Purple"), QColor(0xe1, 0xbe, 0xe7), QColor(0x5b, 0x17, 0x6d)},
    };
}

ColorCommand::ColorCommand(ProcessDocument *document, const QStringList &diIds, std::optional<QColor> fill,
                           std::optional<QColor> stroke)
    : DocumentEditCommand(document, QObject::tr("Set colour"))
{
    const QString color = BpmnDiModel::colorNamespace.toString();
    const QString bioc = BpmnDiModel::biocNamespace.toString();
    for (const QString &id : diIds) {
        BpmnXmlNode *node = document->document().elementById(id);
        if (!node)
            continue;
        const bool edge = node->is(BpmnNamespaces::bpmnDi, u"BPMNEdge");
        if (!edge && !node->is(BpmnNamespaces::bpmnDi, u"BPMNShape"))
            continue;
        if (fill && !edge) {
            setColor(node, color, QStringLiteral("background-color"), *fill);
            setColor(node, bioc, QStringLiteral("fill"), *fill);
        }
        if (stroke) {
            setColor(node, color, QStringLiteral("border-color"), *stroke);
            setColor(node, bioc, QStringLiteral("stroke"), *stroke);
            if (BpmnXmlNode *label = node->firstChildElement(BpmnNamespaces::bpmnDi, u"BPMNLabel"))
                setColor(label, color, QStringLiteral("color"), *stroke);
        }
        addChangedId(id);
    }
}

QStringList ColorCommand::diIdsOf(const ProcessDocument *document, const QStringList &elementIds)
{
    QStringList ids;
    const BpmnXmlNode *plane = document->plane();
    if (!plane)
        return ids;
    for (const auto &child : plane->children()) {
        if (!child->isElement())
            continue;
        if ((child->is(BpmnNamespaces::bpmnDi, u"BPMNShape") ||
             child->is(BpmnNamespaces::bpmnDi, u"BPMNEdge")) &&
            elementIds.contains(child->attribute(u"bpmnElement")) && !child->attribute(u"id").isEmpty())
            ids.append(child->attribute(u"id"));
    }
    return ids;
}

void ColorCommand::setColor(BpmnXmlNode *node, const QString &namespaceUri, const QString &name,
                            const QColor &color)
{
    const QString value = colorText(color);
    const BpmnXmlAttribute *old = node->findAttribute(namespaceUri, name);
    if ((old ? old->value : QString()) == value || (!old && value.isEmpty()))
        return;
    const QString wanted =
        namespaceUri == BpmnDiModel::colorNamespace ? QStringLiteral("color") : QStringLiteral("bioc");
    addSetAttribute(node, namespaceUri, prefixFor(namespaceUri, wanted), name, value);
}

QString ColorCommand::prefixFor(const QString &namespaceUri, const QString &wanted)
{
    if (m_declared.contains(namespaceUri))
        return m_declared.value(namespaceUri);
    BpmnXmlNode *root = document()->document().root();
    const auto taken = [root](const QString &candidate) {
        for (const BpmnNamespaceDeclaration &declaration : root->namespaceDeclarations()) {
            if (declaration.prefix == candidate)
                return true;
        }
        return false;
    };
    for (const BpmnNamespaceDeclaration &declaration : root->namespaceDeclarations()) {
        if (declaration.namespaceUri == namespaceUri && !declaration.prefix.isEmpty())
            return declaration.prefix;
    }
    QString prefix = wanted;
    for (int n = 2; taken(prefix); ++n)
        prefix = wanted + QString::number(n);
    // Declared once on the root by this command (first of its steps to run), undone with it.
    m_declared.insert(namespaceUri, prefix);
    addNamespaceDeclaration(root, prefix, namespaceUri);
    return prefix;
}
