#include "bpmndiagnostic.h"

#include <algorithm>

QString BpmnDiagnostic::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

bool BpmnDiagnostic::hasErrors(const QVector<BpmnDiagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const BpmnDiagnostic &d) { return d.isError(); });
}

void BpmnDiagnostic::sortByPosition(QVector<BpmnDiagnostic> &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const BpmnDiagnostic &a, const BpmnDiagnostic &b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
}
