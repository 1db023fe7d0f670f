#pragma once

class CliContext;

// pristriy-cli contacts count | add | search
int runContactsCommand(CliContext &ctx);
