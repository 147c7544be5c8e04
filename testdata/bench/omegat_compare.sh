#!/usr/bin/env bash
# omegat_compare.sh: bitext's TM beside OmegaT's (Debian's omegat 3.6), on
# the same article and the same TMX. Run from the repository root:
#
#   testdata/bench/omegat_compare.sh [UNITS...|debref]   (default: 2000 100000 debref)
#
# For each size: the first UNITS units of tmgen's 1M-unit English-Hungarian
# TMX (made as tm_scale.sh makes it, or TMX=FILE), a 1,000-sentence article
# drawn from their sources by pretranslate_article.py (seed 1; SENTENCES=N
# for another length), which also says the stored sentence each one was
# made from. Then
#   bitext: tm import of the TMX, tm pretranslate --min 70 of the article;
#   OmegaT: a project with the article in source/ and the TMX in tm/, run
#     headless (--mode=console-translate) with omegat_best_match.groovy,
#     which inserts the best match where its score reaches 70 as the GUI's
#     "insert the best fuzzy match" does (omegat.prefs: wf_insertBestMatch,
#     wf_minimalSimilarity 70) and writes every match with OmegaT's three
#     percentages;
#   bitext tm lookup --max 5 --min 0 of OmegaT's segments, so that the
#     (segment, unit) pairs both list are scored by both.
# omegat_compare.py counts, per tool, segments, filled targets by band and
# the right unit among them; where both fill a segment, whether with the
# same unit (DIR/differ.tsv lists the others, DIR/pairs.tsv the score pairs).
# "debref" does the same on real text: Debian Reference's chapters, en-de
# (see debref below).
# Results are JSON lines on stdout; work files go to $TMPDIR/bitext-omegat.
# Time and peak memory are /usr/bin/time's: OmegaT's include the JVM's
# start and its reading of the TMX, bitext's import is timed apart.
set -euo pipefail
if ! command -v omegat >/dev/null; then
	echo "omegat_compare.sh: omegat is not installed (apt-get install omegat): nothing compared"
	exit 0
fi
SIZES=${*:-2000 100000 debref}
NS=${SENTENCES:-1000}
W=${TMPDIR:-/tmp}/bitext-omegat
mkdir -p "$W"
SHARED=${SHARED:-../shared/data}
[ -d "$SHARED" ] || SHARED=../../shared/data # a worktree in a folder of worktrees
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/omegat_project.sh"
go build -o "$W/bitext" ./cmd/bitext
B="$W/bitext"
TMX=${TMX:-$W/tm1000000.tmx}
if [ ! -s "$TMX" ]; then
	go run ./testdata/bench/tmgen -n 1000000 -o "$TMX" -queries "$W/tm1000000.q.tsv" -data "$SHARED/align"
fi
TIME='{"step":"%C","wall_s":%e,"user_s":%U,"sys_s":%S,"max_rss_kb":%M}'

compare() { # D ARTICLE TARGET-LANGUAGE OMEGAT-TOKENIZER LABEL
	local D=$1 A=$2 TL=$3 TOK=$4 N=$5 P rc
	# bitext
	/usr/bin/time -f "${TIME/\%C/bitext import $N}" "$B" --db "$D/bt.db" tm import "$D/tm.tmx" 2>&1 >/dev/null | grep '^{'
	/usr/bin/time -f "${TIME/\%C/bitext pretranslate $N}" "$B" --db "$D/bt.db" tm pretranslate --src en --tgt $TL \
		--min 70 --format json "$A" -o "$D/bitext.xlf" 2> "$D/bitext.err"
	grep '^{' "$D/bitext.err"

	# OmegaT: a project, its preferences, the script.
	P="$D/omegat"
	omegat_project "$P" "$TL" "$TOK"
	omegat_prefs "$D/config" true
	cp "$A" "$P/source/"
	cp "$D/tm.tmx" "$P/tm/"
	rc=0
	OMEGAT_MATCHES="$D/omegat.tsv" OMEGAT_ENTRIES="$D/omegat-entries.tsv" \
		/usr/bin/time -o "$D/omegat.time" -f "${TIME/\%C/omegat console-translate $N}" \
		omegat "$P" --mode=console-translate --config-dir="$D/config" --quiet \
		--script="$HERE/omegat_best_match.groovy" > "$D/omegat.log" 2>&1 || rc=$?
	if [ "$rc" != 0 ] || [ ! -s "$D/omegat-entries.tsv" ]; then
		tail -5 "$D/omegat.log" >&2
		echo "{\"step\":\"omegat console-translate $N\",\"failed\":$rc}"
		return
	fi
	grep '^{' "$D/omegat.time"
	grep '^omegat_best_match' "$D/omegat.log" | sed 's/^/# /'

	# bitext's scores of OmegaT's segments, five at most, no floor.
	cut -f2 "$D/omegat-entries.tsv" | awk '!seen[$0]++ { print; print "" }' |
		"$B" --db "$D/bt.db" tm lookup --src en --tgt $TL --format jsonl --max 5 --min 0 - > "$D/bitext-lookup.jsonl"
	python3 "$HERE/omegat_compare.py" "$D" "$N"
}

# Debian Reference 2.100 (debian-reference-en and -de): every chapter of the
# text edition but the seventh aligned by bitext into a TM and exported as
# TMX; the seventh chapter's XHTML pretranslated by both. No sentence's
# right unit is known here: the differing choices are read.
debref() { # D
	local D=$1 R=/usr/share/debian-reference L
	if [ ! -s "$R/debian-reference.de.txt.gz" ] || [ ! -s "$R/ch07.en.html" ]; then
		echo '{"step":"debref","skipped":"no Debian Reference (apt-get install debian-reference-en debian-reference-de)"}'
		return
	fi
	for L in en de; do
		# Chapter headings are "Chapter 7. GUI System", with no-break spaces.
		zcat "$R/debian-reference.$L.txt.gz" | awk -v out="$D/tm.$L.txt" '
			/^(Chapter|Kapitel)[^0-9a-z]+[0-9]+\./ { match($0, /[0-9]+/); n = substr($0, RSTART, RLENGTH) + 0 }
			n && n != 7 { print > out }'
	done
	"$B" --db "$D/aligned.db" align --src en --tgt de --into "$D/tm.en.txt" "$D/tm.de.txt" > /dev/null 2>&1
	"$B" --db "$D/aligned.db" tm export --src en --tgt de -o "$D/tm.tmx"
	: > "$D/origins.tsv"
	cp "$R/ch07.en.html" "$D/ch07.en.html"
	compare "$D" "$D/ch07.en.html" de LuceneGermanTokenizer debref
}

for N in $SIZES; do
	D="$W/$N"
	rm -rf "$D"
	mkdir -p "$D"
	if [ "$N" = debref ]; then
		debref "$D"
		continue
	fi
	# The first N units, and their sources, one a line.
	python3 - "$TMX" "$N" "$D" <<'PY'
import html, re, sys
tmx, n, d = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seg = re.compile(r"<seg>(.*?)</seg>", re.S)
out = open(d + "/tm.tmx", "w", encoding="utf-8")
srcs, cur, k = [], [], 0
with open(tmx, encoding="utf-8") as f:
    for line in f:
        if k == 0 and not cur and "<tu" not in line:
            out.write(line)
            continue
        cur.append(line)
        if "</tu>" in line:
            block = "".join(cur)
            cur = []
            out.write(block)
            srcs.append(html.unescape(seg.search(block).group(1)))
            k += 1
            if k >= n:
                break
out.write("  </body>\n</tmx>\n")
open(d + "/sources.txt", "w", encoding="utf-8").write("\n".join(srcs) + "\n")
PY
	python3 testdata/bench/pretranslate_article.py "$D/sources.txt" "$NS" 1 "$D/origins.tsv" > "$D/article.txt"

	compare "$D" "$D/article.txt" hu LuceneHungarianTokenizer "$N"
done
