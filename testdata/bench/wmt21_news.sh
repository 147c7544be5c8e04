#!/bin/sh
# Fetches the news development set of issue 14 (align/newsdev_test.go):
# WMT21's German-French and Russian-English news test documents with their
# references, from wmt-conference/wmt21-news-systems at a fixed commit.
# Usage: testdata/bench/wmt21_news.sh [DIR]   (default /tmp/wmt21-news)
# then: BITEXT_NEWSDEV=DIR go test ./align -run NewsDev -devsets -v
set -eu
dir=${1:-/tmp/wmt21-news}
commit=f41750dadbf2ba6ab01ca5380347d253298a3427
base=https://raw.githubusercontent.com/wmt-conference/wmt21-news-systems/$commit/xml
mkdir -p "$dir"
for pair in de-fr ru-en; do
	f=newstest2021.$pair.all.xml
	[ -s "$dir/$f" ] || curl -fsSL -o "$dir/$f" "$base/$f"
done
ls -l "$dir"
