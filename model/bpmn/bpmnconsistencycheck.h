#pragma once

#include "bpmndiagnostic.h"

#include <QVector>

class BpmnDocument;

// Finds what makes a well-formed BPMN file inconsistent: duplicate ids, references to
// elements that do not exist, edges without waypoints, shapes without bounds.
class BpmnConsistencyCheck
{
public:
    static QVector<BpmnDiagnostic> check(const BpmnDocument &document);
};
