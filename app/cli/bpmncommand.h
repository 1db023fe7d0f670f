#pragma once

#include <QStringList>

// `pristriy-cli bpmn SUBCOMMAND ...`; args are what follows "bpmn".
//   validate FILE   findings as FILE:LINE:COLUMN: error|warning: RULE: message on stdout;
//                   exit 0 without errors, 1 with errors, 2 when FILE cannot be read as BPMN
//   convert IN OUT  read and write back (round trip); OUT is replaced only when complete
//   render IN OUT [--diagram ID]
//                   draw the diagrams as PNG, SVG or PDF (by OUT's suffix); exit 0 when written,
//                   1 when an output cannot be written or the diagram does not exist, 2 when IN
//                   cannot be read as BPMN. Needs a QGuiApplication (see bpmnCommandNeedsGui).
int runBpmnCommand(const QStringList &args);

// Whether the command line (main's argc/argv, before any application object exists) asks for
// a bpmn command that paints, and so needs a QGuiApplication instead of a QCoreApplication.
bool bpmnCommandNeedsGui(int argc, char *argv[]);
