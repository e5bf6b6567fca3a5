#!/usr/bin/env python3
"""Precision@k and recall@k of a risk report against a generator truth file, next to the
naive baseline "rank by traced calls" (the provider counters). Usage:
  risk_accuracy.py TRUTH.json REPORT.csv [K]"""
import csv
import json
import sys

truth_file, report_file = sys.argv[1], sys.argv[2]
k = int(sys.argv[3]) if len(sys.argv) > 3 else 20
truth = json.load(open(truth_file))
bad = {a["providerId"] for a in truth["badActors"]}
fronts = {a["hiddenBehind"] for a in truth["badActors"] if a["hiddenBehind"]}
rows = list(csv.DictReader(open(report_file, newline="")))
by_score = [r["provider_id"] for r in sorted(rows, key=lambda r: int(r["rank"]))]
# Baseline: traced calls in any role = the sum of the role volume factors' values.
def traced(r):
    return sum(float(r[f + "_value"] or 0) for f in ("originating", "gateway", "intermediate", "terminating"))
by_calls = [r["provider_id"] for r in sorted(rows, key=lambda r: (-traced(r), r["provider_id"]))]

def measure(ranking, relevant):
    top = ranking[:k]
    hits = sum(1 for p in top if p in relevant)
    return hits / k, hits / len(relevant) if relevant else 0.0, hits

print(f"providers scored: {len(rows)}; planted bad actors: {len(bad)}; fronts: {len(fronts)}")
for name, ranking in (("risk score", by_score), ("baseline: traced calls", by_calls)):
    p, r, h = measure(ranking, bad)
    pf, rf, hf = measure(ranking, bad | fronts)
    print(f"{name:24s} precision@{k} {p:.2f}  recall@{k} {r:.3f}  ({h} of top {k} planted)"
          f"   | counting fronts as bad: precision@{k} {pf:.2f}")
print("top 20 by score:", " ".join(p + ("*" if p in bad else "+" if p in fronts else "") for p in by_score[:k]))
print("fronts' ranks:", {f: by_score.index(f) + 1 for f in sorted(fronts) if f in by_score})
