#!/usr/bin/env python3
"""The legal-form check set (issue 11, branch legalform):
normalize/testdata/legalform/checkset.tsv, dev-set columns (class, want,
A, B, source, split; split design or held: held when CRC-32 of "A|B" is
0 mod 3). Usage:

    legalform_checkset.py RUPEP_REPO WIKI_REPO > normalize/testdata/legalform/checkset.tsv

RUPEP_REPO: github.com/sahanmar/451 (commit 8651bb4), file
sanctions_and_peps/parsed/ru_bl_peps_parsed.csv: the column CATEGORY holds
the English position ("Company, role"), the last column the Russian one;
the part before the last comma is the company.
WIKI_REPO: github.com/chinapedia/wikipedia.abstract.en (commit 4f3e897,
CC BY-SA 3.0; names only), read as orgs_wikipedia.py reads it.

Classes:
- org-native-ru: a company in Cyrillic with its legal form (ООО, АО, ПАО,
  ЗАО, ОАО) against its English form, when the BGN/PCGN romanization of
  the quoted core is close to the English core by Jaro-Winkler (>= 0.85,
  both lower-cased, letters only); org-native-ru-translated: the others
  (the English translates the name: Юпитер, Jupiter).
- org-legalform: an English Wikipedia article's title against a bold name
  of its opening, when one of them carries a legal form at its start or
  end (Inc., Ltd., LLC, PJSC, AG, S.A., plc, Corporation...). Articles that
  orgs_wikipedia.py's selection reads (its title has an organisation's
  head noun) are left out: its held-out part stays unseen.
- lookalike-legalform: two different companies of the RuPEP list whose
  English names have the same legal form and cores that differ in a word
  (one adds a word, or one word is close by Jaro-Winkler >= 0.90 but not
  equal), at most 300.
No pair is chosen by what bitext makes of it.
"""
import os, random, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from namesets import Blobs, held_or_design, jw, pages

LAT_FORMS = r"(?:LLC|L\.L\.C\.|JSC|PJSC|CJSC|OJSC|OAO|ZAO|OOO|PAO|AO|Inc\.?|Ltd\.?|Limited|Co\.?,? Ltd\.?|Company Limited|Corp\.?|Corporation|Incorporated|plc|PLC|AG|GmbH|S\.A\.|SA|N\.V\.|NV|B\.V\.|BV|S\.p\.A\.|SpA|Oyj|ASA|AB|Company|Co\.)"
LAT_END = re.compile(r"^(.*?\S)[ ,]+" + LAT_FORMS + r"$")
LAT_START = re.compile(r"^" + LAT_FORMS + r" (\S.*)$")
RU_FORMS = re.compile(r"^(ООО|АО|ПАО|ЗАО|ОАО)\s+(.+)$")
QUOTES = "\"«»“”„‘’'"

BGN = dict(а="a", б="b", в="v", г="g", д="d", е="e", ё="ye", ж="zh", з="z", и="i", й="y", к="k", л="l", м="m", н="n",
           о="o", п="p", р="r", с="s", т="t", у="u", ф="f", х="kh", ц="ts", ч="ch", ш="sh", щ="shch", ъ="", ы="y", ь="",
           э="e", ю="yu", я="ya")
VOW = set("аеёиоуыэюяъь")


def bgn(s):
    out = []
    s = s.lower()
    for i, c in enumerate(s):
        if c in "её" and (i == 0 or s[i - 1] in VOW or not s[i - 1].isalpha()):
            out.append("y" + BGN[c][-1])
        else:
            out.append(BGN.get(c, c))
    return "".join(out)


def letters(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def en_core(s):
    s = s.strip()
    m = LAT_END.match(s) or LAT_START.match(s)
    core = m.group(1) if m else s
    return core.strip(QUOTES + " ,")


def rupep(repo):
    csvtext = subprocess.run(["git", "-C", repo, "show", "HEAD:sanctions_and_peps/parsed/ru_bl_peps_parsed.csv"],
                             capture_output=True, text=True, check=True).stdout
    import csv, io
    r = csv.reader(io.StringIO(csvtext))
    next(r)
    seen, out = set(), []
    for row in r:
        en, ru = row[4], row[-1]
        if "," not in en or "," not in ru:
            continue
        e, q = en.rsplit(",", 1)[0].strip(), ru.rsplit(",", 1)[0].strip()
        m = RU_FORMS.match(q)
        if not m or not e or (q, e) in seen or re.search(r"[а-яА-Я]", e):
            continue
        seen.add((q, e))
        out.append((q, e, m.group(2)))
    return out


def wiki_pairs(repo):
    from orgs_wikipedia import HEAD, SKIP, forms_of  # its selection, to leave it out
    form_re = re.compile(r"(^" + LAT_FORMS + r" )|([ ,]" + LAT_FORMS + r"$)", re.I)
    blobs = Blobs(repo)
    rows = []
    for t, sha in pages(repo):
        title = re.sub(r"_\(.*\)$", "", t).replace("_", " ")
        if HEAD.search(title) and not SKIP.search(t):
            continue  # orgs_wikipedia.py's selection (org-wp, lookalike-org-wp)
        if "(" in title or "&" in title or SKIP.search(t):
            continue
        body = blobs.text(sha)
        para = body.split("\n\n")[0]
        first = re.split(r"\s(?:is|was|are|were|refers|has|had)\s", para, maxsplit=1)[0]
        if not (form_re.search(title) or re.search(r"\b(INC|LTD|LLC|PJSC|OJSC|JSC|CORPORATION|CORP|PLC|AG|GMBH|S\.A|N\.V|CO|COMPANY|LIMITED)\b", first)):
            continue
        fs = forms_of(title, para)
        for f in fs[1:5]:
            if form_re.search(f) or form_re.search(title):
                if f.lower() != title.lower() and letters(en_core(f)) and letters(en_core(title)):
                    rows.append((title, f))
    return rows


def main():
    out = []
    ru = rupep(sys.argv[1])
    for q, e, rest in ru:
        core = rest.strip(QUOTES + " ")
        core = re.sub("[" + QUOTES + "]", "", core)
        cls = "org-native-ru" if jw(letters(bgn(core)), letters(en_core(e))) >= 0.85 else "org-native-ru-translated"
        out.append((cls, "same", q, e, "rupep", held_or_design(q, e)))
    for a, b in wiki_pairs(sys.argv[2]):
        out.append(("org-legalform", "same", a, b, "wikipedia-bold", held_or_design(a, b)))
    # look-alikes: two RuPEP companies, one legal form, cores a word apart
    ens = sorted({e for _, e, _ in ru})
    byform = {}
    for e in ens:
        m = LAT_END.match(e)
        if m:
            byform.setdefault(e[len(m.group(1)):].strip(" ,"), []).append((e, en_core(e)))
    la = set()
    for form, xs in byform.items():
        for i in range(len(xs)):
            a, ca = xs[i]
            wa = ca.lower().split()
            for j in range(i + 1, len(xs)):
                b, cb = xs[j]
                wb = cb.lower().split()
                if letters(ca) == letters(cb):
                    continue
                if (len(wa) + 1 == len(wb) and all(w in wb for w in wa)) or (len(wb) + 1 == len(wa) and all(w in wa for w in wb)):
                    la.add((a, b))
                elif len(wa) == len(wb) == 1 and len(ca) >= 5 and jw(ca.lower(), cb.lower()) >= 0.90:
                    la.add((a, b))
    la = sorted(la)
    random.Random(11).shuffle(la)
    for a, b in la[:300]:
        out.append(("lookalike-legalform", "different", a, b, "rupep", held_or_design(a, b)))
    print("# legal-form check set: built by testdata/bench/legalform_checkset.py; see testdata/README.md")
    print("# class\twant\tA\tB\tsource\tsplit")
    for r in out:
        print("\t".join(r))
    # pairs that differ only in their legal form (one Russian core, two forms)
    cores = {}
    for q, e, rest in ru:
        cores.setdefault(re.sub("[" + QUOTES + r"\s]", "", rest).lower(), set()).add(q.split()[0])
    print("two forms of one Russian core:", sum(len(v) > 1 for v in cores.values()), file=sys.stderr)


main()
