#pragma once

#include "dealgenerator.h"
#include "demogenerator.h"

// Demo contacts (with their companies) and demo deals added in one transaction, so that a load that
// is stopped part-way (cancelled, or the program killed) leaves the database exactly as it was.
namespace DemoData {

// deals may be null (contacts only); contacts with no contacts and no companies adds none. progress
// gets one count for both (the contacts first, then the deals); false from it cancels the whole load.
Status generate(const Database &db, const DemoGenerator::Options &contacts,
                const DealGenerator::Options *deals, const DemoGenerator::Progress &progress = {});

} // namespace DemoData
