#!/usr/bin/env bash
# Concurrent readers on the route and ranking endpoints while a CSV import runs, on loopback
# for a bounded time; then checks that every imported traceback is readable.
#
#   bench/load.sh [--readers 32] [--seconds 60] [--tracebacks 20000] [--seed 42]
#
# Starts its own app (fresh embedded store under bench/work/load/, ports 38080/37687/37474)
# with a random API key, and stops it at the end. Prints a table and writes
# bench/results/<date>-load.md. Exits non-zero on any error or any unreadable traceback.
set -euo pipefail
cd "$(dirname "$0")/.."

READERS=32
SECONDS_=60
TRACEBACKS=20000
SEED=42
while [ $# -gt 0 ]; do
  case "$1" in
    --readers) READERS="$2"; shift 2 ;;
    --seconds) SECONDS_="$2"; shift 2 ;;
    --tracebacks) TRACEBACKS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"

WORK=bench/work/load
PORT=38080
BASE="http://127.0.0.1:$PORT"
rm -rf "$WORK" && mkdir -p "$WORK"
[ -f target/traceback-graph.jar ] || ./mvnw -q -B -ntp -DskipTests package

KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf %s "$KEY" > "$WORK/key"
HASH=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)

echo "Generating data: a warm-up set (2,000 tracebacks) and the set imported under load ($TRACEBACKS)"
java -jar target/traceback-graph.jar generate --tracebacks 2000 --seed $((SEED + 1)) --out "$WORK/warmup.csv" >/dev/null
java -jar target/traceback-graph.jar generate --tracebacks "$TRACEBACKS" --seed "$SEED" --out "$WORK/load.csv" >/dev/null
# Generated ids are G<seed>-T<n>: the two sets do not overlap.
awk -F, 'NR > 1 && !seen[$5]++ { print $5 }' "$WORK/warmup.csv" > "$WORK/warmup-calls.txt"
awk -F, 'NR > 1 && !seen[$1]++ { print $1 }' "$WORK/load.csv" > "$WORK/load-tracebacks.txt"

java -Xmx2g -jar target/traceback-graph.jar --server.port=$PORT --traceback.embedded.bolt-port=37687 \
  --traceback.embedded.http-port=37474 --traceback.embedded.store-directory="$WORK/store" \
  --traceback.audit.directory="$WORK/audit" --traceback.demo.enabled=false \
  --traceback.security.api-keys[0].name=load --traceback.security.api-keys[0].hash="$HASH" \
  --traceback.security.api-keys[0].roles=INVESTIGATOR,INGEST > "$WORK/app.log" 2>&1 &
APP=$!
cleanup() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP" 2>/dev/null || { tail -20 "$WORK/app.log"; exit 1; }
  sleep 1
done

echo "Warm-up import"
curl -sf -H "X-API-Key: $KEY" -H 'Content-Type: text/csv' --data-binary @"$WORK/warmup.csv" \
  "$BASE/api/imports/tracebacks" > "$WORK/warmup-import.json"

echo "Import of $TRACEBACKS tracebacks starts; $READERS readers for ${SECONDS_}s"
IMPORT_START=$(date +%s)
curl -s -o "$WORK/import.json" -w '%{http_code}' -H "X-API-Key: $KEY" -H 'Content-Type: text/csv' \
  --data-binary @"$WORK/load.csv" "$BASE/api/imports/tracebacks" > "$WORK/import.status" &
IMPORT=$!
set +e
java bench/load/LoadTest.java read "$BASE" "$WORK/key" "$WORK/warmup-calls.txt" "$READERS" "$SECONDS_" \
  | tee "$WORK/read.txt"
READ_STATUS=${PIPESTATUS[0]}
IMPORT_RUNNING_AT_END=$(kill -0 $IMPORT 2>/dev/null && echo yes || echo no)
wait $IMPORT
IMPORT_END=$(date +%s)
echo "Import answered $(cat "$WORK/import.status"): $(cat "$WORK/import.json")"
java bench/load/LoadTest.java verify "$BASE" "$WORK/key" "$WORK/load-tracebacks.txt" 8 | tee "$WORK/verify.txt"
VERIFY_STATUS=${PIPESTATUS[0]}
set -e

RESULT="bench/results/$(date -u +%F)-load.md"
{
  echo "# Load: $READERS readers during a $TRACEBACKS-traceback import"
  echo
  echo "Command: \`bench/load.sh --readers $READERS --seconds $SECONDS_ --tracebacks $TRACEBACKS --seed $SEED\`"
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "Date: $(date -u +%FT%TZ)"
  echo
  echo "Readers: 80% \`GET /api/calls/{id}/route\` on the 2,000 warm-up calls, 20% \`GET /api/providers/ranking\`"
  echo "(three role filters), each reader one request at a time, API key auth, audit trail on."
  echo "The import (\`POST /api/imports/tracebacks\`, CSV) ran during the readers' window"
  echo "(still running when they stopped: $IMPORT_RUNNING_AT_END) and took $((IMPORT_END - IMPORT_START)) s."
  echo
  sed -n '/^| endpoint/,$p' "$WORK/read.txt"
  echo
  echo "Import answer: HTTP $(cat "$WORK/import.status") \`$(cat "$WORK/import.json")\`"
  echo
  echo "After the import: $(cat "$WORK/verify.txt")"
} > "$RESULT"
echo "Wrote $RESULT"
[ "$READ_STATUS" = 0 ] && [ "$VERIFY_STATUS" = 0 ] && [ "$(cat "$WORK/import.status")" = 200 ]
