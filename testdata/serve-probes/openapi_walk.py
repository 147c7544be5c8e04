#!/usr/bin/env python3
# Usage: python3 openapi_walk.py HOST PORT [TOKEN] against a bitext serve of the
# README's set-up TM (bitext align testdata/irgc-iraq.en.txt testdata/irgc-iraq.fr.txt
# --into). It walks /api/v1/openapi.json; see BENCHMARKS.md, branch srv41.
"""Walk openapi.json of a running bitext serve and call each route with a
valid request and with bad ones; report every answer that is not what the
document and the README promise (a JSON 4xx {"error": ...} naming what is
wrong), any 5xx, any hang."""
import http.client, json, socket, sys, time, urllib.parse, re

HOST, PORT = sys.argv[1], int(sys.argv[2])
AUTH = sys.argv[3] if len(sys.argv) > 3 else None
findings = []
counts = {"calls": 0}


def req(method, path, body=None, ctype="application/json", headers=None, timeout=30):
    counts["calls"] += 1
    c = http.client.HTTPConnection(HOST, PORT, timeout=timeout)
    h = {"Host": f"{HOST}:{PORT}"}
    if body is not None:
        if isinstance(body, str):
            body = body.encode()
        if ctype:
            h["Content-Type"] = ctype
    if AUTH:
        h["Authorization"] = "Bearer " + AUTH
    if headers:
        h.update(headers)
    t0 = time.time()
    try:
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        return r.status, dict(r.getheaders()), data, time.time() - t0
    except Exception as e:
        return None, {}, repr(e).encode(), time.time() - t0
    finally:
        c.close()


def note(kind, what, st, data):
    findings.append((kind, what, st, data[:300]))


def expect_4xx(what, st, hdr, data, must_name=None, allow=()):
    if st is None:
        note("HANG/ERR", what, st, data); return
    if st >= 500:
        note("5XX", what, st, data); return
    if st in allow:
        return
    if not (400 <= st < 500):
        note("NOT4XX", what, st, data); return
    if hdr.get("Content-Type", "").split(";")[0] != "application/json":
        note("NOTJSON", what, st, data); return
    try:
        e = json.loads(data)["error"]
    except Exception:
        note("NOERRFIELD", what, st, data); return
    if not e:
        note("EMPTYMSG", what, st, data); return
    if must_name and not any(m.lower() in e.lower() for m in must_name):
        note("UNNAMED", what + f" (want {must_name})", st, data)


doc = json.loads(req("GET", "/api/v1/openapi.json")[2])

# Valid requests, by (method, path pattern).
VALID = {
    ("GET", "/api/v1/openapi.json"): {},
    ("GET", "/api/v1/lookup"): {"q": {"q": "the Minister of Defense of Iraq", "src": "en", "tgt": "fr"}},
    ("POST", "/api/v1/lookup"): {"b": {"src": "en", "tgt": "fr", "queries": ["the Minister of Defense of Iraq"], "min": 50, "max": 3, "document": False}},
    ("GET", "/api/v1/concordance"): {"q": {"term": "Iraq", "src": "en", "tgt": "fr", "max": 5, "offset": 0}},
    ("POST", "/api/v1/segment"): {"b": {"text": "One. Two.", "lang": "en", "quotes": "keep"}},
    ("POST", "/api/v1/align"): {"b": {"src": "en", "tgt": "fr", "src_text": "One. Two.", "tgt_text": "Un. Deux.", "src_doc": "a", "tgt_doc": "b", "presegmented": False, "quotes": "split", "no_tm": True, "no_default_dict": False}},
    ("POST", "/api/v1/normalize"): {"b": {"text": "Qasim Soleimani met.", "lang": "en", "no_default": False}},
    ("POST", "/api/v1/check"): {"b": {"text": "Qasim Soleimani met.", "lang": "en", "no_default": False}},
    ("POST", "/api/v1/names/discover"): {"b": {"text": "Qasim Soleimani met Qassem Soleimani.", "lang": "en", "min_confidence": 0.5}},
    ("POST", "/api/v1/names/match"): {"b": {"pairs": [{"a": "Joel", "b": "Yul"}], "explain": True, "lang": "en"}},
    ("GET", "/api/v1/glossary"): {"q": {"q": "Morgan", "limit": 10, "offset": 0}},
    ("POST", "/api/v1/glossary"): {"b": {"entries": [{"canonical": "Henry Morgan", "variants": ["Harry Morgan"], "kind": "person", "langs": ["en"]}]}},
    ("POST", "/api/v1/glossary/{canonical}/variants"): {"p": {"canonical": "Henry Morgan"}, "b": {"variants": ["Hal Morgan"]}},
    ("DELETE", "/api/v1/glossary/{canonical}/variants/{variant}"): {"p": {"canonical": "Henry Morgan", "variant": "Hal Morgan"}},
    ("DELETE", "/api/v1/glossary/{canonical}"): {"p": {"canonical": "Henry Morgan"}},
    ("GET", "/api/v1/units"): {"q": {"doc": "testdata/irgc-iraq.en.txt", "limit": 5, "offset": 0}},
    ("POST", "/api/v1/units"): {"b": {"src": "en", "tgt": "fr", "pairs": [{"source": "A fuzz pair.", "target": "Une paire.", "score": 0.9}], "src_doc": "fz.en", "tgt_doc": "fz.fr", "reviewed": False, "by": "fz", "sequential": True}},
    ("GET", "/api/v1/stats"): {},
    ("GET", "/api/v1/health"): {},
    ("POST", "/api/v1/import"): {"q": {"name": "fz.tsv", "format": "tsv", "src": "en", "tgt": "fr", "dry_run": "1"}, "raw": ("text/tab-separated-values", b"Hello.\tBonjour.\n")},
    ("GET", "/api/v1/export"): {"q": {"format": "tsv", "src": "en", "tgt": "fr"}},
    ("GET", "/api/v1/units/{id}"): {"p": {"id": 1}},
    ("PATCH", "/api/v1/units/{id}"): {"p": {"id": 2}, "b": {"lang": "fr", "text": "Texte.", "by": "fz"}},
    ("DELETE", "/api/v1/units/{id}"): {"p": {"id": 3}},
    ("GET", "/api/v1/documents"): {"q": {"q": "irgc", "limit": 5, "offset": 0}},
    ("DELETE", "/api/v1/documents/{name}"): {"p": {"name": "nonexistent-doc"}},
}


def fill(path, p):
    for k, v in (p or {}).items():
        path = path.replace("{" + k + "}", urllib.parse.quote(str(v), safe=""))
    return path


def qs(q):
    return ("?" + urllib.parse.urlencode(q)) if q else ""


WRONG = {"string": [123, True, None, ["x"], {"a": 1}], "integer": ["5", 1.5, True, None, [1], 1e400 if False else 99999999999999999999999],
         "number": ["0.5", True, None, [1]], "boolean": ["true", 1, None, [True]], "array": ["x", 1, {"a": 1}, None], "object": ["x", 1, [1], None]}

ops = []
for p, o in doc["paths"].items():
    for m, op in o.items():
        ops.append((m.upper(), p, op))

for m, p, op in ops:
    key = (m, p)
    if key not in VALID:
        note("NOVALID", f"{m} {p}", None, b""); continue
    v = VALID[key]
    path = fill(p, v.get("p"))
    q = v.get("q", {})
    body = v.get("b")
    schema = None
    rb = op.get("requestBody", {}).get("content", {})
    if "application/json" in rb:
        schema = rb["application/json"]["schema"]
    documented_statuses = set(op.get("responses", {}).keys())

    def call(body_bytes=None, ctype="application/json", q2=None, method=m, path2=None, headers=None):
        return req(method, (path2 or path) + qs(q if q2 is None else q2), body_bytes, ctype, headers)

    # 1. valid
    if "raw" in v:
        ct, raw = v["raw"]
        st, hdr, data, dt = call(raw, ct)
    else:
        st, hdr, data, dt = call(json.dumps(body) if body is not None else None)
    if st is None or st >= 400:
        note("VALIDFAIL", f"{m} {p}", st, data)
    elif str(st) not in documented_statuses:
        note("UNDOCSTATUS", f"{m} {p} valid", st, data)
    # field names of the answer (informational)
    if schema is None:
        pass
    else:
        props = schema.get("properties", {})
        req_fields = schema.get("required", [])
        # broken JSON
        for bad, name in [("{", "truncated"), ("{\"a\":", "truncated2"), ("[]", "array"), ("null", "null"), ("\"x\"", "string"),
                          (json.dumps(body) + "{}", "trailing"), ("", "empty"), (json.dumps(body).replace("{", "{\"" + list(props)[0] + "\":1,", 1) if props else "{}", "dupkey?")]:
            st, hdr, data, dt = call(bad)
            if name == "dupkey?":
                # the first key is given twice: a duplicate key must be refused
                expect_4xx(f"{m} {p} body {name}", st, hdr, data)
            else:
                expect_4xx(f"{m} {p} body {name}", st, hdr, data)
        # wrong types, each documented top-level property
        for f, fs in props.items():
            for w in WRONG.get(fs.get("type"), []):
                b2 = dict(body); b2[f] = w
                if w is None and f not in req_fields:
                    continue  # null of an optional field: left alone
                st, hdr, data, dt = call(json.dumps(b2))
                expect_4xx(f"{m} {p} {f}={json.dumps(w)}", st, hdr, data, must_name=[f])
            # documented property accepted?
        # missing required
        for f in req_fields:
            b2 = {k: x for k, x in body.items() if k != f}
            st, hdr, data, dt = call(json.dumps(b2))
            expect_4xx(f"{m} {p} missing {f}", st, hdr, data, must_name=[f])
        # unknown field
        b2 = dict(body); b2["bogus_field"] = 1
        st, hdr, data, dt = call(json.dumps(b2))
        expect_4xx(f"{m} {p} unknown field", st, hdr, data, must_name=["bogus_field"])
        # invalid UTF-8 and NUL inside the first string field
        sf = next((f for f, fs in props.items() if fs.get("type") == "string" and isinstance(body.get(f), str)), None)
        if sf:
            raw = json.dumps(body).encode().replace(json.dumps(body[sf]).encode(), b'"ab\xff\xfecd"', 1)
            st, hdr, data, dt = call(raw)
            expect_4xx(f"{m} {p} invalid UTF-8 in {sf}", st, hdr, data, must_name=["utf-8", "utf8", sf])
            b2 = dict(body); b2[sf] = "a\u0000b"
            st, hdr, data, dt = call(json.dumps(b2))
            # NUL: either refused (4xx naming it) or taken; never 5xx
            if st is None or st >= 500:
                note("5XX/HANG", f"{m} {p} NUL in {sf}", st, data)
            elif st >= 400:
                expect_4xx(f"{m} {p} NUL in {sf}", st, hdr, data)
            else:
                findings.append(("INFO-NUL-TAKEN", f"{m} {p} NUL in {sf}", st, data[:120]))
        # wrong content types
        for ct in ["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", None]:
            st, hdr, data, dt = call(json.dumps(body), ct)
            if st is None or st >= 500:
                note("5XX/HANG", f"{m} {p} ctype {ct}", st, data)
            elif st >= 400:
                expect_4xx(f"{m} {p} ctype {ct}", st, hdr, data)
        # huge body: 40 MB
        big = b'{"x":"' + b"a" * (40 << 20) + b'"}'
        st, hdr, data, dt = call(big)
        expect_4xx(f"{m} {p} 40MB body", st, hdr, data, must_name=["limit", "MiB", "large", "bytes"])
        # deeply nested
        st, hdr, data, dt = call("[" * 100000 + "]" * 100000)
        expect_4xx(f"{m} {p} deep nesting", st, hdr, data)
    # query parameters
    params = op.get("parameters", []) + doc["paths"][p].get("parameters", [])
    for prm in params:
        if prm.get("in") != "query":
            continue
        n = prm["name"]; t = prm.get("schema", {}).get("type")
        odd = ["", "%zz", "\x00", "\udcff", "-1", "abc", "1e999", "99999999999999999999999", " 1", "0x10"] if t == "integer" else ["", "\x00", "%ff", "a" * 20000]
        for val in odd:
            q2 = dict(q); q2[n] = val
            if val == "%zz":
                rawq = urllib.parse.urlencode(q) + "&" + n + "=%zz"
                st, hdr, data, dt = req(m, path + "?" + rawq, json.dumps(body) if body else None)
            elif val == "%ff":
                rawq = urllib.parse.urlencode({k: x for k, x in q.items() if k != n}) + "&" + n + "=%ff%fe"
                st, hdr, data, dt = req(m, path + "?" + rawq, json.dumps(body) if body else None)
            else:
                try:
                    st, hdr, data, dt = call(json.dumps(body) if body else None, q2=q2)
                except UnicodeEncodeError:
                    continue
            if st is None or st >= 500:
                note("5XX/HANG", f"{m} {p} ?{n}={val[:20]!r}", st, data)
            elif st >= 400:
                expect_4xx(f"{m} {p} ?{n}={val[:20]!r}", st, hdr, data)
            elif t == "integer" and val not in ("",):
                note("ODDINT-TAKEN", f"{m} {p} ?{n}={val[:20]!r}", st, data)
        if prm.get("required"):
            q2 = {k: x for k, x in q.items() if k != n}
            st, hdr, data, dt = call(json.dumps(body) if body else None, q2=q2)
            expect_4xx(f"{m} {p} missing ?{n}", st, hdr, data, must_name=[n])
        # repeated
        rawq = urllib.parse.urlencode(q) + f"&{n}=1"
        if n in q:
            st, hdr, data, dt = req(m, path + "?" + rawq, json.dumps(body) if body else None)
            expect_4xx(f"{m} {p} repeated ?{n}", st, hdr, data, must_name=[n])
    # unknown query parameter
    q2 = dict(q); q2["bogus"] = "1"
    st, hdr, data, dt = call(json.dumps(body) if body else None, q2=q2)
    expect_4xx(f"{m} {p} unknown ?bogus", st, hdr, data, must_name=["bogus"])
    # path parameters: odd values
    for prm in op.get("parameters", []):
        if prm.get("in") != "path":
            continue
        n = prm["name"]; t = prm.get("schema", {}).get("type")
        vals = ["0", "-1", "abc", "1.5", "99999999999999999999", "%00", "%ff"] if t == "integer" else ["%00", "%ff%fe", "a" * 5000, "%2F", "%20"]
        for val in vals:
            pp = dict(v.get("p")); 
            path2 = p
            for k, x in pp.items():
                path2 = path2.replace("{" + k + "}", val if k == n else urllib.parse.quote(str(x), safe=""))
            st, hdr, data, dt = req(m, path2 + qs(q), json.dumps(body) if body else None)
            expect_4xx(f"{m} {p} {n}={val[:12]}", st, hdr, data, allow=(200,) if t != "integer" else ())

# Other methods on each path
paths = {p: {m.upper() for m in o} for p, o in doc["paths"].items()}
for p, ms in paths.items():
    key = next((k for k in VALID if k[1] == p), None)
    path = fill(p, VALID[key].get("p")) if key else p
    for m in ["HEAD", "OPTIONS", "PUT", "PATCH", "DELETE", "POST", "GET", "TRACE", "PROPFIND", "FOO"]:
        if m in ms or (m == "HEAD" and "GET" in ms):
            continue
        st, hdr, data, dt = req(m, path)
        if m == "HEAD":
            if st is None or st >= 500: note("5XX/HANG", f"HEAD {p}", st, data)
            continue
        expect_4xx(f"{m} {p}", st, hdr, data, must_name=[m])
        if st == 405 and "Allow" not in hdr:
            note("NOALLOW", f"{m} {p}", st, data)
    # HEAD where GET is taken: same status as GET, no body
    if "GET" in ms:
        g = req("GET", path + qs(VALID[key].get("q", {})))
        h = req("HEAD", path + qs(VALID[key].get("q", {})))
        if g[0] != h[0]:
            note("HEADDIFF", f"HEAD {p}", h[0], f"GET {g[0]}".encode())

for f in findings:
    print(f[0], "|", f[1], "|", f[2], "|", f[3])
print("calls", counts["calls"], "findings", len(findings))
