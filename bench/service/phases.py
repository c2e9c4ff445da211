#!/usr/bin/env python3
"""Server-side latency of each run in a load.sh access log (ACCESS_LOG=FILE), and of the reload run by phase.

    python3 bench/service/phases.py access.ndjson [access2.ndjson ...]

A run is a stretch of evaluations without a pause of over a second (load.sh's warm-up, max, paced and reload runs,
in that order). For each: its length, evaluations, and the median, 99th and 99.9th percentile of the access log's
durationMs (Jetty's handling to the answer: without the wait in the socket's queue that wrk sees). For the last run,
the same percentiles while a POST /v1/rules/reload was running (compile and warm-up), in the 3 s after each reload
answered (the new rule set's first seconds), and the rest.
"""
import sys

from access_log import read


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))] if values else float("nan")


def describe(durations):
    return (f"n={len(durations)} p50={percentile(durations, .5):.2f} p99={percentile(durations, .99):.2f} "
            f"p99.9={percentile(durations, .999):.2f} ms")


def main(path):
    evaluations, reloads = read(path)
    if not evaluations:
        sys.exit(f"{path}: no evaluations")
    runs, current = [], [evaluations[0]]
    for evaluation in evaluations[1:]:
        if evaluation[0] - current[-1][0] > 1.0:
            runs.append(current)
            current = []
        current.append(evaluation)
    runs.append(current)
    print(path)
    for number, run in enumerate(runs, 1):
        print(f"  run {number}: {run[-1][0] - run[0][0]:.0f} s, {describe([d for _, d, _ in run])}")
    last = runs[-1]
    inside = [(a, b) for a, b in reloads if b >= last[0][0]]
    if not inside:
        return
    print("  last run's reloads: " + ", ".join(f"{b - a:.1f} s" for a, b in inside))
    during = [d for t, d, _ in last if any(a <= t < b for a, b in inside)]
    after = [d for t, d, _ in last if any(b <= t < b + 3 for a, b in inside)]
    rest = [d for t, d, _ in last if not any(a <= t < b + 3 for a, b in inside)]
    print(f"    during a reload:       {describe(during)}")
    print(f"    3 s after each swap:   {describe(after)}")
    print(f"    the rest:              {describe(rest)}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for argument in sys.argv[1:]:
        main(argument)
