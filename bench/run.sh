#!/usr/bin/env bash
# The benchmark suite of issue #4: generates N tracebacks once, imports them through the app's bulk
# path, loads the same CSV into PostgreSQL, asks both the same questions, prints the table and writes
# bench/results/<date>-<N>.md. See bench/README.md.
#
#   bench/run.sh --tracebacks 100000          # a full run, results committed by hand
#   bench/run.sh --tracebacks 200 --smoke     # CI: every metric must produce a number, both sides the same answers
#
# Ports (override with the environment): APP_PORT 18080, BOLT_PORT 17687, HTTP_PORT 17474, PG_PORT 15432.
# Work files go to bench/work/ (ignored by git) and are deleted at the end unless --keep.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

tracebacks=100000
smoke=false
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --tracebacks) tracebacks=$2; shift 2 ;;
    --smoke) smoke=true; shift ;;
    --keep) keep=true; shift ;;
    *) echo "usage: bench/run.sh --tracebacks N [--smoke] [--keep]" >&2; exit 2 ;;
  esac
done

APP_PORT=${APP_PORT:-18080}
BOLT_PORT=${BOLT_PORT:-17687}
HTTP_PORT=${HTTP_PORT:-17474}
PG_PORT=${PG_PORT:-15432}
APP_HEAP=${APP_HEAP:-2g}
work=${BENCH_WORK:-$root/bench/work}
store=$work/neo4j
pgdata=$work/pg
log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }
# What the machine was doing before we started anything: the harness records it beside its own readings.
run_start_load=$(cut -d' ' -f1-3 /proc/loadavg)
run_start_jvms=$(grep -lx java /proc/[0-9]*/comm 2>/dev/null | wc -l || true)

if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi

app_pid=""
pg_started=false
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if $pg_started; then pg_as_owner "$pg_bin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null || true; fi
  if ! $keep; then rm -rf "$store" "$pgdata" "$work/admin" "$work"/*.csv "$work"/*.jsonl "$work"/*.json; fi
}
trap cleanup EXIT

# --- build: the app's jar, the harness (test classes) and its class path
log "building"
mvn_() { ./mvnw -q -B -o "$@" 2>/dev/null || ./mvnw -q -B -ntp "$@"; }
mvn_ -DskipTests package
mvn_ test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
jar=$root/target/traceback-graph.jar

# --- PostgreSQL: Debian's packages if the server is missing; our own cluster on loopback
pg_bin=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)")
if [ ! -x "$pg_bin/initdb" ]; then
  log "installing PostgreSQL from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
fi
pg_owner=$(id -un)
if [ "$(id -u)" = 0 ]; then pg_owner=postgres; fi  # postgres refuses to run as root
pg_as_owner() { if [ "$pg_owner" = "$(id -un)" ]; then "$@"; else runuser -u "$pg_owner" -- "$@"; fi; }

mkdir -p "$work"
rm -rf "$store" "$pgdata" "$work/admin"

# --- data, generated once
sample=$([ "$smoke" = true ] && echo 20 || echo 500)
log "generating $tracebacks tracebacks (seed 42) and a REST sample of $sample (seed 43)"
java -jar "$jar" generate --tracebacks "$tracebacks" --seed 42 --out "$work/tracebacks.csv" >&2
java -jar "$jar" generate --tracebacks "$sample" --seed 43 --out "$work/sample.jsonl" --format jsonl >&2

# --- M1: the app's bulk path (CLI import into a fresh embedded store)
log "importing through the app's CLI"
java -Xmx$APP_HEAP -jar "$jar" import tracebacks "$work/tracebacks.csv" \
  --traceback.embedded.store-directory="$store" --traceback.embedded.bolt-port="$BOLT_PORT" \
  --traceback.embedded.http-port="$HTTP_PORT" --traceback.demo.enabled=false >"$work/import.log" 2>&1
# The CLI's summary: "200 tracebacks (1,125 hops): 200 new, 0 replaced, 0 unchanged, in 1 batch and 912 ms"
summary=$(grep -E '^[0-9,]+ tracebacks \([0-9,]+ hops\):.* ms$' "$work/import.log" | tail -1 || true)
[ -n "$summary" ] || { cat "$work/import.log" >&2; echo "import failed" >&2; exit 1; }
log "$summary"
checked_ms=$(sed -nE 's/^Checked [0-9,]+ tracebacks .* in ([0-9,]+) ms.*/\1/p' "$work/import.log" | tail -1 | tr -d ,)
hops=$(sed -E 's/^[0-9,]+ tracebacks \(([0-9,]+) hops\).*/\1/' <<<"$summary" | tr -d ,)
import_ms=$(sed -E 's/.* and ([0-9,]+) ms$/\1/' <<<"$summary" | tr -d ,)
store_bytes=$(du -sb "$store/data/databases/neo4j" | cut -f1)

# --- PostgreSQL cluster
log "starting PostgreSQL ($pg_bin) on 127.0.0.1:$PG_PORT"
mkdir -p "$pgdata" && chown "$pg_owner" "$pgdata" && chmod 700 "$pgdata"
if ! pg_as_owner test -w "$pgdata"; then
  # The checkout is somewhere the postgres user cannot reach (e.g. under /root): use /tmp.
  rm -rf "$pgdata"; pgdata=$(mktemp -d /tmp/traceback-bench-pg.XXXXXX); chown "$pg_owner" "$pgdata"; chmod 700 "$pgdata"
fi
pg_as_owner "$pg_bin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
pg_as_owner "$pg_bin/pg_ctl" -D "$pgdata" -w -l "$pgdata/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $pgdata -c shared_buffers=1GB -c work_mem=64MB \
      -c maintenance_work_mem=512MB -c max_wal_size=4GB -c synchronous_commit=off -c jit=off" start >/dev/null
pg_started=true

# --- the app, serving the imported store; the harness reaches its embedded Neo4j over Bolt with this password
key=bench-$RANDOM$RANDOM
export TRACEBACK_EMBEDDED_PASSWORD="bench-db-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
log "starting the app on 127.0.0.1:$APP_PORT"
java -Xmx$APP_HEAP -jar "$jar" --server.port="$APP_PORT" --server.address=127.0.0.1 \
  --traceback.embedded.bolt-port="$BOLT_PORT" --traceback.embedded.http-port="$HTTP_PORT" \
  --traceback.embedded.store-directory="$store" --traceback.demo.enabled=false \
  --traceback.security.api-keys[0].name=bench \
  --traceback.security.api-keys[0].hash="$(printf %s "$key" | sha256sum | cut -d' ' -f1)" \
  --traceback.security.api-keys[0].roles=INVESTIGATOR,INGEST,ANALYST >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null || { echo "app did not start" >&2; exit 1; }

# --- the measurements
log "measuring"
table=$work/table.md
status=0
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.tracebackgraph.bench.BenchMain \
  csv="$work/tracebacks.csv" sample="$work/sample.jsonl" hops="$hops" importMs="$import_ms" storeBytes="$store_bytes" \
  pg="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres" bolt="bolt://127.0.0.1:$BOLT_PORT" boltPassword="$TRACEBACK_EMBEDDED_PASSWORD" \
  adminHome="$work/admin" http="http://127.0.0.1:$APP_PORT" key="$key" cypher="$root/cypher" out="$table" smoke="$smoke" \
  checkMs="${checked_ms:-?}" appPid="$app_pid" pgPid="$(head -1 "$pgdata/postmaster.pid")" \
  runStartLoad="$run_start_load" runStartJvms="$run_start_jvms" || status=$?

# --- the results file
mkdir -p bench/results
if $smoke; then result=$work/smoke-$tracebacks.md; else result=bench/results/$(date -u +%F)-$tracebacks.md; fi
{
  echo "# Benchmark suite, $tracebacks generated tracebacks ($hops hops) — $(date -u +%F)"
  echo
  echo "Command: \`bench/run.sh --tracebacks $tracebacks$($smoke && echo ' --smoke')\` at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB," \
       "$(java -version 2>&1 | head -1), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')," \
       "app heap -Xmx$APP_HEAP, PostgreSQL shared_buffers 1GB. Data: \`generate --tracebacks $tracebacks --seed 42\`."
  echo
  cat "$table" 2>/dev/null || echo "(no table: the harness failed)"
} >"$result"
cat "$result"
log "wrote $result"
exit $status
