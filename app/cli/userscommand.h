#pragma once

class CliContext;

// pristriy-cli users list
int runUsersCommand(CliContext &ctx);
