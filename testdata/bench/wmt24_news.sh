#!/bin/sh
# Fetches and builds issue 14's trial of news in pairs not tried before
# (branch trial63): WMT24's general test set, news domain, English-Spanish
# and English-Hindi (translator A), from wmt-conference/wmt24-news-systems at
# a fixed commit, cut into sentences by bitext and edited by
# testdata/bench/wmt24_docs.py (read it for the cases and the gold); es-en
# and hi-en are the same cases turned (branch sentgold55).
# Usage: testdata/bench/wmt24_news.sh BITEXT [DIR]   (default /tmp/wmt24-news)
# then: python3 testdata/bench/wmt24_run.py BITEXT HUNALIGN DIR design
#
# Each file comes from a local bare mirror of the repository when it has it
# ($WMT24_MIRROR, a git dir; default the session's mirror), else from GitHub.
set -eu
bitext=$1
dir=${2:-/tmp/wmt24-news}
commit=bfa937ee53586aa173d68657b89b8642693f7b66
base=https://raw.githubusercontent.com/wmt-conference/wmt24-news-systems/$commit
mirror=${WMT24_MIRROR:-/work/.mirror/wmt-conference+wmt24-news-systems/repo}
here=$(dirname "$0")
mkdir -p "$dir/raw"
. "$here/repo_get.sh"
get() {
	repo_get "$@" && return 0
	echo "wmt24_news.sh: cannot get $1 (no mirror at $mirror, no network)" >&2
	return 1
}
for pair in en-es en-hi; do
	for f in txt/documents/$pair.docs txt/sources/$pair.txt txt/references/$pair.refA.txt; do
		get "$f" "$dir/raw/$(echo "$f" | tr / _)"
	done
done
(cd "$dir/raw" && sha256sum ./*)
python3 "$here/wmt24_docs.py" "$bitext" "$dir/raw" "$dir" en-es en-hi es-en hi-en
