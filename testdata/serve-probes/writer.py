# writer.py PORT SECONDS: writes through a bitext serve as fast as it answers:
# POST /units (new pairs, batches of 20), PATCH a unit, DELETE a unit; prints counts.
import http.client, json, sys, time, random
port, secs = int(sys.argv[1]), float(sys.argv[2])
c = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
def call(m, p, b=None):
    c.request(m, p, body=json.dumps(b) if b is not None else None, headers={'Content-Type': 'application/json'})
    r = c.getresponse(); d = r.read(); return r.status, d
end = time.time() + secs; n = 0; st = {}
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 0)
while time.time() < end:
    n += 1
    pairs = [{"source": f"Written {n}-{i} at {time.time():.6f}.", "target": f"Écrit {n}-{i}."} for i in range(20)]
    s, _ = call('POST', '/api/v1/units', {"src": "en", "tgt": "fr", "pairs": pairs}); st[s] = st.get(s, 0) + 1
    s, d = call('GET', '/api/v1/lookup?src=en&tgt=fr&max=1&q=' + f'Written%20{n}-3'.replace(' ', '%20'))
    try:
        uid = json.loads(d)['matches'][0]['unit_id']
        s, _ = call('PATCH', f'/api/v1/units/{uid}', {"lang": "fr", "text": f"Corrigé {n}."}); st['patch%d' % s] = st.get('patch%d' % s, 0) + 1
        s, _ = call('DELETE', f'/api/v1/units/{uid - 1}'); st['del%d' % s] = st.get('del%d' % s, 0) + 1
    except Exception as e:
        st['err'] = st.get('err', 0) + 1
print(json.dumps(st))
