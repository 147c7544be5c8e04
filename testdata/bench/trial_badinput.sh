#!/bin/bash
# trial_badinput.sh: every file-taking command form of bitext with bad
# inputs (none, missing, a directory, 0 bytes, random bytes, Latin-1, CRLF,
# a BOM, and with HUGE=1 a 50 MB line), a fresh copy of a small TM each
# time. Prints a TSV table: command, input, exit status, seconds, bytes of
# standard output, first line of standard error, and PANIC or ERRLINES=N
# when standard error shows a Go panic or more than three lines.
# Usage: BITEXT=path/to/bitext testdata/bench/trial_badinput.sh > table.tsv
# (BENCHMARKS.md, "Trial from a fresh clone (branch trial33)").
set -u
BIN=${BITEXT:-bitext}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
FR=$REPO/testdata/irgc-iraq.fr.txt
mkdir "$T/dir" "$T/run"
: > "$T/empty.en.txt"
head -c 8192 /dev/urandom > "$T/junk.en.txt"
printf 'Caf\xe9 au lait. Il est parti.\n' > "$T/latin1.fr.txt"
printf 'The talks resumed.\r\nThey ended.\r\n' > "$T/crlf.en.txt"
printf '\xef\xbb\xbfThe talks resumed. They ended.\n' > "$T/bom.en.txt"
inputs=(none missing dir empty junk latin1 crlf bom)
if [ -n "${HUGE:-}" ]; then
	yes 'The talks resumed in Vienna.' | tr '\n' ' ' | head -c $((50 << 20)) > "$T/huge.en.txt"
	echo >> "$T/huge.en.txt"
	inputs+=(huge)
fi
"$BIN" --db "$T/good.db" align "$REPO/testdata/irgc-iraq.en.txt" "$FR" --into > /dev/null 2>&1
cmds=(
	"segment -l en @"
	"segment -l en --rules @ $T/crlf.en.txt"
	"normalize @"
	"normalize --check @"
	"normalize -w @"
	"names discover @"
	"names import @"
	"names key - <@"
	"names match - <@"
	"align --src en --tgt fr @ $FR"
	"align --src en --tgt fr --dict @ $T/crlf.en.txt $FR"
	"align score @ @"
	"align --batch @"
	"tm import --src en --tgt fr @"
	"tm pretranslate --src en --tgt fr @ -o $T/run/out.xlf"
	"tm pretranslate --back @ -o $T/run/out.txt"
	"tm lookup --src en --tgt fr - <@"
	"tm concordance --src en - <@"
	"tm delete --doc @"
)
for c in "${cmds[@]}"; do
	for i in "${inputs[@]}"; do
		case $i in
		none) f="" ;;
		missing) f=$T/nope.en.txt ;;
		dir) f=$T/dir ;;
		*) f=$T/$i.en.txt ;;
		esac
		[ "$i" = latin1 ] && f=$T/latin1.fr.txt
		if [[ $c == *"-w"* && -f $f ]]; then
			cp "$f" "$T/run/w.en.txt"
			f=$T/run/w.en.txt
		fi
		cp "$T/good.db" "$T/run/tm.db"
		line=${c//@/$f}
		[ "$i" = none ] && line=${line//</\/dev\/null <}
		s=$(date +%s.%N)
		timeout 300 bash -c "$BIN --db $T/run/tm.db $line" > "$T/run/out" 2> "$T/run/err"
		rc=$?
		e=$(date +%s.%N)
		fl=""
		grep -qE '^panic|^goroutine ' "$T/run/err" && fl="$fl PANIC"
		[ "$(wc -l < "$T/run/err")" -gt 3 ] && fl="$fl ERRLINES=$(wc -l < "$T/run/err")"
		printf '%s\t%s\t%s\t%.1f\t%s\t%s\t%s\n' "$c" "$i" "$rc" "$(echo "$e - $s" | bc)" \
			"$(wc -c < "$T/run/out")" "$(head -1 "$T/run/err" | cut -c1-230)" "$fl"
	done
done
