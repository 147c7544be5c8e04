import socket,time,sys,threading
# slow61.py PORT hdr|fast|fastimp|slow SECONDS: headers one byte a second; a chunked body sent
# fast past the limit (segment, import); a chunked body of one byte a second.
PORT=int(sys.argv[1])
def slowheaders():
    s=socket.create_connection(('127.0.0.1',PORT)); t=time.time()
    req=b'GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ' + b'a'*100 + b'\r\n\r\n'
    try:
        for i,b in enumerate(req):
            s.send(bytes([b])); time.sleep(1)
            if time.time()-t>40: return 'still open at 40s'
    except Exception as e:
        return 'closed after %.1fs: %r'%(time.time()-t,e)
    return 'sent all: '+repr(s.recv(300))
def chunked_forever(path,rate,limit=50):
    s=socket.create_connection(('127.0.0.1',PORT)); t=time.time()
    s.send(b'POST '+path+b' HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n')
    s.send(b'1\r\n{\r\n'); s.settimeout(0.01)
    n=0
    try:
        while time.time()-t<limit:
            s.send(b'%x\r\n'%len(rate)+rate+b'\r\n'); n+=len(rate)
            try:
                r=s.recv(400)
                if r: return 'answer after %.1fs, %d bytes sent: %r'%(time.time()-t,n,r[:300])
                return 'closed after %.1fs'%(time.time()-t)
            except socket.timeout: pass
            if len(rate)<100: time.sleep(1)
    except Exception as e:
        return 'error after %.1fs, %d bytes: %r'%(time.time()-t,n,e)
    return 'no answer after %ds, %d bytes sent'%(limit,n)
which=sys.argv[2]
if which=='hdr': print('slow headers:',slowheaders())
if which=='fast': print('chunked fast segment:',chunked_forever(b'/api/v1/segment',b'"a",'*16384))
if which=='fastimp': print('chunked fast import:',chunked_forever(b'/api/v1/import?format=tsv&src=en&tgt=fr',b'a\tb\n'*16384,120))
if which=='slow': print('chunked slow segment:',chunked_forever(b'/api/v1/segment',b' ',int(sys.argv[3])))
