#!/usr/bin/env bash
# Page load of the web UI's route and provider pages on a generated store, in headless Chromium:
# time to first byte and until the page's drawing is done (issue #12; target under 1 s for both).
#
#   bench/ui-page-load.sh --tracebacks 100000     # writes bench/results/<date>-ui-page-load.md
#   bench/ui-page-load.sh --tracebacks 1000000    # the measurement of record (a quiet machine)
#
# Builds the store with the bench generator and the app's CLI import (as bench/run.sh does), starts
# the app on it with a person's account, and runs org.tracebackgraph.bench.UiPageLoad. Needs
# Debian's chromium and chromium-driver (installed when missing and run as root). Options: --keep
# keeps the store and CSV under $BENCH_WORK (default bench/work/ui); --store DIR measures an existing
# store (no generation, no import; give --csv FILE too, for the call ids). Environment: APP_PORT
# (18180), BOLT_PORT (17787), HTTP_PORT (17574), APP_HEAP (2g), ROUTES (20), PROVIDER_LOADS (10),
# PROVIDER_IDS (the providers to load, comma-separated; default: the busiest and a middling one by the ranking).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

tracebacks=100000
keep=false
store=""
csv=""
while [ $# -gt 0 ]; do
  case "$1" in
    --tracebacks) tracebacks=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --store) store=$2; shift 2 ;;
    --csv) csv=$2; shift 2 ;;
    *) echo "usage: bench/ui-page-load.sh --tracebacks N [--keep] [--store DIR --csv FILE]" >&2; exit 2 ;;
  esac
done

APP_PORT=${APP_PORT:-18180}
BOLT_PORT=${BOLT_PORT:-17787}
HTTP_PORT=${HTTP_PORT:-17574}
APP_HEAP=${APP_HEAP:-2g}
work=${BENCH_WORK:-$root/bench/work/ui}
log() { echo "[ui-page-load $(date -u +%H:%M:%S)] $*" >&2; }

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)" >&2; exit 1
  fi
fi

generated=false
if [ -z "$store" ]; then
  store=$work/neo4j
  csv=$work/tracebacks.csv
  generated=true
fi
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if $generated && ! $keep; then rm -rf "$store" "$csv"; fi
}
trap cleanup EXIT

log "building"
mvn_() { ./mvnw -q -B -o "$@" 2>/dev/null || ./mvnw -q -B -ntp "$@"; }
mvn_ -DskipTests package
mvn_ test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
jar=$root/target/traceback-graph.jar
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"

mkdir -p "$work"
if $generated; then
  rm -rf "$store"
  log "generating $tracebacks tracebacks (seed 42)"
  java -jar "$jar" generate --tracebacks "$tracebacks" --seed 42 --out "$csv" >&2
  log "importing through the app's CLI"
  started=$(date +%s)
  java -Xmx$APP_HEAP -jar "$jar" import tracebacks "$csv" \
    --traceback.embedded.store-directory="$store" --traceback.embedded.bolt-port="$BOLT_PORT" \
    --traceback.embedded.http-port="$HTTP_PORT" --traceback.demo.enabled=false >"$work/import.log" 2>&1 \
    || { tail -30 "$work/import.log" >&2; exit 1; }
  log "imported in $(( $(date +%s) - started )) s: $(grep -E '^[0-9,]+ tracebacks \(' "$work/import.log" | tail -1)"
fi

password="ui-bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
hash=$(java -cp "$cp" org.tracebackgraph.bench.UiPageLoad hash "$password")
log "starting the app on 127.0.0.1:$APP_PORT"
java -Xmx$APP_HEAP -jar "$jar" --server.port="$APP_PORT" --server.address=127.0.0.1 \
  --traceback.embedded.bolt-port="$BOLT_PORT" --traceback.embedded.http-port="$HTTP_PORT" \
  --traceback.embedded.store-directory="$store" --traceback.demo.enabled=false \
  --traceback.audit.directory="$work/audit" --traceback.risk.cron=- \
  --traceback.security.users[0].username=bench \
  --traceback.security.users[0].password="$hash" \
  --traceback.security.users[0].roles=INVESTIGATOR >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null || { echo "app did not start" >&2; exit 1; }

log "measuring"
table=$work/ui-table.md
java -Xmx1g -cp "$cp" org.tracebackgraph.bench.UiPageLoad http="http://127.0.0.1:$APP_PORT" user=bench \
  password="$password" csv="$csv" out="$table" routes="${ROUTES:-20}" providers="${PROVIDER_LOADS:-10}" ${PROVIDER_IDS:+providerIds="$PROVIDER_IDS"}

mkdir -p bench/results
result=bench/results/$(date -u +%F)-ui-page-load-$tracebacks.md
counts=$(curl -fs -u "bench:$password" "http://127.0.0.1:$APP_PORT/api/overview" | grep -o '"counts":{[^}]*}' || true)
{
  echo "# Web UI page load, $tracebacks generated tracebacks — $(date -u +%F)"
  echo
  echo "Command: \`bench/ui-page-load.sh --tracebacks $tracebacks\` at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB," \
       "$(java -version 2>&1 | head -1), $(/usr/bin/chromium --version 2>/dev/null | head -1), app heap -Xmx$APP_HEAP," \
       "embedded Neo4j. Store: $counts"
  echo
  echo "Headless Chromium on the same machine, logged in with the form; each page loaded with"
  echo "\`driver.get\` after 3 route and 1 provider warm-up loads. *First byte*: the navigation's"
  echo "\`responseStart\`. *Drawn*: the page's \`drawn\` mark, set when every section's data has"
  echo "arrived and is drawn (for the provider page: profile, network, registry, letters and traffic"
  echo "by month, risk history, non-responses). *Network drawn*: the provider page's network drawing"
  echo "alone. All from navigation start. Target (issue #12): under 1 s for both pages."
  echo
  cat "$table"
} >"$result"
cat "$result"
log "wrote $result"
