#!/usr/bin/env bash
# Strict and lax F1 of `bitext align` and of hunalign (no dictionary) on the
# English-Japanese development set (testdata/kyotowiki/en-ja, build.py),
# each document aligned on its own, the scores summed over the 15.
# bitext runs with the languages given (--src-lang en --tgt-lang ja). BITEXT names a bitext
# binary (else one is built); HUNALIGN a hunalign binary (else it is built
# from ../shared/peers/hunalign; HUNALIGN=none skips it), run on the lines
# as they are and with the Japanese one token a character.
#
# Run from the repository root: bash testdata/kyotowiki/measure.sh
# (SET=en-ja-heldout for the held-out set)
set -euo pipefail
root=$(pwd)
set_dir=$root/testdata/kyotowiki/${SET:-en-ja}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
B=${BITEXT:-}
if [ -z "$B" ]; then
	go build -o "$work/bitext" ./cmd/bitext
	B=$work/bitext
fi
H=${HUNALIGN:-}
if [ -z "$H" ]; then
	peers=$root/../shared/peers
	[ -d "$peers" ] || peers=$root/../../shared/peers # a worktree in a folder of worktrees
	. "$root/testdata/bench/hunalign_build.sh"
	H=$(build_hunalign measure.sh "$peers" "$work")
fi

# Split the set into its documents: DOC.src, DOC.tgt, DOC.gold (indexes from 0).
tail -n +2 "$set_dir/docs.tsv" | while IFS=$'\t' read -r doc ss sn ts tn; do
	sed -n "$((ss + 1)),$((ss + sn))p" "$set_dir/src.txt" >"$work/$doc.src"
	sed -n "$((ts + 1)),$((ts + tn))p" "$set_dir/tgt.txt" >"$work/$doc.tgt"
	sed -n "$((ss + 1)),$((ss + sn))p" "$set_dir/gold.txt" |
		awk -v s="$ss" -v t="$ts" -F'[][]' '{
			n = split($2, a, ","); o = ""; for (k = 1; k <= n; k++) o = o (k > 1 ? "," : "") a[k] - s
			m = split($4, b, ","); p = ""; for (k = 1; k <= m; k++) p = p (k > 1 ? "," : "") b[k] - t
			print "[" o "]:[" p "]" }' >"$work/$doc.gold"
	echo "$doc"
done >"$work/docs"

# ladder2links: hunalign's ladder (rungs "i<TAB>j<TAB>score") as beads.
ladder2links() {
	awk -F'\t' 'NR > 1 {
		s = ""; for (k = pi; k < $1; k++) s = s (k > pi ? "," : "") k
		t = ""; for (k = pj; k < $2; k++) t = t (k > pj ? "," : "") k
		if (s != "" || t != "") print "[" s "]:[" t "]"
	} { pi = $1; pj = $2 }'
}

for run in bitext hunalign hunalign-chars; do
	pairs=()
	while read -r doc; do
		case $run in
		bitext) "$B" align --presegmented --format jsonl --src-lang en --tgt-lang ja "$work/$doc.src" "$work/$doc.tgt" >"$work/$doc.$run" 2>/dev/null ;;
		hunalign)
			[ "$H" = none ] && continue
			: >"$work/null.dic"
			"$H" "$work/null.dic" "$work/$doc.src" "$work/$doc.tgt" 2>/dev/null | ladder2links >"$work/$doc.$run" ;;
		hunalign-chars) # the Japanese as one token a character (hunalign splits words at spaces)
			[ "$H" = none ] && continue
			sed 's/./& /g' "$work/$doc.tgt" >"$work/$doc.tgtc"
			"$H" "$work/null.dic" "$work/$doc.src" "$work/$doc.tgtc" 2>/dev/null | ladder2links >"$work/$doc.$run" ;;
		esac
		pairs+=("$work/$doc.gold" "$work/$doc.$run")
	done <"$work/docs"
	[ ${#pairs[@]} -gt 0 ] || continue
	printf '%-9s ' "$run"
	"$B" align score "${pairs[@]}" | tr '\n' ' '
	echo
done
