#!/usr/bin/env bash
# The news trials of the name tools (BENCHMARKS.md, "Names on unseen news"
# and "Names on a second unseen news archive"): builds the two archives and
# runs a bitext binary over one as an editor would.
#
#   testdata/bench/news_names_trial.sh corpus wmt1617 DIR   # 295 WMT16/17 en-fi articles
#   testdata/bench/news_names_trial.sh corpus wmt21 DIR     # 309 WMT21 articles in English
#   testdata/bench/news_names_trial.sh corpus wmt22 DIR     # 211 WMT22 news articles in English
#   testdata/bench/news_names_trial.sh run BITEXT DIR OUT
#
# The repositories are cloned from GitHub unless WMT16_GIT, WMT17_GIT,
# WMT21_GIT or WMT22_GIT name a clone (a bare one will do). `run` writes to OUT:
# check.jsonl (normalize --check per article), norm/ (normalize per
# article, the default glossary), discover_per.jsonl (names discover per
# article) and discover_folder.jsonl (over DIR); each per-article line
# starts with the file name and a tab. Origin and licences:
# testdata/README.md, "News trial corpus", "Second news trial corpus" and
# "Third news trial corpus".
set -euo pipefail

repo() { # repo ENVVAR OWNER/NAME -> a git dir
	local dir=${!1:-}
	if [ -z "$dir" ]; then
		dir=$(mktemp -d)/repo
		git clone -q --bare "https://github.com/$2" "$dir"
	fi
	echo "$dir"
}

# wmt_xml GITDIR PREFIX DOMAIN PAIR:SIDE:TAG...: a file TAG_DOCID.txt in $out
# for each document of xml/PREFIX.PAIR.all.xml (its SIDE: src, or ref for
# the first reference), one segment a paragraph (most documents have no
# paragraph marks); only documents of DOMAIN unless it is "".
wmt_xml() {
	local g=$1 prefix=$2 domain=$3 spec
	shift 3
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	for spec; do
		git --git-dir="$g" show HEAD:xml/$prefix.${spec%%:*}.all.xml >"$tmp/${spec%%:*}.xml"
	done
	/usr/bin/python3 - "$tmp" "$out" "$domain" "$@" <<'PY'
import os, re, sys, xml.etree.ElementTree as ET
tmp, out, domain = sys.argv[1:4]
for spec in sys.argv[4:]:
    pair, side, tag = spec.split(':')
    for doc in ET.parse(os.path.join(tmp, pair + '.xml')).getroot().iter('doc'):
        el = doc.find(side)
        if el is None or (domain and doc.get('domain') != domain):
            continue
        segs = [(s.text or '').strip() for p in el.findall('p') for s in p.findall('seg')]
        segs = [s for s in segs if s]
        if segs:
            name = re.sub(r'[^A-Za-z0-9._-]', '_', doc.get('id'))
            with open(os.path.join(out, f'{tag}_{name}.txt'), 'w', encoding='utf-8') as f:
                f.write('\n\n'.join(segs) + '\n')
PY
}

case ${1:-} in
corpus)
	out=$3
	mkdir -p "$out"
	case $2 in
	wmt1617)
		for y in 16 17; do
			g=$(repo WMT${y}_GIT Helsinki-NLP/WMT$y-test-enfi)
			git --git-dir="$g" ls-tree -r --name-only HEAD |
				grep -E '^(original/segment_0[345]_en|translated/missila/segment_08_(en|fi))/[^/]*\.txt$' |
				while read -r p; do
					seg=$(echo "$p" | sed -E 's#.*(segment_[0-9]+_[a-z]+)/.*#\1#')
					git --git-dir="$g" show HEAD:"$p" >"$out/WMT${y}_${seg}_$(basename "$p")"
				done
		done
		;;
	wmt21)
		# The English originals (en-is source) and the first English
		# reference of the Icelandic, Japanese and Russian articles.
		wmt_xml "$(repo WMT21_GIT wmt-conference/wmt21-news-systems)" newstest2021 "" \
			en-is:src:en is-en:ref:is ja-en:ref:ja ru-en:ref:ru
		;;
	wmt22)
		# The test set mixes domains: only documents marked domain="news".
		# The English originals (en-hr and en-zh sources; the two sets
		# have no document in common) and the first English reference of
		# the Japanese and Russian articles.
		wmt_xml "$(repo WMT22_GIT wmt-conference/wmt22-news-systems)" wmttest2022 news \
			en-hr:src:en en-zh:src:en ja-en:ref:ja ru-en:ref:ru
		;;
	*)
		echo "news_names_trial.sh: corpus wmt1617|wmt21|wmt22 DIR" >&2
		exit 2
		;;
	esac
	echo "$(ls "$out" | wc -l) files in $out"
	;;
run)
	bitext=$2 dir=$3 out=$4
	mkdir -p "$out/norm"
	"$bitext" names discover --lang en "$dir" >"$out/discover_folder.jsonl"
	: >"$out/discover_per.jsonl"
	: >"$out/check.jsonl"
	for f in "$dir"/*.txt; do
		b=$(basename "$f")
		"$bitext" names discover --lang en "$f" | sed "s|^|$b\t|" >>"$out/discover_per.jsonl"
		# --check exits 1 when it reports.
		{ "$bitext" normalize --check --format jsonl --lang en "$f" 2>&1 >/dev/null || true; } | sed "s|^|$b\t|" >>"$out/check.jsonl"
		"$bitext" normalize --lang en "$f" >"$out/norm/$b" 2>/dev/null
	done
	;;
*)
	sed -n '2,16p' "$0" >&2
	exit 2
	;;
esac
