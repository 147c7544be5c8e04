#!/usr/bin/env python3
# routes61.py PORT [-v]: every route and method of openapi.json against a running bitext serve
# (bitext --db T serve --addr 127.0.0.1:PORT): bad JSON, wrong types, unknown fields, query
# values out of range, bad path segments, HEAD, OPTIONS. Prints the answers against the contract
# (5xx, a 4xx not JSON, 2xx to bad input, over 5 s, a stack trace); -v prints every answer.
import http.client, json, sys, time, socket
PORT=int(sys.argv[1])
d=json.load(open(__import__('os').path.join(__import__('os').path.dirname(__file__), '../../../cmd/internal/server/openapi.json')))
rows=[]
def req(m,path,body=None,headers=None,timeout=30):
    h=dict(headers or {})
    t=time.time()
    try:
        c=http.client.HTTPConnection('127.0.0.1',PORT,timeout=timeout)
        c.putrequest(m,path,skip_accept_encoding=True)
        if body is not None and 'Content-Length' not in h: h['Content-Length']=str(len(body))
        for k,v in h.items(): c.putheader(k,v)
        c.endheaders()
        if body is not None: c.send(body)
        r=c.getresponse(); b=r.read(); c.close()
        return r.status,r.getheader('Content-Type') or '',b,time.time()-t
    except Exception as e:
        return -1,'',repr(e).encode(),time.time()-t
def fill(path):
    return path.replace('{canonical}','Zz').replace('{variant}','Yy').replace('{id}','1').replace('{name}','d.tsv')
def wrongs(t):
    return {'string':[1,True,None,[],{}],'integer':['1',1.5,None,[],1e300,-1,2**64],'number':['x',None,[],-1,1e309 if False else 1e308],
            'boolean':['true',1,None],'array':['x',1,None,{},[None],[1],[[]]]}.get(t,[None])
out=[]
def check(label,m,path,body=None,headers=None,expect_err=True):
    s,ct,b,dt=req(m,path,body,headers)
    bad=[]
    if s<0: bad.append('conn')
    if s>=500: bad.append('5xx')
    if s>=400 and 'json' not in ct: bad.append('notjson')
    if expect_err and 200<=s<300 and m not in ('HEAD','OPTIONS'): bad.append('2xx?')
    if dt>5: bad.append('slow%.1f'%dt)
    if b'goroutine' in b or b'panic' in b: bad.append('trace')
    out.append((label,m,path[:80],s,bad,b[:160]))
for p,v in d['paths'].items():
    for m,o in v.items():
        if m=='parameters': continue
        M=m.upper(); path=fill(p)
        base=path
        rb=o.get('requestBody',{}).get('content',{})
        js=rb.get('application/json')
        if js is not None:
            s=js['schema']
            if '$ref' in s: s=d['components']['schemas'][s['$ref'].split('/')[-1]]
            props={k:vv.get('type') for k,vv in s.get('properties',{}).items()}
            H={'Content-Type':'application/json'}
            for lab,body in [('malformed',b'{"a":'),('null',b'null'),('array',b'[]'),('number',b'1'),('string',b'"x"'),
                             ('nest1000',b'['*1000+b']'*1000),('nestobj1000',b'{"a":'*1000+b'1'+b'}'*1000),
                             ('unknown',b'{"zzz":1}'),('empty',b''),('twovals',b'{}{}'),('invalidutf8',b'{"text":"\xff\xfe"}'),
                             ('nul',b'{"text":"a\\u0000b"}'),('lonesurrogate',b'{"text":"\\ud800"}'),('dupkey',json.dumps({k:None for k in props}).encode()[:-1]+b',"'+list(props)[0].encode()+b'":null}')]:
                check(lab,M,path,body,H)
            for k,t in props.items():
                for w in wrongs(t):
                    check('field %s=%r'%(k,w),M,path,json.dumps({k:w}).encode(),H)
            check('ct text/plain',M,path,b'{}',{'Content-Type':'text/plain'})
            check('ct none',M,path,b'{}',{})
            check('ct form',M,path,b'a=b',{'Content-Type':'application/x-www-form-urlencoded'})
        elif M in ('POST','PATCH','PUT'):
            check('empty',M,path,b'',{})
        for q in o.get('parameters',[])+v.get('parameters',[]):
            if q.get('in')!='query': continue
            n=q['name']
            for val in ['-1','0','1e12','NaN','99999999999999999999','%FF','','%00',"x"*10000,'1.5','Infinity']:
                check('q %s=%s'%(n,val[:10]),M,path+'?'+n+'='+val, b'' if M!='GET' else None, expect_err=False)
            check('q %s repeated'%n,M,path+'?'+n+'=1&'+n+'=2', b'' if M!='GET' else None)
        if '{' in p:
            for seg in ['%2F','..%2F..%2Fetc','%00','%FF','x'*10000,'%2e%2e','-1','0','99999999999999999999999','1e3',' ','%20']:
                pp=p.replace('{canonical}',seg).replace('{variant}',seg).replace('{id}',seg).replace('{name}',seg)
                check('path '+seg[:12],M,pp, b'{}' if M in ('POST','PATCH') else None, {'Content-Type':'application/json'} if M in ('POST','PATCH') else None)
        check('HEAD','HEAD',path,expect_err=False)
        check('OPTIONS','OPTIONS',path,expect_err=False)
n=0
for r in out:
    if r[4] or '-v' in sys.argv:
        print(r); n+=1
print('requests',len(out),'flagged',n)
