#!/usr/bin/env bash
# dpa-bench: build and run the whole benchmark suite, then regenerate BENCHMARKS.md from the JSON.
#
#   dpa-bench/run.sh            short configuration (a few minutes on 2 cores): results in
#                               dpa-bench/results/short/, report in BENCHMARKS.md
#   dpa-bench/run.sh long       real measurements (about 40 minutes): dpa-bench/results/long/,
#                               report in BENCHMARKS.md
#   dpa-bench/run.sh monitor    only the monitor's part of the short configuration (JMH monitor and
#                               fold, growth side by side, retained heap) into dpa-bench/results/short/,
#                               keeping that directory's other results; report in BENCHMARKS.md
#   dpa-bench/run.sh smoke      CI: every benchmark once, tiny, in-process (under a minute); results
#                               and a throw-away report in a temporary directory; BENCHMARKS.md untouched
#
# Options: --no-build (use the jars already built). Environment: DPA_TARGET (build dir name,
# default target), JAVA (the java to run), RESULTS (results dir), BENCH_JMH_EXTRA (extra JMH options,
# e.g. "-prof stack").
#
# What runs: PolicyBenchmarks (floor, bare, explained per policy family), DroolsBenchmarks (the same
# rules in a stateful and a stateless Drools session; the setup first checks that Drools agrees with
# dpa-policy), ValidationBenchmarks (Hibernate Validator), MonitorBenchmarks (10^3..10^6 events),
# FoldBenchmarks (Monitor.step into one state per contract, 10^5 and 10^6 events; the as-of state of
# a 500-event contract), the growth of each replay measured side by side (MonitorGrowth: the fold
# and the fleet's three modes, every size in one JVM), the heap a replayed fleet retains
# (MonitorBenchmarks$RetainedHeap, 10^4..10^6 events, the fold's states and the fleet's three modes),
# the fleet monitor on Kafka Streams end to end beside the in-process fold (KafkaThroughput: 1 and 2
# stream threads against a broker in the JVM, and the restore of a 10^4-contract store; not in smoke),
# and the cold start of `./dpa decide` (and, for comparison, of a plain `java -jar` and of a
# process that builds the Drools rules and decides once), timed as whole processes.
set -euo pipefail

mode="short"
build=1
for a in "$@"; do
  case "$a" in
    short|long|smoke|monitor) mode="$a" ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument '$a' (expected short, long, monitor, smoke or --no-build)" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
target="${DPA_TARGET:-target}"
java="${JAVA:-java}"
jar="dpa-bench/$target/benchmarks.jar"
if [ "$mode" = smoke ]; then
  results="${RESULTS:-$(mktemp -d /tmp/dpa-bench-smoke.XXXXXX)}"
elif [ "$mode" = monitor ]; then
  results="${RESULTS:-dpa-bench/results/short}"
else
  results="${RESULTS:-dpa-bench/results/$mode}"
fi
mkdir -p "$results"
results="$(cd "$results" && pwd)"
# JMH takes a lock in java.io.tmpdir: a private one keeps parallel runs on a shared machine apart
jmhtmp="$(mktemp -d /tmp/dpa-bench-jmh.XXXXXX)"
trap 'rm -rf "$jmhtmp"' EXIT

if [ "$build" = 1 ]; then
  echo "== build: dpa-bench/$target/benchmarks.jar"
  ./mvnw -B -ntp -q -Ddpa.target="$target" -pl dpa-bench -am package \
    -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
[ -f "$jar" ] || { echo "run.sh: $jar not found (build it, or drop --no-build)" >&2; exit 1; }

case "$mode" in
  smoke)
    decisions=(-f 0 -wi 0 -i 1 -r 50ms -p events=1000)
    monitor=()
    runs=0 ;;
  short)
    decisions=(-f 1 -wi 3 -w 500ms -i 6 -r 500ms)
    monitor=(-f 1 -wi 3 -w 1s -i 10 -r 1s)
    growth=(15 3)
    runs=11 ;;
  monitor)
    monitor=(-f 1 -wi 2 -w 1s -i 5 -r 1s)
    growth=(7 2) ;;
  long)
    decisions=(-f 3 -wi 5 -w 2s -i 10 -r 2s)
    monitor=(-f 2 -wi 3 -w 2s -i 5 -r 2s)
    growth=(40 5)
    runs=31 ;;
esac
# shellcheck disable=SC2206
extra=(${BENCH_JMH_EXTRA:-})

# the machine, for the report
{
  echo "{"
  echo "  \"mode\": \"$mode\","
  echo "  \"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\","
  # the code measured: the commit, and whether the work tree differed from it (the results, which this
  # run rewrites, left out)
  echo "  \"commit\": \"$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$( [ -n "$(git status --porcelain --untracked-files=no -- . ':(exclude)dpa-bench/results' 2>/dev/null)" ] && echo ' with uncommitted changes')\","
  echo "  \"nproc\": $(nproc),"
  echo "  \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//; s/"/\\"/g')\","
  echo "  \"mem_kib\": $(grep -m1 MemTotal /proc/meminfo | awk '{print $2}'),"
  echo "  \"load_before\": \"$(cut -d' ' -f1-3 /proc/loadavg)\","
  echo "  \"java\": \"$("$java" -version 2>&1 | head -1 | sed 's/"/\\"/g')\","
  echo "  \"command\": \"dpa-bench/run.sh $mode\""
  echo "}"
} > "$results/machine.json"

common=(-Djava.io.tmpdir="$jmhtmp")
if [ "$mode" = smoke ]; then
  echo "== smoke: every benchmark, one tiny iteration, in-process"
  "$java" "${common[@]}" -jar "$jar" "${decisions[@]}" "${extra[@]}" -rf json -rff "$results/jmh-smoke.json" \
    'PolicyBenchmarks|DroolsBenchmarks|ValidationBenchmarks|MonitorBenchmarks|FoldBenchmarks'
  count="$(grep -c '"benchmark"' "$results/jmh-smoke.json" || true)"
  echo "== smoke: $count benchmark results in $results/jmh-smoke.json"
  [ "$count" -ge 35 ] || { echo "run.sh: expected at least 35 benchmark results, got $count" >&2; exit 1; }
  "$java" "${common[@]}" -cp "$jar" io.github.dpasemantics.bench.MonitorGrowth 1 0 --up-to 10000 \
    --json "$results/growth-smoke.json"
  python3 dpa-bench/report.py "$results" > "$results/BENCHMARKS.md"
  echo "== smoke: report rendered ($(wc -l < "$results/BENCHMARKS.md") lines)"
  exit 0
fi

if [ "$mode" != monitor ]; then
  echo "== decisions, Drools, validation ($mode; -prof gc)"
  "$java" "${common[@]}" -jar "$jar" "${decisions[@]}" -prof gc "${extra[@]}" -rf json -rff "$results/jmh-decisions.json" \
    'PolicyBenchmarks|DroolsBenchmarks|ValidationBenchmarks' | tee "$results/jmh-decisions.log"
fi

echo "== monitor and fold ($mode; -prof gc)"
"$java" "${common[@]}" -jar "$jar" "${monitor[@]}" -prof gc "${extra[@]}" -rf json -rff "$results/jmh-monitor.json" \
  'MonitorBenchmarks|FoldBenchmarks' | tee "$results/jmh-monitor.log"

echo "== growth measured side by side (MonitorGrowth: the fold and the fleet's modes, every size in one JVM, in rounds)"
rm -f "$results"/growth-*.json
"$java" "${common[@]}" -Xms2g -Xmx6g -cp "$jar" io.github.dpasemantics.bench.MonitorGrowth "${growth[@]}" \
  --heap default --json "$results/growth-default.json" | tee "$results/growth-default.log"

echo "== retained heap of a replayed fleet (the fold's states; the fleet: full, streaming, forgetting)"
"$java" "${common[@]}" -Xmx6g -cp "$jar" 'io.github.dpasemantics.bench.MonitorBenchmarks$RetainedHeap' \
  10000 100000 1000000 --json "$results/retained.json" | tee "$results/retained.log"

if [ "$mode" = monitor ]; then
  sed -i "s|\"command\": .*|\"load_after\": \"$(cut -d' ' -f1-3 /proc/loadavg)\",\n  \"command\": \"dpa-bench/run.sh $mode\"|" "$results/machine.json"
  python3 dpa-bench/report.py "$results" > BENCHMARKS.md
  echo "== BENCHMARKS.md regenerated from $results (monitor part re-measured)"
  exit 0
fi

echo "== fleet monitor on Kafka Streams, end to end (KafkaThroughput: a KRaft broker in the JVM; 1 and 2 stream threads; restore)"
# the broker and Kafka Streams are not in benchmarks.jar: their class path is target/kafka.classpath
if [ "$mode" = long ]; then kafka=(--events 100000 --contracts 2000 --restore-contracts 10000); else kafka=(--events 20000 --contracts 500 --restore-contracts 10000); fi
"$java" "${common[@]}" -Xmx3g -cp "$jar:$(cat "dpa-bench/$target/kafka.classpath")" io.github.dpasemantics.bench.KafkaThroughput \
  "${kafka[@]}" --json "$results/kafka.json" | tee "$results/kafka.log"

echo "== cold start to first decision (whole processes, $runs runs each, median)"
# build the CLI jar and its class-data-sharing archive first (the launcher makes both on first use)
DPA_TARGET="$target" ./dpa --help > /dev/null
cli_jar="dpa-examples/$target/dpa.jar"
decide='decide Subprocessing.objectionAllowed notice=2025-03-03 objection=2025-03-08 inWriting=true onReasonableDataProtectionGrounds=true'
python3 dpa-bench/coldstart.py "$results/coldstart.json" "$runs" 2 -- \
  "dpa=DPA_TARGET=$target ./dpa $decide" \
  "java-jar=$java -jar $cli_jar $decide" \
  "drools=$java -cp $jar io.github.dpasemantics.bench.drools.DroolsFirstDecision" \
  "jvm=$java -Xshare:auto -version"

sed -i "s|\"command\": .*|\"load_after\": \"$(cut -d' ' -f1-3 /proc/loadavg)\",\n  \"command\": \"dpa-bench/run.sh $mode\"|" "$results/machine.json"
python3 dpa-bench/report.py "$results" > BENCHMARKS.md
echo "== BENCHMARKS.md regenerated from $results"
