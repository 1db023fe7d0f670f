#!/usr/bin/env bash
# Runs the benchmarks on a 1,000,000-contact database. Usage: tests/bench/run-benchmarks.sh [BUILD_DIR]
# PRISTRIY_BENCH_DB chooses the database file (default /tmp/pristriy-bench-1m.sqlite); with
# PRISTRIY_BENCH_REUSE=1 an existing one is reused and demo generation is not measured.
set -euo pipefail
build=${1:-build}
"$build/tests/bench/bench_contacts" --benchmark_counters_tabular=true
# The whole `demo` command as users run it, start to exit.
db=${PRISTRIY_BENCH_DB:-/tmp/pristriy-bench-1m.sqlite}-cli
rm -f "$db" "$db-wal" "$db-shm"
start=$(date +%s%N)
"$build/app/pristriy-cli" --db "$db" demo --contacts 1000000 --seed 1
end=$(date +%s%N)
echo "pristriy-cli demo --contacts 1000000: $(( (end - start) / 1000000 )) ms"
rm -f "$db" "$db-wal" "$db-shm"
