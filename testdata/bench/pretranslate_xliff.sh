#!/usr/bin/env bash
# pretranslate_xliff.sh: bitext tm pretranslate of a client's XLIFF file in
# place, side by side with Translate Toolkit's pretranslate on the same file
# and TM. Run from the repository root:
#
#   testdata/bench/pretranslate_xliff.sh [SEED] [SENTENCES] [UNITS]   (defaults 1, 300, 2000)
#
# 1. tmgen writes an UNITS-unit English-Hungarian TMX; its sources make an
#    article of SENTENCES sentences (pretranslate_article.py SEED: exact,
#    one-word-away, word salad and repeated sentences).
# 2. The article becomes a client's XLIFF 1.2 (pretranslate_xliff.py): a
#    <group> per paragraph, a trans-unit per sentence, a note on every
#    fifth, a translated target on every tenth (which must stay as it is).
# 3. bitext imports the TMX and pretranslates the file (--min 75);
#    Translate Toolkit's pretranslate fills the same file from the same
#    TMX (-s 75).
# 4. Both outputs are validated (xmllint, transitional schema) and read
#    with Translate Toolkit; the units each filled and the fills that
#    differ are counted (pretranslate_xliff.py compare).
# Work files go to $TMPDIR/bitext-xlf-bench; results are JSON lines.
set -euo pipefail
SEED=${1:-1}
NS=${2:-300}
N=${3:-2000}
W=${TMPDIR:-/tmp}/bitext-xlf-bench
mkdir -p "$W"
SHARED=${SHARED:-../shared/data}
[ -d "$SHARED" ] || SHARED=../../shared/data
[ -d "$SHARED" ] || SHARED=/work/shared/data
go build -o "$W/bitext" ./cmd/bitext
B="$W/bitext"
P=testdata/bench/pretranslate_xliff.py
[ -s "$W/tm$N.tmx" ] || go run ./testdata/bench/tmgen -n "$N" -o "$W/tm$N.tmx" -queries "$W/q.tsv" -data "$SHARED/align"
python3 -c '
import re, sys
seg = re.compile(r"<tuv xml:lang=\"en\">\s*<seg>(.*?)</seg>", re.S)
srcs = [m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") for m in seg.finditer(open(sys.argv[1], encoding="utf-8").read())]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(srcs) + "\n")' "$W/tm$N.tmx" "$W/sources.txt"
python3 testdata/bench/pretranslate_article.py "$W/sources.txt" "$NS" "$SEED" "$W/origins.tsv" > /dev/null
python3 "$P" make "$W/origins.tsv" "$W/client.xlf"

rm -f "$W/bt.db"*
"$B" --db "$W/bt.db" tm import "$W/tm$N.tmx" 2>/dev/null
/usr/bin/time -f '{"step":"bitext","wall_s":%e,"max_rss_kb":%M}' \
	"$B" --db "$W/bt.db" tm pretranslate --min 75 --format json "$W/client.xlf" -o "$W/bitext.xlf" 2> "$W/bitext.err"
grep '^{' "$W/bitext.err"

# Its pretranslate reads the TM from a file (TMX, PO), not from the tmdb
# that build_tmdb writes ("Unknown filetype"); the file is its own template
# (without one Debian's 3.8 crashes as soon as --tm is used).
/usr/bin/time -f '{"step":"ttk","wall_s":%e,"max_rss_kb":%M}' \
	/usr/bin/python3 -m translate.tools.pretranslate --tm "$W/tm$N.tmx" -s 75 \
	-t "$W/client.xlf" -i "$W/client.xlf" -o "$W/ttk.xlf" 2> "$W/ttk.err" || { tail -5 "$W/ttk.err" >&2; exit 1; }
grep '^{' "$W/ttk.err"

X="$SHARED/xliff/xliff-core-1.2-transitional.xsd"
for f in client bitext ttk; do
	if xmllint --noout --nonet --schema "$X" "$W/$f.xlf" 2>/dev/null; then v=true; else v=false; fi
	echo "{\"validates\":\"$f.xlf\",\"ok\":$v}"
done
/usr/bin/python3 "$P" compare "$W/client.xlf" "$W/bitext.xlf" "$W/ttk.xlf" 2>/dev/null
