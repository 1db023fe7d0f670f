#pragma once

#include <QStringList>

class BpmnDocument;

// Semantic comparison of two BPMN documents: the same element tree (namespace URI and local
// name, in order), the same attributes (by namespace and name, in any order, ignoring those
// that repeat the schema default), the same trimmed text. Prefixes, namespace declarations,
// indentation and comments do not matter; QName values of xsi:type are compared resolved.
class BpmnXmlCompare
{
public:
    struct Result
    {
        bool equal = true;
        QStringList differences; // human-readable, the first few only
    };

    static Result compare(const BpmnDocument &expected, const BpmnDocument &actual, int maxDifferences = 20);
};
