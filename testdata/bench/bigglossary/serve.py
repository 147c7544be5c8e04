# Times `bitext serve` with the big glossary (see setup.sh): start until
# /api/v1/health answers, then /api/v1/normalize of art5.txt twice, a
# glossary write, /normalize twice; the server's CPU from /proc each time.
#
#	python3 serve.py BINARY PORT DB   (DB is written: give it a copy)
import subprocess, time, urllib.request, json, os, sys
B=sys.argv[1]; port=sys.argv[2]; db=sys.argv[3]
art=open(os.path.join(os.environ.get('BG', '/tmp/bg'), 'art5.txt')).read()
def cpu(pid):
    f=open(f'/proc/{pid}/stat').read().rsplit(')',1)[1].split()
    return (int(f[11])+int(f[12]))/os.sysconf('SC_CLK_TCK')
def req(path, body=None, method='POST'):
    r=urllib.request.Request(f'http://127.0.0.1:{port}{path}', data=json.dumps(body).encode() if body is not None else None, method=method, headers={'Content-Type':'application/json'})
    return urllib.request.urlopen(r, timeout=120).read()
t0=time.time()
p=subprocess.Popen([B,'serve','--db',db,'--addr','127.0.0.1:'+port,'--no-access-log'],stderr=subprocess.DEVNULL)
while True:
    try:
        req('/api/v1/health',method='GET'); break
    except Exception: time.sleep(0.02)
out=[f'start {time.time()-t0:.2f}s cpu {cpu(p.pid):.2f}s']
for name,body in [('normalize 1',None),('normalize 2',None),('glossary add',{'entries':[{'canonical':'Qazemi Brigadier','variants':['Kazemi Brigadier']}]}),('normalize 3',None),('normalize 4',None)]:
    c=cpu(p.pid); t=time.time()
    if name=='glossary add': r=req('/api/v1/glossary',body)
    else: r=req('/api/v1/normalize',{'text':art,'lang':'en'})
    out.append(f'{name} {time.time()-t:.2f}s cpu {cpu(p.pid)-c:.2f}s')
    if name.startswith('normalize'): last=r
p.terminate(); p.wait()
print(os.path.basename(B)+': '+'; '.join(out))
