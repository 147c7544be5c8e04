#!/usr/bin/env python3
"""Build the judged sentence gold of the NTREX-128 cases (ja, hu) from the
raw cases of this folder and the lines read by hand in judged/lines.tsv.

Usage: judge_cases.py            (run in this folder)

A raw case file (<lang>.<part>.txt, made by make_cases.py) has one NTREX
line a sentence; an NTREX line is the English source's segment, so where a
translator wrote two sentences in one line, the raw gold has one. Each row
of judged/lines.tsv is one line that bitext (keep or split) or ICU cut
inside, or joined to the next, read by hand and judged by the language's
own sentence rules: its text with "‖" at every sentence end inside it, the
number of sentences, and "join" in the end column when the line and the
next are one sentence ("stands" when the gold boundary after it is right).
Lines not listed are one sentence each, as in the raw file.

Output judged/<lang>.<part>.txt, in the raw files' shape (one sentence a
line, an empty line between cases, the same cases in the same order), so
that ud_test.go and score_icu.py score it as they score the raw files. The
script checks that every row's text is its raw line (white space aside)
and exits 2 naming the row otherwise.
"""
import re
import sys

LANGS, PARTS = ("ja", "hu"), ("dev", "heldout")
KINDS = {
    "two-in-line", "intro-quote", "quote-sentences", "quote-then-clause",
    "stray-stop", "quote-particle", "abbreviation", "quote-tag",
    "quotation-join", "icu-before-digit",
}
COLUMNS = ["lang", "part", "case", "line", "cut_by", "joined_by",
           "sentences", "end", "kind", "text"]


def nospace(s):
    return re.sub(r"\s+", "", s)


def fail(msg):
    print(f"judge_cases.py: error: {msg}", file=sys.stderr)
    sys.exit(2)


def read_cases(path):
    with open(path, encoding="utf-8") as f:
        return [b.split("\n") for b in f.read().strip().split("\n\n")]


def read_rows(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if fields == COLUMNS:
                continue
            if len(fields) != len(COLUMNS):
                fail(f"{path}:{n}: {len(fields)} fields, want {len(COLUMNS)}")
            r = dict(zip(COLUMNS, fields))
            kinds = set(r["kind"].split(","))
            if not kinds <= KINDS:
                fail(f"{path}:{n}: unknown kind {sorted(kinds - KINDS)}")
            if r["end"] not in ("-", "stands", "join"):
                fail(f"{path}:{n}: end {r['end']!r}, want -, stands or join")
            key = (r["lang"], r["part"], int(r["case"]), int(r["line"]))
            if key in rows:
                fail(f"{path}:{n}: {key} listed twice")
            r["where"] = f"{path}:{n}"
            rows[key] = r
    return rows


def judge(cases, rows, lang, part):
    out = []
    for ci, case in enumerate(cases):
        sents, carry = [], None
        for li, raw in enumerate(case):
            r = rows.pop((lang, part, ci, li), None)
            pieces = [raw]
            if r is not None:
                pieces = [p.strip() for p in r["text"].split("‖")]
                if nospace("".join(pieces)) != nospace(raw):
                    fail(f"{r['where']}: text is not {lang}.{part}.txt case {ci} line {li}: {raw!r}")
                if int(r["sentences"]) != len(pieces):
                    fail(f"{r['where']}: {len(pieces)} sentences marked, sentences column says {r['sentences']}")
                if r["end"] == "join" and li == len(case) - 1:
                    fail(f"{r['where']}: join on the last line of a case")
            if carry is not None:
                pieces[0] = carry + " " + pieces[0]
                carry = None
            if r is not None and r["end"] == "join":
                carry = pieces.pop()
            sents.extend(pieces)
        out.append(sents)
    return out


def main():
    rows = read_rows("judged/lines.tsv")
    for lang in LANGS:
        for part in PARTS:
            cases = judge(read_cases(f"{lang}.{part}.txt"), rows, lang, part)
            with open(f"judged/{lang}.{part}.txt", "w", encoding="utf-8") as f:
                f.write("\n\n".join("\n".join(c) for c in cases) + "\n")
    if rows:
        fail(f"rows outside the cases: {sorted(rows)[:3]}")


if __name__ == "__main__":
    main()
