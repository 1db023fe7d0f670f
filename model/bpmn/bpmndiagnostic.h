#pragma once

#include <QString>
#include <QVector>

// A finding about a BPMN file: a reading problem or a validation rule that failed.
struct BpmnDiagnostic
{
    enum class Severity : quint8
    {
        Warning,
        Error
    };

    Severity severity = Severity::Error;
    QString rule; // stable id, e.g. "duplicate-id", "no-disconnected"
    QString elementId;
    QString message; // translated, plain text
    int line = 0;
    int column = 0;

    bool isError() const { return severity == Severity::Error; }
    // "error" or "warning": data for machine-readable output, not translated.
    static QString severityName(Severity severity);
    static bool hasErrors(const QVector<BpmnDiagnostic> &diagnostics);
    // Orders by position so that findings read top to bottom like the file.
    static void sortByPosition(QVector<BpmnDiagnostic> &diagnostics);
};
