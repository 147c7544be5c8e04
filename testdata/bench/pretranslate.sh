#!/usr/bin/env bash
# pretranslate.sh: bitext tm pretranslate of a 1,000-sentence article against
# the 1M-unit TM of tm_scale.sh, and side by side with Translate Toolkit's
# pretranslate on a TM it can handle. Run from the repository root after
# tm_scale.sh (or with TMX and DB pointing at its files):
#
#   TMX=tm1000000.tmx DB=tm.db testdata/bench/pretranslate.sh [TTK_UNITS]
#
# Results are JSON lines on stdout; work files go to $TMPDIR/bitext-pt-bench.
# Translate Toolkit (Debian python3-translate) compares strings with
# python3-levenshtein when it is installed (a Recommends of python3-translate,
# left out by --no-install-recommends) and in pure Python otherwise, which is
# about a hundred times slower: its line says which (TTKLIMIT, default 1200 s,
# stops it).
set -euo pipefail
NT=${1:-2000}
W=${TMPDIR:-/tmp}/bitext-pt-bench
mkdir -p "$W"
TMX=${TMX:-${TMPDIR:-/tmp}/bitext-tm-bench/tm1000000.tmx}
DB=${DB:-${TMPDIR:-/tmp}/bitext-tm-bench/tm.db}
for f in "$TMX" "$DB"; do
	[ -s "$f" ] || { echo "pretranslate.sh: no $f: run testdata/bench/tm_scale.sh first, or set TMX and DB to its files" >&2; exit 1; }
done
go build -o "$W/bitext" ./cmd/bitext
B="$W/bitext"
P=testdata/bench/pretranslate_article.py
TTKLIMIT=${TTKLIMIT:-1200}

# The stored sources: all of the TM for the big run (the first 200,000 of
# the export suffice to draw from), the first NT units for the small one.
python3 - "$TMX" "$NT" "$W" <<'PY'
import re, sys
tmx, nt, w = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seg = re.compile(r"<seg>(.*?)</seg>")
head, tus, cur, n = [], [], [], 0
srcs = []
with open(tmx, encoding="utf-8") as f:
    for line in f:
        if n == 0 and "<tu " not in line and not tus and not cur:
            head.append(line)
            if "<body>" not in line:
                continue
            continue
        cur.append(line)
        if "</tu>" in line:
            block = "".join(cur)
            cur = []
            m = seg.search(block)
            if m:
                srcs.append(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
            if n < nt:
                tus.append(block)
            n += 1
            if n >= 200000:
                break
open(w + "/sources.txt", "w", encoding="utf-8").write("\n".join(srcs) + "\n")
open(w + "/sources-small.txt", "w", encoding="utf-8").write("\n".join(srcs[:nt]) + "\n")
open(w + "/tm-small.tmx", "w", encoding="utf-8").write("".join(head) + "".join(tus) + "  </body>\n</tmx>\n")
PY
python3 "$P" "$W/sources.txt" 1000 1 > "$W/article.en.txt"
python3 "$P" "$W/sources-small.txt" 1000 2 > "$W/small.en.txt"

run() { # NAME DB ARTICLE OUT
	/usr/bin/time -f '{"step":"'"$1"'","wall_s":%e,"user_s":%U,"sys_s":%S,"max_rss_kb":%M}' \
		"$B" --db "$2" tm pretranslate --src en --tgt hu --format json "$3" -o "$4" 2> "$W/$1.err" || true
	grep '^{' "$W/$1.err" | sed 's/^/  /'
}
echo '{"bitext 1M":'
run bitext-1M "$DB" "$W/article.en.txt" "$W/article.xlf"
echo '}'

# The small TM: bitext and Translate Toolkit on the same units and article.
rm -f "$W/small.db"*
"$B" --db "$W/small.db" tm import "$W/tm-small.tmx" 2>/dev/null
echo '{"bitext small":'
run bitext-small "$W/small.db" "$W/small.en.txt" "$W/small.xlf"
echo '}'
# Translate Toolkit pretranslates an XLIFF without targets: ours, emptied.
# It is given as its own template too: without one, Debian's 3.8 crashes
# ("NoneType object has no attribute findunit") as soon as --tm is used.
python3 - "$W/small.xlf" "$W/small-empty.xlf" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
s = re.sub(r"<target[^>]*>.*?</target>\n|<alt-trans.*?</alt-trans>\n", "", s, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
if ! /usr/bin/python3 -c 'import translate.tools.pretranslate' 2>/dev/null; then
	echo '{"step":"ttk-small","skipped":"Translate Toolkit not installed (apt-get install python3-translate python3-levenshtein)"}'
	exit 0
fi
lev=false
/usr/bin/python3 -c 'import Levenshtein' 2>/dev/null && lev=true
echo "{\"ttk python3-levenshtein\":$lev}"
rc=0
timeout "$TTKLIMIT" /usr/bin/time -f '{"step":"ttk-small","wall_s":%e,"user_s":%U,"sys_s":%S,"max_rss_kb":%M}' \
	/usr/bin/python3 -m translate.tools.pretranslate --tm "$W/tm-small.tmx" -s 70 \
	-t "$W/small-empty.xlf" -i "$W/small-empty.xlf" -o "$W/ttk-small.xlf" 2> "$W/ttk.err" || rc=$?
if [ "$rc" = 0 ]; then
	grep '^{' "$W/ttk.err"
	echo "{\"ttk filled\":$(grep -c '<target' "$W/ttk-small.xlf"),\"bitext filled\":$(grep -c "<target state=" "$W/small.xlf")}"
elif [ "$rc" = 124 ]; then
	echo "{\"step\":\"ttk-small\",\"finished\":false,\"limit_s\":$TTKLIMIT}"
else
	grep -v '^{' "$W/ttk.err" | tail -5 >&2
	echo "{\"step\":\"ttk-small\",\"failed\":$rc}"
fi
