#!/usr/bin/env bash
# Registry benchmark (issue 13), on the packaged service with its embedded H2 file database:
#  1. what recording decisions costs POST /api/v1/evaluations: throughput without and with
#     demarc.record-ad-hoc-decisions=true (same body, same load), and the storage one recorded decision of the typical
#     flow takes (H2's DISK_SPACE_USED of table decision after a clean stop, divided by the decisions);
#  2. an impact analysis from edition 2 to the edition 3 draft over FLOWS stored flows (default 100,000, imported
#     first over HTTP), end to end: flows/s from the analysis' start to its end, the service capped at -Xmx512m.
# Traffic stays on 127.0.0.1; every run is bounded.
# Usage: bench/registry.sh [flows] [duration-seconds] [connections]
#   SKIP_RECORDING=1 runs only part 2; flows 0 only part 1; WARMUP (seconds, default 120: with 40 s the JIT still
#   compiled for a quarter of the CPU while recording was measured) before each measured run; ROUNDS (default 2); IMPACT_ARGS="--demarc.job-threads=3" passes settings to
#   the service of part 2; LAUNCHER=1 starts the service as the README does, with bin/demarc-service and its start-up
#   archive (recorded first if the build or the Java has none; JAVA_HOME picks the Java), instead of java -jar.
set -euo pipefail
cd "$(dirname "$0")/.."
FLOWS="${1:-100000}"
DURATION="${2:-20}"
CONNECTIONS="${3:-16}"
PORT="${PORT:-18182}"
BODY="examples/regional-care.json"
JAR="api/target/api-0.1.0-SNAPSHOT.jar"
H2_JAR="$(find ~/.m2/repository/com/h2database/h2 -name "h2-*.jar" | sort -V | tail -1)"
WORK="${WORK_DIR:-/tmp/demarc-registry-bench}"

# the service needs a key: the operator's is set at start (DEMARC_ADMIN_KEY), and creates an architect key
ADMIN_KEY="bench-operator-key-$$-0123456789"
architect_key() {
  curl -s -X POST "http://127.0.0.1:$PORT/api/v1/admin/api-keys" -H "Authorization: Bearer $ADMIN_KEY" \
    -H 'Content-Type: application/json' -d '{"name":"bench","roles":["architect"]}' | grep -o '"key":"[^"]*"' | cut -d'"' -f4
}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -f "$JAR" ] || mvn -B -q -DskipTests package
rm -rf "$WORK" && mkdir -p "$WORK"
# the service on a data directory, in the background (output to stdout): java -jar, or with LAUNCHER=1 as the README
# runs it, bin/demarc-service with its start-up archive (it exec's java, so $! is the service either way)
service() { # data-dir extra-args...
  local dir="$1"; shift
  if [ -n "${LAUNCHER:-}" ]; then
    DEMARC_JAVA_OPTS="${JAVA_OPTS:-} -Xmx512m -XX:+UseParallelGC" bin/demarc-service --server.port="$PORT" \
      --demarc.data-dir="$dir" --demarc.admin-key="$ADMIN_KEY" "$@" &
  else
    java ${JAVA_OPTS:-} -Xmx512m -XX:+UseParallelGC -jar "$JAR" --server.port="$PORT" --demarc.data-dir="$dir" \
      --demarc.admin-key="$ADMIN_KEY" "$@" &
  fi
}
ready() { curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; }
if [ -n "${LAUNCHER:-}" ]; then # the launcher's first start after a build records its archive: not in a measured run
  echo "recording the launcher's start-up archive (if it has none for this build and Java)..."
  service "$WORK/archive-run" >"$WORK/archive-run.log" 2>&1
  ARCHIVE_RUN=$!
  for _ in $(seq 1 300); do ready && break; sleep 1; done
  kill "$ARCHIVE_RUN" 2>/dev/null || true
  wait "$ARCHIVE_RUN" 2>/dev/null || true
fi

SERVER=""
start() { # data-dir extra-args...
  service "$@" >>"$WORK/service.log" 2>&1
  SERVER=$!
  for _ in $(seq 1 90); do
    ready && { export AUTH="Bearer $(architect_key)"; return 0; }
    sleep 1
  done
  echo "the service did not start"; tail -20 "$WORK/service.log"; exit 1
}
stop() { kill -TERM "$SERVER"; wait "$SERVER" || true; SERVER=""; }
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true' EXIT
sql() { # data-dir statement
  java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$1/demarc" -user sa -password "" -sql "$2" | sed -n 2p
}
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; } # the service's CPU time so far, in clock ticks
# CPU per answered request (ms): the service's CPU time over a measured run divided by its requests; steadier than
# throughput on a shared machine, and the cost of recording is what it adds per request
per_request() { # wrk-output ticks-before ticks-after
  awk -v t0="$2" -v t1="$3" -v hz="$(getconf CLK_TCK)" '/ requests in / { printf "%.3f", (t1 - t0) * 1000 / hz / $1 }' <<<"$1"
}
evaluate() { BODY_FILE="$BODY" wrk -t2 -c"$CONNECTIONS" -d"$1s" --latency -s bench/post.lua \
  "http://127.0.0.1:$PORT/api/v1/evaluations"; }

if [ -z "${SKIP_RECORDING:-}" ]; then
echo "== 1. recording decisions: POST /api/v1/evaluations, $CONNECTIONS connections, ${DURATION}s, ${ROUNDS:-2} rounds"
# Rounds alternate a service without recording and one with it (each started afresh, warmed up, then measured), so a
# slower hour on this shared machine weighs on both alike.
OFFS=(); ONS=(); OFFC=(); ONC=()
for round in $(seq 1 "${ROUNDS:-2}"); do
  rm -rf "$WORK/off" "$WORK/on"
  start "$WORK/off"
  evaluate "${WARMUP:-120}" >/dev/null
  C0=$(cpu); OFF=$(evaluate "$DURATION"); C1=$(cpu); OFF_CPU=$(per_request "$OFF" "$C0" "$C1")
  stop
  start "$WORK/on" --demarc.record-ad-hoc-decisions=true
  evaluate "${WARMUP:-120}" >/dev/null
  C0=$(cpu); ON=$(evaluate "$DURATION"); C1=$(cpu); ON_CPU=$(per_request "$ON" "$C0" "$C1")
  stop
  OFFS+=("$(rps "$OFF")"); ONS+=("$(rps "$ON")"); OFFC+=("$OFF_CPU"); ONC+=("$ON_CPU")
  awk -v r="$round" -v a="$(rps "$OFF")" -v b="$(rps "$ON")" -v ca="$OFF_CPU" -v cb="$ON_CPU" 'BEGIN { printf "round %d: not recorded %s req/s (%s ms CPU per request), recorded %s req/s (%s ms): cost %.1f%% of throughput, %.1f%% by CPU per request\n", r, a, ca, b, cb, 100 * (a - b) / a, 100 * (1 - ca / cb) }'
done
awk -v a="${OFFC[*]}" -v b="${ONC[*]}" 'BEGIN { n = split(a, x, " "); split(b, y, " "); for (i = 1; i <= n; i++) { sa += x[i]; sb += y[i] }
  printf "CPU per request over %d rounds: %.3f ms not recorded, %.3f ms recorded: recording costs %.1f%% of the throughput the CPU allows\n", n, sa / n, sb / n, 100 * (1 - sa / sb) }'
awk -v a="${OFFS[*]}" -v b="${ONS[*]}" 'BEGIN { n = split(a, x, " "); split(b, y, " "); for (i = 1; i <= n; i++) { sa += x[i]; sb += y[i] }
  printf "cost of recording over %d rounds: %.1f%% of throughput (%.0f vs %.0f req/s; target <= 15%%)\n", n, 100 * (sa - sb) / sa, sa / n, sb / n }'
DECISIONS=$(sql "$WORK/on" "SELECT COUNT(*) FROM decision")
SPACE=$(sql "$WORK/on" "CALL DISK_SPACE_USED('DECISION')")
PAYLOAD=$(sql "$WORK/on" "SELECT CAST(AVG(OCTET_LENGTH(result_gzip) + OCTET_LENGTH(input_gzip) + OCTET_LENGTH(finding_ids_z)) AS INT) FROM decision")
echo "decisions recorded: $DECISIONS; storage: $SPACE bytes = $((SPACE / DECISIONS)) bytes per decision" \
  "(target <= 4096; compressed payload ${PAYLOAD%%.*} bytes per decision)"

fi
[ "$FLOWS" -gt 0 ] || { echo "done"; exit 0; }
echo "== 2. impact analysis over $FLOWS stored flows"
start "$WORK/impact" ${IMPACT_ARGS:-}
echo "imported: $(python3 bench/import.py "$PORT" "$BODY" "$FLOWS" 8)"
analyse() { # label
LOCATION=$(curl -s -D - -o /dev/null -X POST "http://127.0.0.1:$PORT/api/v1/impact-analyses" -H "Authorization: $AUTH" \
  -H 'Content-Type: application/json' -d '{"from":"E2007_V2","to":"E2008_V3"}' | tr -d '\r' \
  | awk 'tolower($1)=="location:" {print $2}')
PEAK=0
while true; do
  STATE=$(curl -s -H "Authorization: $AUTH" "http://127.0.0.1:$PORT$LOCATION?limit=1")
  RSS=$(ps -o rss= -p "$SERVER" | tr -d ' ')
  [ "$RSS" -gt "$PEAK" ] && PEAK=$RSS
  grep -q '"state":"DONE"' <<<"$STATE" && break
  sleep 1
done
python3 - "$STATE" "$PEAK" "$1" <<'PY'
import json, sys, datetime
s = json.loads(sys.argv[1])
t = lambda v: datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
secs = (t(s["finishedAt"]) - t(s["createdAt"])).total_seconds()
total = s["progress"]["total"]
print(f"{sys.argv[3]}: analysed {total} flows in {secs:.1f} s: {total / secs:.0f} flows/s (target >= 3000); "
      f"changed {s['counts']['changed']}, errors {s['counts']['errors']}; "
      f"service peak RSS {int(sys.argv[2]) // 1024} MB with -Xmx512m")
PY
}
# The first analysis this service runs: on a cold JVM its first tenth of chunks took two to three times as long as the
# rest (the JIT still compiling the evaluation); the service now warms its engine once ready (demarc.warm-up-seconds,
# done here while the flows are imported; IMPACT_ARGS="--demarc.warm-up-seconds=0" turns it off). A service that has
# been running is warm: the second analysis of the same flows measures that.
analyse "first analysis after start"
analyse "second analysis"
curl -s -H "Authorization: $AUTH" "http://127.0.0.1:$PORT$LOCATION" -H 'Accept: text/csv' | wc -l | awk '{print "CSV rows (with header): " $1}'
stop
echo "done"
