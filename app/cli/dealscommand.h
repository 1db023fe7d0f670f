#pragma once

class CliContext;

// pristriy-cli deals count | list | move
int runDealsCommand(CliContext &ctx);
