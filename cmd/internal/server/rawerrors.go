package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strconv"
)

// jsonErrors is a listener whose connections answer in JSON the requests
// net/http refuses before any handler sees them: a request line or header
// it cannot parse (a path with a stray %, as in .../unit/100%), no Host,
// headers over connHeaderBytes. net/http writes those answers itself, in
// plain text ("400 Bad Request"), straight to the connection in one Write
// that starts with the status line and plainErrorHeaders; a handler's
// answer never starts so (net/http adds a Date header to it). Each such
// Write is replaced by the same status with a JSON error, as every route
// answers.
type jsonErrors struct{ net.Listener }

func (l jsonErrors) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return jsonErrorConn{c}, nil
}

type jsonErrorConn struct{ net.Conn }

func (c jsonErrorConn) Write(p []byte) (int, error) {
	if b, ok := rawErrorJSON(p); ok {
		if _, err := c.Conn.Write(b); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return c.Conn.Write(p)
}

// plainErrorHeaders follow the status line of the answers net/http writes
// itself to a request it cannot read.
const plainErrorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"

// rawErrorJSON turns p, an answer net/http wrote itself ("HTTP/1.1 400 Bad
// Request" + plainErrorHeaders + its text), into the same status with a
// JSON error; ok is false for any other bytes.
func rawErrorJSON(p []byte) (b []byte, ok bool) {
	rest, ok := bytes.CutPrefix(p, []byte("HTTP/1.1 "))
	if !ok {
		return nil, false
	}
	status, text, ok := bytes.Cut(rest, []byte(plainErrorHeaders))
	if !ok || len(status) < 3 || bytes.ContainsAny(status, "\r\n") {
		return nil, false
	}
	code, err := strconv.Atoi(string(status[:3]))
	if err != nil || code < 400 {
		return nil, false
	}
	var msg string
	switch _, detail, _ := bytes.Cut(text, []byte(": ")); {
	case code == http.StatusRequestHeaderFieldsTooLarge:
		msg = fmt.Sprintf("request line and headers over %d bytes: send a long query in a POST body", connHeaderBytes)
	case code == http.StatusBadRequest && len(detail) == 0:
		msg = "not an HTTP request this server can read: a malformed request line or header, " +
			"or a path with a % that two hexadecimal digits do not follow (write % itself as %25)"
	case len(detail) > 0:
		msg = string(detail)
	default:
		msg = string(text)
	}
	var js bytes.Buffer
	enc := json.NewEncoder(&js)
	enc.SetEscapeHTML(false)
	enc.Encode(errorBody{msg})
	return fmt.Appendf(nil, "HTTP/1.1 %d %s\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s",
		code, http.StatusText(code), js.Len(), js.Bytes()), true
}
