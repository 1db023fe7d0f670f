#pragma once

#include "documenteditcommand.h"

#include <QColor>
#include <QHash>
#include <QStringList>

#include <optional>

// Colours shapes and flows of the diagram as Camunda Modeler does: the fill and the line colour
// of each DI element, written both as BPMN in Color (color:background-color,
// color:border-color, and color:color on an existing label) and as bpmn-js's bioc:fill and
// bioc:stroke, so that either kind of tool shows them. One undo step for all the elements; the
// namespaces are declared once, on the root, when the file lacks them.
class ColorCommand : public DocumentEditCommand
{
public:
    // A colour the context pad offers: a line colour with its matching light fill.
    struct Preset
    {
        QString name; // translated
        QColor fill;  // invalid for the default colours
        QColor stroke;
    };
    static QList<Preset> presets();

    // `diIds` are ids of BPMNShape or BPMNEdge elements. A colour left out (nullopt) stays as it
    // is; an invalid one returns to the default (the attributes are removed). Flows have no fill.
    ColorCommand(ProcessDocument *document, const QStringList &diIds, std::optional<QColor> fill,
                 std::optional<QColor> stroke);
    bool canMoveLabels() const override { return false; }

    // The DI elements that draw these semantic elements in the diagram being edited.
    static QStringList diIdsOf(const ProcessDocument *document, const QStringList &elementIds);

private:
    void setColor(BpmnXmlNode *node, const QString &namespaceUri, const QString &name, const QColor &color);
    QString prefixFor(const QString &namespaceUri, const QString &wanted);

    QHash<QString, QString> m_declared; // namespace URI -> prefix this command declares
};
