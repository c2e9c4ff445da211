#!/bin/sh
# End to end: generate COUNT profiles, then evaluate them with JSON in and JSON out in -Xmx512m, JVM start
# and rule compilation included. Prints wall time, profiles per second, CPU time and peak resident memory.
# Usage (from the project folder, after mvn -q -DskipTests package): advisor-app/src/jmh/sh/end-to-end.sh [COUNT] [DIR]
set -eu
count=${1:-1000000}
dir=${2:-$(mktemp -d)}
jar=target/expressroute-advisor.jar
input="$dir/portfolio-$count.ndjson"
[ -f "$input" ] || java -jar "$jar" generate --count "$count" --seed 42 --out "$input"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for format in json ndjson; do
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time" \
    java -Xmx512m -jar "$jar" evaluate --format "$format" --out "$dir/results.$format" "$input" 2> "$dir/err"
  tail -1 "$dir/err"
  awk -v n="$count" -v f="$format" '{ printf "ndjson in, %s out: %.1f s wall, %.0f profiles/s, %.1f s cpu (%.1f us/profile), peak RSS %d MB\n", f, $1, n / $1, $2 + $3, ($2 + $3) * 1e6 / n, $4 / 1024 }' "$dir/time"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
