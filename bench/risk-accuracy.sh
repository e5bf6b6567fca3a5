#!/usr/bin/env bash
# Accuracy (and speed) of the provider risk score on generated data with planted bad actors:
# generate N tracebacks with a seed and a truth file, import them with the CLI into a fresh
# store, start the app on it, run a risk report, and compare the top 20 with the truth's bad
# actors (precision@20, recall@20), next to the naive baseline "rank by traced calls".
#
#   bench/risk-accuracy.sh [N] [SEED]          (defaults: 100000 42)
#
# Environment: WORK (default bench/work), PORT/BOLT/HTTP (28080/27687/27474), REUSE_STORE=1 to
# keep an existing store of the same N and seed, JAR (default target/traceback-graph.jar), APP_ARGS
# extra app arguments (e.g. --traceback.risk.weights.campaigns=4), OUT the results file.
# Writes bench/results/<date>-risk-accuracy-<N>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SEED=${2:-42}
WORK=${WORK:-bench/work}
PORT=${PORT:-28080}
BOLT=${BOLT:-27687}
HTTP=${HTTP:-27474}
JAR=${JAR:-target/traceback-graph.jar}
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"
mkdir -p "$WORK" bench/results
WORK=$(cd "$WORK" && pwd)
DATA="$WORK/tb-$N-$SEED.csv"
TRUTH="$WORK/tb-$N-$SEED.truth.json"
STORE="$WORK/store-$N-$SEED"
[ -f "$JAR" ] || ./mvnw -q -B -o -DskipTests package 2>/dev/null || ./mvnw -q -B -ntp -DskipTests package

if [ "${REUSE_STORE:-0}" != 1 ] || [ ! -d "$STORE" ]; then
  rm -rf "$STORE"
  java -jar "$JAR" generate --tracebacks "$N" --seed "$SEED" --out "$DATA" --truth "$TRUTH"
  start=$(date +%s)
  java -Xmx1g -jar "$JAR" import tracebacks "$DATA" --traceback.embedded.store-directory="$STORE"
  echo "import: $(( $(date +%s) - start )) s"
fi

# The API key is ignored until issue 6 (security) lands; then it is what lets the script in.
KEY="bench-$RANDOM$RANDOM"
HASH=$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)
LOG="$WORK/risk-accuracy-app.log"
java -Xmx2g -jar "$JAR" --server.port="$PORT" --traceback.embedded.bolt-port="$BOLT" \
  --traceback.embedded.http-port="$HTTP" --traceback.embedded.store-directory="$STORE" \
  --traceback.demo.enabled=false --traceback.risk.cron=- ${APP_ARGS:-} \
  "--traceback.security.api-keys[0].name=bench" "--traceback.security.api-keys[0].hash=$HASH" \
  "--traceback.security.api-keys[0].roles=INVESTIGATOR,INGEST,ANALYST" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  grep -q "Started TracebackGraphApplication" "$LOG" && break
  kill -0 $APP 2>/dev/null || { echo "the app did not start; see $LOG"; exit 1; }
  sleep 2
done
api() { curl -sf -H "X-API-Key: $KEY" "$@"; }
# The first run warms the caches; the second is the one timed.
COLD=$(api -X POST "localhost:$PORT/api/risk/reports?wait=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)["durationMs"])')
REPORT=$(api -X POST "localhost:$PORT/api/risk/reports?wait=true")
ID=$(printf %s "$REPORT" | python3 -c 'import json,sys; print(json.load(sys.stdin)["reportId"])')
MS=$(printf %s "$REPORT" | python3 -c 'import json,sys; print(json.load(sys.stdin)["durationMs"])')
api "localhost:$PORT/api/risk/reports/$ID.csv" > "$WORK/risk-report-$N-$SEED.csv"
RESULT=$(python3 bench/risk_accuracy.py "$TRUTH" "$WORK/risk-report-$N-$SEED.csv" 20)
echo "$RESULT"
echo "scoring run: $MS ms (first, cold: $COLD ms)"

OUT=${OUT:-"bench/results/$(date -u +%F)-risk-accuracy-$N.md"}
cat > "$OUT" <<MD
# Risk score accuracy on $N generated tracebacks — $(date -u +%F)

Generated data with planted bad actors (seed $SEED; truth: \`--truth\`), scored with the default
weights; top 20 compared with the truth's bad actors (originators and gateways), next to the naive
baseline "rank by traced calls" (any role). Fronts (clean-looking intermediates that bad originators
hide behind) are not in the truth's bad actors; their ranks are shown.

\`\`\`bash
bench/risk-accuracy.sh $N $SEED
\`\`\`

\`\`\`
$RESULT
\`\`\`

Scoring run (inputs, scoring, propagation and storing the report): $MS ms warm (second run); the
first run after start, with cold caches, took $COLD ms.
Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, shared with other builds; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).
MD
echo "wrote $OUT"
