#!/usr/bin/env bash
# Web app benchmark (issue 15), through the browser: starts the service (bin/demarc-service, a fresh data directory),
# stores the example flows and contracts, records a decision, runs an impact analysis, then drives Debian's chromium
# (WebTimings): each page's first load and later loads, and the evaluate round trip from click to result on screen.
# Usage: bench/web.sh   (after mvn -B -DskipTests install; chromium and chromium-driver installed)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18282}"
JAR="api/target/api-0.1.0-SNAPSHOT.jar"
ADMIN_KEY="bench-operator-key-$$-0123456789"
DATA="$(mktemp -d /tmp/demarc-web-bench.XXXXXX)"
[ -f "$JAR" ] || mvn -B -q -DskipTests install
[ -d api/target/test-classes/org/demarc/api/bench ] || mvn -B -q -pl api test-compile
# the test class path, by the dependency plugin (fetched on its first use: not offline, a fresh machine lacks it)
CP="$(mvn -B -q -pl api dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)" \
  || { echo "web.sh: could not work out the api module's test class path (mvn dependency:build-classpath)" >&2; exit 1; }

# the service as the README runs it (bin/demarc-service: its start-up archive, recorded first if the build is new)
bin/demarc-service --server.port="$PORT" --demarc.data-dir="$DATA" \
  --demarc.admin-key="$ADMIN_KEY" --demarc.record-ad-hoc-decisions=true >/tmp/demarc-web-bench.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 1
done
api() { curl -sf -H "Authorization: Bearer $KEY" "$@"; }
KEY=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/admin/api-keys" -H "Authorization: Bearer $ADMIN_KEY" \
  -H 'Content-Type: application/json' -d '{"name":"web bench","roles":["architect","procurement","auditor"]}' \
  | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
for f in examples/regional-network.yaml examples/consignment-leased-line.yaml examples/remote-maintenance.yaml; do
  api -X POST "http://127.0.0.1:$PORT/api/v1/flows" -H 'Content-Type: application/yaml' --data-binary "@$f" >/dev/null
done
FLOW=$(grep -m1 '^id:' examples/regional-network.yaml | awk '{print $2}')
DECISION=$(api -X POST "http://127.0.0.1:$PORT/api/v1/flows/$FLOW/evaluations" | grep -o '"decisionId":"[^"]*"' | cut -d'"' -f4)
IMPACT=$(api -X POST "http://127.0.0.1:$PORT/api/v1/impact-analyses" -H 'Content-Type: application/json' -d '{}' \
  | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
sleep 3
java -cp "api/target/test-classes:$CP" org.demarc.api.bench.WebTimings "http://127.0.0.1:$PORT" "$KEY" "$FLOW" \
  "$DECISION" "$IMPACT"
