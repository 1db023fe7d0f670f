#pragma once

class CliContext;

// pristriy-cli report funnel --pipeline NAME [--mode current|reached] [--from DATE] [--to DATE]
//     [--period created|entered] [--owner LOGIN]... [--source SOURCE]... [--format json|csv] [--as LOGIN]
int runReportCommand(CliContext &ctx);
