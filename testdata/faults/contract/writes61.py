import http.client,sys,json
# writes61.py PORT [TOKEN]: every writing route once (run against --read-only, --token-file).
PORT=int(sys.argv[1]); hdr=sys.argv[2:] 
W=[('POST','/api/v1/glossary','{"entries":[{"canonical":"Zq","variants":["Zqq"]}]}'),
('DELETE','/api/v1/glossary/Zq',None),('POST','/api/v1/glossary/Zq/variants','{"variants":["Zqx"]}'),
('DELETE','/api/v1/glossary/Zq/variants/Zqx',None),('POST','/api/v1/units','{"src":"en","tgt":"fr","pairs":[{"source":"Ro.","target":"Ro."}]}'),
('POST','/api/v1/import?format=tsv&src=en&tgt=fr','a\tb\n'),('PATCH','/api/v1/units/1','{"lang":"fr","text":"X."}'),('DELETE','/api/v1/units/1',None),
('POST','/api/v1/units/restore','{}'),('DELETE','/api/v1/documents/d.tsv',None),('POST','/api/v1/documents/restore','{"units":[]}'),
('POST','/api/v1/align','{"src":"en","tgt":"fr","src_text":"A.","tgt_text":"B."}'),
('PUT','/tmserver/en/fr/unit/Hello','{"target":"Salut"}'),('POST','/tmserver/en/fr/unit/Hello','{"target":"Salut"}'),('DELETE','/tmserver/en/fr/unit/Hello',None),
('PUT','/tmserver/en/fr/store/x.tsv','a\tb\n'),('POST','/tmserver/en/fr/store/x.tsv','a\tb\n'),('DELETE','/tmserver/en/fr/store/x.tsv',None),
('GET','/api/v1/units/1',None),('GET','/api/v1/stats',None)]
for m,p,b in W:
    c=http.client.HTTPConnection('127.0.0.1',PORT,timeout=20)
    h={'Content-Type':'application/json'}
    for x in hdr: h['Authorization']='Bearer '+x
    c.request(m,p,body=b.encode() if b else None,headers=h); r=c.getresponse(); body=r.read()
    print(r.status,m,p,body[:150])
