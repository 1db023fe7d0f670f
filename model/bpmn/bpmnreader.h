#pragma once

#include "bpmndiagnostic.h"
#include "bpmndocument.h"

#include <QByteArray>
#include <QString>
#include <QVector>

class QIODevice;

struct BpmnReadResult
{
    // What could be read; after a fatal problem this is the part before it.
    BpmnDocument document;
    QVector<BpmnDiagnostic> diagnostics;
    // Well-formed XML with a BPMN <definitions> root. Errors such as dangling references
    // leave a document readable; only a readable document may be saved back.
    bool readable = false;

    bool hasErrors() const { return BpmnDiagnostic::hasErrors(diagnostics); }
};

// Reads BPMN 2.0 XML. Namespace-aware: any prefix works; the encoding is the one the file
// declares, so hand over the raw bytes. Never throws; problems become diagnostics.
class BpmnReader
{
public:
    static BpmnReadResult read(QIODevice *device);
    static BpmnReadResult read(const QByteArray &data);
    static BpmnReadResult readFile(const QString &path);
};
