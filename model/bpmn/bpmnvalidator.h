#pragma once

#include "bpmndiagnostic.h"

#include <QStringList>
#include <QVector>

class BpmnSemanticModel;

// Lint rules after bpmnlint's "recommended" configuration, with its severities. Works on a
// semantic model snapshot only, keeps no state between calls (safe on a worker thread) and
// is linear in the size of the model: flows are already indexed by node.
class BpmnValidator
{
public:
    static QVector<BpmnDiagnostic> validate(const BpmnSemanticModel &model);
    static QStringList ruleIds();
};
