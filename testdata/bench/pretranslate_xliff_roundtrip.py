#!/usr/bin/python3
"""pretranslate_xliff_roundtrip: translated XLIFF files of other tools, their
targets taken out, pretranslated in place from a TM of the files themselves.

    pretranslate_xliff_roundtrip.py BITEXT WORKDIR SCHEMA.xsd FILE...

For each FILE: a TM (bitext tm import FILE) holds its translations; the file
without its <target> elements (the "client's" file) is pretranslated
(bitext tm pretranslate --min 100). Prints a JSON line per file: the units
read by Translate Toolkit in the original, the targets restored identical
(as Translate Toolkit reads them), different, and missing; whether the
stripped file and the output validate against SCHEMA (XLIFF 1.2 only); and
whether the output is the stripped file with only insertions."""
import difflib, json, os, re, subprocess, sys

bitext, work, schema, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
os.makedirs(work, exist_ok=True)


def units(path):
    from translate.storage import factory
    try:
        store = factory.getobject(path)
    except Exception as e:  # noqa: BLE001 - a file Translate Toolkit cannot read
        return None
    out = {}
    for i, u in enumerate(store.units):
        if u.isheader():
            continue
        out[(i, u.getid())] = (u.source or "", u.target or "")
    return out


def validates(path):
    return subprocess.run(["xmllint", "--noout", "--nonet", "--schema", schema, path],
                          capture_output=True).returncode == 0


for f in files:
    name = os.path.basename(f)
    try:
        src = open(f, encoding="utf-8").read()
    except UnicodeDecodeError:
        print(json.dumps({"file": name, "skipped": "not UTF-8"}))
        continue
    stripped = re.sub(r"\s*<target\b[^>]*?(/>|>.*?</target>)", "", src, flags=re.S)
    ext = os.path.splitext(name)[1]
    client = os.path.join(work, "client-" + name)
    out = os.path.join(work, "out-" + name)
    db = os.path.join(work, name + ".db")
    for p in (db, db + "-wal", db + "-shm", out):
        if os.path.exists(p):
            os.remove(p)
    open(client, "w", encoding="utf-8").write(stripped)
    imp = subprocess.run([bitext, "--db", db, "tm", "import", f], capture_output=True, text=True)
    if not os.path.exists(db):
        print(json.dumps({"file": name, "skipped": "the import stored nothing"}))
        continue
    r = subprocess.run([bitext, "--db", db, "tm", "pretranslate", "--min", "100", "--format", "json", client, "-o", out],
                       capture_output=True, text=True)
    res = {"file": name, "exit": r.returncode}
    if r.returncode != 0:
        res["error"] = r.stderr.strip().splitlines()[-1][:200] if r.stderr.strip() else ""
        print(json.dumps(res, ensure_ascii=False))
        continue
    an = json.loads([l for l in r.stderr.splitlines() if l.startswith("{")][-1])
    res["segments"], res["filled"] = an["segments"], an["filled"]
    a, b = stripped.split("\n"), open(out, encoding="utf-8").read().split("\n")
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    res["input lines changed"] = len(a) - sum(m.size for m in sm.get_matching_blocks())
    if src.lstrip().startswith("<?xml") and 'version="1.2"' in src[:600] and ext != ".sdlxliff":
        res["client validates"], res["output validates"] = validates(client), validates(out)
    orig, got = units(f), units(out)
    if orig is None or got is None:
        res["ttk"] = "cannot read"
    else:
        gi = {k[1]: v for k, v in got.items()}
        same = diff = missing = 0
        for (i, uid), (s, t) in orig.items():
            if not t.strip():
                continue
            g = gi.get(uid, ("", ""))[1]
            if not g.strip():
                missing += 1
            elif g == t:
                same += 1
            else:
                diff += 1
        res["ttk"] = {"targets": same + diff + missing, "restored": same, "differ": diff, "missing": missing}
    print(json.dumps(res, ensure_ascii=False))
