#pragma once

#include <QByteArray>

// A valid, connected and lint-clean BPMN process of `elements` flow elements (flow nodes plus
// sequence flows; exact from 12 on) with full DI: start event,
// tasks, exclusive split/join blocks with conditions and default flows, end event. The same
// seed gives the same file. For benchmarks and tests of large diagrams.
QByteArray generateLargeProcess(int elements, int seed);
