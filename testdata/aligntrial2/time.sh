#!/bin/bash
# Time and peak memory of bitext align and hunalign on the chapters draw.sh made in
# OUTDIR (run draw.sh first): ROUNDS interleaved rounds (default 3), each pair's five
# chapters one process each; prints per round and pair the summed wall and CPU seconds
# and the largest peak RSS of its five processes (/usr/bin/time).
#   BITEXT=bin HUNALIGN=bin testdata/aligntrial2/time.sh OUTDIR
set -euo pipefail
cd "${1:?usage: time.sh OUTDIR}"
bitext=${BITEXT:-bitext}
hunalign=${HUNALIGN:-hunalign}
rounds=${ROUNDS:-3}
one() { # tool lang: wall cpu maxrss_kb over the five chapters
	local w=0 c=0 m=0 line
	for ch in isg gloss spell plain seg; do
		if [ "$1" = bitext ]; then
			/usr/bin/time -f "%e %U %S %M" -o t.txt "$bitext" align --format jsonl --src en --tgt "$2" "txt/$ch.en.txt" "txt/$ch.$2.txt" >/dev/null 2>&1
		else
			/usr/bin/time -f "%e %U %S %M" -o t.txt "$hunalign" hun/null.dic "hun/$ch.en.txt" "hun/$ch.$2.txt" >/dev/null 2>&1
		fi
		line=$(tail -1 t.txt)
		read -r e u s k <<<"$line"
		w=$(echo "$w + $e" | bc); c=$(echo "$c + $u + $s" | bc)
		[ "$k" -gt "$m" ] && m=$k
	done
	echo "$w $c $m"
}
for r in $(seq "$rounds"); do
	for l in fr de es ja ru pl uk; do
		echo "round $r $l bitext $(one bitext "$l") hunalign $(one hunalign "$l")"
	done
done
