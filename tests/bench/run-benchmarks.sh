#!/usr/bin/env bash
# Runs the benchmarks behind the README's performance tables. Usage: tests/bench/run-benchmarks.sh [BUILD_DIR]
# Contacts: PRISTRIY_BENCH_DB chooses the database file (default /tmp/pristriy-bench-1m.sqlite); with
# PRISTRIY_BENCH_REUSE=1 existing databases are reused and their generation is not measured.
# The databases take about 1.5 GB in /tmp.
set -euo pipefail
build=${1:-build}
"$build/tests/bench/bench_contacts" --benchmark_counters_tabular=true
# `contacts search` as a whole process against the sqlite3 shell doing the same search, alternately.
"$build/tests/bench/bench_search_cli" --benchmark_counters_tabular=true
"$build/tests/bench/bench_deals" --benchmark_counters_tabular=true
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_designer" --benchmark_counters_tabular=true
# Funnel, activities and the deal list/card: each makes (or reuses, see its PRISTRIY_BENCH_*_DB
# variable) a 1,000,000-deal database.
"$build/tests/bench/bench_report" --benchmark_counters_tabular=true
"$build/tests/bench/bench_activity" --benchmark_counters_tabular=true
QT_QPA_PLATFORM=offscreen "$build/tests/bench_dealsui" --benchmark_counters_tabular=true
# The cards' deals lists and the Owner filter by name: the two databases above (PRISTRIY_BENCH_DEALS_DB,
# PRISTRIY_BENCH_DB), which must exist by now.
"$build/tests/bench/bench_cards" --benchmark_counters_tabular=true
# The board's search as typed (last key to every column drawn), on `demo --contacts 100000 --deals 1000000`.
deals=${PRISTRIY_BENCH_DEALS_DB:-/tmp/pristriy-bench-deals-1m.sqlite}
if [ ! -e "$deals" ]; then
    "$build/app/pristriy-cli" --db "$deals" demo --contacts 100000 --deals 1000000 --seed 1
fi
PRISTRIY_BENCH_DEALS_DB="$deals" QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_dealboard" \
    --benchmark_counters_tabular=true
# The whole `demo` command as users run it, start to exit.
db=${PRISTRIY_BENCH_DB:-/tmp/pristriy-bench-1m.sqlite}-cli
rm -f "$db" "$db-wal" "$db-shm"
start=$(date +%s%N)
"$build/app/pristriy-cli" --db "$db" demo --contacts 1000000 --seed 1
end=$(date +%s%N)
echo "pristriy-cli demo --contacts 1000000: $(((end - start) / 1000000)) ms"
rm -f "$db" "$db-wal" "$db-shm"
