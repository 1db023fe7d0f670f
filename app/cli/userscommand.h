#pragma once

class CliContext;

// pristriy-cli users list|add|set-name|set-role|disable|enable|away|available|set-password|clear-password
int runUsersCommand(CliContext &ctx);
