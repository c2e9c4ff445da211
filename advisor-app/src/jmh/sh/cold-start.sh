#!/bin/sh
# Time from `java -jar` to the first result: one customer evaluated and printed, process ended.
# Prints the median wall time and CPU time (user+sys) of RUNS runs per way of starting.
# Usage (from the project folder, after mvn -q -DskipTests package): advisor-app/src/jmh/sh/cold-start.sh [RUNS]
set -eu
runs=${1:-9}
jar=target/expressroute-advisor.jar
input=facts/samples/one-customer.json
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT

measure() { # label, command…
  label=$1; shift
  : > "$cache/times"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -f "%e %U %S" -o "$cache/one" "$@" > /dev/null 2> "$cache/err" || { cat "$cache/err" >&2; exit 1; }
    cat "$cache/one" >> "$cache/times"
    i=$((i + 1))
  done
  wall=$(cut -d' ' -f1 "$cache/times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] * 1000 }')
  cpu=$(awk '{ print $2 + $3 }' "$cache/times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] * 1000 }')
  printf "%-46s median wall %5.0f ms   cpu %5.0f ms\n" "$label" "$wall" "$cpu"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "java -version (JVM alone)" java -version
measure "advisor --version (JVM + jar + picocli)" java -jar "$jar" --version
measure "evaluate, default JVM flags" java -jar "$jar" evaluate --format json "$input"
measure "evaluate, C1 only + serial GC" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar "$jar" evaluate --format json "$input"
ADVISOR_CACHE="$cache/cds" bin/advisor evaluate --format json "$input" > /dev/null 2>&1 # first run writes the archive
measure "bin/advisor (C1 + serial GC + CDS archive)" env ADVISOR_CACHE="$cache/cds" bin/advisor evaluate --format json "$input"
measure "bin/advisor rules validate" env ADVISOR_CACHE="$cache/cds" bin/advisor rules validate
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
