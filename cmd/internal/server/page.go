package server

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"sync"
)

// web holds the review page: one HTML template, its script and its style
// sheet. Nothing is fetched from elsewhere: the page works offline.
//
//go:embed web
var web embed.FS

// pageTemplate is the page's template, parsed on first use: every bitext
// process, whatever its command, parsed it at start-up.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.ParseFS(web, "web/index.html"))
})

// pageData is what the page's template is given.
type pageData struct {
	CSRF      string // the token the page's writes carry (X-Bitext-CSRF)
	ReadOnly  bool
	NeedToken bool // requests need a bearer token, which the page asks for
	// ReadToken: reads need a token too (the server has tokens, and
	// no --public-reads).
	ReadToken bool
	Version   string
}

func (s *Server) pageRoutes() {
	static, _ := fs.Sub(web, "web")
	files := http.FileServerFS(static)
	s.handle("GET", "/{$}", open, func(w http.ResponseWriter, r *http.Request) error {
		var b bytes.Buffer
		if err := pageTemplate().Execute(&b, pageData{s.csrf, s.opt.ReadOnly, s.opt.Access.any(), s.opt.Access.any() && !s.opt.Access.PublicReads, s.opt.Version}); err != nil {
			return err
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(b.Bytes())
		return nil
	})
	for _, name := range []string{"app.js", "style.css"} {
		s.handle("GET", "/static/"+name, open, func(w http.ResponseWriter, r *http.Request) error {
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/" + name
			files.ServeHTTP(w, r2)
			return nil
		})
	}
}
