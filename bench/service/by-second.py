#!/usr/bin/env python3
"""Server-side latency second by second over the last run of a load.sh access log (ACCESS_LOG=FILE).

    python3 bench/service/by-second.py access.ndjson [SECONDS]

Prints, for each second of the last SECONDS (default 31) before the last evaluation, the number of evaluations,
their median, 99th percentile and slowest server-side duration (the access log's durationMs: from Jetty's handling
to the answer, so without the wait in the socket's queue that wrk sees), the rule-set version that answered, and
where each POST /v1/rules/reload began and ended: which phase of a reload (compile, warm-up, the seconds after the
swap) makes the tail.
"""
import sys

from access_log import read


def main(path, seconds):
    evaluations, reloads = read(path)
    if not evaluations:
        sys.exit(f"{path}: no evaluations")
    start = evaluations[-1][0] - seconds
    for began, end in reloads:
        if end >= start:
            print(f"reload from +{began - start:.1f} s to +{end - start:.1f} s")
    by_second, versions = {}, {}
    for at, millis, version in evaluations:
        if at >= start:
            by_second.setdefault(int(at - start), []).append(millis)
            versions[int(at - start)] = version  # the last one that answered in that second
    print("second\tcount\tp50_ms\tp99_ms\tmax_ms\trule_set")
    for second in sorted(by_second):
        durations, version = by_second[second], versions[second]
        durations.sort()
        count = len(durations)
        print(f"{second}\t{count}\t{durations[count // 2]:.2f}\t{durations[int(count * 0.99)]:.2f}\t"
              f"{durations[-1]:.2f}\t{version.removeprefix('sha256:')[:8]}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 31)
