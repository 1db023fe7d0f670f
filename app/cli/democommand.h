#pragma once

class CliContext;

// pristriy-cli demo --contacts N [--companies M] [--seed S]
int runDemoCommand(CliContext &ctx);
