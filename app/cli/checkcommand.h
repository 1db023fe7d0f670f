#pragma once

class CliContext;

// pristriy-cli check [--full]: SQLite's check of the database file, and what to do when it fails.
int runCheckCommand(CliContext &ctx);
