#!/usr/bin/env bash
# Load figures for the decision service: wrk against `advisor serve` on loopback.
#
#   bench/service/load.sh            # from the project root; about 4 minutes
#
# Runs, one after the other, against one server process:
#   warm-up      20 s as fast as it goes (JIT), not reported
#   max          30 s as fast as it goes with $MAX_CONNECTIONS connections: throughput and latency at saturation
#   paced        $DURATION s at $RATE requests/s: latency at the target rate
#   reload       $DURATION s at $RATE requests/s, with a rule change and POST /v1/rules/reload at a third
#                and two thirds of the time: latency and failed requests while rule sets are swapped
# Every request is a single-profile POST /v1/evaluations, cycling through the sample customers of facts/samples/portfolio.json.
# Results: one JSON line per run in bench/service/results/<timestamp>.ndjson, a summary on standard output.
# Each run first waits (up to 5 minutes) until the machine is quiet, and reports the CPU the server and
# everything else used during it; WAIT_FOR_QUIET=0 skips the wait.
# Installs wrk and jq from Debian's packages when missing; builds the jar when missing.
# JAR=… runs another build of the advisor (A/B); the reload run also records the server's CPU per thread name
# (JIT compilers, request threads, the rule compiler, GC) in the results. SERVER_LOG=FILE keeps the server's
# log (standard error) there, to see what a failed request or a reload wrote; ACCESS_LOG=FILE keeps the access
# log (one JSON line per request, with its time and server-side duration: latency second by second;
# bench/service/phases.py and by-second.py read it). SERVE_ARGS="…" adds options to `advisor serve`
# (e.g. --reload-warm-up-evaluations 300 --reload-warm-up 3 for the embedded defaults).
set -euo pipefail

cd "$(dirname "$0")/../.."
RATE=${RATE:-5000}
DURATION=${DURATION:-30}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
MAX_CONNECTIONS=${MAX_CONNECTIONS:-16}
PORT=${PORT:-18089}
# The flags bin/advisor uses for serve (the collector, and the metaspace threshold that keeps the classes of a
# reload from starting a full collection); a fixed heap so that sizing does not move between runs.
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC -XX:MetaspaceSize=256m}
JAR=${JAR:-target/expressroute-advisor.jar}
TOKEN=bench-$RANDOM$RANDOM

need() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $1 from Debian's packages" >&2
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "$1" >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq "$1" >/dev/null; fi
}
need wrk
need jq
need curl
[ -f "$JAR" ] || mvn -B -q -DskipTests package

work=$(mktemp -d)
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    [ -z "${SERVER_LOG:-}" ] || cp "$work/server.log" "$SERVER_LOG" 2>/dev/null || true
    [ -z "${ACCESS_LOG:-}" ] || cp "$work/access.ndjson" "$ACCESS_LOG" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A compiled-rules cache of this run's own, so that no run loads what an earlier one left there.
export ADVISOR_RULES_CACHE=${ADVISOR_RULES_CACHE:-$work/compiled-rules}
# The rules are copied so that the reload run can change them without touching the project.
cp -r rules "$work/rules"
jq -c '.[]' facts/samples/portfolio.json > "$work/profiles.ndjson"
mkdir -p bench/service/results
results=bench/service/results/$(date -u +%Y%m%dT%H%M%SZ).ndjson

# wrk is one client with up to 64 connections per run; the server counts a closed connection against its
# client until it notices the close, so back-to-back runs need more than the default 128 per client.
ADVISOR_ADMIN_TOKEN=$TOKEN java $JAVA_OPTS -jar "$JAR" serve --host 127.0.0.1 \
    --port "$PORT" --rules "$work/rules" --reference facts/reference --max-connections-per-client 512 ${SERVE_ARGS:-} \
    > "$work/access.ndjson" 2> "$work/server.log" &
server=$!
base=http://127.0.0.1:$PORT
for _ in $(seq 1 120); do
    curl -fs "$base/health/ready" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
done
curl -fs "$base/health/ready" >/dev/null

busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
server_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
# CPU ticks (user + system) of every server thread, one line each: name, ticks; numbered names (C2 CompilerThre1,
# qtp…-42) grouped. A thread that ended between two snapshots is missing from the later one.
thread_ticks() {
    for task in /proc/"$server"/task/*; do
        { read -r name < "$task/comm"; stat=$(< "$task/stat"); } 2>/dev/null || continue
        set -- ${stat##*) }
        printf '%s\t%s\n' "$(echo "$name" | sed -E 's/[-0-9]+$//; s/ #?$//')" "$(( ${12} + ${13} ))"
    done | awk -F'\t' '{t[$1] += $2} END {for (n in t) print n "\t" t[n]}' | sort
}

wait_for_quiet() { # the machine may be shared: wait (up to 5 min) until under a quarter core is busy
    [ "${WAIT_FOR_QUIET:-1}" = 1 ] || return 0
    for _ in $(seq 1 60); do
        local before after
        before=$(busy_ticks); sleep 5; after=$(busy_ticks)
        [ $((after - before)) -lt 125 ] && return
    done
    echo "the machine stayed busy; measuring anyway" >&2
}

run() { # name rate(or empty) connections seconds
    local name=$1 rate=$2 connections=$3 seconds=$4 busy0 server0 busy1 server1
    busy0=$(busy_ticks); server0=$(server_ticks)
    PROFILES=$work/profiles.ndjson RATE=$rate THREADS=$THREADS \
        wrk -t"$THREADS" -c"$connections" -d"${seconds}s" --timeout 5s -s bench/service/evaluate.lua \
        "$base/v1/evaluations" | tail -n 1 > "$work/wrk.json"
    busy1=$(busy_ticks); server1=$(server_ticks)
    # CPU used during the run, in cores: the server's, and the rest (wrk and whatever else ran)
    jq -c --arg run "$name" --arg rate "${rate:-max}" --argjson c "$connections" \
        --argjson server "$(( (server1 - server0) * 100 / (seconds * 100) ))" \
        --argjson rest "$(( ((busy1 - busy0) - (server1 - server0)) * 100 / (seconds * 100) ))" \
        '{run: $run, target_rate: $rate, connections: $c} + .
         + {server_cpu_cores: ($server / 100), other_cpu_cores_incl_wrk: ($rest / 100)}' "$work/wrk.json"
}

reload_after() { # seconds marker
    sleep "$1"
    printf 'package expressroute;\nimport com.expressrouteadvisor.profile.Customer;\nrule "Load marker %s" when Customer( id == "nobody" ) then end\n' \
        "$2" > "$work/rules/zz-load-marker.drl"
    local started answer status=0
    started=$(date +%s%N)
    # A reload under full load can take longer than the connection's idle timeout (30 s): then the answer
    # is lost (curl exit 52) while the reload itself goes on; record that instead of ending the whole run.
    answer=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" "$base/v1/rules/reload") || status=$?
    if [ "$status" = 0 ]; then
        echo "$answer" | jq -c '{reload: .outcome, millis, version: .ruleSet.version}' >> "$work/reloads.ndjson"
    else
        jq -cn --arg m "$2" --argjson s "$status" --argjson ms "$(( ($(date +%s%N) - started) / 1000000 ))" \
            '{reload: "NO_ANSWER", marker: $m, curl_exit: $s, waited_millis: $ms}' >> "$work/reloads.ndjson"
    fi
}

{
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "java: $(java -version 2>&1 | head -n 1); JAVA_OPTS=$JAVA_OPTS; JAR=$JAR; wrk $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f2)"
} | tee "$work/context.txt" >&2

run warm-up "" "$MAX_CONNECTIONS" 20 > /dev/null
lines_before=$(wc -l < "$work/access.ndjson")
{
    wait_for_quiet
    run max "" "$MAX_CONNECTIONS" 30
    wait_for_quiet
    run paced "$RATE" "$CONNECTIONS" "$DURATION"
    wait_for_quiet
    thread_ticks > "$work/threads-before.tsv"
    reload_after $((DURATION / 3)) one &
    first_reload=$!
    reload_after $((2 * DURATION / 3)) two &
    second_reload=$!
    run reload "$RATE" "$CONNECTIONS" "$DURATION"
    wait "$first_reload" "$second_reload"
    thread_ticks > "$work/threads-after.tsv"
} > "$work/runs.ndjson"

sleep 1 # the access log is written from a queue
served=$(tail -n +"$((lines_before + 1))" "$work/access.ndjson" | jq -s 'map(select(.path == "/v1/evaluations"))')
{
    cat "$work/runs.ndjson"
    jq -c '.' "$work/reloads.ndjson"
    # server CPU seconds per thread name over the reload run (ticks are 1/100 s), largest first
    awk -F'\t' 'NR == FNR {b[$1] = $2; next} {d = $2 - b[$1]; if (d > 0) print $1 "\t" d / 100}' \
        "$work/threads-before.tsv" "$work/threads-after.tsv" | sort -t$'\t' -k2 -rn |
        jq -Rn '{reload_run_cpu_seconds_by_thread: [inputs | split("\t") | {(.[0]): (.[1] | tonumber)}] | add}'
    curl -s "$base/v1/rules" | jq -c '{rules_in_service: .version, last_reload: .lastReload}'
    echo "$served" | jq -c '{server_side_evaluation_requests: length,
        not_200: map(select(.status != 200)) | length,
        not_200_by_status: (map(select(.status != 200)) | group_by(.status) | map({(.[0].status | tostring): length}) | add),
        rule_set_versions: map(.ruleSetVersion) | unique | length}'
    jq -cn --rawfile context "$work/context.txt" '{context: $context}'
} | tee "$results"
echo "results written to $results" >&2
