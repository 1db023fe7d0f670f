#pragma once

class CliContext;

// pristriy-cli demo [--contacts N] [--companies M] [--deals N [--products P] [--users U]] [--seed S]
int runDemoCommand(CliContext &ctx);
