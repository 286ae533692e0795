#!/usr/bin/env python3
"""Turns JMH's CSV (-rf csv) into the markdown table of BENCHMARKS.md: input MB/s per thread."""
import csv
import sys

rows = {}
with open(sys.argv[1], newline="") as f:
    for r in csv.DictReader(f):
        name = r["Benchmark"]
        if not name.endswith(":bytes"):
            continue
        bench = name[: -len(":bytes")].replace("dev.corpuskit.perf.", "")
        fmt = r.get("Param: format") or r.get("Param: ruleSet") or ""
        rows[(bench, fmt)] = (float(r["Score"]) / 1e6, float(r["Score Error (99.9%)"] or 0) / 1e6)

print("| Benchmark | Data | MB/s per thread | ± (99.9%) |")
print("|---|---|---:|---:|")
for (bench, fmt), (score, err) in sorted(rows.items()):
    print(f"| `{bench}` | {fmt} | {score:.1f} | {err:.1f} |")
