#!/usr/bin/env bash
# Load benchmark: in one run of one server, POST /api/v1/evaluations against POST /api/v1/validations (a real route:
# it reads and validates the same body, then answers with a few bytes), same body, same load, then the evaluate route
# at 200 connections (every error must be a fast 503). Prints throughput and p50/p99 latency for each, the answer's
# size (plain and gzip), and evaluate / validations. Traffic stays on 127.0.0.1; runs are bounded.
# Usage: bench/load.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
PORT="${PORT:-18181}"
BODY="examples/regional-care.json"
JAR="api/target/api-0.1.0-SNAPSHOT.jar"

# the service needs a key: the operator's is set at start (DEMARC_ADMIN_KEY), and creates an architect key
ADMIN_KEY="bench-operator-key-$$-0123456789"
architect_key() {
  curl -s -X POST "http://127.0.0.1:$PORT/api/v1/admin/api-keys" -H "Authorization: Bearer $ADMIN_KEY" \
    -H 'Content-Type: application/json' -d '{"name":"bench","roles":["architect"]}' | grep -o '"key":"[^"]*"' | cut -d'"' -f4
}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f "$JAR" ] || mvn -B -q -DskipTests package

java ${JAVA_OPTS:--XX:+UseParallelGC} -jar "$JAR" --server.port="$PORT" --demarc.data-dir="${DATA_DIR:-/tmp/demarc-load-data}" --demarc.admin-key="$ADMIN_KEY" ${SERVICE_ARGS:-} >/tmp/demarc-load.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 1
done
export AUTH="Bearer $(architect_key)"

run() { # path seconds connections
  BODY_FILE="$BODY" wrk -t2 -c"$3" -d"$2s" --latency -s bench/post.lua "http://127.0.0.1:$PORT$1"
}
summary() { # name wrk-output
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$2")
  p50=$(awk '$1=="50%" {print $2}' <<<"$2")
  p99=$(awk '$1=="99%" {print $2}' <<<"$2")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$2")
  printf '%-22s %10s req/s   p50 %8s   p99 %8s   non-2xx %s   %s\n' "$1" "$rps" "$p50" "$p99" "${errors:-0}" \
    "$(grep '^statuses:' <<<"$2")"
  echo "$rps" > "/tmp/demarc-load-$1.rps"
}

size=$(curl -s -X POST "http://127.0.0.1:$PORT/api/v1/evaluations" -H "Authorization: $AUTH" -H 'Content-Type: application/json' --data-binary @"$BODY" | wc -c)
gz=$(curl -s -X POST "http://127.0.0.1:$PORT/api/v1/evaluations" -H "Authorization: $AUTH" -H 'Accept-Encoding: gzip' -H 'Content-Type: application/json' --data-binary @"$BODY" | wc -c)
echo "answer: $size bytes plain, $gz bytes with Accept-Encoding: gzip"

echo "warming up..."
run /api/v1/evaluations "${WARMUP:-40}" "$CONNECTIONS" >/dev/null
run /api/v1/validations 10 "$CONNECTIONS" >/dev/null

echo "body: $BODY ($(wc -c <"$BODY") bytes), ${CONNECTIONS} connections, ${DURATION}s each, 2 wrk threads"
EVAL=$(run /api/v1/evaluations "$DURATION" "$CONNECTIONS")
VALID=$(run /api/v1/validations "$DURATION" "$CONNECTIONS")
summary evaluate "$EVAL"
summary validations "$VALID"
awk -v e="$(cat /tmp/demarc-load-evaluate.rps)" -v b="$(cat /tmp/demarc-load-validations.rps)" \
  'BEGIN { printf "evaluate / validations throughput: %.0f%% (target >= 50%%)\n", 100 * e / b }'

echo "200 connections, ${DURATION}s: every error must be a 503"
MANY=$(run /api/v1/evaluations "$DURATION" 200)
summary evaluate-200 "$MANY"
grep -E ' 500 |ERROR' /tmp/demarc-load.log | head -5 || true
echo "done"
