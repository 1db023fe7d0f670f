#pragma once

#include <QString>

class BpmnDocument;
class QPrinter;

// The editor's File › Export and Print: the drawing of the edited diagram (the document's first
// one) as the canvas shows it, without selection marks, through the renderer the CLI uses.
namespace ProcessExport {

// By the file name's suffix: .png, .svg or .pdf. The file is written only when the picture is
// complete; on failure `errorString` says why and nothing is written.
bool writeFile(const BpmnDocument &document, const QString &fileName, QString *errorString);
// The drawing fitted to the printer's page, keeping its proportions, never enlarged.
bool print(const BpmnDocument &document, QPrinter *printer, QString *errorString);

} // namespace ProcessExport
