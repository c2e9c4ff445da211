#!/bin/sh
# Time from `java -jar` to the first result: `explain` of one customer (the README's command), process ended.
# Prints the median wall time and CPU time (user+sys) of RUNS runs per way of starting, with the rules compiled
# (compiled-rules cache off) and loaded from a compiled-rules cache filled by an earlier run.
# Usage (from the project folder, after mvn -q -DskipTests package): advisor-app/src/jmh/sh/cold-start.sh [RUNS]
set -eu
runs=${1:-9}
jar=target/expressroute-advisor.jar
input=facts/samples/one-customer.json
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

measure() { # label, command…
  label=$1; shift
  : > "$scratch/times"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -f "%e %U %S" -o "$scratch/one" "$@" > /dev/null 2> "$scratch/err" || { cat "$scratch/err" >&2; exit 1; }
    cat "$scratch/one" >> "$scratch/times"
    i=$((i + 1))
  done
  wall=$(cut -d' ' -f1 "$scratch/times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] * 1000 }')
  cpu=$(awk '{ print $2 + $3 }' "$scratch/times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] * 1000 }')
  printf "%-58s median wall %5.0f ms   cpu %5.0f ms\n" "$label" "$wall" "$cpu"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "java -version (JVM alone)" java -version
measure "advisor --version (JVM + jar + picocli)" java -jar "$jar" --version
export ADVISOR_RULES_CACHE=off
measure "explain, java -jar, rules compiled" java -jar "$jar" explain "$input"
ADVISOR_CACHE="$scratch/cds" bin/advisor explain "$input" > /dev/null 2>&1 # first run writes the CDS archive
measure "explain, bin/advisor, rules compiled" env ADVISOR_CACHE="$scratch/cds" bin/advisor explain "$input"
export ADVISOR_RULES_CACHE="$scratch/rules"
java -jar "$jar" explain "$input" > /dev/null 2>&1 # compiles, then fills the compiled-rules cache
measure "explain, java -jar, rules from the cache" java -jar "$jar" explain "$input"
ADVISOR_CACHE="$scratch/cds2" bin/advisor explain "$input" > /dev/null 2>&1 # CDS archive of a cached start
measure "explain, bin/advisor, rules from the cache" env ADVISOR_CACHE="$scratch/cds2" bin/advisor explain "$input"
measure "bin/advisor rules validate (always compiles)" env ADVISOR_CACHE="$scratch/cds2" bin/advisor rules validate
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
