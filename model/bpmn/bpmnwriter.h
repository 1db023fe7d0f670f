#pragma once

#include <QByteArray>
#include <QString>

class BpmnDocument;
class QIODevice;

// Writes a BpmnDocument as UTF-8 XML. Elements and attributes keep the prefixes they were
// read with; a prefix that is not declared in scope (elements created in memory) is resolved
// against the declarations in scope or declared on the spot.
class BpmnWriter
{
public:
    static bool write(const BpmnDocument &document, QIODevice *device, QString *errorString = nullptr);
    static QByteArray toByteArray(const BpmnDocument &document);
    // All or nothing: writes to a temporary file that replaces `path` only when complete.
    static bool writeFile(const BpmnDocument &document, const QString &path, QString *errorString = nullptr);
};
