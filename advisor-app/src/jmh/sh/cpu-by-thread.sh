#!/usr/bin/env bash
# CPU of a Java process by kind of thread: the JIT compilers, the garbage collector, and the rest (the
# application's own threads), from /proc, sampled until the process ends; the last sample before the end counts.
#
#   advisor-app/src/jmh/sh/cpu-by-thread.sh java -Xmx512m -jar target/expressroute-advisor.jar evaluate … FILE
#
# Prints one line: wall, total CPU and its split, in seconds (sampled every 0.2 s, so a thread that ends
# between two samples loses its last fraction). Linux only. The process's own output goes to
# its usual places; start it with --out (or redirect) so that only this line is on standard output.
set -euo pipefail
tick=$(getconf CLK_TCK)
start=$(date +%s.%N)
"$@" > /dev/null &
pid=$!
declare -A cpu
while kill -0 "$pid" 2>/dev/null; do
    for stat in /proc/"$pid"/task/*/stat; do
        # comm may hold spaces: the fields after the closing parenthesis are fixed
        line=$(cat "$stat" 2>/dev/null) || continue
        name=${line#*(}; name=${name%%)*}
        rest=${line##*) }
        read -r -a f <<< "$rest"
        tid=${stat%/stat}; tid=${tid##*/}
        cpu[$tid]="$name|$(( f[11] + f[12] ))"
    done
    sleep 0.2
done
wait "$pid" || { echo "the command failed" >&2; exit 1; }
end=$(date +%s.%N)
jit=0; gc=0; other=0
for tid in "${!cpu[@]}"; do
    name=${cpu[$tid]%%|*}; ticks=${cpu[$tid]##*|}
    case "$name" in
        C1\ Compiler*|C2\ Compiler*) jit=$((jit + ticks)) ;;
        GC\ Thread*|G1*|VM\ Thread|Parallel*) gc=$((gc + ticks)) ;;
        *) other=$((other + ticks)) ;;
    esac
done
awk -v w="$(echo "$end - $start" | bc)" -v j="$jit" -v g="$gc" -v o="$other" -v t="$tick" 'BEGIN {
    printf "wall %.1f s  cpu %.1f s = application %.1f + jit %.1f + gc/vm %.1f\n", w, (j+g+o)/t, o/t, j/t, g/t }'
