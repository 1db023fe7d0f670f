#pragma once

class CliContext;

// pristriy-cli tasks list [--overdue] [--assignee LOGIN] [--limit N] [--format json|csv] [--as LOGIN]
int runTasksCommand(CliContext &ctx);
