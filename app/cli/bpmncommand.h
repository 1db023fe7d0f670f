#pragma once

#include <QStringList>

// `pristriy-cli bpmn SUBCOMMAND ...`; args are what follows "bpmn".
//   validate FILE   findings as FILE:LINE:COLUMN: error|warning: RULE: message on stdout;
//                   exit 0 without errors, 1 with errors, 2 when FILE cannot be read as BPMN
//   convert IN OUT  read and write back (round trip); OUT is replaced only when complete
int runBpmnCommand(const QStringList &args);
