#!/bin/sh
# Builds the English news corpus of the `normalize` speed runs against f6841eb
# (BENCHMARKS.md, "normalize on news against f6841eb (branch speed40)"): every
# English text of WMT21's news test set (wmt-conference/wmt21-news-systems,
# txt/: the English sources of en-X, the references and the system outputs of
# X-en; one segment a line), each distinct file once, in path order, then the
# whole repeated and cut at a line end once it reaches SIZE_MB (default 87).
# Unlike the bench corpus of normalize.sh (one article repeated), it holds the
# names of every article of the test set, each written by up to 20
# translators and systems, so the matcher meets many distinct names.
#
#   testdata/bench/wmt21_news_corpus.sh OUT [SIZE_MB]
#
# WMT21_GIT names a clone of the repository (a bare one will do); without it
# the repository is cloned. Commit f41750d. Origin and licence: testdata/README.md,
# "News trial corpus".
set -eu
out=$1
size_mb=${2:-87}
g=${WMT21_GIT:-}
if [ -z "$g" ]; then
	g=$(mktemp -d)/repo
	git clone -q --bare https://github.com/wmt-conference/wmt21-news-systems "$g"
fi
commit=f41750dadbf2ba6ab01ca5380347d253298a3427
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git --git-dir="$g" ls-tree -r --name-only "$commit" txt/ |
	grep -E '^txt/(sources|references|system-outputs)/newstest2021\.[a-z]+-[a-z]+\.[^/]*\.en$' |
	while read -r p; do
		git --git-dir="$g" show "$commit:$p" >"$tmp/one"
		sum=$(md5sum <"$tmp/one" | cut -c1-32)
		grep -qx "$sum" "$tmp/seen" 2>/dev/null && continue
		echo "$sum" >>"$tmp/seen"
		cat "$tmp/one" >>"$tmp/base.txt"
	done
: >"$out"
while [ "$(stat -c %s "$out")" -lt $((size_mb * 1000 * 1000)) ]; do
	cat "$tmp/base.txt" >>"$out"
done
head -c $((size_mb * 1000 * 1000)) "$out" | sed '$d' >"$tmp/cut"
mv "$tmp/cut" "$out"
printf '%s: %d distinct files, %d bytes distinct, %d bytes written\n' "$out" \
	"$(wc -l <"$tmp/seen")" "$(stat -c %s "$tmp/base.txt")" "$(stat -c %s "$out")" >&2
