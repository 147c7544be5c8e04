#!/usr/bin/env python3
"""Faults thrown at the routes faults36 did not have (names/match, glossary
variants, units/restore, documents/restore) and at one unit by many
clients at once. Usage: bitext serve --db TM --addr 127.0.0.1:PORT &
python3 routes43.py 127.0.0.1 PORT. Prints status, flag and the start of
the body for each request; flags: 5XX, NOTJSON, OK? (a 2xx where a 4xx
is due)."""
import http.client, json, sys, threading, urllib.parse

HOST, PORT = sys.argv[1], int(sys.argv[2])


def req(method, path, body=None, ctype="application/json", headers=None):
    c = http.client.HTTPConnection(HOST, PORT, timeout=60)
    h = {"Content-Type": ctype} if body is not None else {}
    h.update(headers or {})
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    c.request(method, path, body=body, headers=h)
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, r.getheader("Content-Type", ""), data


def show(label, method, path, body=None, want4xx=True, **kw):
    st, ct, data = req(method, path, body, **kw)
    flag = ""
    if st >= 500:
        flag = "5XX"
    elif st >= 400 and "json" not in ct:
        flag = "NOTJSON"
    elif want4xx and st < 400:
        flag = "OK?"
    print(f"{st}\t{flag or 'ok'}\t{label}\t{data[:160]!r}")
    return st, data


def units():
    st, ct, data = req("GET", "/api/v1/units?doc=al.jsonl&limit=100")
    return json.loads(data)["units"]


u = units()
uid = u[0]["id"]
unit = u[0]
bad = [
    ("restore: empty", "{}"),
    ("restore: id 0", json.dumps({**unit, "id": 0})),
    ("restore: id -1", json.dumps({**unit, "id": -1})),
    ("restore: id 2^63", '{"id": 9223372036854775808, "variants": []}'),
    ("restore: id 1e30", '{"id": 1e30}'),
    ("restore: id 1.5", '{"id": 1.5}'),
    ("restore: id string", '{"id": "1"}'),
    ("restore: existing id", json.dumps(unit)),
    ("restore: no variants", json.dumps({"id": 999999, "variants": []})),
    ("restore: one variant", json.dumps({"id": 999998, "variants": [{"lang": "en", "text": "x"}]})),
    ("restore: same lang twice", json.dumps({"id": 999997, "variants": [{"lang": "en", "text": "x"}, {"lang": "en", "text": "y"}]})),
    ("restore: bad lang", json.dumps({"id": 999996, "variants": [{"lang": "xx-!!", "text": "x"}, {"lang": "fr", "text": "y"}]})),
    ("restore: NUL text", json.dumps({"id": 999995, "variants": [{"lang": "en", "text": "a\u0000b"}, {"lang": "fr", "text": "y"}]})),
    ("restore: empty text", json.dumps({"id": 999994, "variants": [{"lang": "en", "text": ""}, {"lang": "fr", "text": "y"}]})),
    ("restore: bad markup", json.dumps({"id": 999993, "variants": [{"lang": "en", "text": "x", "markup": "<bpt i='1'>"}, {"lang": "fr", "text": "y"}]})),
    ("restore: src_lang not a variant", json.dumps({"id": 999992, "src_lang": "de", "variants": [{"lang": "en", "text": "x"}, {"lang": "fr", "text": "y"}]})),
    ("restore: bad src_lang", json.dumps({"id": 999991, "src_lang": "!!", "variants": [{"lang": "en", "text": "x"}, {"lang": "fr", "text": "y"}]})),
    ("restore: props wrong type", json.dumps({"id": 999990, "variants": [{"lang": "en", "text": "x", "props": "p"}, {"lang": "fr", "text": "y"}]})),
    ("restore: variants null", '{"id": 999989, "variants": null}'),
    ("restore: array", "[]"),
    ("restore: extra field", json.dumps({**unit, "id": 999988, "zzz": 1})),
    ("restore: lone surrogate", '{"id": 999987, "variants": [{"lang": "en", "text": "\\ud800"}, {"lang": "fr", "text": "y"}]}'),
    ("restore: 100k variants", json.dumps({"id": 999986, "variants": [{"lang": "en", "text": "x"}] * 100000})),
]
for label, body in bad:
    show(label, "POST", "/api/v1/units/restore", body, want4xx=label not in ())

docbad = [
    ("docrestore: empty", "{}"),
    ("docrestore: units null", '{"units": null}'),
    ("docrestore: units []", '{"units": []}'),
    ("docrestore: name traversal", json.dumps({"name": "../../etc/passwd", "units": [unit]})),
    ("docrestore: a unit without variants", json.dumps({"units": [{"id": 888888}]})),
    ("docrestore: duplicate ids", json.dumps({"units": [{**unit, "id": 777777}, {**unit, "id": 777777}]})),
    ("docrestore: units wrong type", '{"units": "x"}'),
]
for label, body in docbad:
    show(label, "POST", "/api/v1/documents/restore", body)

for method, label, path, body in [
    ("POST", "variants: unknown canonical", "/api/v1/glossary/Nobody%20Here/variants", '{"variants": ["Nobodi"]}'),
    ("POST", "variants: empty list", "/api/v1/glossary/Saeed%20Reza/variants", '{"variants": []}'),
    ("POST", "variants: null", "/api/v1/glossary/Saeed%20Reza/variants", '{"variants": null}'),
    ("POST", "variants: tab", "/api/v1/glossary/Saeed%20Reza/variants", '{"variants": ["Saeed\\tReza"]}'),
    ("POST", "variants: empty string", "/api/v1/glossary/Saeed%20Reza/variants", '{"variants": [""]}'),
    ("POST", "variants: the canonical itself", "/api/v1/glossary/Saeed%20Reza/variants", '{"variants": ["Saeed Reza"]}'),
    ("POST", "variants: 6000-byte name", "/api/v1/glossary/Saeed%20Reza/variants", json.dumps({"variants": ["a" * 6000]})),
    ("POST", "variants: 20000 names", "/api/v1/glossary/Saeed%20Reza/variants", json.dumps({"variants": ["Saidreza%d" % i for i in range(20000)]})),
    ("POST", "variants: traversal", "/api/v1/glossary/..%2F..%2Fetc/variants", '{"variants": ["x"]}'),
    ("POST", "variants: NUL in path", "/api/v1/glossary/Saeed%00Reza/variants", '{"variants": ["x"]}'),
    ("POST", "variants: string not list", "/api/v1/glossary/Saeed%20Reza/variants", '{"variants": "Saeedreza2"}'),
    ("PATCH", "patch: id 0", "/api/v1/units/0", '{"text": "x"}'),
    ("PATCH", "patch: id -1", "/api/v1/units/-1", '{"text": "x"}'),
    ("PATCH", "patch: id 2^64", "/api/v1/units/18446744073709551616", '{"text": "x"}'),
    ("PATCH", "patch: id 1e3", "/api/v1/units/1e3", '{"text": "x"}'),
    ("PATCH", "patch: unknown id", "/api/v1/units/987654", '{"text": "x"}'),
    ("PATCH", "patch: empty text", f"/api/v1/units/{uid}", '{"text": ""}'),
    ("PATCH", "patch: lang not in unit", f"/api/v1/units/{uid}", '{"text": "x", "lang": "de"}'),
    ("PATCH", "patch: bad lang", f"/api/v1/units/{uid}", '{"text": "x", "lang": "!!"}'),
    ("PATCH", "patch: was stale", f"/api/v1/units/{uid}", '{"text": "x", "was": "not what it was"}'),
    ("PATCH", "patch: by NUL", f"/api/v1/units/{uid}", '{"text": "x", "by": "a\\u0000"}'),
    ("PATCH", "patch: by 100 KB", f"/api/v1/units/{uid}", json.dumps({"text": "x", "by": "b" * 100000})),
    ("PATCH", "patch: text 2 MB", f"/api/v1/units/{uid}", json.dumps({"text": "t " * 1000000})),
    ("PATCH", "patch: text newline", f"/api/v1/units/{uid}", json.dumps({"text": "a\nb"})),
]:
    show(label, method, path, body, want4xx=label != "variants: 20000 names")

for label, body in [
    ("match: no pairs", '{"pairs": []}'),
    ("match: 1001 pairs", json.dumps({"pairs": [{"a": "Ali", "b": "Aly"}] * 1001})),
    ("match: a missing", '{"pairs": [{"b": "Aly"}]}'),
    ("match: a empty", '{"pairs": [{"a": "", "b": "Aly"}]}'),
    ("match: 1 MB name", json.dumps({"pairs": [{"a": "x" * 1000000, "b": "Aly"}]})),
    ("match: bad lang", '{"pairs": [{"a": "Ali", "b": "Aly"}], "lang": "!!"}'),
    ("match: explain string", '{"pairs": [{"a": "Ali", "b": "Aly"}], "explain": "yes"}'),
    ("match: NUL", '{"pairs": [{"a": "A\\u0000li", "b": "Aly"}]}'),
    ("match: tab", '{"pairs": [{"a": "A\\tli", "b": "Aly"}]}'),
]:
    show(label, "POST", "/api/v1/names/match", body)


# One unit, many clients at once: PATCH with the same "was", and DELETE.
u = units()
target = u[1]
orig = [v for v in target["variants"] if v["lang"] == "fr"][0]["text"]


def race(label, one):
    """Runs one(i) for i in 0..23 at once; prints the statuses."""
    results, lock = [], threading.Lock()

    def run(i):
        st, ct, data = one(i)
        with lock:
            results.append((st, data[:100]))

    ts = [threading.Thread(target=run, args=(i,)) for i in range(24)]
    [t.start() for t in ts]
    [t.join() for t in ts]
    counts = {}
    for st, _ in results:
        counts[st] = counts.get(st, 0) + 1
    print(label, counts, sorted(set(d for s, d in results if s != 200))[:3])


race("concurrent PATCH with one was, 24 clients:",
     lambda i: req("PATCH", f"/api/v1/units/{target['id']}", json.dumps({"text": f"Version {i}", "lang": "fr", "was": orig})))
race("concurrent PATCH and DELETE of one unit, 24 clients:",
     lambda i: req("DELETE", f"/api/v1/units/{u[2]['id']}") if i % 2 else
     req("PATCH", f"/api/v1/units/{u[2]['id']}", json.dumps({"text": f"V{i}", "lang": "fr"})))
print("health:", req("GET", "/api/v1/health")[0])
