"""What the names set generators share (names_devset.py, names_noise.py,
lookalike_entities.py, persons_zh.py, persons_listed.py, org_aliases.py,
orgs_wikipedia.py): the Jaro-Winkler baseline they pick look-alikes by,
python-pinyin's Wade-Giles table read from its source, the title case of
names a list writes in capitals, the grouping of entities that share a
form, and the reading of a repository's blobs through one git cat-file
(orgs_wikipedia.py, persons_wikipedia.py, legalform_checkset.py); and
what the check-set builders (kana_checkset.py, hangul_checkset.py,
zhforeign_checkset.py, hepburn_checkset.py, names_blindset.py, ...) do
alike: the dev-set pairs they leave out, the held/design split and the
taking of candidates up to a quota."""
import collections
import re
import subprocess
import unicodedata
import zlib


def jw(s, t):
    """Jaro-Winkler similarity of s and t (prefix scale 0.1, up to 4)."""
    if s == t:
        return 1.0
    ls, lt = len(s), len(t)
    if not ls or not lt:
        return 0.0
    d = max(ls, lt) // 2 - 1
    ms, mt = [False] * ls, [False] * lt
    m = 0
    for i in range(ls):
        for j in range(max(0, i - d), min(lt, i + d + 1)):
            if not mt[j] and s[i] == t[j]:
                ms[i] = mt[j] = True
                m += 1
                break
    if not m:
        return 0.0
    k = tr = 0
    for i in range(ls):
        if ms[i]:
            while not mt[k]:
                k += 1
            if s[i] != t[k]:
                tr += 1
            k += 1
    j = (m / ls + m / lt + (m - tr / 2) / m) / 3
    p = 0
    while p < min(4, ls, lt) and s[p] == t[p]:
        p += 1
    return j + p * 0.1 * (1 - j)


def wadegiles_tables(text):
    """The tables of mozillazg/python-pinyin's pypinyin/style/wadegiles.py
    (its source text): Pinyin -> Wade-Giles whole syllables (the convert
    table with its exceptions), initials and finals."""
    tabs = {}
    for m in re.finditer(r"(_\w+_table) = \[(.*?)\n\]", text, re.S):
        tabs[m.group(1)] = [(a, b.replace("\\'", "'")) for a, b in re.findall(r"\['([^']*)', '((?:[^'\\]|\\')*)'\]", m.group(2))]
    conv = dict(tabs["_convert_table"])
    conv.update(dict(tabs["_except_table"]))
    return conv, dict(tabs["_initial_table"]), dict(tabs["_tone_table"])


def lev(a, b):
    """Levenshtein distance of a and b."""
    pre = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            row.append(min(pre[j] + 1, row[j - 1] + 1, pre[j - 1] + (x != y)))
        pre = row
    return pre[-1]


def syllable_to_wg(s, conv, inits, finals):
    """The Wade-Giles of the Pinyin syllable s by the tables of
    wadegiles_tables, or None when the tables do not write it."""
    if s in conv:
        return conv[s]
    for i in sorted(inits, key=len, reverse=True):
        if s.startswith(i) and s[len(i):] in finals:
            return inits[i] + finals[s[len(i):]]
    return None


def title_parts(s, small, cap):
    """s with each word and each hyphenated part of a word written as
    cap(part) gives it, except the particles in small after the first
    part, in small letters ("AL-QAIDA IN IRAQ" -> "Al-Qaida in Iraq")."""
    out = []
    for i, w in enumerate(s.split(" ")):
        parts = w.split("-")
        for j, p in enumerate(parts):
            low = p.lower()
            parts[j] = low if (i > 0 or j > 0) and low in small else cap(p)
        out.append("-".join(parts))
    return " ".join(out)


def entity_roots(entities):
    """entities: a list of collections of forms. Returns, for each entity,
    the index of the group it belongs to: entities that share a form
    (ignoring case), directly or through others, are one group, named by
    the smallest index a union reached first."""
    owner = {}
    for i, forms in enumerate(entities):
        for f in forms:
            owner.setdefault(f.lower(), set()).add(i)
    parent = list(range(len(entities)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for ids in owner.values():
        ids = sorted(ids)
        for j in ids[1:]:
            parent[find(j)] = find(ids[0])
    return [find(i) for i in range(len(entities))]


def pages(repo, tree="Page/"):
    """(name, blob id) of each page under tree in the HEAD of git repository
    repo, sorted by path: its .md files less those git quotes (non-ASCII
    paths); name is the file's path less tree and .md (the Wikipedia
    scripts read the pages of chinapedia/wikipedia.abstract.en so)."""
    ls = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "HEAD", tree],
                        capture_output=True, text=True, check=True).stdout
    for line in sorted(ls.splitlines(), key=lambda l: l.split("\t", 1)[1]):
        meta, path = line.split("\t", 1)
        if path.startswith('"') or not path.endswith(".md") or len(path) == len(tree) + 3:
            continue
        yield path[len(tree):-3], meta.split()[2]


class Blobs:
    """The blobs of a git repository, read by id through one `git cat-file
    --batch` (the Wikipedia scripts read tens of thousands of pages)."""

    def __init__(self, repo):
        self.cat = subprocess.Popen(["git", "-C", repo, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def text(self, sha):
        """The blob sha as text (UTF-8, bad bytes replaced)."""
        self.cat.stdin.write((sha + "\n").encode())
        self.cat.stdin.flush()
        n = int(self.cat.stdout.readline().split()[2])
        body = self.cat.stdout.read(n).decode("utf-8", "replace")
        self.cat.stdout.read(1)
        return body


def known_pairs(paths):
    """The pairs (A, B) of the dev-set files at paths (tab-separated, A and
    B in the third and fourth columns; lines that open with # and lines of
    fewer than four columns are skipped), lower case, in both orders. A
    builder leaves these pairs out of its set, so that the blind set
    (blind.tsv, read only through this filter) stays blind and no pair of
    pairs.tsv or places.tsv is scored twice."""
    known = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                if len(c) >= 4:
                    known.add((c[2].lower(), c[3].lower()))
                    known.add((c[3].lower(), c[2].lower()))
    return known


CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/$")


def cedict_entries(path):
    """(traditional, simplified, Pinyin as written, gloss) of each entry of
    CC-CEDICT's cedict_ts.u8, in file order; comment lines and lines of
    another shape are passed over (the canto scripts' one reader)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = CEDICT_LINE.match(line.rstrip("\n"))
            if m:
                yield m.groups()


def held_or_design(a, b):
    """The check sets' half of the pair a, b: "held" (held out, scored once,
    at the end) when the CRC-32 of "a|b" (UTF-8) is 0 mod 3, else "design".
    It reads the pair only, so a pair keeps its half whatever else the set
    holds."""
    return "held" if zlib.crc32(f"{a}|{b}".encode()) % 3 == 0 else "design"


class Quota:
    """Takes candidate pairs in their order, a name in at most max_per_name
    pairs and a pair (either order) once over every take of one set, so
    that no frequent name fills a class. key(name) is what counts as one
    name (str.lower: names that differ in case only are one)."""

    def __init__(self, max_per_name, key=None):
        self.max = max_per_name
        self.key = key or (lambda s: s)
        self.uses = collections.Counter()
        self.taken = set()

    def take(self, cands, quota=None, drop=None):
        """The candidates of cands (tuples whose first two items are the
        names a and b) taken in order until quota of them are (no quota:
        all that pass): a candidate is passed over when drop(a, b) is true
        (the builder's own test: a pair in known_pairs, names alike), when
        its pair was taken already or when either name is in max_per_name
        taken pairs."""
        got = []
        for c in cands:
            if len(got) == quota:
                break
            a, b = c[0], c[1]
            ka, kb = self.key(a), self.key(b)
            if (drop and drop(a, b)) or (ka, kb) in self.taken:
                continue
            if self.uses[ka] >= self.max or self.uses[kb] >= self.max:
                continue
            self.uses[ka] += 1
            self.uses[kb] += 1
            self.taken.update(((ka, kb), (kb, ka)))
            got.append(c)
        return got


# The criterion of persons_listed.py and uklist_checkset.py (a list's own
# grouping and Jaro-Winkler, no rule of bitext): see persons_listed.py's
# header.
LISTED_SMALL = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul", "ur", "wal", "bin", "ibn", "bint", "ben", "de", "da", "ag"}


def listed_person_title(s):
    """s in title case when the list writes it in capitals; the name
    particles after the first word in small letters (al, bin, ul)."""
    if s != s.upper():
        return s
    return title_parts(s, LISTED_SMALL, capital_first_letter)


def capital_first_letter(p):
    """p in small letters but its first letter (after leading
    apostrophes): "'ABD" -> "'Abd"."""
    low = p.lower()
    k = 0
    while k < len(low) and not low[k].isalpha():
        k += 1
    return low[:k] + low[k:k + 1].upper() + low[k + 1:]


def latin(s):
    """s has no letter outside the Latin script."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


def listed_person_form(s):
    """The form s of a listed person's name as persons_listed.py keeps it
    (see its header), or None when it is dropped."""
    s = re.sub(r"\([^)]*\)?", " ", s)
    s = re.sub(r"[“”\"]", "", s)
    s = re.sub(r"\s+", " ", s).strip(" .,;)(")
    if not s or not latin(s) or re.search(r"[0-9,:]|\bborn\b", s):
        return None
    words = s.split(" ")
    if any(len(w.strip(".'’‘")) <= 1 or re.fullmatch(r"\w\.", w) for w in words):
        return None
    return listed_person_title(s)


def listed_tokens(s):
    """The tokens of a listed form: words split at spaces and hyphens,
    lower-cased, apostrophes removed."""
    s = re.sub(r"['’‘ʼ`]", "", s.lower())
    return [t for t in re.split(r"[ \-]+", s) if t]


def listed_close(a, b):
    """Two tokens are close: Jaro-Winkler >= 0.70, or both of three letters
    or fewer and one letter apart at most."""
    if a == b:
        return True
    if len(a) <= 3 and len(b) <= 3:
        if len(a) == len(b):
            return sum(x != y for x, y in zip(a, b)) <= 1
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
    return jw(a, b) >= 0.70


def listed_align(ta, tb):
    """The aligned token pairs of two forms by criterion (a) or (b), or None."""
    if len(ta) == len(tb):
        if all(listed_close(x, y) for x, y in zip(ta, tb)):
            return [(x, y, False) for x, y in zip(ta, tb)]
        return None
    if abs(len(ta) - len(tb)) != 1:
        return None
    flip = len(ta) < len(tb)
    long_, short = (tb, ta) if flip else (ta, tb)
    for i in range(len(long_) - 1):
        j = long_[i] + long_[i + 1]
        if abs(len(j) - len(short[i])) > 2 or jw(j, short[i]) < 0.85:
            continue
        joined = long_[:i] + [j] + long_[i + 2:]
        if all(listed_close(x, y) for x, y in zip(joined, short)):
            return [((y, x) if flip else (x, y)) + (k == i,) for k, (x, y) in enumerate(zip(joined, short))]
    return None


def listed_variant_pairs(forms):
    """Every variant pair of one subject's forms by the listed criterion:
    (a, b, aligned token pairs) for two forms whose tokens differ, each of
    two tokens or more, that listed_align aligns."""
    pairs = []
    for i, a in enumerate(forms):
        for b in forms[i + 1:]:
            ta, tb = listed_tokens(a), listed_tokens(b)
            if ta == tb or min(len(ta), len(tb)) < 2:
                continue
            al = listed_align(ta, tb)
            if al is not None:
                pairs.append((a, b, al))
    return pairs


UN_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def un_person_names(ind):
    """The names of an INDIVIDUAL of the UN Consolidated List as
    persons_listed.py reads them: the listed name and every alias of Good
    or Low quality (one alias field holding several split at ";"), raw."""
    parts = [(ind.findtext(t) or "").strip() for t in UN_NAME_PARTS]
    raw = [" ".join(p for p in parts if p)]
    for a in ind.findall("INDIVIDUAL_ALIAS"):
        if (a.findtext("QUALITY") or "").strip() in ("Good", "Low"):
            raw.extend((a.findtext("ALIAS_NAME") or "").split(";"))
    return raw


def word_set(s):
    """s as a set of words: lower case, marks and punctuation dropped."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
    return frozenset(w for w in re.split(r"[^a-z0-9]+", s) if w)


def un_word_sets(root):
    """The word sets of every name and alias of the UN list's persons and
    entities (root: the parsed consolidated.xml)."""
    out = set()
    for tag in ("INDIVIDUALS", "ENTITIES"):
        for e in root.find(tag):
            parts = [(e.findtext(t) or "").strip() for t in UN_NAME_PARTS]
            names = [" ".join(p for p in parts if p)]
            for a in list(e.findall("INDIVIDUAL_ALIAS")) + list(e.findall("ENTITY_ALIAS")):
                names.extend((a.findtext("ALIAS_NAME") or "").split(";"))
            for n in names:
                w = word_set(re.sub(r"\([^)]*\)?", " ", n))
                if w:
                    out.add(w)
    return out


def print_half_checkset(comment, rows):
    """Print a check set of the half format (a "# " comment line, the
    header, then rows of half, group, label, A, B, source) and return how
    many rows each (half, group) has."""
    print("# " + comment)
    print("half\tgroup\tlabel\ta\tb\tsource")
    for r in rows:
        print("\t".join(r))
    return collections.Counter((r[0], r[1]) for r in rows)
