#!/usr/bin/env bash
# Start-up figures of issue 12: `demarc evaluate` of the typical flow end to end (target < 1 s), `demarc help`, and the
# service from `bin/demarc-service` to a ready /actuator/health/readiness (target < 4 s).
#
#   bench/startup.sh [RUNS] [STARTS]        (after `mvn -B -DskipTests package`; defaults: 20 runs, 3 starts)
#   BASELINE=/path/to/other/checkout bench/startup.sh ...
#
# With BASELINE (another checkout, built the same way) each measurement alternates between it and this one, so both
# see the same machine: this 2-core machine's speed varies by the hour, and only figures taken together compare.
# Prints the median, the fastest and the slowest of each.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-20}
starts=${2:-3}
flow=examples/regional-care.json
trees=("$here")
[ -n "${BASELINE:-}" ] && trees=("$(cd "$BASELINE" && pwd)" "$here")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

key() { echo "$1" | md5sum | cut -c1-8; }

# The first run after a build records the CLI's class-data-sharing archive: done before measuring.
for tree in "${trees[@]}"; do
  (cd "$tree" && bin/demarc evaluate "$flow" >/dev/null 2>&1 || true)
done

for _ in $(seq "$runs"); do
  for tree in "${trees[@]}"; do
    k=$(key "$tree")
    (cd "$tree" && /usr/bin/time -f %e -a -o "$out/evaluate.$k" bin/demarc evaluate "$flow" >/dev/null 2>&1 || true)
    (cd "$tree" && /usr/bin/time -f %e -a -o "$out/help.$k" bin/demarc help >/dev/null 2>&1 || true)
  done
done

port=18990
for _ in $(seq "$starts"); do
  for tree in "${trees[@]}"; do
    k=$(key "$tree")
    port=$((port + 1))
    begin=$(date +%s%N)
    (cd "$tree" && exec bin/demarc-service --server.port=$port >"$out/service.log" 2>&1) &
    pid=$!
    until curl -sf "localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
      kill -0 "$pid" 2>/dev/null || { echo "the service in $tree stopped; see its log:" >&2; tail -20 "$out/service.log" >&2; exit 1; }
      sleep 0.02
    done
    end=$(date +%s%N)
    awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.2f\n", (e - b) / 1e9 }' >>"$out/service.$k"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  done
done

summary() {
  grep -v exited "$1" | sort -n | awk '{a[NR] = $1} END {printf "median %.2f s (%.2f-%.2f, %d)", a[int((NR + 1) / 2)], a[1], a[NR], NR}'
}
for tree in "${trees[@]}"; do
  k=$(key "$tree")
  echo "$tree ($(cd "$tree" && git rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "  demarc evaluate $flow: $(summary "$out/evaluate.$k")  (target < 1 s)"
  echo "  demarc help: $(summary "$out/help.$k")"
  echo "  service ready: $(summary "$out/service.$k")  (target < 4 s)"
done
