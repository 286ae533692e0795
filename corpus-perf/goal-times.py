#!/usr/bin/env python3
"""Sums the time each corpus goal took in Maven logs written with timestamps.

    goal-times.py LOG...   ->  "validate clean package corpus-total build-total" in seconds, one line per log

A goal runs from its "--- corpus:VERSION:GOAL" header to the next header or the BUILD line; the build
from the first timestamped line to the BUILD line (so Maven's start before its first line is not in it).
Logs must come from mvn -Dorg.slf4j.simpleLogger.showDateTime=true
-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS.
"""
import re
import sys
from datetime import datetime

LINE = re.compile(r"^(\d\d:\d\d:\d\d\.\d\d\d) \[\w+\] (.*)$")
HEADER = re.compile(r"^--- ([\w.-]+):[^:]+:([\w-]+) ")
GOALS = ("validate", "clean", "package")


def seconds(stamp):
    t = datetime.strptime(stamp, "%H:%M:%S.%f")
    return t.hour * 3600 + t.minute * 60 + t.second + t.microsecond / 1e6


def times(path):
    spent = dict.fromkeys(GOALS, 0.0)
    first = current = start = end = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            m = LINE.match(raw.rstrip("\n"))
            if not m:
                continue
            at, text = seconds(m.group(1)), m.group(2)
            first = at if first is None else first
            header = HEADER.match(text)
            if header or text.startswith("BUILD "):
                if current is not None:
                    spent[current] += (at - start) % 86400
                current = None
                if header and header.group(1) == "corpus" and header.group(2) in GOALS:
                    current, start = header.group(2), at
                if text.startswith("BUILD "):
                    end = at
    build = (end - first) % 86400 if end is not None else float("nan")
    return [spent[g] for g in GOALS] + [sum(spent.values()), build]


for log in sys.argv[1:]:
    print(" ".join(f"{v:.2f}" for v in times(log)))
