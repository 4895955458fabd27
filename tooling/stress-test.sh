#!/usr/bin/env bash
# Runs the whole test suite (`pnpm test`) while the machine is kept busy, to find tests that pass only on an idle
# machine. CI runs on a loaded two-core machine: a test that counts events per time window, sleeps a fixed time or
# has a wall-clock budget fails there at random. This script makes that happen here, on purpose.
#
# Usage (from anywhere in the repo):
#   tooling/stress-test.sh                 # one run of `pnpm test` under load
#   STRESS_RUNS=5 tooling/stress-test.sh   # five runs in a row; stops at the first failure
#   STRESS_HOGS_PER_CORE=3 STRESS_LIMIT_SECONDS=3600 tooling/stress-test.sh
#   tooling/stress-test.sh --filter=@claimdesk/api   # extra arguments go to turbo (one package, say)
#
# Load: STRESS_HOGS_PER_CORE busy-loop processes per core (default 2), at normal priority, each ended after
# STRESS_LIMIT_SECONDS (default 5400, the CI budget) or when the script exits, whichever comes first, so no loop
# outlives a run. Turbo's cache is bypassed (--force): a cached result would replay an old pass.
# Prints one line per run and exits non-zero at the first failing run; that run's full output is kept in
# ${TMPDIR:-/tmp}/claimdesk-stress-<run>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${STRESS_RUNS:-1}
per_core=${STRESS_HOGS_PER_CORE:-2}
limit=${STRESS_LIMIT_SECONDS:-5400}
cores=$(nproc)
hogs=()

stop_hogs() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait "${hogs[@]}" 2>/dev/null || true
  hogs=()
}
trap stop_hogs EXIT INT TERM

# True when turbo's summary says every task succeeded, e.g. "Tasks:    22 successful, 22 total".
all_tasks_passed() {
  sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -Eq '^ *Tasks: +([0-9]+) successful, \1 total'
}

for ((run = 1; run <= runs; run++)); do
  for ((i = 0; i < cores * per_core; i++)); do
    timeout "$limit" sh -c 'while :; do :; done' &
    hogs+=("$!")
  done
  log="${TMPDIR:-/tmp}/claimdesk-stress-$run.log"
  started=$(date +%s)
  echo "stress run $run/$runs: pnpm test with $((cores * per_core)) busy loops on $cores cores (log: $log)"
  # Turbo exits 0 when it is signalled mid-run ("13 successful, 20 total"), so a pass also needs every task done.
  if pnpm run test --force "$@" >"$log" 2>&1 && all_tasks_passed "$log"; then
    echo "stress run $run/$runs: passed in $(($(date +%s) - started)) s"
  else
    echo "stress run $run/$runs: FAILED after $(($(date +%s) - started)) s; the failing tests:"
    grep -E 'FAIL|✗|×|Error:|AssertionError|failed' "$log" | head -40 || true
    exit 1
  fi
  stop_hogs
done
echo "all $runs stress runs passed"
