#!/usr/bin/env bash
# Sentence alignment: accuracy, time and memory of `bitext align` on every
# development set in ../shared/data/align, and on a long pair (the Bible set
# repeated five times: 25,000 English sentences against 31,505 Chinese ones).
# hunalign is timed beside it: HUNALIGN names its binary, else hunalign on
# PATH, else it is built from ../shared/peers/hunalign (g++, make; it is not
# in Debian); HUNALIGN=none quotes its published figures instead.
#
# Run from the repository root: bash testdata/bench/align.sh
# On a shared machine compare the cpu column (user+system time): wall time
# grows with the load.
set -euo pipefail
command -v bc >/dev/null || { echo "align.sh: needs bc (apt-get install bc)" >&2; exit 1; }
root=$(pwd)
shared=${SHARED:-$root/../shared/data}
[ -d "$shared" ] || shared=$root/../../shared/data # a worktree in a folder of worktrees
data=$shared/align
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/bitext" ./cmd/bitext
B=$work/bitext

# run NAME SRC TGT SL TL [flags...]: align, print time and peak memory.
run() {
	local name=$1 src=$2 tgt=$3 sl=$4 tl=$5
	shift 5
	/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$B" align --presegmented --format jsonl \
		--src-lang "$sl" --tgt-lang "$tl" "$@" "$src" "$tgt" >"$work/$name.jsonl" 2>/dev/null
	read -r secs user sys kb <"$work/time"
	printf '%-34s %6.2f s wall %6.2f s cpu %7.1f MB  ' "$name" "$secs" "$(echo "$user+$sys" | bc -l)" "$(echo "$kb/1024" | bc -l)"
}
score() { "$B" align score "$@" | awk '{printf "%s F1 %s  ", $1, $7} END {print ""}'; }

echo "== accuracy (strict/lax F1), time and peak memory per set"
d=$data/textberg_dev_de-fr
run textberg_de-fr "$d/src.txt" "$d/tgt.txt" de fr; score "$d/gold.txt" "$work/textberg_de-fr.jsonl"
run textberg_de-fr_no-learn "$d/src.txt" "$d/tgt.txt" de fr --no-learn; score "$d/gold.txt" "$work/textberg_de-fr_no-learn.jsonl"
if [ -f /usr/share/dictd/freedict-deu-fra.index ]; then
	run textberg_de-fr_freedict "$d/src.txt" "$d/tgt.txt" de fr --dict /usr/share/dictd/freedict-deu-fra.index
	score "$d/gold.txt" "$work/textberg_de-fr_freedict.jsonl"
else
	echo "(apt-get install dict-freedict-deu-fra for the dictionary run)"
fi
for set in hunalign_dtm_hu-en hunalign_steinbeck_hu-en; do
	d=$data/$set
	run "$set" "$d/src.txt" "$d/tgt.txt" hu en; score "$d/gold.txt" "$work/$set.jsonl"
	if [ -f /usr/share/dictd/freedict-hun-eng.index ]; then
		run "${set}_freedict" "$d/src.txt" "$d/tgt.txt" hu en --dict /usr/share/dictd/freedict-hun-eng.index
		score "$d/gold.txt" "$work/${set}_freedict.jsonl"
	fi
done
pairs=()
for d in "$data"/mac_dev_zh-en/docs/*; do
	id=$(basename "$d")
	run "mac_zh-en_$id" "$d/src.txt" "$d/tgt.txt" zh en; score "$d/gold.txt" "$work/mac_zh-en_$id.jsonl"
	pairs+=("$d/gold.txt" "$work/mac_zh-en_$id.jsonl")
done
printf '%-34s %40s  ' "mac_zh-en (6 documents summed)" ""; score "${pairs[@]}"
# Learning from the TM: each novel aligned with a TM holding our alignments
# of the five others (--into, then --db).
tpairs=()
for d in "$data"/mac_dev_zh-en/docs/*; do
	id=$(basename "$d")
	rm -f "$work/loo.db"
	for o in "$data"/mac_dev_zh-en/docs/*; do
		[ "$o" = "$d" ] && continue
		"$B" --db "$work/loo.db" align --into --presegmented --src-lang zh --tgt-lang en "$o/src.txt" "$o/tgt.txt" >/dev/null 2>&1
	done
	"$B" --db "$work/loo.db" align --presegmented --format jsonl --src-lang zh --tgt-lang en "$d/src.txt" "$d/tgt.txt" >"$work/tm_$id.jsonl" 2>/dev/null
	tpairs+=("$d/gold.txt" "$work/tm_$id.jsonl")
done
printf '%-34s %40s  ' "mac_zh-en, TM of the other five" ""; score "${tpairs[@]}"
d=$data/bible_en-zh
run bible_en-zh "$d/src.txt" "$d/tgt.txt" en zh
score --src-groups "$d/src.verse" --tgt-groups "$d/tgt.verse" "$d/gold.txt" "$work/bible_en-zh.jsonl"

echo "== the seed article (testdata/irgc-iraq.*.txt, running text with paragraphs) against its five versions"
for l in fr de fa ar en2; do
	printf '%-34s %40s  ' "seed en-$l" ""
	"$B" align --format jsonl --src-lang en --tgt-lang "${l%2}" testdata/irgc-iraq.en.txt "testdata/irgc-iraq.$l.txt" >"$work/seed-$l.jsonl" 2>/dev/null
	score "testdata/irgc-iraq.en-$l.gold.txt" "$work/seed-$l.jsonl"
done

echo "== long pair: the Bible set five times over"
for _ in 1 2 3 4 5; do cat "$d/src.txt"; done >"$work/long.en.txt"
for _ in 1 2 3 4 5; do cat "$d/tgt.txt"; done >"$work/long.zh.txt"
for _ in 1 2 3 4 5; do cat "$d/src.verse"; done >"$work/long.en.verse"
for _ in 1 2 3 4 5; do cat "$d/tgt.verse"; done >"$work/long.zh.verse"
echo "$(wc -l <"$work/long.en.txt") source, $(wc -l <"$work/long.zh.txt") target sentences"
run long_bible_x5 "$work/long.en.txt" "$work/long.zh.txt" en zh; echo
run long_bible_x5_no-learn "$work/long.en.txt" "$work/long.zh.txt" en zh --no-learn; echo

H=${HUNALIGN:-$(command -v hunalign || true)}
if [ -z "$H" ]; then
	. "$root/testdata/bench/hunalign_build.sh"
	H=$(build_hunalign align.sh "$shared/../peers" "$work") || { echo "align.sh: or set HUNALIGN=none" >&2; exit 1; }
fi
if [ "$H" != none ]; then
	echo "== hunalign (same inputs, no dictionary): wall, cpu, peak memory"
	: >"$work/null.dic"
	hrun() { # hrun NAME SRC TGT
		/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$H" -text "$work/null.dic" "$2" "$3" >/dev/null 2>"$work/h.err" ||
			{ cat "$work/h.err" >&2; echo "align.sh: $H failed on $2" >&2; exit 1; }
		read -r secs user sys kb <"$work/time"
		printf '%-34s %6.2f s wall %6.2f s cpu %7.1f MB\n' "$1" "$secs" "$(echo "$user+$sys" | bc -l)" "$(echo "$kb/1024" | bc -l)"
	}
	for set in textberg_dev_de-fr bible_en-zh; do
		hrun "hunalign $set" "$data/$set/src.txt" "$data/$set/tgt.txt"
	done
	hrun "hunalign long_bible_x5" "$work/long.en.txt" "$work/long.zh.txt"
else
	echo "hunalign not on PATH. Published: strict F1 0.75 on Text+Berg test (Thompson & Koehn 2019);"
	echo "25,000 sentences a side in 24 s and 1.3 GB (hunalign README, without dictionary)."
fi
