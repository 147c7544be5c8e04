#!/usr/bin/python3
"""tm_ttk: the same TM benchmark with Translate Toolkit's SQLite TM
(translate.storage.tmdb), for a side-by-side ratio. Run with Debian's Python:
    /usr/bin/python3 tm_ttk.py PAIRS.tsv QUERIES.tsv N_UNITS N_QUERIES
PAIRS.tsv is SOURCE<TAB>TARGET (bitext tm export --format tsv); QUERIES.tsv is
QUERY<TAB>EXPECTED SOURCE (tmgen). Prints one JSON line."""
import json, os, sys, tempfile, time
from translate.storage import tmdb

pairs_file, queries_file, n, nq = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
units = []
with open(pairs_file, encoding="utf-8") as f:
    for line in f:
        s, t = line.rstrip("\n").split("\t")[:2]
        units.append({"source": s, "target": t, "context": ""})
        if len(units) == n:
            break
srcs = {u["source"] for u in units}
queries = [l.rstrip("\n").split("\t") for l in open(queries_file, encoding="utf-8")]
queries = [q for q in queries if len(q) == 2 and q[1] in srcs][:nq]
db = os.path.join(tempfile.mkdtemp(), "ttk.db")
t0 = time.perf_counter()
tm = tmdb.TMDB(db, max_candidates=1, min_similarity=70)
tm.add_list(units, "en", "hu")
imp = time.perf_counter() - t0
t0 = time.perf_counter()
right = 0
for q, want in queries:
    r = tm.translate_unit(q, "en", "hu")
    if r and r[0]["source"] == want:
        right += 1
look = (time.perf_counter() - t0) / max(1, len(queries))
t0 = time.perf_counter()
for q, want in queries:
    tm.translate_unit(want, "en", "hu")
exact = (time.perf_counter() - t0) / max(1, len(queries))
print(json.dumps({"tool": "translate-toolkit tmdb", "units": len(units), "queries": len(queries),
                  "import_s": round(imp, 2), "fuzzy_ms": round(look * 1000, 2), "exact_ms": round(exact * 1000, 2),
                  "right_on_top_pct": round(100 * right / max(1, len(queries)), 1),
                  "db_bytes": os.path.getsize(db)}))
