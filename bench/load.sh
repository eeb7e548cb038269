#!/usr/bin/env bash
# Load benchmark: in one run, the evaluate endpoint and a trivial baseline endpoint of the same server, same
# body, same load; and, for reference, the evaluate endpoint's work without the engine (same body bound to a flow,
# a stored evaluation written back). Prints throughput and p50/p99 latency for each. Traffic stays on 127.0.0.1;
# runs are bounded.
# Usage: bench/load.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
PORT="${PORT:-18181}"
BODY="examples/regional-care.json"
JAR="api/target/api-0.1.0-SNAPSHOT.jar"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f "$JAR" ] || mvn -B -q -DskipTests package

java ${JAVA_OPTS:--XX:+UseParallelGC} -jar "$JAR" --server.port="$PORT" --spring.profiles.active=loadtest >/tmp/demarc-load.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 1
done

run() { # name path seconds
  BODY_FILE="$BODY" wrk -t2 -c"$CONNECTIONS" -d"$3s" --latency -s bench/post.lua "http://127.0.0.1:$PORT$2"
}
summary() { # name wrk-output
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$2")
  p50=$(awk '$1=="50%" {print $2}' <<<"$2")
  p99=$(awk '$1=="99%" {print $2}' <<<"$2")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$2")
  printf '%-10s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}"
  echo "$rps" > "/tmp/demarc-load-$1.rps"
}

echo "warming up..."
run warm /api/v1/evaluations 10 >/dev/null
run warm /internal/baseline 5 >/dev/null
run warm /internal/without-engine 5 >/dev/null

echo "body: $BODY ($(wc -c <"$BODY") bytes), ${CONNECTIONS} connections, ${DURATION}s each, 2 wrk threads"
EVAL=$(run evaluate /api/v1/evaluations "$DURATION")
BASE=$(run baseline /internal/baseline "$DURATION")
NOENGINE=$(run no-engine /internal/without-engine "$DURATION")
summary evaluate "$EVAL"
summary baseline "$BASE"
summary no-engine "$NOENGINE"
awk -v e="$(cat /tmp/demarc-load-evaluate.rps)" -v b="$(cat /tmp/demarc-load-baseline.rps)" \
  -v n="$(cat /tmp/demarc-load-no-engine.rps)" \
  'BEGIN { printf "evaluate / baseline throughput: %.0f%%\n", 100 * e / b;
           printf "without the engine / baseline throughput: %.0f%% (the most evaluate could reach with a free engine)\n", 100 * n / b }'
