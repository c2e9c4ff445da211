"""Reads a load.sh access log (ACCESS_LOG=FILE): the evaluations and the reloads, for by-second.py and phases.py."""
import json
from datetime import datetime


def when(record):
    return datetime.fromisoformat(record["@timestamp"][:26]).timestamp()


def read(path):
    """(evaluations, reloads): evaluations as (time, durationMs, rule-set version), in time order; reloads as
    (start, end) in seconds, the start being the answer's time less its duration."""
    evaluations, reloads = [], []
    with open(path) as log:
        for line in log:
            if '"/v1/evaluations"' not in line and '"/v1/rules/reload"' not in line:
                continue
            record = json.loads(line)
            if record["path"] == "/v1/rules/reload":
                reloads.append((when(record) - record["durationMs"] / 1000, when(record)))
            else:
                evaluations.append((when(record), record["durationMs"], record.get("ruleSetVersion") or "-"))
    evaluations.sort()
    return evaluations, reloads
