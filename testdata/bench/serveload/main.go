// Command serveload puts a running `bitext serve` under load: clients
// concurrent HTTP clients for a duration, each request a fuzzy lookup of a
// query (GET /api/v1/lookup), a concordance of one of its words (GET
// /api/v1/concordance) or, with probability -writes, a write of a new pair
// (POST /api/v1/units). It prints one JSON line: requests, errors (any
// status but 200, any "database is locked"), requests per second and the
// p50/p99 latency of each kind.
//
//	go run ./testdata/bench/serveload -url http://127.0.0.1:8080 -queries q.txt -src en -tgt hu
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server")
	queries := flag.String("queries", "", "`FILE` of queries, one a line")
	src := flag.String("src", "en", "source language")
	tgt := flag.String("tgt", "hu", "target language")
	clients := flag.Int("clients", 16, "concurrent clients")
	duration := flag.Duration("duration", 60*time.Second, "how long")
	writes := flag.Float64("writes", 0.05, "share of requests that write")
	conc := flag.Float64("concordance", 0.25, "share of requests that are concordances")
	flag.Parse()
	qs := readLines(*queries)
	if len(qs) == 0 {
		log.Fatal("no queries")
	}
	type sample struct {
		kind string
		d    time.Duration
		ok   bool
	}
	var mu sync.Mutex
	var samples []sample
	var locked int
	var firstErr string
	stop := time.Now().Add(*duration)
	var wg sync.WaitGroup
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *clients}}
	for c := range *clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), 42))
			var local []sample
			n := 0
			for time.Now().Before(stop) {
				q := qs[r.IntN(len(qs))]
				var req *http.Request
				kind := "lookup"
				switch p := r.Float64(); {
				case p < *writes:
					kind = "write"
					n++
					body, _ := json.Marshal(map[string]any{"src": *src, "tgt": *tgt,
						"pairs": []map[string]string{{"source": fmt.Sprintf("%s (load %d-%d)", q, c, n), "target": fmt.Sprintf("terhelés %d-%d", c, n)}}})
					req, _ = http.NewRequest("POST", *base+"/api/v1/units", bytes.NewReader(body))
				case p < *writes+*conc:
					kind = "concordance"
					words := strings.Fields(q)
					term := words[r.IntN(len(words))]
					req, _ = http.NewRequest("GET", *base+"/api/v1/concordance?"+url.Values{"term": {term}, "src": {*src}, "tgt": {*tgt}, "max": {"20"}}.Encode(), nil)
				default:
					req, _ = http.NewRequest("GET", *base+"/api/v1/lookup?"+url.Values{"q": {q}, "src": {*src}, "tgt": {*tgt}, "max": {"5"}}.Encode(), nil)
				}
				t0 := time.Now()
				res, err := client.Do(req)
				ok := err == nil
				var body []byte
				if err == nil {
					body, _ = io.ReadAll(res.Body)
					res.Body.Close()
					ok = res.StatusCode == 200 || kind == "concordance" && res.StatusCode == 400 // a term of punctuation only
				}
				d := time.Since(t0)
				if !ok {
					mu.Lock()
					if bytes.Contains(body, []byte("locked")) {
						locked++
					}
					if firstErr == "" {
						firstErr = fmt.Sprint(err, string(body))
					}
					mu.Unlock()
				}
				local = append(local, sample{kind, d, ok})
			}
			mu.Lock()
			samples = append(samples, local...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	out := map[string]any{"clients": *clients, "seconds": duration.Seconds(), "requests": len(samples),
		"req_per_s": float64(len(samples)) / duration.Seconds(), "database_locked": locked}
	errs := 0
	byKind := map[string][]time.Duration{}
	for _, s := range samples {
		if !s.ok {
			errs++
		}
		byKind[s.kind] = append(byKind[s.kind], s.d)
		byKind["all"] = append(byKind["all"], s.d)
	}
	out["errors"] = errs
	if firstErr != "" {
		out["first_error"] = firstErr
	}
	for k, ds := range byKind {
		slices.Sort(ds)
		out[k] = map[string]any{"n": len(ds), "p50_ms": ms(ds[len(ds)/2]), "p99_ms": ms(ds[len(ds)*99/100])}
	}
	json.NewEncoder(os.Stdout).Encode(out)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func readLines(name string) []string {
	f, err := os.Open(name)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			lines = append(lines, sc.Text())
		}
	}
	return lines
}
