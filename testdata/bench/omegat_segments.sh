#!/usr/bin/env bash
# omegat_segments.sh: how many of an article's segments bitext (tm pretranslate
# --tmx) and OmegaT 3.6 (Debian's omegat) cut and show alike, that is how many
# exact matches of a `tm pretranslate --tmx` file OmegaT's tm/auto can apply.
# Run from the repository root:
#
#   testdata/bench/omegat_segments.sh [LANG ARTICLE]...   (default: the seed
#       article, text and HTML, en and de, and Debian Reference's English pages)
#
# For each article: every segment of bitext's XLIFF pretranslation is stored
# in a throwaway TM with a dummy translation, so that `tm pretranslate --tmx`
# writes every segment as a unit in the form OmegaT shows it; an OmegaT
# project with the article as source and that TMX in tm/auto is translated in
# console mode; a unit is "alike" when OmegaT has a segment of its source
# text (OmegaT also fills it). JSON lines on stdout; work files in
# $TMPDIR/bitext-omegat-segments. Needs omegat, java and python3.
set -euo pipefail
if ! command -v omegat >/dev/null; then
	echo "omegat_segments.sh: omegat is not installed (apt-get install omegat): nothing measured"
	exit 0
fi
W=${TMPDIR:-/tmp}/bitext-omegat-segments
rm -rf "$W"
mkdir -p "$W"
go build -o "$W/bitext" ./cmd/bitext
B="$W/bitext"
cat > "$W/entries.groovy" <<'GROOVY'
import org.omegat.core.Core
if (eventType.toString() != "LOAD") { return }
def out = new File(System.getenv("OMEGAT_ENTRIES")).newWriter("UTF-8")
Core.getProject().getAllEntries().each { ste ->
    def ti = Core.getProject().getTranslationInfo(ste)
    out.write(ste.getSrcText().replaceAll("[\t\r\n]", " ") + "\t" + (ti.isTranslated() ? "1" : "0") + "\n")
}
out.close()
GROOVY
if [ $# -eq 0 ]; then
	set -- en testdata/irgc-iraq.en.txt en testdata/irgc-iraq.en.html de testdata/irgc-iraq.de.txt
	for f in /usr/share/debian-reference/*.en.html; do
		[ -s "$f" ] && set -- "$@" en "$f"
	done
fi
k=0
while [ $# -ge 2 ]; do
	L=$1 A=$2
	shift 2
	k=$((k + 1))
	D="$W/$k"
	P="$D/project"
	mkdir -p "$P/source" "$P/target" "$P/tm/auto" "$P/omegat" "$P/glossary" "$P/dictionary" "$D/home"
	"$B" --db "$D/empty.db" tm add --src "$L" --tgt fr 'x' 'x' >/dev/null 2>&1
	"$B" --db "$D/empty.db" tm pretranslate --src "$L" --tgt fr "$A" -o "$D/a.xlf" 2>/dev/null
	python3 - "$D/a.xlf" > "$D/a.tsv" <<'PY'
import sys, xml.etree.ElementTree as ET
N = '{urn:oasis:names:tc:xliff:document:1.2}'
CODE = {N + 'bpt', N + 'ept', N + 'ph', N + 'it'}
def plain(e):
    out = [e.text or '']
    for c in e:
        if c.tag not in CODE:
            out.append(plain(c))
        out.append(c.tail or '')
    return ''.join(out)
seen = set()
for i, u in enumerate(ET.parse(sys.argv[1]).getroot().iter(N + 'trans-unit')):
    s = ' '.join(plain(u.find(N + 'source')).split())
    if s and s not in seen:
        seen.add(s)
        print(s + '\tT%d' % i)
PY
	"$B" --db "$D/a.db" tm import --src "$L" --tgt fr "$D/a.tsv" >/dev/null 2>&1
	"$B" --db "$D/a.db" tm pretranslate --src "$L" --tgt fr --tmx "$A" -o "$P/tm/auto/bitext.tmx" 2>/dev/null
	cp "$A" "$P/source/"
	OL=$(echo "$L" | tr a-z A-Z)
	TOK=LuceneEnglishTokenizer
	[ "$L" = de ] && TOK=LuceneGermanTokenizer
	cat > "$P/omegat.project" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat><project version="1.0">
<source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file><dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>$OL</source_lang><target_lang>FR</target_lang>
<source_tok>org.omegat.tokenizer.$TOK</source_tok><target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
<sentence_seg>true</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>
XML
	HOME="$D/home" OMEGAT_ENTRIES="$D/entries.tsv" java -Djava.awt.headless=true -jar /usr/share/omegat/OmegaT.jar "$P" \
		--mode=console-translate --disable-project-locking --no-team --script="$W/entries.groovy" > "$D/omegat.log" 2>&1
	python3 - "$D" "$A" <<'PY'
import html, json, re, sys
d, article = sys.argv[1], sys.argv[2]
tmx = open(d + '/project/tm/auto/bitext.tmx', encoding='utf-8').read()
units = {html.unescape(m) for m in re.findall(r'<tuv xml:lang="[^"]*">\s*<seg>(.*?)</seg>', tmx, re.S)[0::2]}
ents = [l.rstrip('\n').split('\t') for l in open(d + '/entries.tsv', encoding='utf-8')]
segs = {e[0] for e in ents}
alike = sorted(u for u in units if u in segs)
open(d + '/differ.txt', 'w', encoding='utf-8').write('\n'.join(sorted(units - segs)) + '\n')
print(json.dumps({"article": article, "bitext_segments": len(units), "omegat_segments": len(segs),
                  "alike": len(alike), "omegat_filled": sum(1 for e in ents if e[1] == '1'), "differ": d + '/differ.txt'}))
PY
done
