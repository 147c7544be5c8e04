#!/bin/sh
# Fetches the news development set of issue 14 (align/newsdev_test.go):
# WMT21's news test documents with their references, from
# wmt-conference/wmt21-news-systems at a fixed commit: German-French and
# Russian-English (branch alignnews2), and the pairs of branch alignwide:
# is-en, en-is, ja-en, en-ja, cs-en, en-cs, de-en, en-de, ha-en, en-ha,
# zh-en, en-zh, and FLORES bn-hi, xh-zu.
# Usage: testdata/bench/wmt21_news.sh [DIR]   (default /tmp/wmt21-news)
# then: BITEXT_NEWSDEV=DIR go test ./align -run NewsDev -devsets -v
#
# Each xml comes from a local bare mirror of the repository when it has the
# file ($WMT21_MIRROR, a git dir; default the session's mirror), else from
# GitHub. When neither gives the xml of a pair (the mirror lacks the largest
# files, cs-en, de-en, ha-en, zh-en, en-cs, en-de, en-ha, en-zh),
# wmt21_docs.py rebuilds it as newstest2021.PAIR.docs.xml from the pair's
# plain text files (txt/sources, txt/references, translator A), documents
# recovered as that script says.
set -eu
dir=${1:-/tmp/wmt21-news}
commit=f41750dadbf2ba6ab01ca5380347d253298a3427
base=https://raw.githubusercontent.com/wmt-conference/wmt21-news-systems/$commit
mirror=${WMT21_MIRROR:-/work/.mirror/wmt-conference+wmt21-news-systems/repo}
here=$(dirname "$0")
mkdir -p "$dir"
# get PATH OUT: the file at PATH of the commit into OUT (repo_get.sh).
. "$here/repo_get.sh"
get() { repo_get "$@"; }
for f in newstest2021.de-fr newstest2021.ru-en newstest2021.is-en newstest2021.en-is \
	newstest2021.ja-en newstest2021.en-ja florestest2021.bn-hi florestest2021.xh-zu; do
	get "xml/$f.all.xml" "$dir/$f.all.xml"
done
for pair in cs-en en-cs de-en en-de ha-en en-ha zh-en en-zh; do
	get "xml/newstest2021.$pair.all.xml" "$dir/newstest2021.$pair.all.xml" && continue
	[ -s "$dir/newstest2021.$pair.docs.xml" ] && continue
	s=${pair%-*} t=${pair#*-}
	get "txt/sources/newstest2021.$pair.src.$s" "$dir/newstest2021.$pair.src.$s"
	get "txt/references/newstest2021.$pair.ref.A.$t" "$dir/newstest2021.$pair.ref.A.$t"
	en=
	[ "$s" = en ] && en=$dir/newstest2021.en-is.all.xml
	python3 "$here/wmt21_docs.py" "$pair" "$dir/newstest2021.$pair.src.$s" \
		"$dir/newstest2021.$pair.ref.A.$t" $en >"$dir/newstest2021.$pair.docs.xml"
done
ls -l "$dir"
