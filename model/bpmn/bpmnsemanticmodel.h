#pragma once

#include "bpmnschema.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

class BpmnDocument;
class BpmnXmlNode;

// The semantic BPMN model as a value snapshot: definitions, processes, collaborations,
// flow nodes, flows, lanes, data and artifacts, indexed by id and with incoming/outgoing
// sequence flows resolved. It holds copies, not pointers into the document, so a copy can be
// handed to a worker thread (validation) while the document is being edited.
class BpmnSemanticModel
{
public:
    struct Element
    {
        QString id;
        BpmnElementType type = BpmnElementType::Unknown;
        QString name;    // plain text, never markup
        int parent = -1; // index of the enclosing element (process, sub-process, lane set, ...)
        int line = 0;
        int column = 0;
        QVector<int> children;

        // flow nodes
        QVector<BpmnEventDefinitionType> eventDefinitions;
        QString attachedToRef;
        QString defaultFlow;
        QString calledElement;
        bool triggeredByEvent = false;
        bool isForCompensation = false;
        bool isInterrupting = true; // start events: isInterrupting; boundary events: cancelActivity
        QVector<int> incoming;      // indexes of sequence flows
        QVector<int> outgoing;

        // sequence flows, message flows, associations
        QString sourceRef;
        QString targetRef;
        int source = -1;
        int target = -1;
        bool hasCondition = false;
        QString condition; // text of conditionExpression, trimmed

        QString processRef;       // participants
        QStringList flowNodeRefs; // lanes
    };

    static BpmnSemanticModel fromDocument(const BpmnDocument &document);

    const QVector<Element> &elements() const { return m_elements; }
    const Element &at(int index) const { return m_elements.at(index); }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Element *element(const QString &id) const;
    int count(BpmnElementType type) const;
    QVector<int> indexesOf(BpmnElementType type) const;

private:
    void visit(const BpmnXmlNode &node, int parent);
    int add(const BpmnXmlNode &node, BpmnElementType type, int parent);
    void resolveFlows();

    QVector<Element> m_elements;
    QHash<QString, int> m_index;
};
