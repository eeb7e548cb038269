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
# The launchers run the Java that JAVA_HOME names, else java on PATH (bin/java-runtime.sh): e.g.
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup.sh
# measures them with Java 25's ahead-of-time cache (a checkout from before 2026-12-02 ignores JAVA_HOME).
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

# The first run or start after a build (or with another Java) records the launchers' start-up archives: done before
# measuring.
# Readiness is polled every 20 ms without starting a process: bash's /dev/tcp for the request and a read with a timeout
# on an idle pipe for the pause. Polling with curl and sleep started about a hundred processes during a start, which on
# this 2-core machine took CPU from the start being measured: 4.33-4.56 s against 3.05-3.37 s for the same starts
# polled this way (2026-12-03, Java 25, alternating).
mkfifo "$out/idle"
exec 4<>"$out/idle"
nap() { read -r -t 0.02 -u 4 _ || true; }
probe() { # PORT: whether GET /actuator/health/readiness answers 200
  local line=""
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
  IFS= read -r -t 5 line <&3 || line=""
  exec 3>&- 3<&-
  [[ $line == "HTTP/1.1 200"* ]]
}
ready() { # PORT PID TREE: waits until the service on PORT is ready; fails if it stopped
  until probe "$1"; do
    kill -0 "$2" 2>/dev/null || { echo "the service in $3 stopped; see its log:" >&2; tail -20 "$out/service.log" >&2; exit 1; }
    nap
  done
}
port=18990
for tree in "${trees[@]}"; do
  (cd "$tree" && bin/demarc evaluate "$flow" >/dev/null 2>&1 || true)
  port=$((port + 1))
  (cd "$tree" && exec bin/demarc-service --server.port=$port >"$out/service.log" 2>&1) &
  pid=$!
  ready "$port" "$pid" "$tree"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done

for _ in $(seq "$runs"); do
  for tree in "${trees[@]}"; do
    k=$(key "$tree")
    (cd "$tree" && /usr/bin/time -f %e -a -o "$out/evaluate.$k" bin/demarc evaluate "$flow" >/dev/null 2>&1 || true)
    (cd "$tree" && /usr/bin/time -f %e -a -o "$out/help.$k" bin/demarc help >/dev/null 2>&1 || true)
  done
done

for _ in $(seq "$starts"); do
  for tree in "${trees[@]}"; do
    k=$(key "$tree")
    port=$((port + 1))
    begin=$(date +%s%N)
    (cd "$tree" && exec bin/demarc-service --server.port=$port >"$out/service.log" 2>&1) &
    pid=$!
    ready "$port" "$pid" "$tree"
    end=$(date +%s%N)
    awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.2f\n", (e - b) / 1e9 }' >>"$out/service.$k"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  done
done

summary() {
  grep -v exited "$1" | sort -n | awk '{a[NR] = $1} END {printf "median %.2f s (%.2f-%.2f, %d)", a[int((NR + 1) / 2)], a[1], a[NR], NR}'
}
echo "java: $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)"
for tree in "${trees[@]}"; do
  k=$(key "$tree")
  echo "$tree ($(cd "$tree" && git rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "  demarc evaluate $flow: $(summary "$out/evaluate.$k")  (target < 1 s)"
  echo "  demarc help: $(summary "$out/help.$k")"
  echo "  service ready: $(summary "$out/service.$k")  (target < 4 s)"
done
