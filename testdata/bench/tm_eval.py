#!/usr/bin/env python3
"""tm_eval: scores `bitext tm lookup --format jsonl -` output against the
queries tmgen wrote (QUERY<TAB>EXPECTED SOURCE): the share of queries whose
best match is the unit the query was made from."""
import json, sys
queries = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if "\t" in l]
best = {}
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    if r["query"] not in best or r["score"] > best[r["query"]]["score"]:
        best[r["query"]] = r
right = sum(1 for q, want in queries if q in best and best[q]["source"] == want)
# A near-duplicate of the expected unit may score as high: count ties too.
tie = sum(1 for q, want in queries if q in best and best[q]["source"] != want and best[q]["score"] >= 0)
found = sum(1 for q, _ in queries if q in best)
print(json.dumps({"queries": len(queries), "found": found, "right_on_top": right,
                  "right_on_top_pct": round(100 * right / max(1, len(queries)), 1)}))
